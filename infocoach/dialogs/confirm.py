"""A yes/no question before anything is archived or deleted."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from infocoach.widgets.choice_row import ChoiceRow


class ConfirmModal(ModalScreen[bool]):
    CSS_PATH = "confirm.tcss"
    HELP = "Confirm with Enter on the highlighted button, or press y; Escape or n cancels."
    BINDINGS = [
        Binding("escape,n", "answer(False)", "Cancel", id="confirm.cancel"),
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
    ]

    def __init__(self, question: str, *, confirm: str = "OK", danger: bool = False) -> None:
        super().__init__()
        self.question = question
        self.confirm_label = confirm
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(self.question, id="question", markup=False)
            with ChoiceRow(id="buttons"):
                yield Button("Cancel", id="no")
                yield Button(self.confirm_label, id="yes", variant="error" if self.danger else "primary")
        yield Footer()

    def on_mount(self) -> None:
        # The safe choice has the focus, so a stray Enter never deletes anything.
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
