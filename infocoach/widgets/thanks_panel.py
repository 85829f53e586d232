"""The thank-you note: drafted from the meeting and your own sentences, edited by you, checked as
you type.

Above the draft, in place: how to greet the contact (while their title is not known), the note
to quote ([x] quoted, [ ] not), and the two sentences the note needs in your words ("What stayed
with you from this conversation?", "What will you do with their advice?"). Until a needed
sentence is given the draft holds a marker, shown as a question still open above the coach's notes. Your answers are
kept in the meeting (``sentence:stayed``, ``sentence:action``) and go straight into the draft:
a fresh one is rewritten, an edited one has the old sentence replaced where it stands.
"""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Button, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from infocoach.core.coach import Addressee, count_words, lint
from infocoach.core.coach.unanswered import open_questions
from infocoach.core.prep.outreach import Draft
from infocoach.core.prep.own_words import check_own_sentence
from infocoach.core.records.model import HONORIFICS, Contact, Meeting
from infocoach.core.wrapup.own_sentences import THANKS_ASKS, OwnSentence
from infocoach.core.wrapup.thanks import (
    THANKS_WORD_LIMIT,
    cited_notes,
    draft_thanks,
    is_question_note,
    thanks_parts,
)
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.choice_row import ChoiceRow
from infocoach.widgets.draft_editor import DraftEditing, draft_editor
from infocoach.widgets.lint_panel import LintPanel

THANKS_KEY = "thanks"
SUBJECT_KEY = "thanks_subject"
WORD_LIMIT = THANKS_WORD_LIMIT
NOTE_CHOICE_WIDTH = 60  # a note longer than this is shortened in the list of notes only
GREETING_TITLES = HONORIFICS  # as Prep offers them
CHOSEN, NOT_CHOSEN = "[x] ", "[ ] "
ANSWER_DELAY = 0.15  # seconds of quiet typing before the draft takes in an answer
_NAME_NOTE = "Your name is not set"  # how the drafts' own note on it begins
NAME_NUDGE = "Your name is not set, so this is signed “(your name)”: Settings, s on History."


class CiteChoices(OptionList):
    """The meeting's notes; the one marked [x] is quoted in the thank-you. Enter or space
    chooses a note, and again on the chosen one quotes none."""

    BINDINGS = [Binding("space", "select", "Choose", id="thanks.cite", show=False)]


