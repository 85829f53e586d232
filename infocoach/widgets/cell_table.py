"""A virtual table of one-line rows in fixed-width columns: what History's meeting table and
the Contacts screen's table share.

A DataTable measures and caches every cell of every row it is given; with thousands of rows
each search keystroke paid for all of them. :class:`CellTable` uses Textual's Line API (as
Toolong's log view does): ``show()`` only stores the rows and sets ``virtual_size``, and
``render_line`` turns the few visible rows into Strips when the screen asks for them. The
header is line 0 of the same widget and stays put while the rows scroll beneath it.

A subclass gives its columns (``header_cells``, the widths) and turns the cursor's hooks into
its own messages. Rows are anything with an ``id`` and ``cells()``: one Text per column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip

from infocoach.widgets.row_cursor import HEADER_LINES, RowCursorView
from infocoach.widgets.shown_text import shown

CELL_PADDING = 2  # one space either side of every cell

# Line breaks and tabs in a name would break the one-line row: each becomes one space, so
# the spans of the text keep their offsets.
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\v": " ", "\f": " "})

# Each cell's segments carry their column, so neighbouring cells of one style stay separate
# runs: exported SVGs (snapshots, screenshots) then place every cell at its own x, as they
# did with DataTable, instead of one long run whose spacing some SVG viewers collapse.
_COLUMN_META = tuple(Style.from_meta({"column": index}) for index in range(16))


def fit_cell(cell: Text, width: int) -> Text:
    """``cell`` on one line, exactly ``width`` cells wide: cropped with an ellipsis, or padded."""
    plain = cell.plain
    one_line = plain.translate(_ONE_LINE)
    fitted = cell.copy() if one_line == plain else Text(one_line, style=cell.style, spans=cell.spans)
    fitted = shown(fitted, single_line=True)  # an escape sequence in a name reads ␛[…, inert
    fitted.truncate(width, overflow="ellipsis", pad=True)
    return fitted


def line_segments(cells: Iterable[Text], widths: Sequence[int], style: Style, console: Console) -> list[Segment]:
    """One table line: each cell fitted to its column with a space either side, on ``style``
    (the row's stripe, the cursor or the header), the cell's own style on top."""
    segments: list[Segment] = []
    for cell, width, meta in zip(cells, widths, _COLUMN_META):
        cell_style = style + meta
        pad = Segment(" ", cell_style)
        segments.append(pad)
        # Text.render leaves out the text's own style (a Console adds it): add it here.
        text_style = cell_style + console.get_style(cell.style, default=Style.null())
        segments.extend(Segment.apply_style(fit_cell(cell, width).render(console), text_style))
        segments.append(pad)
    return segments


def column_at(x: int, widths: Sequence[int]) -> int | None:
    """The index of the column under ``x`` (cells from the table's left edge), if any."""
    right = 0
    for index, width in enumerate(widths):
        right += width + CELL_PADDING
        if x < right:
            return index
    return None


class TableRow(Protocol):
    @property
    def id(self) -> str: ...

    def cells(self) -> list[Text]: ...


RowT = TypeVar("RowT", bound=TableRow)


class CellTable(RowCursorView, Generic[RowT]):
    """Rows of cells under a header; the cursor stays on the same row, or the same place."""

    DEFAULT_CSS = """
    CellTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .cell-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .cell-table--header {
                background-tint: $foreground 5%;
            }
        }
        & > .cell-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .cell-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .cell-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .cell-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .cell-table--hover {
            background: $block-hover-background;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "cell-table--header",
        "cell-table--even-row",
        "cell-table--odd-row",
        "cell-table--cursor",
        "cell-table--hover",
    }

    def __init__(
        self, columns: Sequence[tuple[str, str, int]], *, id: str | None = None, classes: str | None = None
    ) -> None:
        """``columns``: (key, label, width) of each column, left to right."""
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[RowT] = ()
        self._keys = tuple(key for key, _, _ in columns)
        self._labels = tuple(label for _, label, _ in columns)
        self._widths: tuple[int, ...] = tuple(width for _, _, width in columns)

    # ----- what is shown ------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def highlighted(self) -> RowT | None:
        return self._rows[self._cursor_row] if self._cursor_row >= 0 else None

    @property
    def column_widths(self) -> dict[str, int]:
        """Each column's text width (without its padding), by key."""
        return dict(zip(self._keys, self._widths))

    def column_key_at(self, x: int) -> str | None:
        """The key of the column ``x`` cells from the table's left edge, if any."""
        index = column_at(x, self._widths)
        return None if index is None else self._keys[index]

    @property
    def table_width(self) -> int:
        return sum(self._widths) + CELL_PADDING * len(self._widths)

    def show(self, rows: Sequence[RowT], *, select: str | None) -> None:
        """Show ``rows``; keep ``select`` (a row's id) under the cursor if it is there.

        Costs nothing per row: the rows are drawn when (and only if) they scroll into view.
        """
        before = self.highlighted
        previous_row = self._cursor_row
        self._rows = tuple(rows)
        index = next((i for i, row in enumerate(self._rows) if row.id == select), None) if select else None
        if index is None and self._rows:
            # The selected row went away (deleted, archived, filtered): stay at the same
            # place in the list rather than jumping back to the top.
            index = min(max(previous_row, 0), len(self._rows) - 1)
        self._cursor_row = -1 if index is None else index
        self._hover_row = -1
        self.virtual_size = Size(self.table_width, len(self._rows) + HEADER_LINES)
        self.refresh()
        self.scroll_to_cursor()
        after = self.highlighted
        if after is not None and (before is None or before.id != after.id or previous_row != self._cursor_row):
            self.cursor_moved()

    def set_widths(self, widths: Sequence[int]) -> bool:
        """New column widths; True when they changed (the table then redraws itself)."""
        if tuple(widths) == self._widths:
            return False
        self._widths = tuple(widths)
        self.virtual_size = Size(self.table_width, len(self._rows) + HEADER_LINES)
        self.refresh()
        return True

    # ----- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        if y < HEADER_LINES:
            style = self.get_component_rich_style("cell-table--header")
            cells = [Text(label) for label in self._labels]
        else:
            row = scroll_y + y - HEADER_LINES
            if row >= len(self._rows):
                return Strip.blank(width, self.rich_style)
            style = self._row_style(row)
            cells = self._rows[row].cells()
        segments = line_segments(cells, self._widths, style, self.app.console)
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, style)

    def _row_style(self, row: int) -> Style:
        stripe = "cell-table--odd-row" if row % 2 else "cell-table--even-row"
        style = self.get_component_rich_style(stripe)
        if row == self._hover_row:
            style += self.get_component_rich_style("cell-table--hover")
        if row == self._cursor_row:
            style += self.get_component_rich_style("cell-table--cursor")
        return style
