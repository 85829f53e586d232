"""Contacts: everyone you have added or imported, with or without a meeting yet.

A LinkedIn import brings thousands of people, so the list is a virtual table
(:class:`~infocoach.widgets.contact_table.ContactTable`): opening and searching cost the
filter and one screenful, not a row object per person.
"""

from __future__ import annotations

from collections import defaultdict

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static

from infocoach.core.campaign.replies import ReplyKind, reply_kind
from infocoach.core.describe import count_of
from infocoach.core.pipeline.search import fold
from infocoach.core.records.model import Contact, MeetingHead
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.contact_table import ContactLine, ContactTable

EMPTY_HINT = "No contacts yet. Press c to add someone whose work you admire."
NO_MATCH = "Nobody matches. Press Escape to clear the search."
SEARCH_DELAY = 0.05  # seconds of quiet typing before the list is filtered


def reply_word(kind: ReplyKind) -> str:
    """``"Booster"``, ``"Obligate"``, ``"Curmudgeon"``; "" while it is not known."""
    return kind.value.capitalize()


class ContactsScreen(Screen[None]):
    TITLE = "Contacts"
    CSS_PATH = "contacts.tcss"
    HELP = (
        "Everyone you have added or imported, by surname, with how they answered your requests "
        "and how many meetings you have planned or had with them. Replies: a Booster answered "
        "within 3 business days, an Obligate later or after your follow-up, a Curmudgeon not "
        "at all (yet); blank until you have asked.\n\n"
        "Type / to search names, organisations, roles and email addresses; Escape clears the "
        "search, then goes back to History. Enter or e edits the selected person, n plans a "
        "meeting with them, c adds someone new; A archives (or restores) and D deletes."
    )
    BINDINGS = [
        Binding("escape", "back", "Back", id="contacts.back"),
        Binding("slash", "focus_search", "Search", id="contacts.search"),
        Binding("n", "new_meeting", "Plan meeting", id="contacts.new_meeting"),
        Binding("c", "new_contact", "New contact", id="contacts.new_contact"),
        Binding("e", "edit_contact", "Edit", id="contacts.edit_contact"),
        Binding("A", "archive_contact", "Archive", id="contacts.archive_contact", show=False),
        Binding("D", "delete_contact", "Delete", id="contacts.delete_contact", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[ContactLine] = []
        self._shown: list[ContactLine] = []
        self._search_timer: Timer | None = None

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search name, organisation, role, email (/)", id="contact-search")
        yield ContactTable(id="contacts")
        yield Static(EMPTY_HINT, id="contacts-empty", markup=False)
        yield Static("", id="contacts-count", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._fit_columns()
        self.reload()
        self.query_one("#contacts", ContactTable).focus()

    @property
    def table(self) -> ContactTable:
        return self.query_one("#contacts", ContactTable)

    # ----- data -------------------------------------------------------------------------

    def reload(self, *, select: str | None = None) -> None:
        """Read the store again; ``select`` may be a meeting id (kept for History's protocol)."""
        store = self.coach.store
        now = self.coach.clock.now()
        timezone = self.coach.settings.timezone
        # Heads, not whole meetings: counting and reading replies needs only their steps.
        by_contact: dict[str, list[MeetingHead]] = defaultdict(list)
        for head in store.meeting_heads():
            by_contact[head.contact_id].append(head)
        self._lines = [
            ContactLine.of(
                contact,
                meetings=len(mine := by_contact.get(contact.id, [])),
                reply=reply_word(reply_kind(mine, now, timezone)) if mine else "",
            )
            for contact in store.contacts()
        ]
        self._lines.sort(key=lambda line: line.sort_key)
        self.apply_filter()

    def apply_filter(self) -> None:
        words = fold(self.query_one("#contact-search", Input).value).split()
        lines = self._lines
        self._shown = [line for line in lines if all(w in line.haystack for w in words)] if words else list(lines)
        self.table.show(self._shown, select=self.selected_contact())
        self.query_one("#contacts-empty").display = not self._lines
        self.table.display = bool(self._lines)
        count = self.query_one("#contacts-count", Static)
        if not self._lines:
            count.update("")
        elif not self._shown:
            count.update(NO_MATCH)
        elif words:
            count.update(f"{len(self._shown)} of {count_of(len(self._lines), 'contact')}")
        else:
            count.update(count_of(len(self._lines), "contact"))

    def selected_contact(self) -> str | None:
        line = self.table.highlighted
        return line.id if line is not None else None

    def _require(self) -> Contact | None:
        contact_id = self.selected_contact()
        contact = self.coach.store.contact(contact_id) if contact_id else None
        if contact is None:
            self.notify("Select a contact first.", severity="warning")
        return contact

    # ----- events -----------------------------------------------------------------------

    @on(Input.Changed, "#contact-search")
    def _search_changed(self) -> None:
        # Filter when typing pauses for a moment: a fast typist's word is one redraw, not five.
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self.apply_filter)

    @on(Input.Submitted, "#contact-search")
    def _search_submitted(self) -> None:
        self.apply_filter()
        self.table.focus()

    @on(ContactTable.RowSelected, "#contacts")
    def _row_selected(self) -> None:
        self.action_edit_contact()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        self.table.fit(self.size.width)

    # ----- actions ----------------------------------------------------------------------

    def action_back(self) -> None:
        search = self.query_one("#contact-search", Input)
        if search.value:
            search.value = ""
            self.apply_filter()  # at once: Escape should feel instant
            self.table.focus()
            return
        self.dismiss(None)

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#contact-search", Input))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "contact-search":
            # Fold everyone's search text now, while the hand moves to the keys, not on the
            # first keystroke (5,000 people: tens of milliseconds, once).
            self.call_after_refresh(self._fold_search_text)

    def _fold_search_text(self) -> None:
        for line in self._lines:
            _ = line.haystack  # built on first use and kept

    def action_new_contact(self) -> None:
        from infocoach.screens import record_actions as actions

        actions.new_contact(self)

    def action_new_meeting(self) -> None:
        from infocoach.screens import record_actions as actions

        if (contact := self._require()) is not None:
            actions.new_meeting(self, contact_id=contact.id)

    def action_edit_contact(self) -> None:
        from infocoach.screens import record_actions as actions

        if (contact := self._require()) is not None:
            actions.edit_contact(self, contact)

    def action_archive_contact(self) -> None:
        from infocoach.screens import record_actions as actions

        if (contact := self._require()) is not None:
            actions.toggle_archive_contact(self, contact)

    def action_delete_contact(self) -> None:
        from infocoach.screens import record_actions as actions

        if (contact := self._require()) is not None:
            actions.delete_contact(self, contact)
