"""The table of meetings on History: one row per meeting, columns that fit the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widgets import DataTable

from infocoach.core.model import Contact, Meeting
from infocoach.core.pipeline import DueItem, DueKind
from infocoach.core.present import MeetingRow
from infocoach.core.search import meeting_haystack

# (key, label, width). Contact and Organization share whatever width the table has beyond
# the fixed columns (see ``fit``); these are their widths at 80 columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("contact", "Contact", 22),
    ("organization", "Organization", 18),
    ("date", "Date", 10),
    ("status", "Status", 13),
    ("talk", "Talk", 4),
)
FIXED_WIDTH = sum(width for _, _, width in COLUMNS[2:])
CELL_PADDING = 2  # DataTable pads each cell by one on either side
DUE_MARK = " •"
SOON_MARK = " ◦"


@dataclass(slots=True)
class Entry:
    """A meeting with what History needs to show and find it."""

    meeting: Meeting
    contact: Contact | None
    row: MeetingRow
    due: DueItem | None = None
    _haystack: str | None = None

    @property
    def haystack(self) -> str:
        """Its searchable text, built on the first search (opening History stays quick)."""
        if self._haystack is None:
            self._haystack = meeting_haystack(self.meeting, self.contact)
        return self._haystack

    @property
    def archived(self) -> bool:
        return self.meeting.archived or (self.contact is not None and self.contact.archived)

    def sort_key(self, column: str) -> str:
        if column == "date":
            return self.row.sort_date
        return str(getattr(self.row, column)).casefold()

    def cells(self) -> list[str | Text]:
        style = "dim italic" if self.archived else ""
        status = Text(self.row.status)
        if self.due is not None:
            soon = self.due.kind is DueKind.MEETING_SOON  # coming up, not yet due
            status.append(SOON_MARK if soon else DUE_MARK, style="" if soon else "bold")
        # Text() keeps names like "[bold]Ada" literal: user text is data, not markup.
        return [
            Text(self.row.contact, style=style),
            Text(self.row.organization, style=style),
            self.row.date,
            status,
            self.row.talk,
        ]


FIRST_ROWS = 100  # drawn with the frame: more than a tall terminal shows
CHUNK_ROWS = 300  # then the rest, a chunk per frame (each chunk costs tens of milliseconds)


class MeetingTable(DataTable[str | Text]):
    """Rows of ``Entry``; the cursor stays on the same meeting, or the same place, on redraw."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._widths = (COLUMNS[0][2], COLUMNS[1][2])
        self._generation = 0  # which show() the rows being added belong to

    @property
    def filling(self) -> bool:
        """True while rows of the last show() are still being added."""
        return self._pending is not None

    _pending: Sequence[Entry] | None = None

    def on_mount(self) -> None:
        self._add_columns()

    def _add_columns(self) -> None:
        for (key, label, width), wide in zip(COLUMNS, (*self._widths, None, None, None)):
            self.add_column(label, key=key, width=wide or width)

    def show(self, entries: Sequence[Entry], *, select: str | None) -> None:
        """Draw ``entries``; keep ``select`` (a meeting id) under the cursor if it is there.

        The first screenful (and the selected row) are drawn at once; the rest follow in
        chunks after the frame, so a keystroke in the search over 2,000 meetings shows its
        result at once. A newer show() abandons an older one's remaining rows.
        """
        previous_row = self.cursor_row
        self._generation += 1
        self.clear()
        index = next((i for i, e in enumerate(entries) if e.meeting.id == select), None)
        if index is None and entries:
            # The selected meeting went away (deleted, archived, filtered): stay at the same
            # place in the list rather than jumping back to the top.
            index = min(max(previous_row, 0), len(entries) - 1)
        first = max(FIRST_ROWS, (index or 0) + 1)
        self._add(entries[:first])
        if index is not None:
            self.move_cursor(row=index)
        self._pending = entries if len(entries) > first else None
        if self._pending is not None:
            self.call_after_refresh(self._fill, self._generation, first)

    def _add(self, entries: Sequence[Entry]) -> None:
        for entry in entries:
            self.add_row(*entry.cells(), key=entry.meeting.id)

    def _fill(self, generation: int, start: int) -> None:
        if generation != self._generation or self._pending is None:
            return  # a newer show() has drawn other rows
        end = start + CHUNK_ROWS
        self._add(self._pending[start:end])
        if end < len(self._pending):
            self.call_after_refresh(self._fill, generation, end)
        else:
            self._pending = None

    def fit(self, width: int) -> bool:
        """Give Contact and Organization the spare of ``width`` (55:45), at least their minimum.
        Returns True when the columns changed (the rows must then be drawn again)."""
        spare = width - FIXED_WIDTH - CELL_PADDING * len(COLUMNS) - 2
        contact = max(COLUMNS[0][2], spare * 55 // 100)
        organization = max(COLUMNS[1][2], spare - contact)
        if (contact, organization) == self._widths or spare <= 0:
            return False
        self._widths = (contact, organization)
        self.clear(columns=True)
        self._add_columns()
        return True
