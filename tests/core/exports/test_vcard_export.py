"""Contacts written as vCards through vobject, and read back both ways: ours to cards to ours, and a
phone's cards to contacts to cards."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pendulum
import vobject

from infocoach.core.exports.formats import EXPORT_FORMATS, export_bytes
from infocoach.core.exports.vcard_export import vcard_export
from infocoach.core.imports.merge import plan_import
from infocoach.core.imports.vcard_cards import read_cards
from infocoach.core.records.model import Contact
from infocoach.core.settings import Settings

sys.path.insert(0, str(Path(__file__).parents[1] / "imports"))
from connection_files import GOOGLE_VCF, IPHONE_VCF  # noqa: E402

NOW = "2026-11-25T13:30:00+00:00"
KEPT = ("first_name", "last_name", "honorific", "organization", "role", "email", "phone", "linkedin")

PRIYA = Contact(
    id="c-priya",
    first_name="Priya",
    last_name="Raman",
    honorific="Dr.",
    role="Head of Research; Data, AI",
    organization="Contoso, Ltd.",
    email="priya@contoso.example",
    linkedin="https://www.linkedin.com/in/priya-raman",
    phone="+44 20 7946 0000",
    connection="referred by Mr. Okafor",
    why="She moved from academia\nto industry",
)
ZOE = Contact(id="c-zoe", first_name="Zoë", last_name="Ångström", organization="Fabrikam", archived=True)


def test_each_contact_is_a_card_with_its_id_as_uid() -> None:
    data = vcard_export([PRIYA, ZOE])
    assert data.count(b"BEGIN:VCARD\r\n") == 2 and b"\r\n" in data and b"\n\n" not in data
    priya, zoe = vobject.readComponents(data.decode("utf-8"))  # sorted by surname: Raman, Ångström
    assert priya.uid.value == "c-priya" and zoe.uid.value == "c-zoe"
    assert priya.version.value == "3.0"
    assert (priya.n.value.prefix, priya.n.value.given, priya.n.value.family) == ("Dr.", "Priya", "Raman")
    assert priya.fn.value == "Dr. Priya Raman"
    assert priya.org.value == ["Contoso, Ltd."] and priya.title.value == "Head of Research; Data, AI"
    assert priya.email.value == "priya@contoso.example" and priya.tel.value == "+44 20 7946 0000"
    assert priya.url.value == "https://www.linkedin.com/in/priya-raman"
    assert priya.note.value == "referred by Mr. Okafor\nShe moved from academia\nto industry"
    assert zoe.fn.value == "Zoë Ångström" and "email" not in zoe.contents
    assert vcard_export([ZOE, PRIYA]) == data  # the same contacts, the same bytes


def test_our_cards_read_back_are_the_same_people() -> None:
    contacts = [PRIYA, ZOE]
    found = read_cards(vcard_export(contacts))
    assert [(p.first_name, p.last_name) for p in found.people] == [("Priya", "Raman"), ("Zoë", "Ångström")]
    for person, contact in zip(found.people, contacts):
        assert [getattr(person, name) for name in KEPT] == [getattr(contact, name) for name in KEPT]
        assert person.uid == contact.id
    planned = plan_import(found, contacts, source="vcard", timezone="UTC", now=NOW)
    assert [c.kind for c in planned.changes] == ["unchanged", "unchanged"]
    # Typed here, so the first import only records what the cards say (nothing to see)...
    assert {c.id for c in planned.contacts} == {"c-priya", "c-zoe"}
    assert all(c.imported["last_name"] == c.last_name for c in planned.contacts)
    stored = planned.contacts
    # ... and the next finds them by their id even after a change of name on the phone.
    renamed = [replace(p, last_name="Raman-Shah") if p.last_name == "Raman" else p for p in found.people]
    again = plan_import(replace(found, people=renamed), stored, source="vcard", timezone="UTC", now=NOW)
    assert [(c.kind, c.details) for c in again.changes] == [
        ("updated", ("Priya Raman is now named Priya Raman-Shah",)),
        ("unchanged", ()),
    ]
    assert [c.id for c in again.contacts] == ["c-priya"]


def test_a_phones_cards_imported_then_exported_then_read_again() -> None:
    for vcf in (GOOGLE_VCF, IPHONE_VCF):
        first = read_cards(vcf.encode("utf-8"))
        added = plan_import(first, [], source="vcard", timezone="UTC", now=NOW).contacts
        assert all(c.source == "vcard" and c.connection == "" for c in added)
        again = read_cards(vcard_export(added))
        before = sorted(tuple(getattr(p, name) for name in KEPT) for p in first.people)
        after = sorted(tuple(getattr(p, name) for name in KEPT) for p in again.people)
        assert after == before
        planned = plan_import(again, added, source="vcard", timezone="UTC", now=NOW)
        assert {c.kind for c in planned.changes} == {"unchanged"} and planned.contacts == []


def test_the_vcard_export_by_name() -> None:
    assert EXPORT_FORMATS["vcard"] == ("vCard contacts", "vcf")
    data = export_bytes("vcard", [PRIYA], [], Settings(), pendulum.parse(NOW))  # type: ignore[arg-type]
    assert data == vcard_export([PRIYA])
