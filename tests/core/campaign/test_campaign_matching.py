"""Which employer a contact works at: names compared by case, accents, punctuation and legal form."""

from __future__ import annotations

import pytest
from campaign_records import person, target

from infocoach.core.campaign.matching import belongs_to, organization_key, people_at, same_organization, target_of


@pytest.mark.parametrize(
    "spelling",
    [
        "Acme Inc.",
        "ACME",
        "acme, inc",
        "Ácme",
        "  Acme   Inc ",
        "The Acme Company",
        "Acme Corp.",
        "acme corporation",
        "ACME LLC",
        "Acme Ltd",
        "Acme Limited",
        "Acme GmbH",
        "Acme S.A.",
        "Acme plc",
        "Acme Co.",
    ],
)
def test_spellings_of_one_employer_share_a_key(spelling: str) -> None:
    assert organization_key(spelling) == "acme"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Société Générale", "SOCIETE GENERALE S.A."),
        ("Müller & Söhne GmbH", "Muller and Sohne"),
        ("Open-Atlas Foundation", "OpenAtlas Foundation"),
        ("The Lakeshore Ledger", "Lakeshore Ledger"),
    ],
)
def test_accents_ampersands_hyphens_and_the_leading_the_do_not_count(a: str, b: str) -> None:
    assert same_organization(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Acme", "Acme Labs"), ("Acme", "Apex"), ("Globex", "Globex Europe")],
)
def test_different_employers_stay_apart(a: str, b: str) -> None:
    assert not same_organization(a, b)


def test_a_legal_form_alone_is_a_name_not_nothing() -> None:
    # "Co." on its own, or "The Company", is what is left to match by.
    assert organization_key("Co.") == "co"
    assert organization_key("The Company") == "company"


def test_an_empty_or_punctuation_only_name_matches_nothing() -> None:
    assert organization_key("  ") == organization_key("—") == ""
    assert not same_organization("", "")
    assert not belongs_to(target("t-1", "Acme"), "")


def test_belongs_to_both_ways_round() -> None:
    assert belongs_to(target("t-1", "Acme Inc."), "ACME")
    assert belongs_to(target("t-1", "ACME"), "Acme Inc.")
    assert not belongs_to(target("t-1", "Acme"), "Initech")


def test_people_at_finds_every_spelling_and_leaves_out_the_archived() -> None:
    acme = target("t-1", "Acme Inc.")
    contacts = [
        person("c-1", "Ana", "Ruiz", "ACME"),
        person("c-2", "Mei Lin", "Tan", "Ácme, Inc", honorific="Dr."),
        person("c-3", "Old", "Friend", "Acme", archived=True),
        person("c-4", "Other", "Person", "Initech"),
    ]
    assert [c.id for c in people_at(acme, contacts)] == ["c-1", "c-2"]  # by surname
    assert people_at(target("t-2", "Nobody Here"), contacts) == []


def test_target_of_prefers_a_target_still_on_the_list() -> None:
    old = target("t-old", "Acme", archived=True)
    new = target("t-new", "ACME Inc.")
    assert target_of("acme", [old, new]) is new
    assert target_of("acme", [old]) is old
    assert target_of("Initech", [old, new]) is None
    assert target_of("", [old, new]) is None


def test_names_in_other_scripts_are_names_too() -> None:
    assert organization_key("Сбербанк") == organization_key("СБЕРБАНК") != ""
    assert organization_key("トヨタ自動車") == "トヨタ自動車"
    assert not same_organization("トヨタ自動車", "ホンダ")
    assert organization_key("Ελληνικά Πετρέλαια") == organization_key("ΕΛΛΗΝΙΚΆ ΠΕΤΡΈΛΑΙΑ")


def test_a_target_named_short_finds_people_under_the_long_name() -> None:
    """People type "Pearson"; LinkedIn keeps "Pearson Education, Inc." (the reviewer's walk)."""
    pearson = target("t-1", "Pearson")
    contacts = [
        person("c-1", "Ravi", "Shah", "Pearson Education, Inc."),
        person("c-2", "Emma", "Stone", "PEARSON"),
        person("c-3", "Meta", "Person", "Pearsonic Labs"),  # another word, not a longer name
    ]
    assert [c.id for c in people_at(pearson, contacts)] == ["c-1", "c-2"]
    assert belongs_to(pearson, "Pearson Education") and not belongs_to(pearson, "Pearsonic")
    assert not belongs_to(target("t-2", "Pearson Education"), "Pearson")  # the long name is more
    assert not same_organization("Pearson", "Pearson Education")  # one employer per name on the list


def test_the_target_named_most_closely_wins() -> None:
    short, long = target("t-1", "Pearson"), target("t-2", "Pearson Education")
    assert target_of("Pearson Education, Inc.", [short, long]) is long
    assert target_of("Pearson Online Learning", [short, long]) is short
