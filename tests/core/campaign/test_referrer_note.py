"""The note that tells a referrer the conversation took place: short, formal, lint-clean."""

from __future__ import annotations

import pytest
from campaign_records import MONDAY, meeting, person

from infocoach.core.campaign.referrer import (
    draft_referrer_note,
    mark_referrer_told,
    referrer_draft,
    unmark_referrer_told,
)
from infocoach.core.coach import Addressee, Kind, count_words, lint
from infocoach.core.coach.findings import Severity
from infocoach.core.coach.unanswered import open_questions
from infocoach.core.records.model import Contact
from infocoach.core.settings import Settings

SETTINGS = Settings(timezone="Europe/London", user_name="Alex Morgan")
MET = person("c-ruiz", "Ana", "Ruiz", "Acme", referred_by="c-tan")
HELD = MONDAY.add(days=1)
MEETING = meeting(
    "m-1", "c-ruiz", ("requested", MONDAY), ("scheduled", MONDAY), ("done", HELD), scheduled_for=HELD.isoformat()
)


def errors(text: str, referrer: Contact) -> list[str]:
    findings = lint(text, Kind.THANKS, addressee=Addressee.of(referrer))
    return [f.rule for f in findings if f.severity is Severity.ERROR]


def test_a_formal_note_that_passes_the_coach() -> None:
    tan = person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Dr.")
    text = draft_referrer_note(tan, MET, MEETING, SETTINGS, now=HELD.add(days=1))
    assert text.startswith("Subject: My conversation with Ana Ruiz\n\nDear Dr. Tan,\n\n")
    assert "Ana Ruiz and I spoke yesterday." in text
    assert "Thank you for introducing us" in text
    assert text.endswith("Kind regards,\nAlex Morgan")
    assert lint(text, Kind.THANKS, addressee=Addressee.of(tan)) == []
    assert count_words(text) < 100
    assert "(title)" not in text and "[[" not in text


def test_without_a_date_it_says_only_that_you_spoke() -> None:
    tan = person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Dr.")
    text = draft_referrer_note(tan, MET, MEETING, SETTINGS)
    assert "Ana Ruiz and I spoke." in text


def test_the_met_person_is_named_formally_when_their_honorific_is_known() -> None:
    tan = person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Dr.")
    ruiz = person("c-ruiz", "Ana", "Ruiz", "Acme", honorific="Ms.")
    text = draft_referrer_note(tan, ruiz, MEETING, SETTINGS)
    assert "Ms. Ruiz and I spoke." in text and "My conversation with Ana Ruiz" in text


def test_no_honorific_asks_how_to_greet_them() -> None:
    plain = person("c-tan", "Mei Lin", "Tan", "Straits")
    draft = referrer_draft(plain, MET, MEETING, SETTINGS)
    assert draft.text.startswith("Dear [[answer above: their title or full name?]],")
    assert open_questions(draft.text) == ["their title or full name?"]
    assert draft.notes == [
        "Choose how to greet Mei Lin Tan (their title, or their full name) so the greeting can be formal."
    ]
    assert errors(draft.as_text(), plain) == []


@pytest.mark.parametrize(
    ("address_by", "greeting"),
    [("full-name", "Dear Mei Lin Tan,"), ("first-name", "Dear Mei Lin,")],
)
def test_the_greeting_follows_how_they_asked_to_be_addressed(address_by: str, greeting: str) -> None:
    referrer = person("c-tan", "Mei Lin", "Tan", "Straits", address_by=address_by)
    draft = referrer_draft(referrer, MET, MEETING, SETTINGS)
    assert draft.text.startswith(greeting + "\n")
    assert draft.notes == []
    assert errors(draft.as_text(), referrer) == []


def test_a_long_signature_still_keeps_the_note_short_and_has_no_job_ask() -> None:
    signature = "Warm regards,\nAlex Morgan\nalex@example.org\n+44 20 7946 0000"
    tan = person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Prof.")
    text = draft_referrer_note(tan, MET, MEETING, Settings(signature=signature))
    assert text.endswith(signature)
    assert lint(text, Kind.THANKS, addressee=Addressee.of(tan)) == []
    assert count_words(text) < 100


def test_marking_it_told_records_when_and_can_be_taken_back() -> None:
    fresh = meeting("m-2", "c-ruiz", ("requested", MONDAY), ("scheduled", MONDAY), ("done", HELD))
    assert fresh.referrer_told_at is None
    told = mark_referrer_told(fresh, HELD.add(days=2))
    assert told is fresh and told.referrer_told_at == HELD.add(days=2).isoformat()
    assert unmark_referrer_told(told).referrer_told_at is None
