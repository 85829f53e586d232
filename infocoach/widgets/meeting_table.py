"""The table of meetings on History: a virtual table that draws only the rows on screen.

A heavy user has 2,000 meetings; :class:`~infocoach.widgets.cell_table.CellTable` (shared with
the Contacts screen) draws only the ~40 rows in view. This module adds History's columns, its
messages (a meeting under the cursor, chosen, a header clicked) and how the columns fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message

from infocoach.widgets.cell_table import CELL_PADDING, CellTable
from infocoach.widgets.meeting_rows import COLUMNS, DUE_MARK, FIXED_WIDTH, SOON_MARK, Entry

__all__ = ["COLUMNS", "DUE_MARK", "SOON_MARK", "Entry", "MeetingTable"]


MIN_CONTACT, MIN_ORGANIZATION = 16, 12


class MeetingTable(CellTable[Entry]):
    """Rows of ``Entry``; the cursor stays on the same meeting, or the same place, on redraw."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="meetings.select", show=False),
        Binding("up", "cursor_up", "Previous meeting", id="meetings.cursor_up", show=False),
        Binding("down", "cursor_down", "Next meeting", id="meetings.cursor_down", show=False),
        Binding("pageup", "page_up", "Page up", id="meetings.page_up", show=False),
        Binding("pagedown", "page_down", "Page down", id="meetings.page_down", show=False),
        Binding("home,ctrl+home", "first_row", "First meeting", id="meetings.first", show=False),
        Binding("end,ctrl+end", "last_row", "Last meeting", id="meetings.last", show=False),
    ]

    class RowMessage(Message):
        """About the row under the cursor: its index and its meeting."""

        def __init__(self, table: MeetingTable, cursor_row: int, meeting_id: str) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row
            self.meeting_id = meeting_id

        @property
        def control(self) -> MeetingTable:
            return self.table

    class RowHighlighted(RowMessage):
        """The cursor moved to another row, or ``show()`` put another meeting under it."""

    class RowSelected(RowMessage):
        """Enter, or a click on the highlighted row: the user chose this meeting."""

    class HeaderSelected(Message):
        """A click on a column's header (History sorts by it)."""

        def __init__(self, table: MeetingTable, column_key: str, column_index: int) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key
            self.column_index = column_index

        @property
        def control(self) -> MeetingTable:
            return self.table

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(COLUMNS, id=id, classes=classes)

    # ----- what is shown ------------------------------------------------------------------

    @property
    def entries(self) -> Sequence[Entry]:
        """The entries shown, in order."""
        return self._rows

    def fit(self, width: int) -> bool:
        """Give Contact and Organization the spare of ``width`` (55:45), at least their minimum.
        Returns True when the columns changed (the table then redraws itself)."""
        spare = width - FIXED_WIDTH - CELL_PADDING * len(COLUMNS) - 2
        # Beside the detail panel (wide layouts from 100 columns) the names may get narrower
        # than at 80 columns rather than push the table into a horizontal scrollbar.
        contact = max(MIN_CONTACT, spare * 55 // 100)
        organization = max(MIN_ORGANIZATION, spare - contact)
        if spare <= 0:
            return False
        return self.set_widths((contact, organization, *self._widths[2:]))

    # ----- what the cursor does ----------------------------------------------------------

    def cursor_moved(self) -> None:
        self._post_row(MeetingTable.RowHighlighted)

    def cursor_selected(self) -> None:
        self._post_row(MeetingTable.RowSelected)

    def header_clicked(self, x: int) -> None:
        if (key := self.column_key_at(x)) is not None:
            self.post_message(MeetingTable.HeaderSelected(self, key, self._keys.index(key)))

    def _post_row(self, message: type[RowMessage]) -> None:
        if (entry := self.highlighted) is not None:
            self.post_message(message(self, self._cursor_row, entry.id))
