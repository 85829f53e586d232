"""Editing a person an import brought in: the why (and an organisation the file did not give)
may stay empty, as the import left them, while a contact typed by hand still says why them."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input, Static, TextArea

from infocoach.core.imports.merge import merge_person, new_contact
from infocoach.core.imports.people import ImportedPerson
from infocoach.core.records.model import Contact
from infocoach.core.records.validation import check_contact_fields
from infocoach.dialogs.contact_form import ContactForm
from infocoach.screens.contacts import ContactsScreen
from infocoach.widgets.contact_table import ContactTable

NOW = "2026-11-25T13:30:00+00:00"
OPTIONAL_WHY = "Optional for now: Prep asks for it when you write to them."
WHY_REFUSED = "Say why this person: their career path and how it relates to your goals."


def imported_person(**fields: str) -> Contact:
    """A contact as a LinkedIn import stores them: no why, and only what the file said."""
    person = ImportedPerson(
        first_name="Ana",
        last_name="López",
        linkedin="https://www.linkedin.com/in/ana-lopez-3b1a",
        role="Analyst",
        connected_on="2024-03-15",
        **fields,
    )
    return new_contact(person, source="linkedin", timezone="Europe/London", now=NOW)


def texts(app, selector: str) -> list[str]:
    return [str(widget.render()) for widget in app.screen.query(selector)]


def error(app, name: str) -> str:
    return str(app.screen.query_one(f"#{name}-error", Static).render())


async def test_an_imported_person_without_why_or_organisation_can_have_their_role_edited(make_app) -> None:
    app = make_app(demo=False)
    ana = imported_person()
    assert ana.source == "linkedin" and ana.why == "" and ana.organization == ""
    app.store.import_records([ana], [])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)
        app.screen.query_one("#contacts", ContactTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ContactForm)
        # No star on what this contact may leave empty, and a gentle hint in place of an error.
        labels = texts(app, ".field-label")
        assert "Why this person" in labels and "Organization" in labels and "First name *" in labels
        hints = " ".join(texts(app, ".hint"))
        assert OPTIONAL_WHY in hints and "Optional for now: add it when you know where they work." in hints
        form.query_one("#role", Input).value = "Head of Data"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ContactForm)
    [stored] = app.store.contacts()
    # Only the role changed; what the form does not show (phone, source, when you connected,
    # what was imported) is as it was.
    assert stored == replace(ana, role="Head of Data")
    assert stored.imported == ana.imported and stored.imported["role"] == "Analyst"
    # The role now differs from what was imported, so it is the user's edit: a newer export
    # leaves it alone and says so, and still fills in the organisation it now gives.
    newer = ImportedPerson(
        first_name="Ana",
        last_name="López",
        linkedin="https://www.linkedin.com/in/ana-lopez-3b1a",
        role="Senior Analyst",
        organization="Contoso",
    )
    merged = merge_person(stored, newer)
    assert merged.contact.role == "Head of Data" and merged.contact.organization == "Contoso"
    assert merged.kept == 1
    assert "your edit of Ana López's role stays “Head of Data” (the file says “Senior Analyst”)" in merged.details


async def test_an_organisation_typed_into_an_imported_person_is_kept_as_the_users_edit(make_app) -> None:
    app = make_app(demo=False)
    ana = imported_person()
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(ana, clock=app.clock, default_timezone="UTC"), saved.append)
        await pilot.pause()
        app.screen.query_one("#organization", Input).value = "Fabrikam"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [contact] = saved
    assert contact == replace(ana, organization="Fabrikam")
    merged = merge_person(contact, replace(ImportedPerson("Ana", "López"), organization="Contoso"))
    assert merged.contact.organization == "Fabrikam" and merged.kept == 1


async def test_a_contact_typed_by_hand_still_needs_a_why_and_an_organisation(make_app) -> None:
    app = make_app(demo=False)
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(None, clock=app.clock, default_timezone="UTC"), saved.append)
        await pilot.pause()
        form = app.screen
        labels = texts(app, ".field-label")
        assert "Why this person *" in labels and "Organization *" in labels
        assert OPTIONAL_WHY not in " ".join(texts(app, ".hint"))
        form.query_one("#first_name", Input).value = "Raj"
        form.query_one("#last_name", Input).value = "Patel"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and saved == []
        assert error(app, "why") == WHY_REFUSED
        assert error(app, "organization") == "Organization is required."


async def test_a_why_once_given_cannot_be_cleared(make_app) -> None:
    # The user wrote why them: emptying it is more likely a slip than a choice, and rule 2 asks
    # for it, so the form refuses as it does for a new contact (the organisation too).
    app = make_app(demo=False)
    ana = replace(imported_person(organization="Contoso"), why="Runs the data team I hope to join.")
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(ana, clock=app.clock, default_timezone="UTC"), saved.append)
        await pilot.pause()
        form = app.screen
        assert "Why this person *" in texts(app, ".field-label")
        form.query_one("#why", TextArea).text = ""
        form.query_one("#organization", Input).value = " "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and saved == []
        assert error(app, "why") == WHY_REFUSED
        assert error(app, "organization") == "Organization is required."


async def test_other_checks_still_apply_to_an_imported_person(make_app) -> None:
    app = make_app(demo=False)
    ana = imported_person()
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(ana, clock=app.clock, default_timezone="UTC"), saved.append)
        await pilot.pause()
        form = app.screen
        form.query_one("#email", Input).value = "not an address"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and saved == []
        assert error(app, "email") == "That does not look like an email address (name@example.org)."
        assert error(app, "why") == "" and error(app, "organization") == ""


def test_the_check_lets_only_the_named_fields_stay_empty() -> None:
    good = {"first_name": "Ana", "last_name": "López", "timezone": "Europe/London"}
    assert set(check_contact_fields(good)) == {"organization", "why"}
    assert check_contact_fields(good, may_stay_empty={"organization", "why"}) == {}
    assert set(check_contact_fields({**good, "first_name": ""}, may_stay_empty={"why"})) == {
        "first_name",
        "organization",
    }
    assert check_contact_fields({**good, "email": "nope"}, may_stay_empty={"organization", "why", "email"}) == {
        "email": "That does not look like an email address (name@example.org)."
    }
