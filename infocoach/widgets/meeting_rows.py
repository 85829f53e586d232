"""What one line of History's meeting table holds.

Kept apart from the widget so the rendering of a meeting row lives in one place and can be
tested without an app: ``Entry.cells()`` says what a row shows; the table
(:mod:`infocoach.widgets.cell_table`) lays cells out in fixed-width columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text

from infocoach.core.describe import MeetingRow
from infocoach.core.pipeline.search import meeting_haystack
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Meeting, MeetingHead

# (key, label, width). Contact and Organization share whatever width the table has beyond
# the fixed columns (see ``MeetingTable.fit``); these are their widths at 80 columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("contact", "Contact", 22),
    ("organization", "Organization", 18),
    ("date", "Date", 10),
    ("status", "Status", 13),
    ("talk", "Talk", 4),
)
FIXED_WIDTH = sum(width for _, _, width in COLUMNS[2:])
DUE_MARK = " •"
SOON_MARK = " ◦"
ARCHIVED_STYLE = "dim italic"


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
