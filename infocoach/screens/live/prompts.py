"""Quick prompts on the live screen: a note, an action item, a referral.

They sit at the bottom of the screen so the clock and the talk meter stay in view (and keep
running) while the user types. Enter saves, Escape cancels; the result is the text typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class PromptInput(Input):
    """An Input that, once its prompt is answered, keeps no more keys: ones typed in the moment
    before the prompt closes are handed on (the live screen replays them: "t" still switches)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.closed = False
        self.after: list[events.Key] = []

    async def action_submit(self) -> None:
        self.closed = True  # at the Enter itself: a key right behind it is not part of the answer
        await super().action_submit()

    async def _on_key(self, event: events.Key) -> None:
        if isinstance(self.screen, TypeaheadPrompt):
            self.screen.key_typed()  # listening: the key's click is not the user's voice
        if self.closed:
            event.stop()
            event.prevent_default()
            self.after.append(events.Key(event.key, event.character))
            return
        if event.key == "enter":
            self.closed = True  # the submit action runs a moment later; keys after it are not ours
        await super()._on_key(event)


class TypeaheadPrompt(ModalScreen[object]):
    """Keys typed before the prompt's first field has the focus go into it, not astray: a fast
    "n" then "ramps matter" must not lose the note (or press the live screen's keys)."""

    def __init__(self) -> None:
        super().__init__()
        self.typeahead: list[events.Key] = []  # keys typed while the prompt was opening
        self._ready = False  # mounted, with its typeahead typed in
        self._inputs: list[PromptInput] = []  # kept: read after the prompt's widgets are gone
        self.key_typed: Callable[[], None] = lambda: None  # told of every key typed in a field

    def first_field(self) -> Input:
        return self.query(Input).first()

    def has_unsaved_changes(self) -> bool:
        """For quitting: something typed here is not saved until Enter."""
        return any(field.value.strip() for field in self.query(Input))

    def take(self, key: events.Key) -> None:
        """A key typed for this prompt that the screen beneath received (it was typed while
        the prompt opened). Before the prompt is mounted it waits in ``typeahead``; after, it is
        typed in at once, in the order it came."""
        if self._ready:
            self._type(key)
        else:
            self.typeahead.append(key)

    def on_mount(self) -> None:
        self._inputs = list(self.query(PromptInput))
        self.first_field().focus()
        self._ready = True
        for key in self.typeahead:
            self._type(key)

    def on_key(self, event: events.Key) -> None:
        # A key reaches the screen itself when no field took it: typed while the prompt was
        # opening, before its field had the focus; it belongs in the field all the same. A key
        # bubbling up from the focused field (its Enter) is left to the field's own bindings.
        if isinstance(self.focused, Input):
            return
        if self._type(event):
            event.stop()
            event.prevent_default()

    def _type(self, key: events.Key) -> bool:
        """Type ``key`` into the field as if it had the focus; False if it is not the field's."""
        field = self.focused if isinstance(self.focused, Input) else self.first_field()
        if field.disabled:
            return False
        if isinstance(field, PromptInput) and field.closed:
            field.after.append(events.Key(key.key, key.character))  # the screen beneath's
            return True
        if key.key == "enter":
            if isinstance(field, PromptInput):
                field.closed = True  # at the Enter itself: what follows is not the answer
            field.focus()
            self.call_after_refresh(field.action_submit)
            return True
        if key.is_printable and key.character:
            field.focus()
            field.insert_text_at_cursor(key.character)
            return True
        return False

    @property
    def keys_after(self) -> list[events.Key]:
        """Keys typed after the answer, for the screen underneath to replay."""
        return [key for field in self._inputs for key in field.after]  # fresh events

    def close_fields(self) -> None:
        for field in self.query(PromptInput):
            field.closed = True


