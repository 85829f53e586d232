"""The question a draft asks the user in place: a sentence only they can write ("Why them, in one
sentence to them?"), or how the greeting should address someone with no honorific known.

It sits above the draft. Typing an answer posts ``Typed`` at once (the draft follows as you
type) with the coach's advice on it shown below; Enter posts ``Done``. For the greeting, a row
of buttons (Mr., Ms., Mrs., Mx., Dr., Prof., or their full name; Left and Right move between
them) posts ``GreetingChosen``.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, Input, Static

from infocoach.core.prep.outreach_parts import GREETING, Ask
from infocoach.core.prep.own_words import check_own_sentence
from infocoach.core.records.model import HONORIFICS
from infocoach.widgets.choice_row import ChoiceRow

FULL_NAME = "full-name"


class DraftQuestion(Vertical):
    """One question at a time; hidden (``display`` False) while there is none."""

    DEFAULT_CSS = """
    DraftQuestion { height: auto; display: none; border-left: thick $warning; padding: 0 1; margin-bottom: 1; }
    DraftQuestion #ask-question { height: auto; max-height: 3; text-style: bold; }
    DraftQuestion #ask-answer { width: 1fr; }
    DraftQuestion #ask-greeting { height: 1; }
    DraftQuestion #ask-greeting Button { min-width: 5; width: auto; margin-right: 1; }
    DraftQuestion #ask-advice { height: auto; max-height: 2; color: $text-warning; }
    """

    class Typed(Message):
        """The answer as it stands, after each keystroke."""

        def __init__(self, ask: Ask, text: str) -> None:
            super().__init__()
            self.ask, self.text = ask, text

    class Done(Message):
        """Enter: this answer is finished (the next question, if any, follows)."""

        def __init__(self, ask: Ask, text: str) -> None:
            super().__init__()
            self.ask, self.text = ask, text

    class GreetingChosen(Message):
        """An honorific ("Dr.") or ``FULL_NAME`` chosen for the greeting."""

        def __init__(self, choice: str) -> None:
            super().__init__()
            self.choice = choice

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ask: Ask | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="ask-question", markup=False)
        yield Input(
            placeholder="Your sentence, as you would write it to them; Enter when done", id="ask-answer", compact=True
        )
        with ChoiceRow(id="ask-greeting"):
            for honorific in HONORIFICS:
                yield Button(honorific, id=f"ask-honorific-{honorific.rstrip('.').lower()}", compact=True)
            yield Button("Use their full name", id="ask-full-name", compact=True)
        yield Static("", id="ask-advice", markup=False)

    def show(self, ask: Ask | None, *, label: str = "", current: str = "") -> None:
        """Ask ``ask`` (with ``label`` as its wording), the input holding ``current``; None hides it."""
        self.ask = ask
        self.display = ask is not None
        if ask is None:
            return
        self.query_one("#ask-question", Static).update(label or ask.question)
        greeting = ask == GREETING
        answer = self.query_one("#ask-answer", Input)
        answer.display = not greeting
        self.query_one("#ask-greeting").display = greeting
        if not greeting:
            with answer.prevent(Input.Changed):
                answer.value = current
        self._advise(current if not greeting else "")

    def focus_answer(self) -> None:
        if self.ask is None:
            return
        if self.ask == GREETING:
            self.query_one("#ask-greeting Button", Button).focus()
        else:
            self.query_one("#ask-answer", Input).focus()

    def _advise(self, text: str) -> None:
        advice = self.query_one("#ask-advice", Static)
        lines = check_own_sentence(text)
        advice.update("\n".join(lines[:2]))
        advice.display = bool(lines)

    @on(Input.Changed, "#ask-answer")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.ask is not None:
            self._advise(event.value)
            self.post_message(self.Typed(self.ask, event.value))

    @on(Input.Submitted, "#ask-answer")
    def _done(self, event: Input.Submitted) -> None:
        event.stop()
        if self.ask is not None:
            self.post_message(self.Done(self.ask, event.value))

    @on(Button.Pressed, "#ask-greeting Button")
    def _chosen(self, event: Button.Pressed) -> None:
        event.stop()
        label = str(event.button.label)
        self.post_message(self.GreetingChosen(FULL_NAME if event.button.id == "ask-full-name" else label))
