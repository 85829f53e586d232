"""A referral who is already a contact is found, not added twice."""

from __future__ import annotations

from infocoach.core.imports.known_person import known_contact
from infocoach.core.records.model import Contact

LUIS = Contact(id="c-1", first_name="Luis", last_name="Ortega", organization="Rush University Medical Center")
NAMESAKE = Contact(id="c-2", first_name="Luis", last_name="Ortega", organization="Contoso")
ANA = Contact(id="c-3", first_name="Ana", last_name="López", organization="Fabrikam, Inc.")


def test_the_same_name_at_the_same_organisation_is_the_same_person() -> None:
    assert known_contact("Mr. Luis Ortega", "RUSH University Medical Center", [NAMESAKE, LUIS]) is LUIS
    assert known_contact("ana lopez", "Fabrikam", [ANA]) is ANA  # accents, case, Inc.
    assert known_contact("Luis Ortega", "Northwind", [LUIS, NAMESAKE]) is None


def test_without_an_organisation_only_a_name_one_contact_carries() -> None:
    assert known_contact("Ana López", "", [ANA, LUIS]) is ANA
    assert known_contact("Luis Ortega", "", [LUIS, NAMESAKE]) is None
    assert known_contact("", "Rush", [LUIS]) is None
    assert known_contact("Dr.", "", [LUIS]) is None
