"""Contacts: everyone you have added, with or without a meeting yet."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from infocoach.core.pipeline.search import fold, matches
from infocoach.core.records.model import Contact
from infocoach.services import CoachApp, coach_of

EMPTY_HINT = "No contacts yet. Press c to add someone whose work you admire."


class ContactsScreen(Screen[None]):
    TITLE = "Contacts"
    CSS_PATH = "contacts.tcss"
    HELP = (
        "Everyone you have added, by surname, with how many meetings you have planned or "
        "had with them. Press n to plan a meeting with the selected person, e or Enter to "
        "edit them, c to add someone new. Escape goes back to History."
    )
    BINDINGS = [
        Binding("escape", "back", "Back", id="contacts.back"),
        Binding("slash", "focus_search", "Search", id="contacts.search", show=False),
        Binding("n", "new_meeting", "Plan meeting", id="contacts.new_meeting"),
        Binding("c", "new_contact", "New contact", id="contacts.new_contact"),
        Binding("e", "edit_contact", "Edit", id="contacts.edit_contact"),
        Binding("A", "archive_contact", "Archive", id="contacts.archive_contact", show=False),
        Binding("D", "delete_contact", "Delete", id="contacts.delete_contact", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._contacts: list[Contact] = []
        self._counts: dict[str, int] = {}

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search contacts (/)", id="contact-search")
        table: DataTable[str | Text] = DataTable(id="contacts", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(EMPTY_HINT, id="contacts-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#contacts", DataTable)
        table.add_column("Name", key="name", width=24)
        table.add_column("Organization", key="organization", width=22)
        table.add_column("Role", key="role", width=16)
        table.add_column("Meetings", key="meetings", width=8)
        self.reload()
        table.focus()

    def reload(self, *, select: str | None = None) -> None:
        """Read the store again; ``select`` may be a meeting id (kept for History's protocol)."""
        store = self.coach.store
        self._counts = {}
        for meeting in store.meetings():
            self._counts[meeting.contact_id] = self._counts.get(meeting.contact_id, 0) + 1
        self._contacts = sorted(store.contacts(), key=lambda c: (fold(c.last_name), fold(c.first_name)))
        self.apply_filter()

    def apply_filter(self) -> None:
        table = self.query_one("#contacts", DataTable)
        current = self.selected_contact()
        query = self.query_one("#contact-search", Input).value
        shown = [
            c
            for c in self._contacts
            if not query or matches(query, fold(f"{c.display_name} {c.organization} {c.role}"))
        ]
        table.clear()
        for contact in shown:
            style = "dim italic" if contact.archived else ""
            table.add_row(
                Text(contact.display_name, style=style),
                Text(contact.organization, style=style),
                Text(contact.role, style=style),
                str(self._counts.get(contact.id, 0)),
                key=contact.id,
            )
        self.query_one("#contacts-empty").display = not self._contacts
        if current is not None and current in [c.id for c in shown]:
            table.move_cursor(row=[c.id for c in shown].index(current))

    def selected_contact(self) -> str | None:
        table = self.query_one("#contacts", DataTable)
        if table.row_count == 0:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def _require(self) -> Contact | None:
        contact_id = self.selected_contact()
        contact = self.coach.store.contact(contact_id) if contact_id else None
        if contact is None:
            self.notify("Select a contact first.", severity="warning")
        return contact

    @on(Input.Changed, "#contact-search")
    def _search_changed(self) -> None:
        self.apply_filter()

    @on(DataTable.RowSelected, "#contacts")
    def _row_selected(self) -> None:
        self.action_edit_contact()

    def action_back(self) -> None:
        search = self.query_one("#contact-search", Input)
        if search.has_focus and search.value:
            search.value = ""
            return
        self.dismiss(None)

    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#contact-search", Input))

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
