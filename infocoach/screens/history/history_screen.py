"""History: the home screen. Every meeting in a table, a search box, a status filter, details."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Select, Static

from infocoach.core.campaign.campaign_due import all_due_items
from infocoach.core.describe import count_of, due_summary, meeting_row
from infocoach.core.pipeline.date_ranges import ANY, DATE_RANGES, in_range, range_bounds
from infocoach.core.pipeline.search import matches
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import STATUS_NAMES, Contact
from infocoach.screens.history.commands import HistoryCommands
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.meeting_detail import MeetingDetail
from infocoach.widgets.meeting_table import Entry, MeetingTable

WIDE_FROM = 100  # columns: from here History shows its detail panel beside the table (the App's breakpoint)
FIRST_RUN_HINT = (
    "Welcome to infocoach.\n\n"
    "Nothing here yet. Press c to add a contact: someone whose work you admire and who "
    "could tell you what it is really like. Then press n to plan a meeting with them.\n\n"
    "Want to look around first? Quit (ctrl+q) and run: infocoach demo"
)

DETAIL_WIDTH = 44  # the detail panel beside the table on wide screens (history.tcss)
DUE_FILTER = "due"
SEARCH_DELAY = 0.12  # seconds of quiet typing before the table is filtered


class HistoryScreen(Screen[None]):
    TITLE = "History"
    CSS_PATH = "history.tcss"
    HELP = (
        "Every meeting you have planned or had, newest first. Type / to search names, "
        "organisations, roles, notes, questions, referrals and drafts; Escape clears the "
        "search. Pick a status in the filter to narrow the list. Select a meeting to see "
        "its details on the side (or below, in a narrow terminal).\n\n"
        "Enter opens Prep for the selected meeting: research, questions, your intro and the "
        "outreach draft. l opens the live screen for a scheduled meeting: the clock, the talk meter, your questions and quick notes. w opens the wrap-up of a meeting you have had: how it went, and the thank-you note. Start with c to add a contact, then n to plan a meeting; C lists your contacts, T your target employers (the LAMP list: whom to write to next at each). Press t to move a meeting "
        "along: planned, requested, followed-up, scheduled, done, thanked; r moves it to another time "
        "(the old time is kept, and a calendar file saved from Prep follows). A • beside a status "
        "means something is due: a follow-up, a thank-you, or a meeting today; with 3B7 pacing (Settings), "
        "whom to write to next at an employer. Once you have met someone a contact referred you to, "
        "R opens a short note telling the referrer how it went. Choose "
        '"due & coming up" in the filter (f) to see only those (and meetings later this week); i shows insights: meetings per month, reply and thank-you rates, your talk share over time. The date filter beside it narrows the list to '
        "this week, the last 30 days, this year and so on."
    )
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="history.search"),
        Binding("n", "record('new_meeting')", "New meeting", id="history.new_meeting"),
        Binding("c", "record('new_contact')", "New contact", id="history.new_contact"),
        Binding("enter", "prep", "Prep", id="history.prep", show=False),
        Binding("l", "live", "Live", id="history.live"),
        Binding("w", "wrapup", "Wrap-up", id="history.wrapup", show=False),
        Binding("e", "record('edit_meeting')", "Edit", id="history.edit_meeting"),
        Binding("t", "record('change_status')", "Status", id="history.change_status"),
        Binding("u", "record('undo_status')", "Undo last step", id="history.undo_status", show=False),
        Binding("r", "record('reschedule')", "Reschedule", id="history.reschedule", show=False),
        Binding("p", "record('edit_contact')", "Edit person", id="history.edit_contact", show=False),
        Binding("a", "record('archive_meeting')", "Archive", id="history.archive_meeting", show=False),
        Binding("A", "record('archive_contact')", "Archive person", id="history.archive_contact", show=False),
        Binding("d", "record('delete_meeting')", "Delete", id="history.delete_meeting", show=False),
        Binding("D", "record('delete_contact')", "Delete person", id="history.delete_contact", show=False),
        Binding("f", "focus_filter", "Status filter", id="history.filter", show=False),
        Binding("h", "toggle_archived", "Show archived", id="history.toggle_archived", show=False),
        Binding("s", "settings", "Settings", id="history.settings", show=False),
        Binding("C", "contacts", "Contacts", id="history.contacts", show=False),
        Binding("T", "targets", "Targets", id="history.targets", show=False),
        Binding("R", "tell_referrer", "Tell referrer", id="history.tell_referrer", show=False),
        Binding("i", "insights", "Insights", id="history.insights", show=False),
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
        self._search_timer: Timer | None = None
        self._filters_applied: tuple[object, object] | None = None  # (status, date range) shown
        self._detail_entry: Entry | None = None  # the entry the detail panel shows
        self._contacts: dict[str, Contact] = {}
        self.due: list[DueItem] = []  # what the due line counts, oldest first
        self.commands = HistoryCommands(self)

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    # ----- what the keys open and do (commands.py) ----------------------------------------

    def open_prep(self, meeting_id: str) -> None:
        self.commands.open_prep(meeting_id)

    def open_live(self, meeting_id: str, *, listen: bool = False) -> None:
        self.commands.open_live(meeting_id, listen=listen)

    def open_wrapup(self, meeting_id: str) -> None:
        self.commands.open_wrapup(meeting_id)

    def edit_contact_by_id(self, contact_id: str) -> None:
        self.commands.edit_contact_by_id(contact_id)

    def reschedule(self, meeting_id: str) -> None:
        self.commands.reschedule(meeting_id)

    def _on_selected(self, open_it: Callable[[str], None]) -> None:
        if (entry := self.commands.require_selection()) is not None:
            open_it(entry.id)

    def action_prep(self) -> None:
        self._on_selected(self.open_prep)

    def action_live(self) -> None:
        self._on_selected(self.open_live)

    def action_wrapup(self) -> None:
        self._on_selected(self.open_wrapup)

    def action_contacts(self) -> None:
        self.commands.contacts()

    def action_insights(self) -> None:
        self.commands.insights()

    def action_targets(self) -> None:
        self.commands.targets()

    def action_tell_referrer(self) -> None:
        self.commands.tell_referrer(self.selected_id())

    def action_settings(self) -> None:
        self.commands.settings()

    def action_record(self, name: str) -> None:
        """New, edit, status, archive and delete: ``name`` is one of HistoryCommands.run's."""
        self.commands.run(name)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="toolbar"):
            yield Input(placeholder="Search (/)", id="search")
            yield Select(
                [("due & coming up •", DUE_FILTER), *((name, name) for name in STATUS_NAMES)],
                prompt="All statuses",
                id="status-filter",
            )
            yield Select(DATE_RANGES, value=ANY, allow_blank=False, id="date-filter")
        yield Static("", id="due", markup=False)
        with Container(id="body"):
            yield MeetingTable(id="meetings")
            with VerticalScroll(id="detail-scroll"):
                yield MeetingDetail(id="detail")
        yield Static(FIRST_RUN_HINT, id="first-run", markup=False)
        yield Static("", id="result-count", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._fit_columns()  # before the rows: the first frame has its final columns
        self.reload()
        self.query_one("#meetings", MeetingTable).focus()

    # ----- data -------------------------------------------------------------------------

    def reload(self, *, select: str | None = None) -> None:
        """Read the store again (after any change) and redraw, keeping the selection."""
        store = self.coach.store
        settings = self.coach.settings
        tz = settings.timezone
        people = store.contacts()
        contacts = {c.id: c for c in people}
        self._contacts = contacts  # the detail panel names who referred a contact
        # Heads, not whole meetings: the rows, filters and due list need no notes or drafts,
        # and with thousands of meetings building whole ones would slow every opening.
        meetings = store.meeting_heads()
        # The pipeline's items paced by the settings, the referrers to tell, and (3B7) whom
        # to write to next at an employer.
        self.due = due = all_due_items(
            [m for m in meetings if not (c := contacts.get(m.contact_id)) or not c.archived],
            people,
            store.targets(),
            self.coach.clock.now(),
            settings,
        )
        summary = due_summary(due)
        if any(item.kind is DueKind.TELL_REFERRER for item in due):
            summary += " (R)"  # the referrers come last in the line: R opens the note
        self.query_one("#due", Static).update(summary)
        due_by_meeting = {item.meeting_id: item for item in due}
        self._entries = []
        for meeting in meetings:
            contact = contacts.get(meeting.contact_id)
            row = meeting_row(meeting, contact, tz)
            self._entries.append(Entry(meeting, contact, row, due_by_meeting.get(meeting.id), load=store.meeting))
        self.apply_filter(select=select)

    def _read_whole_meetings(self) -> None:
        """Give every entry its whole meeting in one pass over the store (the search needs
        their notes and drafts; one by one would look each up again)."""
        if all(e.has_meeting for e in self._entries):
            return
        whole = {m.id: m for m in self.coach.store.meetings()}
        for entry in self._entries:
            if not entry.has_meeting and (meeting := whole.get(entry.id)) is not None:
                entry.attach(meeting)

    def apply_filter(self, *, select: str | None = None) -> None:
        current = select or self.selected_id()
        query = self.query_one("#search", Input).value
        status = self.query_one("#status-filter", Select).value
        date_range = str(self.query_one("#date-filter", Select).value)
        self._filters_applied = (status, self.query_one("#date-filter", Select).value)
        bounds = range_bounds(date_range, self.coach.clock.now(), self.coach.settings.timezone)
        self._listed = [e for e in self._entries if self._show_archived or not e.archived]
        if query:
            self._read_whole_meetings()
        shown = [
            e
            for e in self._listed
            if (status is Select.NULL or e.status == status or (status == DUE_FILTER and e.due is not None))
            and in_range(e.row.sort_date, bounds)
            and (not query or matches(query, e.haystack))
        ]
        shown.sort(key=lambda entry: entry.sort_key(self._sort_column), reverse=self._sort_reverse)
        self._shown = shown
        self.query_one("#meetings", MeetingTable).show(shown, select=current)
        self._update_counts(filtered=bool(query) or status is not Select.NULL or date_range != ANY)
        self._show_detail()

    def _update_counts(self, *, filtered: bool) -> None:
        empty = not self._entries
        first_run = self.query_one("#first-run", Static)
        first_run.display = empty
        if empty and (people := len(self.coach.store.contacts())):
            who = count_of(people, "contact")
            first_run.update(
                f"You have {who} and no meetings yet.\n\nPress n to plan a meeting, or C to see your contacts."
            )
        elif empty:
            first_run.update(FIRST_RUN_HINT)
        self.query_one("#due").display = not empty
        self.query_one("#body").display = not empty
        count = self.query_one("#result-count", Static)
        if empty:
            count.update("")
        elif not self._shown:
            count.update("No meetings match. Press Escape to clear the search, or widen the filters.")
        elif filtered:
            count.update(f"{len(self._shown)} of {count_of(len(self._listed), 'meeting')}")
        else:
            count.update(count_of(len(self._shown), "meeting"))

    def selected_entry(self) -> Entry | None:
        row = self.query_one("#meetings", MeetingTable).cursor_row
        if not self._shown or row < 0 or row >= len(self._shown):
            return None
        return self._shown[row]

    def selected_id(self) -> str | None:
        entry = self.selected_entry()
        return entry.id if entry else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry is self._detail_entry:
            return  # already shown: the table announces a row that apply_filter just showed
        self._detail_entry = entry
        detail = self.query_one("#detail", MeetingDetail)
        # A new meeting's details start at the top: its name and status come first.
        self.query_one("#detail-scroll", VerticalScroll).scroll_home(animate=False)
        if entry is None:
            detail.show_meeting(None, None, self.coach.settings.timezone)
        else:
            contact = entry.contact
            referrer = self._contacts.get(contact.referred_by) if contact and contact.referred_by else None
            detail.show_meeting(
                entry.meeting,
                contact,
                self.coach.settings.timezone,
                referrer=referrer.display_name if referrer else "",
            )

    # ----- events -----------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        # Filter when typing pauses: with thousands of meetings, redrawing the table on every
        # key of a word would make the typing itself lag.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self.apply_filter)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one("#meetings", MeetingTable).focus()

    @on(Select.Changed, "#status-filter")
    @on(Select.Changed, "#date-filter")
    def _status_changed(self) -> None:
        filters = (self.query_one("#status-filter", Select).value, self.query_one("#date-filter", Select).value)
        if filters == self._filters_applied:
            return  # a Select announcing the value it started with: the table already shows it
        self.apply_filter()
        # Back to the list once a status is chosen (the overlay hands focus back afterwards).
        self.call_after_refresh(self.query_one("#meetings", MeetingTable).focus)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        # From the screen's width and the layout rules, not the table's own size, which is
        # not settled yet when a resize arrives. The app's breakpoint, not the "-wide" class:
        # on mount the class is not set yet.
        wide = self.size.width >= WIDE_FROM
        width = self.size.width - (DETAIL_WIDTH + 1 if wide else 0)
        self.query_one("#meetings", MeetingTable).fit(width)  # the table redraws itself

    @on(MeetingTable.RowHighlighted, "#meetings")
    def _row_highlighted(self) -> None:
        self._show_detail()

    @on(MeetingTable.RowSelected, "#meetings")
    def _row_selected(self) -> None:
        self.action_prep()

    @on(MeetingTable.HeaderSelected, "#meetings")
    def _header_selected(self, event: MeetingTable.HeaderSelected) -> None:
        key = event.column_key
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
        select = self.query_one("#status-filter", Select)
        self.set_focus(select)
        select.action_show_overlay()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = ""
        self.apply_filter()  # at once: Escape should feel instant
        self.query_one("#meetings", MeetingTable).focus()

    def action_toggle_archived(self) -> None:
        self._show_archived = not self._show_archived
        self.notify("Showing archived meetings." if self._show_archived else "Hiding archived meetings.")
        self.apply_filter()

    def jump_to(self, meeting_id: str) -> None:
        """Show one meeting: clear what hides it, then put the cursor on it."""
        entry = next((e for e in self._entries if e.id == meeting_id), None)
        if entry is None:
            return
        if entry.archived:
            self._show_archived = True
        self.query_one("#search", Input).value = ""
        self.query_one("#status-filter", Select).clear()
        self.apply_filter(select=meeting_id)
        self.query_one("#meetings", MeetingTable).focus()
