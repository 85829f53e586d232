"""The thank-you note: drafted from the meeting's own notes, edited by you, checked as you type."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from infocoach.core.coach import count_words, lint
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.wrapup.thanks import cited_notes, draft_thanks
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.draft_editor import DraftEditing, draft_editor
from infocoach.widgets.lint_panel import LintPanel

THANKS_KEY = "thanks"
SUBJECT_KEY = "thanks_subject"
WORD_LIMIT = 150
NOTE_CHOICE_WIDTH = 70  # a note longer than this is shortened in the "cite" list only


class ThanksPanel(DraftEditing):
    """Posts ``ThanksPanel.Edited`` when the text or subject changes (by the user or a fresh
    draft they asked for). A draft merely written on opening is not stored until edited."""

    kind = "thanks"
    channel = "email"

    DEFAULT_CSS = """
    ThanksPanel #cite-label { height: 1; padding: 0 1; color: $text-muted; }
    ThanksPanel #cite { height: auto; max-height: 3; border: none; padding: 0; }
    ThanksPanel #draft-subject { margin: 0 0 1 0; }
    ThanksPanel #draft-text { height: 1fr; min-height: 5; }
    ThanksPanel #draft-count { height: 1; padding: 0 1; color: $text-muted; }
    ThanksPanel #draft-notes { height: auto; max-height: 2; padding: 0 1; color: $text-warning; }
    ThanksPanel #draft-lint { max-height: 3; }
    ThanksPanel #draft-buttons { height: 1; margin-top: 1; }
    ThanksPanel #draft-buttons Button { margin-right: 2; min-width: 6; width: auto; }
    """

    class Edited(Message):
        def __init__(self, subject: str, text: str) -> None:
            super().__init__()
            self.subject, self.text = subject, text

    def __init__(self, meeting: Meeting, contact: Contact, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.meeting = meeting
        self.contact = contact
        self._generated = ""  # the coach's last text

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        if self.meeting.notes:
            yield Static("Cite in the note (space to choose):", id="cite-label", markup=False)
            chosen = set(cited_notes(self.meeting))
            yield SelectionList[int](
                *(
                    Selection(_choice(note.text, note.starred), index, index in chosen)
                    for index, note in enumerate(self.meeting.notes)
                ),
                id="cite",
                compact=True,
            )
        yield Input(placeholder="Subject", id="draft-subject", compact=True)
        yield from draft_editor()

    def on_mount(self) -> None:
        saved = self.meeting.drafts.get(THANKS_KEY)
        if saved:
            self.put_draft(self.meeting.drafts.get(SUBJECT_KEY, ""), saved, [])
        else:
            self.load_fresh(announce=False)

    # ----- content ----------------------------------------------------------------------

    def cited(self) -> list[int]:
        if not self.meeting.notes:
            return []
        return sorted(self.query_one("#cite", SelectionList).selected)

    def load_fresh(self, *, announce: bool = True) -> None:
        """A new draft from the coach, citing the chosen notes."""
        app = self.coach
        draft = draft_thanks(
            self.meeting, self.contact, app.settings, app.clock.now(), cite=self.cited() if self.meeting.notes else None
        )
        self._generated = draft.text
        self.put_draft(draft.subject, draft.text, draft.notes)
        if announce:  # asked for: keep it, like an edit
            self._post_edit()

    def is_edited(self) -> bool:
        return self.text() != self._generated

    def _post_edit(self) -> None:
        self.post_message(self.Edited(self.subject(), self.text()))

    # ----- events -----------------------------------------------------------------------

    @on(SelectionList.SelectedChanged, "#cite")
    def _cites_changed(self) -> None:
        if not self.is_edited():
            self.load_fresh(announce=False)
        else:
            self.notify("Your edits are kept. ctrl+r writes a fresh draft citing these notes.", timeout=5, markup=False)

    def _run_lint(self) -> None:
        text = self.text()
        self.query_one("#draft-lint", LintPanel).show(lint(text, self.kind, channel=self.channel))
        self.query_one("#draft-count", Static).update(
            f"{count_words(text)} words (a thank-you stays under {WORD_LIMIT})"
        )


def _choice(text: str, starred: bool) -> Text:
    line = " ".join(text.split())
    if len(line) > NOTE_CHOICE_WIDTH:
        line = line[: NOTE_CHOICE_WIDTH - 1].rstrip() + "…"
    return Text(("★ " if starred else "") + line)
