"""Pick a question from our bank, grouped by TIARA category."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from infocoach.core.prep.question_bank import BANK, CATEGORIES, BankQuestion


class BankPicker(ModalScreen[BankQuestion | None]):
    CSS_PATH = "bank_picker.tcss"
    HELP = (
        "Questions we wrote for informational interviews, grouped by TIARA: Trends, Insights, "
        "Advice, Resources, Assignments. Enter adds the highlighted one to your plan; you can "
        "edit it afterwards to make it yours. Questions already in your plan are not listed."
    )
    BINDINGS = [
        Binding("escape", "cancel", "Close", id="bank.cancel"),
        Binding("f1", "app.help", "Help", id="bank.help"),
    ]

    def __init__(self, already: set[str]) -> None:
        super().__init__()
        self.choices: list[BankQuestion] = [q for q in BANK if q.text not in already]

    def compose(self) -> ComposeResult:
        options: list[Option | None] = []
        for category in CATEGORIES:
            group = [(i, q) for i, q in enumerate(self.choices) if q.category == category]
            if not group:
                continue
            if options:
                options.append(None)  # a separator between groups
            options.append(Option(f"— {category} —", id=f"heading-{category}", disabled=True))
            options += [Option(f"  {q.text}", id=str(i)) for i, q in group]
        with Vertical(id="dialog"):
            yield Static("Add a question from the bank", id="title")
            yield OptionList(*options, id="bank")
        yield Footer()

    @on(OptionList.OptionSelected, "#bank")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(str(event.option.id))])

    def action_cancel(self) -> None:
        self.dismiss(None)
