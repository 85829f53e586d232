"""A Line API list of one-line rows under a fixed header, with a row cursor: keys and mouse.

The part of a virtual table that knows nothing about what its rows hold. A subclass says how
many rows there are (``row_count``), draws them (``render_line``), and turns the hooks below
into its own messages. Line 0 is the header; row ``i`` is virtual line ``i + 1``.
"""

from __future__ import annotations

from textual import events
from textual.scroll_view import ScrollView

HEADER_LINES = 1


class RowCursorView(ScrollView, can_focus=True):
    """Rows with a cursor that the keyboard and mouse move, kept in view under the header."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._cursor_row = -1  # -1: no rows, so no cursor
        self._hover_row = -1
        self._clicked_to_select = False  # the first click of a double-click already selected

    # ----- for subclasses -----------------------------------------------------------------

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def cursor_moved(self) -> None:
        """The cursor is on another row (and there is one)."""

    def cursor_selected(self) -> None:
        """Enter, or a click on the cursor's row."""

    def header_clicked(self, x: int) -> None:
        """A click on the header, ``x`` cells from the table's left edge."""

    # ----- the cursor ---------------------------------------------------------------------

    @property
    def cursor_row(self) -> int:
        """The row under the cursor, or -1 when there are no rows."""
        return self._cursor_row

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        """Put the cursor on ``row`` (clamped to the rows there are) and say so if it moved."""
        if not self.row_count:
            return
        row = min(max(row, 0), self.row_count - 1)
        if row != self._cursor_row:
            self.refresh_line(self._cursor_row + HEADER_LINES)
            self._cursor_row = row
            self.refresh_line(row + HEADER_LINES)
            self.cursor_moved()
        if scroll:
            self.scroll_to_cursor()

    @property
    def page_rows(self) -> int:
        """How many rows fit beneath the header."""
        return max(1, self.scrollable_content_region.height - HEADER_LINES)

    def scroll_to_cursor(self) -> None:
        """Scroll so the cursor's row is in view beneath the header, and no blank lines
        stay below the last row after the list shrank."""
        if not self.size:
            return  # not laid out yet (or hidden): on_resize scrolls once there is a size
        page = self.page_rows
        top = min(round(self.scroll_y), max(0, self.row_count - page))
        if self._cursor_row >= 0:
            top = min(max(top, self._cursor_row - page + 1), self._cursor_row)
        if top != round(self.scroll_y):
            self.scroll_to(y=top, animate=False, force=True)

    def on_resize(self) -> None:
        self.scroll_to_cursor()

    # ----- keys ---------------------------------------------------------------------------

    def _move_by(self, rows: int) -> None:
        self._set_hover(-1)  # the keyboard took over from the mouse
        self.move_cursor(row=self._cursor_row + rows)

    def action_cursor_up(self) -> None:
        self._move_by(-1)

    def action_cursor_down(self) -> None:
        self._move_by(1)

    def action_page_up(self) -> None:
        self._move_by(-self.page_rows)

    def action_page_down(self) -> None:
        self._move_by(self.page_rows)

    def action_first_row(self) -> None:
        self._move_by(-self._cursor_row)

    def action_last_row(self) -> None:
        self._move_by(self.row_count - 1 - self._cursor_row)

    def action_select_cursor(self) -> None:
        if self._cursor_row >= 0:
            self.cursor_selected()

    # ----- mouse --------------------------------------------------------------------------

    def _row_at(self, event: events.MouseEvent) -> int | None:
        """The row under the mouse: -1 for the header, None off the rows (or on a scrollbar)."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        if offset.y < HEADER_LINES:
            return -1
        row = offset.y - HEADER_LINES + round(self.scroll_y)
        return row if row < self.row_count else None

    def on_click(self, event: events.Click) -> None:
        row = self._row_at(event)
        if row == -1:
            offset = event.get_content_offset(self)
            if offset is not None:
                self.header_clicked(offset.x + round(self.scroll_x))
            return
        if row is None:
            return
        event.stop()
        if event.chain > 1:  # a double-click: select, unless its first click already did
            if not self._clicked_to_select:
                self.cursor_selected()
            self._clicked_to_select = True
        elif row == self._cursor_row:
            self.cursor_selected()
            self._clicked_to_select = True
        else:
            self._clicked_to_select = False
            self.move_cursor(row=row)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        row = self._row_at(event)
        self._set_hover(-1 if row is None else row)

    def on_leave(self) -> None:
        self._set_hover(-1)

    def _set_hover(self, row: int) -> None:
        if row != self._hover_row:
            self.refresh_line(self._hover_row + HEADER_LINES)
            self._hover_row = row
            self.refresh_line(row + HEADER_LINES)
