"""What every modal form shares: inline errors that clear as you fix them, ctrl+s, and a
"discard your changes?" question instead of silently throwing typing away."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Select, Static, TextArea

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.form_parts import show_errors
from infocoach.widgets.choice_row import ChoiceRow

ResultType = TypeVar("ResultType")


class FormScreen(ModalScreen[ResultType]):
    CSS_PATH = "forms.tcss"
    FIELDS: ClassVar[tuple[str, ...]] = ()
    """The ids of the fields, in order; each has an ``<id>-error`` line."""
    CANCELLED: ClassVar[Any] = None
    """What the form dismisses with when cancelled."""
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("f1", "app.help", "Help", id="form.help"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="form-screen")
        self._initial: dict[str, str] | None = None

    def form_title(self) -> str:
        raise NotImplementedError

    def compose_fields(self) -> ComposeResult:
        """The form's fields (use ``labelled``); the frame, buttons and footer are shared."""
        raise NotImplementedError

    def first_field(self) -> Widget:
        """Where the cursor starts."""
        raise NotImplementedError

    def values(self) -> dict[str, str]:
        """The form's current raw values, by field id."""
        raise NotImplementedError

    def build(self) -> tuple[Any, dict[str, str]]:
        """The result the form describes, or None and the problems, by field id."""
        raise NotImplementedError

    def accept(self, result: Any) -> None:
        """What to do with a valid result: by default, hand it to whoever opened the form."""
        self.dismiss(result)

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog"):
            yield Static(self.form_title(), classes="form-title", markup=False)
            with VerticalScroll():
                yield from self.compose_fields()
            with ChoiceRow(classes="form-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", variant="primary", id="save")
        yield Footer()

    def on_mount(self) -> None:
        self.first_field().focus()
        # Remember what the form started with once every widget holds its value.
        self.call_after_refresh(self._remember)

    def _remember(self) -> None:
        self._initial = self.values()

    def has_unsaved_changes(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    def show_problems(self, problems: dict[str, str]) -> None:
        show_errors(self, list(self.FIELDS), problems)

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    def _field_changed(self, event: Input.Changed | TextArea.Changed | Select.Changed) -> None:
        """A field being fixed loses its old error message straight away."""
        widget = event.control
        if widget is None or widget.id not in self.FIELDS:
            return
        error = self.query_one(f"#{widget.id}-error", Static)
        if not error.has_class("-empty"):
            error.update("")
            error.add_class("-empty")

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        result, problems = self.build()
        self.show_problems(problems)
        if result is not None:
            self.accept(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if not self.has_unsaved_changes():
            self.dismiss(self.CANCELLED)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(self.CANCELLED)

        self.app.push_screen(
            ConfirmModal("Discard the changes you made in this form?", confirm="Discard", danger=True),
            answered,
        )
