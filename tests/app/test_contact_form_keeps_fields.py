"""The contact form keeps what it does not show: who referred them (so the referrer reminder
works), their phone and an import's provenance."""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input

from infocoach.core.pipeline.referrals import contact_from_referral
from infocoach.core.records.model import Contact, Referral
from infocoach.dialogs.contact_form import ContactForm


async def test_a_referral_saved_through_the_form_remembers_the_referrer(make_app) -> None:
    app = make_app(demo=False)
    referrer = Contact(id="c-tan", first_name="Mei Lin", last_name="Tan", honorific="Dr.", organization="Straits")
    draft = contact_from_referral(Referral("Ms. Ana Ruiz", "Acme", "Runs the data team"), referrer, timezone="UTC")
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(None, clock=app.clock, default_timezone="UTC", prefill=draft), saved.append)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    [contact] = saved
    assert contact is not None and contact.id.startswith("c-") and contact.referred_by == "c-tan"
    assert (contact.first_name, contact.last_name, contact.organization) == ("Ana", "Ruiz", "Acme")


async def test_editing_keeps_the_phone_and_the_import_record(make_app) -> None:
    app = make_app(demo=False)
    imported = {"role": "Analyst", "organization": "Acme"}
    person = Contact(
        id="c-1",
        first_name="Ana",
        last_name="Ruiz",
        honorific="Ms.",
        role="Analyst",
        organization="Acme",
        why="Runs the data team I hope to join.",
        phone="+44 20 7946 0000",
        source="linkedin",
        connected_on="2024-03-15",
        imported=imported,
        referred_by="c-tan",
        created_at="2026-11-01T09:00:00+00:00",
    )
    saved: list[Contact | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ContactForm(person, clock=app.clock, default_timezone="UTC"), saved.append)
        await pilot.pause()
        app.screen.query_one("#role", Input).value = "Director"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [contact] = saved
    assert contact == replace(person, role="Director")