class ThanksPanel(DraftEditing):
    """Posts ``ThanksPanel.Edited`` when the text or subject changes (by the user or a fresh
    draft they asked for) and ``ThanksPanel.AnswerChanged`` when one of their sentences does
    (already kept in ``meeting.drafts``). A draft merely written on opening is not stored."""

    kind = "thanks"
    channel = "email"

    DEFAULT_CSS = """
    ThanksPanel #name-nudge { height: auto; padding: 0 1; color: $text-warning; }
    ThanksPanel #greet-row { height: 1; padding: 0 1; }
    ThanksPanel #greet-row Static { width: auto; margin-right: 1; }
    ThanksPanel #greet-row Button { width: auto; min-width: 5; margin-right: 1; }
    ThanksPanel #cite-label { height: 1; padding: 0 1; color: $text-muted; }
    ThanksPanel #cite { height: auto; max-height: 3; border: none; padding: 0 1; }
    ThanksPanel .ask-row { height: 1; padding: 0 1; }
    ThanksPanel .ask-row Static { width: 17; color: $text-muted; }
    ThanksPanel .ask-row Input { width: 1fr; }
    ThanksPanel #ask-advice { height: auto; max-height: 2; padding: 0 1; color: $text-warning; display: none; }
    ThanksPanel #draft-subject { margin: 0; }
    ThanksPanel #draft-text { height: 1fr; min-height: 4; }
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

    class AnswerChanged(Message):
        """One of the user's sentences changed; ``meeting.drafts`` already holds it."""

    def __init__(self, meeting: Meeting, contact: Contact, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.meeting = meeting
        self.contact = contact
        self._generated = ""  # the coach's last text
        self._chosen: list[int] = cited_notes(meeting)
        self._standing = thanks_parts(meeting, contact, self._chosen)  # as they stand in the text
        self._told_kept = False
        self._answer_timer: Timer | None = None

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        yield Static(NAME_NUDGE, id="name-nudge", markup=False)
        with ChoiceRow(id="greet-row"):
            yield Static(f"Greet {self.contact.display_name} as:", id="greet-label", markup=False)
            for index, title in enumerate(GREETING_TITLES):
                yield Button(title, id=f"greet-{index}", compact=True)
            yield Button("Full name", id="greet-full", compact=True)
        if self.meeting.notes:
            yield Static("Note to quote ([x] quoted; Enter chooses):", id="cite-label", markup=False)
            yield CiteChoices(*self._choices(), id="cite", compact=True)
        for sentence in THANKS_ASKS:
            with Horizontal(classes="ask-row"):
                yield Static(f"{sentence.label}:", markup=False)
                yield Input(
                    self.meeting.drafts.get(sentence.key, ""),
                    placeholder=sentence.question,
                    id=_input_id(sentence),
                    compact=True,
                )
        yield Static("", id="ask-advice", markup=False)
        yield Input(placeholder="Subject", id="draft-subject", compact=True)
        yield from draft_editor()

    def on_mount(self) -> None:
        self.query_one("#name-nudge").display = not self.coach.settings.user_name.strip()
        self._show_greeting_choice()
        saved = self.meeting.drafts.get(THANKS_KEY)
        if saved:
            self.put_draft(self.meeting.drafts.get(SUBJECT_KEY, ""), saved, [])
        else:
            self.load_fresh(announce=False)

    # ----- content ----------------------------------------------------------------------

    def cited(self) -> list[int]:
        """The note quoted (at most one index), as chosen in the list."""
        return list(self._chosen)

    def _draft(self) -> Draft:
        app = self.coach
        return draft_thanks(self.meeting, self.contact, app.settings, app.clock.now(), cite=self._chosen)

    def put_draft(self, subject: str, text: str, notes: list[str]) -> None:
        super().put_draft(subject, text, notes)
        self.query_one("#draft-notes").display = bool(notes)  # no empty line when there is nothing to say

    @staticmethod
    def _notes(draft: Draft) -> list[str]:
        """The draft's notes, less those that repeat a question or the name nudge shown above it."""
        return [note for note in draft.notes if not is_question_note(note) and not note.startswith(_NAME_NOTE)]

    def load_fresh(self, *, announce: bool = True) -> None:
        """A new draft from the coach, with the user's sentences and the chosen note."""
        draft = self._draft()
        self._generated = draft.text
        self._standing = thanks_parts(self.meeting, self.contact, self._chosen)
        self.put_draft(draft.subject, draft.text, self._notes(draft))
        if announce:  # asked for: keep it, like an edit
            self._post_edit()

    def is_edited(self) -> bool:
        return self.text() != self._generated

    def _post_edit(self) -> None:
        self.post_message(self.Edited(self.subject(), self.text()))

    def _parts_changed(self) -> None:
        """The greeting, the chosen note or a sentence changed: a fresh draft is rewritten; in an
        edited one, each part that changed is replaced where it stands."""
        if not self.is_edited():
            self.load_fresh(announce=False)
            return
        new = thanks_parts(self.meeting, self.contact, self._chosen)
        text, missing = self.text(), False
        for old_part, new_part in zip(dataclasses.astuple(self._standing), dataclasses.astuple(new), strict=True):
            if old_part == new_part:
                continue
            if old_part in text:
                text = text.replace(old_part, new_part, 1)
            else:
                missing = True
        self._standing = new
        if text != self.text():
            self.put_draft(self.subject(), text, self._notes(self._draft()))
            self._post_edit()
        if missing and not self._told_kept:
            self._told_kept = True
            self.notify(
                "Your edited note no longer holds that part, so it is kept as you wrote it. "
                "ctrl+r writes a fresh draft with your answers.",
                timeout=6,
                markup=False,
            )

    def focus_work(self) -> None:
        """Coming to the thank-you: the cursor goes where the draft needs you first (the
        greeting's title, then the first sentence still asked for), else into the draft. Typing
        never lands on the note list, where a space would change which note is quoted."""
        if self.query_one("#greet-row").display:
            self.query_one("#greet-row Button", Button).focus()
            return
        text = self.text()
        for sentence in THANKS_ASKS:
            answer = self.query_one(f"#{_input_id(sentence)}", Input)
            if not answer.value.strip() and sentence.question in open_questions(text):
                answer.focus()
                return
        self.query_one("#draft-text", TextArea).focus()

    # ----- the greeting -----------------------------------------------------------------

    def _show_greeting_choice(self) -> None:
        self.query_one("#greet-row").display = Addressee.of(self.contact).greeting_name() is None

    @on(Button.Pressed, "#greet-row Button")
    def _greeting_chosen(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button == "greet-full":
            updated = dataclasses.replace(self.contact, address_by="full-name")
        else:
            updated = dataclasses.replace(self.contact, honorific=GREETING_TITLES[int(button.removeprefix("greet-"))])
        app = self.coach
        if not app.guarded_save(lambda: app.store.save_contact(updated)):
            return
        self.contact.honorific, self.contact.address_by = updated.honorific, updated.address_by
        self._show_greeting_choice()
        self._parts_changed()
        self.query_one(
            f"#{_input_id(THANKS_ASKS[0])}", Input
        ).focus()  # the button pressed is gone: on to the next question
        self.notify(f"Saved: drafts to them now begin “Dear {Addressee.of(self.contact).greeting_name()},”.")

    # ----- the note to quote ------------------------------------------------------------

    def _choices(self) -> list[Option]:
        return [
            Option(_choice(note.text, note.starred, index in self._chosen), id=str(index))
            for index, note in enumerate(self.meeting.notes)
        ]

    @on(OptionList.OptionSelected, "#cite")
    def _cite_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        self._chosen = [] if self._chosen == [index] else [index]
        cite = self.query_one("#cite", CiteChoices)
        for position, note in enumerate(self.meeting.notes):
            cite.replace_option_prompt_at_index(position, _choice(note.text, note.starred, position in self._chosen))
        self._parts_changed()

    # ----- the user's sentences ---------------------------------------------------------

    @on(Input.Changed, ".ask-row Input")
    def _answer_changed(self, event: Input.Changed) -> None:
        event.stop()
        sentence = next(s for s in THANKS_ASKS if _input_id(s) == event.input.id)
        value = event.value
        if value == self.meeting.drafts.get(sentence.key, ""):
            return  # the value put there on opening
        if value.strip():
            self.meeting.drafts[sentence.key] = value
        else:
            self.meeting.drafts.pop(sentence.key, None)
        advice = check_own_sentence(value)
        shown = self.query_one("#ask-advice", Static)
        shown.update(f"{sentence.label}: {advice[0]}" if advice else "")
        shown.display = bool(advice)
        self.post_message(self.AnswerChanged())
        if self._answer_timer is not None:
            self._answer_timer.stop()
        self._answer_timer = self.set_timer(ANSWER_DELAY, self._parts_changed)

    @on(Input.Submitted, ".ask-row Input")
    def _answer_submitted(self, event: Input.Submitted) -> None:
        """Enter: the answer goes into the draft now, and the cursor on to the next sentence
        still asked for (else into the draft), as in Prep's questions above a draft."""
        event.stop()
        if self._answer_timer is not None:
            self._answer_timer.stop()
        self._parts_changed()
        asked = open_questions(self.text())
        ids = [_input_id(sentence) for sentence in THANKS_ASKS]
        start = ids.index(event.input.id) + 1 if event.input.id in ids else len(ids)
        for sentence in THANKS_ASKS[start:]:
            answer = self.query_one(f"#{_input_id(sentence)}", Input)
            if not answer.value.strip() and sentence.question in asked:
                answer.focus()
                return
        self.query_one("#draft-text", TextArea).focus()

    # ----- checks -----------------------------------------------------------------------

    def _run_lint(self) -> None:
        text = self.text()
        addressee = Addressee.of(self.contact)
        findings = lint(text, self.kind, channel=self.channel, addressee=addressee)
        self.query_one("#draft-lint", LintPanel).show(findings, open_questions(text))
        self.query_one("#draft-count", Static).update(
            f"{count_words(text)} words (a thank-you stays within {WORD_LIMIT})"
        )


def _input_id(sentence: OwnSentence) -> str:
    return "ask-" + sentence.key.removeprefix("sentence:")


def _choice(text: str, starred: bool, chosen: bool) -> Text:
    line = " ".join(text.split())
    if len(line) > NOTE_CHOICE_WIDTH:
        line = line[: NOTE_CHOICE_WIDTH - 1].rstrip() + "…"
    prompt = Text(CHOSEN + "quoted: " if chosen else NOT_CHOSEN, style="bold" if chosen else "dim")
    prompt.append(("★ " if starred else "") + line)
    return prompt
