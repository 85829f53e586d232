"""What one line of History's meeting table holds, and how it becomes segments on screen.

Kept apart from the widget so the rendering of a meeting row lives in one place and can be
tested without an app: ``Entry.cells()`` says what a row shows, ``line_segments`` lays cells
out in fixed-width columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from infocoach.core.describe import MeetingRow
from infocoach.core.pipeline.search import meeting_haystack
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Meeting, MeetingHead
from infocoach.widgets.shown_text import shown

# (key, label, width). Contact and Organization share whatever width the table has beyond
# the fixed columns (see ``MeetingTable.fit``); these are their widths at 80 columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("contact", "Contact", 22),
    ("organization", "Organization", 18),
    ("date", "Date", 10),
    ("status", "Status", 13),
    ("talk", "Talk", 4),
)
COLUMN_KEYS: tuple[str, ...] = tuple(key for key, _, _ in COLUMNS)
FIXED_WIDTH = sum(width for _, _, width in COLUMNS[2:])
CELL_PADDING = 2  # one space either side of every cell
DUE_MARK = " •"
SOON_MARK = " ◦"
ARCHIVED_STYLE = "dim italic"

# Line breaks and tabs in a name would break the one-line row: each becomes one space, so
# the spans of the text keep their offsets.
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\v": " ", "\f": " "})


@dataclass(slots=True)
class Entry:
    """A meeting with what History needs to show and find it.

    ``head`` is what the row, the filters and the due list need; the whole meeting (for the
    detail panel, the actions and the search) comes from ``load`` the first time it is asked
    for, or from :meth:`attach` when History reads them all at once. Built from a whole
    :class:`Meeting`, the entry has it already.
    """

    head: MeetingHead | Meeting
    contact: Contact | None
    row: MeetingRow
    due: DueItem | None = None
    load: Callable[[str], Meeting | None] | None = None
    _meeting: Meeting | None = None
    _haystack: str | None = None

    @property
    def id(self) -> str:
        return self.head.id

    @property
    def status(self) -> str:
        return self.head.status

    @property
    def has_meeting(self) -> bool:
        return self._meeting is not None or isinstance(self.head, Meeting)

    @property
    def meeting(self) -> Meeting:
        """The whole meeting; LookupError if it is no longer stored."""
        if self._meeting is None:
            if isinstance(self.head, Meeting):
                self._meeting = self.head
            elif self.load is None or (found := self.load(self.head.id)) is None:
                raise LookupError(f"meeting {self.head.id} is no longer stored")
            else:
                self._meeting = found
        return self._meeting

    def attach(self, meeting: Meeting) -> None:
        """Give the entry its whole meeting (History reads them all in one pass to search)."""
        self._meeting = meeting

    @property
    def haystack(self) -> str:
        """Its searchable text, built on the first search (opening History stays quick)."""
        if self._haystack is None:
            self._haystack = meeting_haystack(self.meeting, self.contact)
        return self._haystack

    @property
    def archived(self) -> bool:
        return self.head.archived or (self.contact is not None and self.contact.archived)

    def sort_key(self, column: str) -> str:
        if column == "date":
            return self.row.sort_date
        return str(getattr(self.row, column)).casefold()

    def cells(self) -> list[Text]:
        """The row as shown, one Text per column of ``COLUMNS``."""
        style = ARCHIVED_STYLE if self.archived else ""
        status = Text(self.row.status)
        if self.due is not None:
            soon = self.due.kind is DueKind.MEETING_SOON  # coming up, not yet due
            status.append(SOON_MARK if soon else DUE_MARK, style="" if soon else "bold")
        # Text() keeps names like "[bold]Ada" literal: user text is data, not markup.
        return [
            Text(self.row.contact, style=style),
            Text(self.row.organization, style=style),
            Text(self.row.date),
            status,
            Text(self.row.talk),
        ]


def header_cells() -> list[Text]:
    return [Text(label) for _, label, _ in COLUMNS]


def fit_cell(cell: Text, width: int) -> Text:
    """``cell`` on one line, exactly ``width`` cells wide: cropped with an ellipsis, or padded."""
    plain = cell.plain
    one_line = plain.translate(_ONE_LINE)
    fitted = cell.copy() if one_line == plain else Text(one_line, style=cell.style, spans=cell.spans)
    fitted = shown(fitted, single_line=True)  # an escape sequence in a name reads ␛[…, inert
    fitted.truncate(width, overflow="ellipsis", pad=True)
    return fitted


# Each cell's segments carry their column, so neighbouring cells of one style stay separate
# runs: exported SVGs (snapshots, screenshots) then place every cell at its own x, as they
# did with DataTable, instead of one long run whose spacing some SVG viewers collapse.
_COLUMN_META = tuple(Style.from_meta({"column": index}) for index in range(len(COLUMNS)))


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
