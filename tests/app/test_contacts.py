"""The Contacts screen: people without meetings are never lost from view."""

from __future__ import annotations

from textual.widgets import Input, Static

from infocoach.core.records.model import Contact
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.contact_form import ContactForm
from infocoach.dialogs.meeting_form import MeetingForm
from infocoach.screens.contacts import ContactsScreen
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.widgets.contact_table import ContactTable
from infocoach.widgets.meeting_table import MeetingTable


def table(app) -> ContactTable:
    return app.screen.query_one("#contacts", ContactTable)


def cells(app, row: int) -> list[str]:
    return [cell.plain for cell in table(app).lines[row].cells()]


def names(app) -> list[str]:
    return [line.contact.display_name for line in table(app).lines]


async def test_contact_without_meetings_is_listed_and_can_get_one(make_app) -> None:
    app = make_app(demo=False)
    app.store.save_contact(
        Contact(
            id="c-1",
            first_name="Zoë",
            last_name="Ng",
            honorific="Dr.",
            organization="Acme [b]Labs[/b]",
            why="x",
            timezone="UTC",
        )
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hint = str(app.screen.query_one("#first-run", Static).content)
        assert "You have 1 contact and no meetings yet" in hint and "press n" in hint.lower()
        await pilot.press("C")
        assert isinstance(app.screen, ContactsScreen)
        assert names(app) == ["Dr. Zoë Ng"]
        assert cells(app, 0)[1] == "Acme [b]Labs[/b]" and cells(app, 0)[4] == "0"
        await pilot.press("n")
        assert isinstance(app.screen, MeetingForm)
        app.screen.query_one("#purpose", Input).value = "Her path into research"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)
        assert cells(app, 0)[4] == "1"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one("#meetings", MeetingTable).row_count == 1


async def test_contacts_are_sorted_searchable_and_editable(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("C")
        listed = names(app)
        surnames = [app_contact.last_name for app_contact in sorted(app.store.contacts(), key=lambda c: c.last_name)]
        assert len(listed) == len(surnames) and listed[0].endswith(surnames[0])
        await pilot.press("slash", *"okafor")
        await pilot.pause(0.1)  # the search waits for typing to pause
        assert names(app) == ["Dr. Amara Okafor"]
        await pilot.press("escape")  # clears the search first
        assert len(names(app)) == len(surnames) and isinstance(app.screen, ContactsScreen)
        table(app).focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ContactForm)


async def test_delete_from_contacts_asks_first(make_app) -> None:
    app = make_app(demo=False)
    app.store.save_contact(Contact(id="c-1", first_name="Ada", last_name="Lovelace", organization="X", why="y"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("C", "D")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause()
        assert app.store.contacts() == []
        assert app.screen.query_one("#contacts-empty").display
