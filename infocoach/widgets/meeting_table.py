"""The table of meetings on History: a virtual table that draws only the rows on screen.

A heavy user has 2,000 meetings. A DataTable measures and caches every cell of every row it
is given, so each search keystroke paid for all of them. This widget uses Textual's Line API
(as Toolong's log view does): ``show()`` only stores the list and sets ``virtual_size``, and
``render_line`` turns the ~40 visible lines into Strips when the screen asks for them.

The header is line 0 of the same widget and stays put while the rows scroll beneath it (as in
DataTable): one focusable widget, one scrollbar, and the look History had before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from infocoach.widgets.meeting_rows import (
    CELL_PADDING,
    COLUMN_KEYS,
    COLUMNS,
    DUE_MARK,
    FIXED_WIDTH,
    SOON_MARK,
    Entry,
    column_at,
    header_cells,
    line_segments,
)
from infocoach.widgets.row_cursor import HEADER_LINES, RowCursorView

__all__ = ["COLUMNS", "DUE_MARK", "SOON_MARK", "Entry", "MeetingTable"]


MIN_CONTACT, MIN_ORGANIZATION = 16, 12


class MeetingTable(RowCursorView):
    """Rows of ``Entry``; the cursor stays on the same meeting, or the same place, on redraw."""

    DEFAULT_CSS = """
    MeetingTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .meeting-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .meeting-table--header {
                background-tint: $foreground 5%;
            }
        }
        & > .meeting-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .meeting-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .meeting-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .meeting-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .meeting-table--hover {
            background: $block-hover-background;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "meeting-table--header",
        "meeting-table--even-row",
        "meeting-table--odd-row",
        "meeting-table--cursor",
        "meeting-table--hover",
    }
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
        super().__init__(id=id, classes=classes)
        self._entries: Sequence[Entry] = ()
        self._widths: tuple[int, ...] = tuple(width for _, _, width in COLUMNS)

    # ----- what is shown ------------------------------------------------------------------

    @property
    def entries(self) -> Sequence[Entry]:
        """The entries shown, in order."""
        return self._entries

    @property
    def row_count(self) -> int:
        return len(self._entries)

    @property
    def highlighted(self) -> Entry | None:
        return self._entries[self._cursor_row] if self._cursor_row >= 0 else None

    @property
    def column_widths(self) -> dict[str, int]:
        """Each column's text width (without its padding), by key."""
        return dict(zip(COLUMN_KEYS, self._widths))

    @property
    def table_width(self) -> int:
        return sum(self._widths) + CELL_PADDING * len(self._widths)

    def show(self, entries: Sequence[Entry], *, select: str | None) -> None:
        """Show ``entries``; keep ``select`` (a meeting id) under the cursor if it is there.

        Costs nothing per row: the rows are drawn when (and only if) they scroll into view.
        """
        before = self.highlighted
        previous_row = self._cursor_row
        self._entries = tuple(entries)
        index = next((i for i, e in enumerate(self._entries) if e.id == select), None)
        if index is None and self._entries:
            # The selected meeting went away (deleted, archived, filtered): stay at the same
            # place in the list rather than jumping back to the top.
            index = min(max(previous_row, 0), len(self._entries) - 1)
        self._cursor_row = -1 if index is None else index
        self._hover_row = -1
        self.virtual_size = Size(self.table_width, len(self._entries) + HEADER_LINES)
        self.refresh()
        self.scroll_to_cursor()
        after = self.highlighted
        if after is not None and (before is None or before.id != after.id or previous_row != self._cursor_row):
            self._post_row(MeetingTable.RowHighlighted)

    def fit(self, width: int) -> bool:
        """Give Contact and Organization the spare of ``width`` (55:45), at least their minimum.
        Returns True when the columns changed (the table then redraws itself)."""
        spare = width - FIXED_WIDTH - CELL_PADDING * len(COLUMNS) - 2
        # Beside the detail panel (wide layouts from 100 columns) the names may get narrower
        # than at 80 columns rather than push the table into a horizontal scrollbar.
        contact = max(MIN_CONTACT, spare * 55 // 100)
        organization = max(MIN_ORGANIZATION, spare - contact)
        if (contact, organization) == self._widths[:2] or spare <= 0:
            return False
        self._widths = (contact, organization, *self._widths[2:])
        self.virtual_size = Size(self.table_width, len(self._entries) + HEADER_LINES)
        self.refresh()
        return True

    # ----- what the cursor does ----------------------------------------------------------

    def cursor_moved(self) -> None:
        self._post_row(MeetingTable.RowHighlighted)

    def cursor_selected(self) -> None:
        self._post_row(MeetingTable.RowSelected)

    def header_clicked(self, x: int) -> None:
        if (column := column_at(x, self._widths)) is not None:
            self.post_message(MeetingTable.HeaderSelected(self, COLUMN_KEYS[column], column))

    def _post_row(self, message: type[RowMessage]) -> None:
        if (entry := self.highlighted) is not None:
            self.post_message(message(self, self._cursor_row, entry.id))

    # ----- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if y < HEADER_LINES:
            style = self.get_component_rich_style("meeting-table--header")
            cells = header_cells()
        else:
            row = scroll_y + y - HEADER_LINES
            if row >= len(self._entries):
                return Strip.blank(width, self.rich_style)
            style = self._row_style(row)
            cells = self._entries[row].cells()
        segments = line_segments(cells, self._widths, style, self.app.console)
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, style)

    def _row_style(self, row: int) -> Style:
        stripe = "meeting-table--odd-row" if row % 2 else "meeting-table--even-row"
        style = self.get_component_rich_style(stripe)
        if row == self._hover_row:
            style += self.get_component_rich_style("meeting-table--hover")
        if row == self._cursor_row:
            style += self.get_component_rich_style("meeting-table--cursor")
        return style
