"""The Contacts screen on 5,000 people (a LinkedIn import's worth): search finds the right one
by name, organisation, role or email, the list scrolls to its end, Enter opens the person, and
each person's reply kind (Booster, Obligate, Curmudgeon) is shown beside them."""

from __future__ import annotations

from textual.widgets import Input

from infocoach.core.records.model import Contact, Meeting, Status, Transition
from infocoach.dialogs.contact_form import ContactForm
from infocoach.screens.contacts import ContactsScreen
from infocoach.widgets.contact_table import ContactTable

PEOPLE = 5000
SURNAMES = ("Smith", "Jones", "Garcia", "Müller", "Nguyen", "Okafor", "Rossi", "Kowalski", "Tanaka", "Silva")
COMPANIES = ("Contoso", "Fabrikam Inc.", "Northwind", "Tailspin Toys", "Wide World Importers")


def crowd() -> list[Contact]:
    people = [
        Contact(
            id=f"c-{i:05d}",
            first_name=f"Person{i:04d}",
            last_name=SURNAMES[i % len(SURNAMES)],
            organization=COMPANIES[i % len(COMPANIES)],
            role="Engineer" if i % 2 else "Analyst",
            source="linkedin",
            connected_on="2024-03-15",
        )
        for i in range(PEOPLE - 4)
    ]
    people += [
        Contact(
            id="c-desiree",
            first_name="Désirée",
            last_name="Quenneville",
            organization="Fabrikam Inc.",
            role="Head of Cartography",
            email="dq@fabrikam.example",
            source="linkedin",
        ),
        Contact(id="c-boost", first_name="Bea", last_name="Aaberg", honorific="Ms.", organization="Contoso", why="x"),
        Contact(id="c-oblig", first_name="Oli", last_name="Aabel", honorific="Mr.", organization="Contoso", why="x"),
        Contact(id="c-curm", first_name="Cy", last_name="Aabb", honorific="Dr.", organization="Contoso", why="x"),
    ]
    return people


def asked(meeting_id: str, contact_id: str, *steps: tuple[Status, str]) -> Meeting:
    history = [Transition(status=s.value, at=f"{day}T09:00:00+00:00") for s, day in steps]
    return Meeting(id=meeting_id, contact_id=contact_id, status=steps[-1][0], history=history)


def replies() -> list[Meeting]:
    # The fixed clock reads Wednesday 25 November 2026.
    return [
        # Asked on a Monday, a "not now" on the Wednesday: a reply within 3 business days.
        asked(
            "m-b",
            "c-boost",
            (Status.PLANNED, "2026-11-16"),
            (Status.REQUESTED, "2026-11-16"),
            (Status.DECLINED, "2026-11-18"),
        ),
        # Replied only after the follow-up.
        asked(
            "m-o",
            "c-oblig",
            (Status.REQUESTED, "2026-11-02"),
            (Status.FOLLOWED_UP, "2026-11-11"),
            (Status.DECLINED, "2026-11-12"),
        ),
        # Let go after the follow-up.
        asked(
            "m-c",
            "c-curm",
            (Status.REQUESTED, "2026-11-02"),
            (Status.FOLLOWED_UP, "2026-11-11"),
            (Status.NO_RESPONSE, "2026-11-20"),
        ),
    ]


def many(make_app):
    app = make_app(demo=False)
    app.store.import_records(crowd(), replies())
    return app


def table(app) -> ContactTable:
    return app.screen.query_one("#contacts", ContactTable)


async def search(pilot, text: str) -> list[str]:
    box = pilot.app.screen.query_one("#contact-search", Input)
    box.value = text
    await pilot.pause(0.1)  # the search waits for typing to pause
    return [line.id for line in table(pilot.app).lines]


async def test_search_finds_the_one_person_among_5000(make_app) -> None:
    app = many(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("C")
        assert isinstance(app.screen, ContactsScreen)
        assert table(app).row_count == PEOPLE
        assert "5000 contacts" in str(app.screen.query_one("#contacts-count").content)
        assert await search(pilot, "desiree") == ["c-desiree"]  # accents folded away
        assert await search(pilot, "cartography") == ["c-desiree"]  # the role
        assert await search(pilot, "dq@fabrikam") == ["c-desiree"]  # the email
        assert await search(pilot, "quenneville fabrikam") == ["c-desiree"]  # every word, anywhere
        assert len(await search(pilot, "tailspin")) == (PEOPLE - 4) // 5  # the organisation
        assert "of 5000 contacts" in str(app.screen.query_one("#contacts-count").content)
        assert await search(pilot, "nobody-by-this-name") == []
        assert "Nobody matches" in str(app.screen.query_one("#contacts-count").content)
        await search(pilot, "quenneville")
        await pilot.press("enter")  # from the search box: to the list
        await pilot.press("enter")  # and open the person
        assert isinstance(app.screen, ContactForm) and app.screen.contact is not None
        assert app.screen.contact.id == "c-desiree"


async def test_scrolling_to_the_end_and_opening_the_last_person(make_app) -> None:
    app = many(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("C")
        contacts = table(app)
        assert contacts.has_focus and contacts.cursor_row == 0
        await pilot.press("pagedown", "pagedown")
        assert contacts.cursor_row == 2 * contacts.page_rows
        await pilot.press("end")
        await pilot.pause()
        last = contacts.lines[-1]
        assert contacts.cursor_row == PEOPLE - 1
        # Scrolled so that the last person is the last line on screen.
        assert round(contacts.scroll_y) == PEOPLE - contacts.page_rows
        shown = app.export_screenshot()
        assert last.contact.first_name in shown
        await pilot.press("enter")
        assert isinstance(app.screen, ContactForm) and app.screen.contact is not None
        assert app.screen.contact.id == last.id
        await pilot.press("escape")
        await pilot.press("home")
        assert contacts.cursor_row == 0


async def test_reply_kinds_and_imported_people_are_shown(make_app) -> None:
    app = many(make_app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("C")
        lines = {line.id: line for line in table(app).lines}
        row = {
            key: [cell.plain for cell in lines[key].cells()] for key in ("c-boost", "c-oblig", "c-curm", "c-desiree")
        }
        assert row["c-boost"][3:] == ["Booster", "1"]
        assert row["c-oblig"][3:] == ["Obligate", "1"]
        assert row["c-curm"][3:] == ["Curmudgeon", "1"]
        # Imported from LinkedIn, no honorific yet: listed like anyone else, by name.
        assert row["c-desiree"] == ["Désirée Quenneville", "Fabrikam Inc.", "Head of Cartography", "", "0"]
        # Sorted by surname: the three Aab… people come first.
        assert [line.id for line in table(app).lines[:3]] == ["c-curm", "c-oblig", "c-boost"]
        assert "Curmudgeon" in app.export_screenshot()
