"""Pick questions from our bank, grouped by TIARA: several in one visit, filtered as you type."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from infocoach.core.describe import count_of
from infocoach.core.prep.question_bank import (
    BANK,
    CATEGORIES,
    TIARA_MEANINGS,
    BankQuestion,
    search_bank,
    tiara_explained,
)
from infocoach.dialogs.confirm import ConfirmModal

TIARA_LINE = (
    "Grouped by TIARA: Trends, Insights, Advice, Resources and Assignments. "
    "Each group's heading says what it asks about; F1 says more."
)
PICKED = "[✓] "
NOT_PICKED = "[ ] "


class BankPicker(ModalScreen[list[BankQuestion] | None]):
    """Dismisses with the picked questions in the bank's order, or None when closed."""

    CSS_PATH = "bank_picker.tcss"
    HELP = (
        "Questions we wrote for informational interviews. "
        + tiara_explained()
        + " A good plan has a few from each.\n\n"
        "Type to filter the list (words from the question or a group's name). ↓ moves into the "
        "list; Enter or space picks a question or unpicks it, as many as you like. ctrl+s (or "
        "the Add button) adds the picked ones to your plan, in the bank's order; you can edit "
        "and reorder them afterwards. Questions already in your plan are not listed."
    )
    BINDINGS = [
        Binding("ctrl+s", "add", "Add picked", id="bank.add"),
        Binding("space", "pick", "Pick", id="bank.pick"),
        Binding("escape", "cancel", "Close", id="bank.cancel"),
        Binding("f1", "app.help", "Help", id="bank.help"),
    ]

    def __init__(self, already: set[str]) -> None:
        super().__init__()
        self.choices: list[BankQuestion] = [q for q in BANK if q.text not in already]
        self.picked: set[int] = set()  # indexes into self.choices

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("Add questions from the bank", id="title")
            yield Static(TIARA_LINE, id="tiara", markup=False)
            # Compact fields: at 80x24 the list keeps most of the dialog's height.
            yield Input(placeholder="Type to filter, e.g. skills or advice", id="bank-search", compact=True)
            yield OptionList(id="bank")
            with Horizontal(id="bank-bar"):
                yield Static("", id="bank-count", markup=False)
                yield Button("Add", variant="primary", id="add", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#bank-search", Input).focus()

    # ----- the list ---------------------------------------------------------------------

    def _fill(self) -> None:
        """The list for the current filter, grouped by category, with the highlight kept."""
        bank = self.query_one("#bank", OptionList)
        current = bank.highlighted_option.id if bank.highlighted_option is not None else None
        shown = {q.text for q in search_bank(self.query_one("#bank-search", Input).value, self.choices)}
        options: list[Option | None] = []
        for category in CATEGORIES:
            group = [(i, q) for i, q in enumerate(self.choices) if q.category == category and q.text in shown]
            if not group:
                continue
            if options:
                options.append(None)  # a separator between groups
            heading = f"— {category}: {TIARA_MEANINGS[category]} —"
            options.append(Option(heading, id=f"heading-{category}", disabled=True))
            options += [Option(self._prompt(i), id=str(i)) for i, _ in group]
        if not options:
            options.append(Option("No question matches: try fewer or other words.", id="none", disabled=True))
        bank.set_options(options)
        ids = [bank.get_option_at_index(n).id for n in range(bank.option_count)]
        if current in ids:
            bank.highlighted = ids.index(current)
        else:
            bank.highlighted = self._first_choice()
        self._count()

    def _prompt(self, index: int) -> str:
        mark = PICKED if index in self.picked else NOT_PICKED
        return f"{mark}{self.choices[index].text}"

    def _count(self) -> None:
        count = len(self.picked)
        text = f"{count_of(count, 'question')} picked" if count else "None picked yet"
        self.query_one("#bank-count", Static).update(f"{text} · Enter or space picks · ctrl+s adds them")
        self.query_one("#add", Button).label = f"Add {count}" if count else "Add"

    # ----- picking ----------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#bank")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._toggle(event.option)

    def action_pick(self) -> None:
        bank = self.query_one("#bank", OptionList)
        if self.focused is bank and bank.highlighted_option is not None:
            self._toggle(bank.highlighted_option)

    def _toggle(self, option: Option) -> None:
        if option.disabled or option.id is None or not option.id.isdigit():
            return
        index = int(option.id)
        self.picked ^= {index}
        self.query_one("#bank", OptionList).replace_option_prompt(option.id, self._prompt(index))
        self._count()

    @on(Input.Changed, "#bank-search")
    def _filter(self) -> None:
        self._fill()

    @on(Input.Submitted, "#bank-search")
    def _search_done(self) -> None:
        self.query_one("#bank", OptionList).focus()

    def on_key(self, event: Key) -> None:
        """In the list, ↑ from the top goes back to the filter, and typed letters filter."""
        bank = self.query_one("#bank", OptionList)
        if self.focused is not bank:
            if event.key == "down" and self.focused is self.query_one("#bank-search"):
                bank.focus()
                event.stop()
            return
        search = self.query_one("#bank-search", Input)
        if event.key == "up" and bank.highlighted == self._first_choice():
            search.focus()
            event.stop()
        elif event.is_printable and event.character and event.character != " ":
            search.focus()
            search.insert_text_at_cursor(event.character)
            event.stop()
        elif event.key == "backspace":
            search.focus()
            search.value = search.value[:-1]
            event.stop()

    def _first_choice(self) -> int | None:
        bank = self.query_one("#bank", OptionList)
        return next((n for n in range(bank.option_count) if not bank.get_option_at_index(n).disabled), None)

    # ----- leaving ----------------------------------------------------------------------

    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        if not self.picked:
            self.notify("Pick a question first: Enter or space on it.", severity="warning")
            return
        self.dismiss([self.choices[i] for i in sorted(self.picked)])

    def action_cancel(self) -> None:
        if not self.picked:
            self.dismiss(None)
            return
        question = f"Close without adding the {count_of(len(self.picked), 'question')} you picked?"

        def answered(close: bool | None) -> None:
            if close:
                self.dismiss(None)

        self.app.push_screen(ConfirmModal(question, confirm="Close", danger=True), answered)
