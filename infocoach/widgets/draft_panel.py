"""Outreach and follow-up drafts: written by the coach, edited by you, checked as you type."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select, Static

from infocoach.core.coach import count_words, lint
from infocoach.core.describe import count_of
from infocoach.core.prep.outreach import Draft, busy_times, draft_followup, draft_outreach
from infocoach.core.records.model import CHANNELS, Contact, Meeting
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.draft_editor import DraftEditing, draft_editor
from infocoach.widgets.lint_panel import LintPanel

KINDS = (("Outreach", "outreach"), ("Follow-up", "followup"))


def draft_key(kind: str, channel: str) -> str:
    """Where a draft lives in ``Meeting.drafts``: each channel keeps its own ("outreach" is the
    email, "outreach_linkedin" the LinkedIn note), so switching never mixes them up."""
    return kind if channel == "email" else f"{kind}_{channel}"


def subject_key(kind: str) -> str:
    return f"{kind}_subject"


class DraftPanel(DraftEditing):
    """Posts ``DraftPanel.Edited`` whenever the text, subject or channel changes."""

    DEFAULT_CSS = """
    DraftPanel #draft-options { height: 1; margin-bottom: 1; }
    DraftPanel #draft-kind { width: 16; margin-right: 1; }
    DraftPanel #draft-channel { width: 14; margin-right: 1; }
    DraftPanel #draft-subject { width: 1fr; }
    DraftPanel #draft-options > *:focus-within { background: $primary 30%; }
    DraftPanel #draft-text { height: 1fr; min-height: 5; }
    DraftPanel #draft-notes { height: auto; max-height: 2; padding: 0 1; color: $text-warning; }
    DraftPanel #draft-count { height: 1; padding: 0 1; color: $text-muted; }
    DraftPanel #draft-lint { max-height: 4; }
    DraftPanel #draft-buttons { height: 1; margin-top: 1; }
    DraftPanel #draft-buttons Button { margin-right: 2; min-width: 6; width: auto; }
    """

    class ChannelChosen(Message):
        def __init__(self, channel: str) -> None:
            super().__init__()
            self.channel = channel

    class Edited(Message):
        def __init__(self, kind: str, channel: str, subject: str, text: str) -> None:
            super().__init__()
            self.kind, self.channel, self.subject, self.text = kind, channel, subject, text

    def __init__(self, meeting: Meeting, contact: Contact, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.meeting = meeting
        self.contact = contact
        self.kind = "followup" if meeting.status in ("requested", "followed-up", "no-response") else "outreach"
        self._generated: dict[tuple[str, str], str] = {}  # the coach's last text, per kind and channel
        self._channel = meeting.channel  # the channel the text on screen was written for

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        with Horizontal(id="draft-options"):
            # Compact controls leave the most room for the message itself at 80x24.
            yield Select(KINDS, value=self.kind, allow_blank=False, id="draft-kind", compact=True)
            yield Select(
                [(c, c) for c in CHANNELS],
                value=self.meeting.channel,
                allow_blank=False,
                id="draft-channel",
                compact=True,
            )
            yield Input(placeholder="Subject", id="draft-subject", compact=True)
        yield from draft_editor()

    def on_mount(self) -> None:
        self.load_kind(self.kind)

    # ----- content ----------------------------------------------------------------------

    def write_draft(self) -> Draft:
        """A fresh draft from the coach for the current kind and channel."""
        app = self.coach
        busy = busy_times(app.store.meetings(), exclude=self.meeting.id)
        write = draft_followup if self.kind == "followup" else draft_outreach
        return write(self.contact, self.meeting, app.settings, app.clock.now(), channel=self.channel, busy=busy)

    @property
    def channel(self) -> str:
        return str(self.query_one("#draft-channel", Select).value)

    def load_kind(self, kind: str, *, fresh: bool = False) -> None:
        """Show the saved draft of ``kind``, or a new one from the coach."""
        self.kind = kind
        saved = self.meeting.drafts.get(draft_key(kind, self.channel))
        notes: list[str] = []
        if fresh or not saved:
            draft = self.write_draft()
            text, subject, notes = draft.text, draft.subject, draft.notes
            self._generated[(kind, self.channel)] = text
        else:
            text, subject = saved, self.meeting.drafts.get(subject_key(kind), "")
        self.query_one("#draft-subject").display = self.channel == "email"
        self.put_draft(subject, text, notes)
        if fresh:
            # You asked for a new draft: keep it. A draft merely written on opening is kept
            # only once you change it, so an untouched one is rewritten with fresh times.
            self._post_edit()

    def _post_edit(self) -> None:
        self.post_message(
            self.Edited(
                self.kind,
                self.channel,
                self.subject(),
                self.text(),
            )
        )

    def is_edited(self) -> bool:
        """Whether the text on screen differs from what the coach last wrote for it."""
        return self.text() != self._generated.get((self.kind, self.channel))

    # ----- events -----------------------------------------------------------------------

    @on(Select.Changed, "#draft-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        if str(event.value) != self.kind:
            self.load_kind(str(event.value))

    @on(Select.Changed, "#draft-channel")
    def _channel_changed(self) -> None:
        if self.channel == self._channel:
            return  # the Select announcing its first value is not a change
        self._channel = self.channel
        # Each channel has its own draft: show this channel's (or write one).
        self.load_kind(self.kind)
        self.post_message(self.ChannelChosen(self.channel))

    def _run_lint(self) -> None:
        text = self.text()
        settings = self.coach.settings
        findings = lint(text, self.kind, channel=self.channel, note_limit=settings.linkedin_note_limit)
        self.query_one("#draft-lint", LintPanel).show(findings)
        words = count_words(text)
        limit = (
            f"{len(text)}/{settings.linkedin_note_limit} characters"
            if self.channel == "linkedin"
            else f"{count_of(words, 'word')} (under 100 gets the most replies)"
        )
        self.query_one("#draft-count", Static).update(limit)
