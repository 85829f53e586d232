"""The demo's campaign: target employers, imported-looking connections, linked referrals."""

from __future__ import annotations

import pendulum

from infocoach.core.campaign.matching import people_at
from infocoach.core.exports.json_exchange import check_contact, check_target
from infocoach.core.records.model import IMPORTED_FIELDS
from infocoach.core.samples.demo import build_demo
from infocoach.core.samples.demo_campaign import demo_connections, demo_targets, link_demo_referrals

NOW = pendulum.datetime(2026, 12, 2, 9, 0, tz="Europe/London")


def test_every_target_and_connection_is_a_valid_record_with_a_unique_id() -> None:
    targets = demo_targets(NOW)
    people = demo_connections(NOW, "Europe/London")
    assert all(check_target(t.to_dict(), t.id) == [] for t in targets)
    assert all(check_contact(p.to_dict(), p.id) == [] for p in people)
    contacts, _ = build_demo(NOW)
    ids = [c.id for c in contacts] + [p.id for p in people]
    assert len(ids) == len(set(ids))


def test_connections_look_imported_so_a_later_import_treats_them_as_its_own() -> None:
    for person in demo_connections(NOW, "Europe/London"):
        assert person.source == "linkedin" and person.honorific == "" and person.why == ""
        assert person.imported == {name: getattr(person, name) for name in IMPORTED_FIELDS}
        assert person.connection.startswith("LinkedIn connection since ")


def test_the_top_targets_have_people_and_one_has_none_yet() -> None:
    contacts, _ = build_demo(NOW)
    everyone = contacts + demo_connections(NOW, "Europe/London")
    by_name = {t.name: people_at(t, everyone) for t in demo_targets(NOW)}
    assert len(by_name["Windward Energy Cooperative"]) == 3  # Mr. Brenner and two connections
    assert by_name["Harbourline Transit"] == []


def test_referrals_that_name_a_demo_person_link_both_ways() -> None:
    contacts, meetings = build_demo(NOW)
    link_demo_referrals(contacts, meetings)
    tan = next(c for c in contacts if c.last_name == "Tan")
    assert tan.referred_by == "c-demo-03"
    referral = next(r for m in meetings for r in m.referrals if r.name == "Dr. Mei Lin Tan")
    assert referral.contact_id == tan.id
    assert sum(1 for c in contacts if c.referred_by) == 2
