"""The Targets screen's table: each employer of the LAMP list on one line, its people beneath it.

Built on :class:`~infocoach.widgets.cell_table.CellTable`, as History's and Contacts' tables
are. An employer's line shows its rank (a star for this week's focus), name, Advocacy,
Motivation, Posting and the next step (a dot when something there is due); a person's line,
indented beneath, shows their meetings' statuses and how they answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message

from infocoach.core.campaign.lamp import TargetRow
from infocoach.core.campaign.replies import REPLY_WORDS, ReplyKind
from infocoach.core.describe import due_words
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact
from infocoach.widgets.cell_table import CELL_PADDING, CellTable

COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("rank", "#", 4),
    ("name", "Employer", 18),
    ("advocacy", "Adv", 3),
    ("motivation", "Mot", 3),
    ("posting", "Post", 4),
    ("next", "Next step", 34),
)
FIXED_WIDTH = sum(width for key, _, width in COLUMNS if key not in ("name", "next"))
FOCUS_MARK = "★"
DUE_MARK = " •"
ARCHIVED_STYLE = "dim italic"


@dataclass(slots=True)
class TargetLine:
    """One line: an employer (``person`` None) or one of its people."""

    row: TargetRow
    rank: int  # 1 for the top of the list; 0 for an archived employer
    person: Contact | None = None
    due: list[DueItem] = field(default_factory=list)  # an employer's due items
    referrer: str = ""  # a person's: the name of whoever referred you to them

    @property
    def id(self) -> str:
        return self.row.target.id if self.person is None else f"{self.row.target.id}/{self.person.id}"

    @property
    def reply(self) -> ReplyKind:
        if self.person is None:
            return ReplyKind.UNKNOWN
        return self.row.replies.get(self.person.id, ReplyKind.UNKNOWN)

    def person_summary(self) -> str:
        """A person's meetings here and how they answer: "requested, declined · Booster"."""
        if self.person is None:
            return ""
        statuses = ", ".join(self.row.statuses(self.person.id)) or "no meeting yet"
        reply = self.reply
        return f"{statuses} · {reply.value.capitalize()}" if reply is not ReplyKind.UNKNOWN else statuses

    def detail(self) -> Text:
        """What the panel below the table says about the line (user text stays literal)."""
        return self._person_detail(self.person) if self.person is not None else self._employer_detail()

    def _employer_detail(self) -> Text:
        row, target = self.row, self.row.target
        text = Text()
        text.append(target.name, style="bold")
        if row.focus:
            text.append(f"  {FOCUS_MARK} this week's focus")
        if target.archived:
            text.append("  (archived)", style="italic")
        how = "automatic" if target.advocacy == "auto" else "set by you"
        count = len(row.people)
        text.append(
            f"\nMotivation {target.motivation} · Posting {target.posting} · "
            f"Advocacy {'yes' if row.advocacy else 'no'} ({how}) · "
            f"{count} {'person' if count == 1 else 'people'} you know there"
        )
        text.append(f"\nNext: {row.next_step}")
        for item in self.due:
            key = " (R)" if item.kind is DueKind.TELL_REFERRER else ""
            text.append(f"\n• {due_words(item, self._contact_of(item))}{key}")
        if target.notes:
            text.append(f"\nNotes: {target.notes}")
        return text

    def _contact_of(self, item: DueItem) -> Contact | None:
        """The person (at this employer) whose meeting the item is about."""
        for person in self.row.people:
            if any(m.id == item.meeting_id for m in self.row.meetings.get(person.id, [])):
                return person
        return None

    def _person_detail(self, person: Contact) -> Text:
        text = Text()
        text.append(person.display_name, style="bold")
        role = f"{person.role} at " if person.role else "at "
        text.append(f", {role}{person.organization}")
        reply = self.reply
        statuses = self.row.statuses(person.id)
        if reply is not ReplyKind.UNKNOWN:
            text.append(f"\n{REPLY_WORDS[reply]}")
        elif any(status != "planned" for status in statuses):
            text.append("\nWaiting for a reply.")
        else:
            text.append("\nNot asked yet.")
        if self.referrer:
            text.append(f"\nReferred by {self.referrer}.")
        text.append(f"\nMeetings: {', '.join(statuses) or 'none yet (m plans one)'}")
        text.append("\nEnter opens their contact.")
        return text

    def cells(self) -> list[Text]:
        target = self.row.target
        if self.person is not None:
            style = ARCHIVED_STYLE if target.archived else ""
            return [
                Text(""),
                Text(f"  {self.person.display_name}", style=style),
                Text(""),
                Text(""),
                Text(""),
                Text(self.person_summary(), style=style),
            ]
        style = ARCHIVED_STYLE if target.archived else "bold"
        rank = "–" if not self.rank else f"{FOCUS_MARK if self.row.focus else ' '}{self.rank:>2}"
        step = Text(self.row.next_step, style="" if not target.archived else ARCHIVED_STYLE)
        if self.due:
            step = Text(DUE_MARK.strip() + " ", style="bold") + step
        return [
            Text(rank, style="bold" if self.row.focus else ""),
            Text(target.name, style=style),
            Text("yes" if self.row.advocacy else "no"),
            Text(str(target.motivation), justify="center"),
            Text(str(target.posting), justify="center"),
            step,
        ]


