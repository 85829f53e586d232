"""The Contacts screen's table: thousands of people (a LinkedIn import brings 5,000), drawn only
where they are on screen.

It is History's kind of table (:class:`~infocoach.widgets.cell_table.CellTable`): ``show()``
stores the rows and nothing per row is measured until it scrolls into view, so opening and
every search keystroke cost the filter and one screenful, not the whole list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from infocoach.core.pipeline.search import fold
from infocoach.core.records.model import Contact
from infocoach.widgets.cell_table import CELL_PADDING, CellTable

# (key, label, width). Name, Organization and Role share whatever width the table has beyond
# the fixed columns (see ``ContactTable.fit``); these are their widths at 80 columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("name", "Name", 20),
    ("organization", "Organization", 17),
    ("role", "Role", 13),
    ("reply", "Replies", 10),
    ("meetings", "Meetings", 8),
)
FIXED_WIDTH = sum(width for _, _, width in COLUMNS[3:])
MINIMUM = (16, 12, 8)  # Name, Organization, Role
SHARES = (40, 35)  # percent of the spare width for Name and Organization; Role has the rest
ARCHIVED_STYLE = "dim italic"


# Names and employers repeat across thousands of imported people (first names, companies):
# fold each distinct text once.
_folded = lru_cache(maxsize=32_768)(fold)


@dataclass(slots=True)
class ContactLine:
    """One person as the table shows them; what the search looks through is folded on the
    first search (opening the list stays quick)."""

    contact: Contact
    meetings: int = 0
    reply: str = ""  # "Booster", "Obligate", "Curmudgeon", or "" while not known
    sort_key: tuple[str, str] = ("", "")
    _haystack: str | None = None

    @classmethod
    def of(cls, contact: Contact, *, meetings: int = 0, reply: str = "") -> ContactLine:
        key = (_folded(contact.last_name), _folded(contact.first_name))
        return cls(contact=contact, meetings=meetings, reply=reply, sort_key=key)

    @property
    def haystack(self) -> str:
        """Name, organisation, role and email, folded: what the search looks through."""
        if self._haystack is None:
            c = self.contact
            parts = (c.honorific, c.first_name, c.last_name, c.organization, c.role, c.email)
            self._haystack = " ".join(_folded(part) for part in parts if part)
        return self._haystack

    @property
    def id(self) -> str:
        return self.contact.id

    def cells(self) -> list[Text]:
        """The row as shown, one Text per column of ``COLUMNS`` (names are data, not markup)."""
        style = ARCHIVED_STYLE if self.contact.archived else ""
        c = self.contact
        return [
            Text(c.display_name, style=style),
            Text(c.organization, style=style),
            Text(c.role, style=style),
            Text(self.reply, style=style),
            Text(str(self.meetings), style=style),
        ]


class ContactTable(CellTable[ContactLine]):
    """Rows of people; the cursor stays on the same person, or the same place, on redraw."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="contact_table.select", show=False),
        Binding("up", "cursor_up", "Previous person", id="contact_table.cursor_up", show=False),
        Binding("down", "cursor_down", "Next person", id="contact_table.cursor_down", show=False),
        Binding("pageup", "page_up", "Page up", id="contact_table.page_up", show=False),
        Binding("pagedown", "page_down", "Page down", id="contact_table.page_down", show=False),
        Binding("home,ctrl+home", "first_row", "First person", id="contact_table.first", show=False),
        Binding("end,ctrl+end", "last_row", "Last person", id="contact_table.last", show=False),
    ]

    class RowMessage(Message):
        """About the row under the cursor: its index and its person."""

        def __init__(self, table: ContactTable, cursor_row: int, contact_id: str) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row
            self.contact_id = contact_id

        @property
        def control(self) -> ContactTable:
            return self.table

    class RowHighlighted(RowMessage):
        """The cursor moved to another person."""

    class RowSelected(RowMessage):
        """Enter, or a click on the highlighted row: the user chose this person."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(COLUMNS, id=id, classes=classes)

    @property
    def lines(self) -> tuple[ContactLine, ...]:
        """The people shown, in order."""
        return tuple(self._rows)

    def fit(self, width: int) -> bool:
        """Share the spare of ``width`` between Name, Organization and Role, each at least its
        minimum. True when the columns changed (the table then redraws itself)."""
        spare = width - FIXED_WIDTH - CELL_PADDING * len(COLUMNS) - 2  # 2: the scrollbar
        if spare <= 0:
            return False
        name = max(MINIMUM[0], spare * SHARES[0] // 100)
        organization = max(MINIMUM[1], spare * SHARES[1] // 100)
        role = max(MINIMUM[2], spare - name - organization)
        return self.set_widths((name, organization, role, *self._widths[3:]))

    def cursor_moved(self) -> None:
        self._post_row(ContactTable.RowHighlighted)

    def cursor_selected(self) -> None:
        self._post_row(ContactTable.RowSelected)

    def _post_row(self, message: type[RowMessage]) -> None:
        if (line := self.highlighted) is not None:
            self.post_message(message(self, self._cursor_row, line.id))
