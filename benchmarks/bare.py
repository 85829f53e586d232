"""The floor: a bare Textual app with a header, a table and a footer (and, for idle CPU, a
clock label refreshed four times a second, as the live screen's is)."""

from __future__ import annotations

import time
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static


class BareApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", "Quit", id="bare.quit")]

    def __init__(self, *, rows: int = 5, clock: bool = False) -> None:
        super().__init__()
        self._rows = rows
        self._clock = clock
        self._started = time.monotonic()
        self._shown = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="clock")
        yield DataTable(id="table")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("When", "Who", "Status")
        for row in range(self._rows):
            table.add_row(f"2026-11-{1 + row % 28:02d}", f"Person {row}", "done")
        table.focus()
        if self._clock:
            self.set_interval(0.25, self._tick)

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._started)
        text = f"{seconds // 60:02d}:{seconds % 60:02d}"
        if text != self._shown:  # like the live screen: idle ticks draw nothing
            self._shown = text
            self.query_one("#clock", Static).update(text)