def target_lines(
    rows: list[TargetRow], due: dict[str, list[DueItem]], names: Mapping[str, str] | None = None
) -> list[TargetLine]:
    """The table's lines: each employer, then its people. ``due``: target id -> its items;
    ``names``: contact id -> name, for whoever referred a person."""
    names = names or {}
    lines: list[TargetLine] = []
    rank = 0
    for row in rows:
        rank = 0 if row.target.archived else rank + 1
        lines.append(TargetLine(row, rank, due=due.get(row.target.id, [])))
        lines.extend(TargetLine(row, rank, person, referrer=names.get(person.referred_by, "")) for person in row.people)
    return lines


class TargetTable(CellTable[TargetLine]):
    """The LAMP list; the cursor stays on the same employer or person on redraw."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="target_table.select", show=False),
        Binding("up", "cursor_up", "Previous line", id="target_table.cursor_up", show=False),
        Binding("down", "cursor_down", "Next line", id="target_table.cursor_down", show=False),
        Binding("pageup", "page_up", "Page up", id="target_table.page_up", show=False),
        Binding("pagedown", "page_down", "Page down", id="target_table.page_down", show=False),
        Binding("home,ctrl+home", "first_row", "First employer", id="target_table.first", show=False),
        Binding("end,ctrl+end", "last_row", "Last line", id="target_table.last", show=False),
    ]

    class RowMessage(Message):
        """About the line under the cursor."""

        def __init__(self, table: TargetTable, line: TargetLine) -> None:
            super().__init__()
            self.table = table
            self.line = line

        @property
        def control(self) -> TargetTable:
            return self.table

    class RowHighlighted(RowMessage):
        """The cursor moved to another line."""

    class RowSelected(RowMessage):
        """Enter, or a click on the highlighted line."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(COLUMNS, id=id, classes=classes)

    @property
    def lines(self) -> tuple[TargetLine, ...]:
        return tuple(self._rows)

    def fit(self, width: int) -> bool:
        """Give the employer's name a third of the spare width (at most 26) and the next step
        the rest: the step is the longer text."""
        spare = width - FIXED_WIDTH - CELL_PADDING * len(COLUMNS) - 2  # 2: the scrollbar
        if spare <= 0:
            return False
        name = max(16, min(26, spare * 35 // 100))
        step = max(20, spare - name)
        widths = list(self._widths)
        widths[1], widths[5] = name, step
        return self.set_widths(widths)

    def cursor_moved(self) -> None:
        if (line := self.highlighted) is not None:
            self.post_message(TargetTable.RowHighlighted(self, line))

    def cursor_selected(self) -> None:
        if (line := self.highlighted) is not None:
            self.post_message(TargetTable.RowSelected(self, line))
