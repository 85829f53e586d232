"""Outreach and follow-up drafts: written by the coach, edited by you, checked as you type.

What only you can write is asked in place, above the draft (see ``DraftQuestion``): why them,
who you are, and how to greet someone whose honorific is unknown. The draft follows your answer
as you type; until you answer, it holds a ``[[answer above: …]]`` marker shown as a question still open.
ctrl+g goes back over your sentences to change them."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Select, Static, TextArea

from infocoach.core.coach import Addressee, count_words, lint
from infocoach.core.coach.unanswered import open_questions
from infocoach.core.describe import count_of
from infocoach.core.prep.outreach import Draft, busy_times, draft_followup, draft_outreach
from infocoach.core.prep.outreach_parts import (
    GREETING,
    ME,
    WHY,
    WHY_SHORT,
    Ask,
    greeting_for,
    intro_sentence,
    why_short_question,
)
from infocoach.core.prep.own_words import marker, own_sentence
from infocoach.core.records.model import CHANNELS, Contact, Meeting
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.draft_editor import DraftEditing, draft_editor
from infocoach.widgets.draft_question import FULL_NAME, DraftQuestion
from infocoach.widgets.lint_panel import LintPanel

KINDS = (("Outreach", "outreach"), ("Follow-up", "followup"))
REDRAFT_DELAY = 0.25  # seconds of quiet in an answer before the draft is written again


def draft_key(kind: str, channel: str) -> str:
    """Where a draft lives in ``Meeting.drafts``: each channel keeps its own ("outreach" is the
    email, "outreach_linkedin" the LinkedIn note), so switching never mixes them up."""
    return kind if channel == "email" else f"{kind}_{channel}"


def subject_key(kind: str) -> str:
    return f"{kind}_subject"


def _shown_notes(draft: Draft) -> list[str]:
    """The drafter's notes, less the greeting's: its question above the draft says it."""
    return [n for n in draft.notes if GREETING not in draft.asks or "no honorific yet" not in n]


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
    DraftPanel #draft-nudge { height: auto; padding: 0 1; color: $text-warning; text-style: bold; }
    DraftPanel #draft-buttons { height: 1; margin-top: 1; }
    DraftPanel #draft-buttons Button { margin-right: 2; min-width: 6; width: auto; }
    """

    BINDINGS = [Binding("ctrl+g", "sentences", "Your sentences", id="drafts.sentences")]

    class ChannelChosen(Message):
        def __init__(self, channel: str) -> None:
            super().__init__()
            self.channel = channel

    class SentenceGiven(Message):
        """One of your sentences changed (kept in ``Meeting.drafts`` under ``key``)."""

        def __init__(self, key: str, text: str) -> None:
            super().__init__()
            self.key, self.text = key, text

    class ContactChanged(Message):
        """How the greeting addresses the contact was chosen: save the contact."""

        def __init__(self, contact: Contact) -> None:
            super().__init__()
            self.contact = contact

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
        self._queue: list[Ask] = []  # the sentences ctrl+g goes over, after the one asked now
        self._before = ""  # the sentence in the draft when its question was (re)opened
        self._redraft_timer: Timer | None = None

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
        yield Static("", id="draft-nudge", markup=False)
        yield DraftQuestion(id="draft-question")
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
        draft = self.write_draft()
        if fresh or not saved:
            text, subject, notes = draft.text, draft.subject, _shown_notes(draft)
            self._generated[(kind, self.channel)] = text
        else:
            text, subject, notes = saved, self.meeting.drafts.get(subject_key(kind), ""), []
        self.query_one("#draft-subject").display = self.channel == "email"
        self.put_draft(subject, text, notes)
        self._show_nudge()
        self._queue = []
        self._ask_next(draft, text)
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
        # The contact as stored: while no honorific is chosen, the lint says so beside the question.
        addressee = Addressee.of(self.contact)
        findings = lint(
            text, self.kind, channel=self.channel, note_limit=settings.linkedin_note_limit, addressee=addressee
        )
        self.query_one("#draft-lint", LintPanel).show(findings, open_questions(text))
        words = count_words(text)
        limit = (
            f"{len(text)}/{settings.linkedin_note_limit} characters"
            if self.channel == "linkedin"
            else f"{count_of(words, 'word')} (under 100 gets the most replies)"
        )
        self.query_one("#draft-count", Static).update(limit)

    # ----- what only you can write --------------------------------------------------------

    def _show_nudge(self) -> None:
        nudge = self.query_one("#draft-nudge", Static)
        unnamed = not self.coach.settings.user_name.strip()
        nudge.update("Your name is not set, so drafts are signed “(your name)”: add it in Settings (s on History).")
        nudge.display = unnamed

    def _question_label(self, ask: Ask) -> str:
        if ask == GREETING:
            return (
                f"How should the greeting address {self.contact.first_name} {self.contact.last_name}? "
                "No honorific is known:"
            ).replace("  ", " ")
        if ask == WHY_SHORT:
            long = own_sentence(self.meeting.drafts.get(WHY.key, "")) or " ".join(self.contact.why.split())
            return why_short_question(long, self.write_draft().why_room)
        if ask == WHY:
            why = " ".join(self.contact.why.split())
            note = f"  Your note: “{why[:110]}{'…' if len(why) > 110 else ''}”" if why else ""
            return f"{ask.question}{note}"
        return f"{ask.question}  (From your 30-second intro on the Intro tab, when it has one.)"

    def _current(self, ask: Ask) -> str:
        """What the draft uses for ``ask`` now: your answer, else the sentence it found."""
        given = self.meeting.drafts.get(ask.key, "")
        if given.strip() or ask == GREETING:
            return given
        if ask == ME:
            return intro_sentence(self.meeting.intro)
        if ask == WHY:
            why = " ".join(self.contact.why.split())
            return why if why and why in self.text() else ""
        return ""

    def _ask_next(self, draft: Draft, text: str, *, after: Ask | None = None) -> None:
        """Ask the first question the draft still holds (or the next one ctrl+g goes over)."""
        pending = [a for a in draft.asks if a == GREETING or marker(a.question) in text]
        if after is not None:
            pending = [a for a in pending if a != after]
        while self._queue and not pending:
            pending = [self._queue.pop(0)]
        ask = pending[0] if pending else None
        question = self.query_one(DraftQuestion)
        current = self._current(ask) if ask else ""
        self._before = own_sentence(current) if ask and ask != GREETING else ""
        question.show(ask, label=self._question_label(ask) if ask else "", current=current)

    def focus_work(self) -> None:
        """Coming to the draft: an untouched one is written again (your intro or contact may have
        changed since), then the question if one is asked, else the draft, has the cursor."""
        if not self.is_edited():
            self.load_kind(self.kind)
        self._focus_question_or_draft()

    def _focus_question_or_draft(self) -> None:
        question = self.query_one(DraftQuestion)
        if question.display:
            question.focus_answer()
        else:
            self.query_one("#draft-text", TextArea).focus()

    def action_sentences(self) -> None:
        """Go over your sentences again, to change them (ctrl+g)."""
        asks = [WHY, ME] if self.kind == "outreach" else []
        if self.kind == "outreach" and self.channel == "linkedin" and self.meeting.drafts.get(WHY_SHORT.key):
            asks.append(WHY_SHORT)
        if not asks:
            self.notify("A follow-up has no sentences of yours to ask for.", markup=False)
            return
        self._queue = asks[1:]
        question = self.query_one(DraftQuestion)
        current = self._current(asks[0])
        self._before = own_sentence(current)
        question.show(asks[0], label=self._question_label(asks[0]), current=current)
        question.focus_answer()

    @on(DraftQuestion.Typed)
    def _typed(self, event: DraftQuestion.Typed) -> None:
        self._keep_sentence(event.ask, event.text)
        # The coach's own text follows as you type, once typing pauses (a draft takes a moment).
        if self._redraft_timer is not None:
            self._redraft_timer.stop()
        self._redraft_timer = self.set_timer(REDRAFT_DELAY, self._redraft)

    def _redraft(self) -> None:
        self._redraft_timer = None
        if not self.is_edited():
            draft = self.write_draft()
            self._generated[(self.kind, self.channel)] = draft.text
            self.put_draft(draft.subject or self.subject(), draft.text, _shown_notes(draft))

    @on(DraftQuestion.Done)
    def _done(self, event: DraftQuestion.Done) -> None:
        self._keep_sentence(event.ask, event.text)
        if self._redraft_timer is not None:
            self._redraft_timer.stop()
        self._redraft()
        sentence = own_sentence(event.text)
        if self.is_edited() and sentence:
            # Your own edits stay: the answer goes where the question (or the old answer) was.
            text = self.text()
            old = marker(event.ask.question) if marker(event.ask.question) in text else self._before
            if old and old in text:
                self.query_one("#draft-text", TextArea).text = text.replace(old, sentence, 1)
        self._after_answer(event.ask)

    @on(DraftQuestion.GreetingChosen)
    def _greeting_chosen(self, event: DraftQuestion.GreetingChosen) -> None:
        old = greeting_for(self.contact).line
        if event.choice == FULL_NAME:
            self.contact.address_by = "full-name"
        else:
            self.contact.honorific, self.contact.address_by = event.choice, "title"
        self.post_message(self.ContactChanged(self.contact))
        new = greeting_for(self.contact).line
        if self.is_edited():
            text = self.text()
            if old in text:
                self.query_one("#draft-text", TextArea).text = text.replace(old, new, 1)
        else:
            draft = self.write_draft()
            self._generated[(self.kind, self.channel)] = draft.text
            self.put_draft(draft.subject or self.subject(), draft.text, _shown_notes(draft))
        self._after_answer(GREETING)

    def _after_answer(self, ask: Ask) -> None:
        self._ask_next(self.write_draft(), self.text(), after=ask)
        self._focus_question_or_draft()

    def _keep_sentence(self, ask: Ask, text: str) -> None:
        if text.strip():
            self.meeting.drafts[ask.key] = text
        else:
            self.meeting.drafts.pop(ask.key, None)
        self.post_message(self.SentenceGiven(ask.key, text))
