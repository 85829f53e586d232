"""History: the home screen. Every meeting in a table, a search box, a status filter, details."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from infocoach.core.model import STATUS_NAMES, Contact, Meeting
from infocoach.core.pipeline import due_items
from infocoach.core.present import MeetingRow, due_summary, meeting_row
from infocoach.core.search import matches, meeting_haystack
from infocoach.widgets.meeting_detail import MeetingDetail

if TYPE_CHECKING:
    from infocoach.app import InfocoachApp

FIRST_RUN_HINT = (
    "Welcome to infocoach.\n\n"
    "Nothing here yet. Press c to add a contact: someone whose work you admire and who "
    "could tell you what it is really like. Then press n to plan a meeting with them.\n\n"
    "Want to look around first? Quit (ctrl+q) and run: infocoach demo"
)

# (key, label, width): fixed widths keep every column visible at 80 columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("contact", "Contact", 22),
    ("organization", "Organization", 18),
    ("date", "Date", 10),
    ("status", "Status", 11),
    ("talk", "Talk", 4),
)


@dataclass(slots=True)
class Entry:
    """A meeting with what History needs to show and find it."""

    meeting: Meeting
    contact: Contact | None
    row: MeetingRow
    haystack: str

    @property
    def archived(self) -> bool:
        return self.meeting.archived or (self.contact is not None and self.contact.archived)


class HistoryScreen(Screen[None]):
    TITLE = "History"
    CSS_PATH = "history.tcss"
    HELP = (
        "Every meeting you have planned or had, newest first. Type / to search names, "
        "organisations, roles, notes, questions, referrals and drafts; Escape clears the "
        "search. Pick a status in the filter to narrow the list. Select a meeting to see "
        "its details on the side (or below, in a narrow terminal).\n\n"
        "Start with c to add a contact, then n to plan a meeting. Press t to move a meeting "
        "along: planned, requested, followed-up, scheduled, done, thanked."
    )
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="history.search"),
        Binding("n", "new_meeting", "New meeting", id="history.new_meeting"),
        Binding("c", "new_contact", "New contact", id="history.new_contact"),
        Binding("e", "edit_meeting", "Edit", id="history.edit_meeting"),
        Binding("t", "change_status", "Status", id="history.change_status"),
        Binding("p", "edit_contact", "Edit person", id="history.edit_contact", show=False),
        Binding("a", "archive_meeting", "Archive", id="history.archive_meeting", show=False),
        Binding("A", "archive_contact", "Archive person", id="history.archive_contact", show=False),
        Binding("d", "delete_meeting", "Delete", id="history.delete_meeting", show=False),
        Binding("D", "delete_contact", "Delete person", id="history.delete_contact", show=False),
        Binding("f", "focus_filter", "Status filter", id="history.filter", show=False),
        Binding("h", "toggle_archived", "Show archived", id="history.toggle_archived", show=False),
        Binding("s", "settings", "Settings", id="history.settings"),
        Binding("escape", "clear_search", "Clear search", id="history.clear_search", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[Entry] = []
        self._listed: list[Entry] = []  # what the archive toggle lets through
        self._shown: list[Entry] = []  # ... and what the search and filter then let through
        self._show_archived = False
        self._sort_column = "date"
        self._sort_reverse = True

    @property
    def coach(self) -> InfocoachApp:
        return cast("InfocoachApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="toolbar"):
            yield Input(placeholder="Search (/)", id="search")
            yield Select(
                [(name, name) for name in STATUS_NAMES],
                prompt="All statuses",
                id="status-filter",
            )
        yield Static("", id="due", markup=False)
        with Container(id="body"):
            table: DataTable[str | Text] = DataTable(id="meetings", cursor_type="row", zebra_stripes=True)
            yield table
            with VerticalScroll(id="detail-scroll"):
                yield MeetingDetail(id="detail")
        yield Static(FIRST_RUN_HINT, id="first-run", markup=False)
        yield Static("", id="result-count", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#meetings", DataTable)
        for key, label, width in COLUMNS:
            table.add_column(label, key=key, width=width)
        self.reload()
        table.focus()

    # ----- data -------------------------------------------------------------------------

    def reload(self, *, select: str | None = None) -> None:
        """Read the store again (after any change) and redraw, keeping the selection."""
        store = self.coach.store
        settings = self.coach.settings
        tz = settings.timezone
        contacts = {c.id: c for c in store.contacts()}
        meetings = store.meetings()
        due = due_items(
            [m for m in meetings if not (c := contacts.get(m.contact_id)) or not c.archived],
            self.coach.clock.now(),
            follow_up_days=settings.follow_up_days,
            timezone=tz,
        )
        self.query_one("#due", Static).update(due_summary(due))
        self._entries = []
        for meeting in meetings:
            contact = contacts.get(meeting.contact_id)
            self._entries.append(
                Entry(meeting, contact, meeting_row(meeting, contact, tz), meeting_haystack(meeting, contact))
            )
        self.apply_filter(select=select)

    def apply_filter(self, *, select: str | None = None) -> None:
        table = self.query_one("#meetings", DataTable)
        current = select or self.selected_id()
        query = self.query_one("#search", Input).value
        status = self.query_one("#status-filter", Select).value
        self._listed = [e for e in self._entries if self._show_archived or not e.archived]
        shown = [
            e
            for e in self._listed
            if (status is Select.NULL or e.meeting.status == status)
            and (not query or matches(query, e.haystack))
        ]
        shown.sort(key=self._sort_key, reverse=self._sort_reverse)
        self._shown = shown
        table.clear()
        for entry in shown:
            table.add_row(*self._cells(entry), key=entry.meeting.id)
        self._update_counts(query, status)
        if current is not None:
            for index, entry in enumerate(shown):
                if entry.meeting.id == current:
                    table.move_cursor(row=index)
                    break
        self._show_detail()

    def _sort_key(self, entry: Entry) -> str:
        if self._sort_column == "date":
            return entry.row.sort_date
        return str(getattr(entry.row, self._sort_column)).casefold()

    @staticmethod
    def _cells(entry: Entry) -> list[str | Text]:
        row = entry.row
        style = "dim italic" if entry.archived else ""
        # Text() keeps names like "[bold]Ada" literal: user text is data, not markup.
        return [Text(row.contact, style=style), Text(row.organization, style=style), row.date, row.status, row.talk]

    def _update_counts(self, query: str, status: object) -> None:
        empty = not self._entries
        self.query_one("#first-run").display = empty
        self.query_one("#due").display = not empty
        self.query_one("#body").display = not empty
        count = self.query_one("#result-count", Static)
        filtered = bool(query) or status is not Select.NULL
        if empty:
            count.update("")
        elif not self._shown:
            count.update("No meetings match. Press Escape to clear the search.")
        elif filtered:
            count.update(f"{len(self._shown)} of {len(self._listed)} meetings")
        else:
            count.update(f"{len(self._shown)} meetings")

    def selected_entry(self) -> Entry | None:
        table = self.query_one("#meetings", DataTable)
        if not self._shown or table.cursor_row < 0 or table.cursor_row >= len(self._shown):
            return None
        return self._shown[table.cursor_row]

    def selected_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.meeting.id if entry else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        detail = self.query_one("#detail", MeetingDetail)
        if entry is None:
            detail.show_meeting(None, None, self.coach.settings.timezone)
        else:
            detail.show_meeting(entry.meeting, entry.contact, self.coach.settings.timezone)

    # ----- events -----------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.apply_filter()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one("#meetings", DataTable).focus()

    @on(Select.Changed, "#status-filter")
    def _status_changed(self) -> None:
        self.apply_filter()

    @on(DataTable.RowHighlighted, "#meetings")
    def _row_highlighted(self) -> None:
        self._show_detail()

    @on(DataTable.HeaderSelected, "#meetings")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        if key == self._sort_column:
            self._sort_reverse = not self._sort_reverse
        else:
            self._sort_column, self._sort_reverse = key, key == "date"
        self.apply_filter()

    # ----- actions ----------------------------------------------------------------------

    def action_focus_search(self) -> None:
        # Focus now, not on the next idle: the keys typed right after / belong to the search.
        self.set_focus(self.query_one("#search", Input))

    def action_focus_filter(self) -> None:
        self.query_one("#status-filter", Select).focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        self.query_one("#meetings", DataTable).focus()

    def action_toggle_archived(self) -> None:
        self._show_archived = not self._show_archived
        self.notify("Showing archived meetings." if self._show_archived else "Hiding archived meetings.")
        self.apply_filter()

    def action_settings(self) -> None:
        from infocoach.screens.settings import SettingsScreen

        self.app.push_screen(SettingsScreen(), lambda changed: changed and self.reload())

    def action_new_contact(self) -> None:
        from infocoach.screens import actions

        actions.new_contact(self)

    def action_new_meeting(self) -> None:
        from infocoach.screens import actions

        actions.new_meeting(self, contact_id=None)

    def action_edit_meeting(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None:
            actions.edit_meeting(self, entry.meeting)

    def action_edit_contact(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None and entry.contact is not None:
            actions.edit_contact(self, entry.contact)

    def action_change_status(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None:
            actions.change_status(self, entry.meeting, entry.contact)

    def action_archive_meeting(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None:
            actions.toggle_archive_meeting(self, entry.meeting)

    def action_archive_contact(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None and entry.contact is not None:
            actions.toggle_archive_contact(self, entry.contact)

    def action_delete_meeting(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None:
            actions.delete_meeting(self, entry.meeting, entry.contact)

    def action_delete_contact(self) -> None:
        from infocoach.screens import actions

        if (entry := self._require_selection()) is not None and entry.contact is not None:
            actions.delete_contact(self, entry.contact)

    def jump_to(self, meeting_id: str) -> None:
        """Show one meeting: clear what hides it, then put the cursor on it."""
        entry = next((e for e in self._entries if e.meeting.id == meeting_id), None)
        if entry is None:
            return
        if entry.archived:
            self._show_archived = True
        self.query_one("#search", Input).value = ""
        self.query_one("#status-filter", Select).clear()
        self.apply_filter(select=meeting_id)
        self.query_one("#meetings", DataTable).focus()

    def edit_contact_by_id(self, contact_id: str) -> None:
        from infocoach.screens import actions

        contact = self.coach.store.contact(contact_id)
        if contact is not None:
            actions.edit_contact(self, contact)

    def _require_selection(self) -> Entry | None:
        entry = self.selected_entry()
        if entry is None:
            self.notify("Select a meeting first.", severity="warning")
        return entry
