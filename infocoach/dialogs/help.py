"""F1: help for the screen underneath — how to use it and every key it answers to."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

GENERAL = "F1 opens help on any screen; ctrl+q quits (everything is saved as you go)."


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close help", id="help.close")]

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        title = self.about.title or type(self.about).__name__
        with Vertical(id="dialog"):
            yield Static(f"Help: {title}", id="title", markup=False)
            with VerticalScroll():
                yield Static(getattr(self.about, "HELP", "") or GENERAL, id="about", markup=False)
                yield Static(self.keys_table(), id="keys")
                yield Static(GENERAL, classes="hint", markup=False)
            yield Static("Escape closes this help.", classes="hint", markup=False)
        yield Footer()

    def keys_table(self) -> Table:
        """The keys of the screen underneath and of the app, with what they do."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)  # the id to remap it with in [keys]
        seen: set[str] = set()
        for active in self.about.active_bindings.values():
            binding = active.binding
            ours = active.node is self.about or (active.node is self.app and (binding.id or "").startswith("app."))
            if not ours:
                continue  # widgets' own keys (arrows, page up, copy) go without saying
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            table.add_row(self.app.get_key_display(binding), Text(binding.description), binding.id or "")
        table.add_row("ctrl+p", Text("Command palette: jump to a meeting or a person"), "")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