class LinePrompt(TypeaheadPrompt):
    """One line of text; dismissed with the text (stripped), or None when cancelled or empty."""

    CSS_PATH = "live_prompts.tcss"
    HELP = "Type one line. Enter saves it, Escape cancels. The meeting clock keeps running."
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, placeholder: str, *, context: str = "") -> None:
        super().__init__()
        self.prompt_title = title
        self.placeholder = placeholder
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(self.prompt_title, classes="prompt-title", markup=False)
            if self.context:
                yield Static(self.context, classes="prompt-context", markup=False)
            yield PromptInput(placeholder=self.placeholder, id="line", compact=True)
            yield Static("Enter saves · Escape cancels", classes="prompt-keys", markup=False)

    @on(Input.Submitted, "#line")
    def _submitted(self, event: Input.Submitted) -> None:
        self.close_fields()
        self.dismiss(self.answer(event.value))

    def answer(self, value: str) -> object:
        """What the prompt is dismissed with for the line typed: the text, or None if empty."""
        return value.strip() or None

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class NoteAnswer:
    text: str
    question: int | None  # the question it is on (by index), or None for none in particular


class NotePrompt(LinePrompt):
    """A note, new or changed, and the question it is on: "Note on: …", changed with ↑/↓."""

    HELP = (
        "Type the note on one line. It is attached to the question shown above it: the one you "
        "just marked asked, or else the one under the cursor; ↑ and ↓ attach it to another (or "
        "to none). Enter saves, Escape cancels. The meeting clock keeps running."
    )
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
        Binding("up", "question(-1)", "Previous question", id="prompt.previous_question"),
        Binding("down", "question(1)", "Next question", id="prompt.next_question"),
    ]

    def __init__(self, title: str, *, context: str, questions: list[str], question: int | None, text: str = "") -> None:
        super().__init__(title, "What did they say? (one line)", context=context)
        self.questions = questions
        self.question = question if question is not None and 0 <= question < len(questions) else None
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(self.prompt_title, classes="prompt-title", markup=False)
            if self.context:
                yield Static(self.context, classes="prompt-context", markup=False)
            yield Static(self.note_on(), id="note-on", classes="prompt-context", markup=False)
            # Typing adds to the words being changed; it never replaces them all at once.
            yield PromptInput(self.text, placeholder=self.placeholder, id="line", compact=True, select_on_focus=False)
            keys = (
                "Enter saves · ↑/↓ another question · Escape cancels"
                if self.questions
                else "Enter saves · Escape cancels"
            )
            yield Static(keys, classes="prompt-keys", markup=False)

    def note_on(self) -> str:
        if self.question is None:
            return "Note on: no question in particular"
        return f"Note on: {self.questions[self.question]}"

    def action_question(self, step: int) -> None:
        """Attach the note to the previous or next question; past either end, to none."""
        if not self.questions:
            return
        choices: list[int | None] = [None, *range(len(self.questions))]
        self.question = choices[(choices.index(self.question) + step) % len(choices)]
        self.query_one("#note-on", Static).update(self.note_on())

    def answer(self, value: str) -> object:
        text = value.strip()
        return NoteAnswer(text, self.question) if text else None


@dataclass(frozen=True, slots=True)
class ReferralAnswer:
    name: str
    organization: str
    detail: str


class ReferralPrompt(TypeaheadPrompt):
    """Who else should I talk to? Name (needed), organisation and a note; Enter in any field
    saves, Tab moves between them, Escape cancels."""

    CSS_PATH = "live_prompts.tcss"
    HELP = (
        "Record someone they suggest you talk to. Only the name is needed; Tab moves to the "
        "organisation and a note. Enter saves from any field, Escape cancels."
    )
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static("Referral: who else should you talk to?", classes="prompt-title", markup=False)
            yield PromptInput(placeholder="Name, e.g. Ms. Priya Raman", id="name", compact=True)
            yield PromptInput(placeholder="Organisation (optional)", id="organization", compact=True)
            yield PromptInput(
                placeholder="A note: who they are, how to reach them (optional)", id="detail", compact=True
            )
            yield Static("", id="problem", classes="field-error -empty", markup=False)
            yield Static("Enter saves · Tab next field · Escape cancels", classes="prompt-keys", markup=False)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        if not name:
            problem = self.query_one("#problem", Static)
            problem.update("A referral needs a name.")
            problem.remove_class("-empty")
            for field in self.query(PromptInput):
                field.closed = False  # still open: the answer was not taken
            self.query_one("#name", Input).focus()
            return
        self.close_fields()
        self.dismiss(
            ReferralAnswer(
                name=name,
                organization=self.query_one("#organization", Input).value.strip(),
                detail=self.query_one("#detail", Input).value.strip(),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
