"""Greetings (issue 16): no greeting is its own warning; an Addressee says which names are right."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Addressee, Finding, Kind, Severity, lint
from infocoach.core.records.model import Contact

BODY = (
    "Your move from teaching into UX research at Northwind is the path I hope to take. "
    "Could we talk on Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:30 PM? I am happy to work around your schedule."
)

MEI = Addressee("Dr.", "Mei Lin", "Tan", "first-name")
ALEX = Addressee("", "Alex", "Demir", "full-name")
UNTITLED = Addressee("", "Alex", "Demir", "title")
FORMAL = Addressee("Dr.", "Mei Lin", "Tan", "title")


def greeting_findings(text: str, kind: Kind = Kind.OUTREACH, **options: object) -> list[Finding]:
    return [f for f in lint(text, kind, **options) if f.rule in ("casual-salutation", "no-salutation")]  # type: ignore[arg-type]


def message(greeting: str) -> str:
    return f"{greeting}\n\n{BODY}\n\nKind regards,\nSam"


# --- no greeting at all -------------------------------------------------------------------------


def test_no_greeting_is_a_warning_of_its_own_not_the_casual_error() -> None:
    (finding,) = greeting_findings(BODY)
    assert finding.rule == "no-salutation" and finding.severity is Severity.WARNING
    assert "A reply in the original thread" not in finding.message


def test_in_a_follow_up_no_greeting_says_a_reply_in_the_thread_may_omit_it() -> None:
    bump = "Just bringing this back to the top of your inbox, in case it was missed. I know how busy things get."
    (finding,) = greeting_findings(bump, Kind.FOLLOWUP)
    assert finding.rule == "no-salutation" and finding.severity is Severity.WARNING
    assert finding.message.endswith("A reply in the original thread may leave it out.")


def test_a_greeting_line_that_is_only_the_formal_name_is_a_greeting() -> None:
    assert greeting_findings(message("Ms. Rivera,")) == []
    (finding,) = greeting_findings(message("Maria,"))
    assert finding.rule == "casual-salutation"


@pytest.mark.parametrize("greeting", ["Hi Maria,", "Hey,", "Hi there,", "Dear Maria,", "Hey Dr. Tan,"])
def test_first_names_and_casual_words_stay_errors(greeting: str) -> None:
    (finding,) = greeting_findings(message(greeting))
    assert finding.rule == "casual-salutation" and finding.severity is Severity.ERROR


# --- the Addressee --------------------------------------------------------------------------------


def test_greeting_name_follows_how_they_asked_to_be_addressed() -> None:
    assert FORMAL.greeting_name() == "Dr. Tan"
    assert MEI.greeting_name() == "Mei Lin"
    assert ALEX.greeting_name() == "Alex Demir"
    assert UNTITLED.greeting_name() is None  # the draft must ask, never write a placeholder
    assert Addressee("Ms.", "", "Rivera", "first-name").greeting_name() == "Ms. Rivera"  # no first name: formal
    assert Addressee("Dr.", "Mei", "Tan", "anything else").greeting_name() == "Dr. Tan"


def test_addressee_of_a_contact_trims_its_names() -> None:
    contact = Contact(id="c-1", first_name=" Mei Lin ", last_name="Tan ", honorific="Dr.", address_by="first-name")
    assert Addressee.of(contact) == Addressee("Dr.", "Mei Lin", "Tan", "first-name")


@pytest.mark.parametrize("greeting", ["Dear Mei Lin,", "Dear Mei,", "Hello Mei Lin,", "Dear Dr. Tan,"])
def test_a_first_name_contact_may_be_greeted_by_first_name(greeting: str) -> None:
    assert greeting_findings(message(greeting), addressee=MEI) == [], greeting


def test_first_name_permission_is_for_that_contact_only() -> None:
    assert greeting_findings(message("Dear Mei Lin,"), addressee=MEI) == []
    (finding,) = greeting_findings(message("Dear Mei Lin,"), addressee=FORMAL)
    assert finding.rule == "casual-salutation"
    assert "'Dear Dr. Tan,'" in finding.message  # the suggestion is their own greeting
    (finding,) = greeting_findings(message("Dear Mei Lin,"))  # no addressee: the formal rule
    assert finding.rule == "casual-salutation"
    (finding,) = greeting_findings(message("Dear Priya,"), addressee=MEI)  # someone else's first name
    assert finding.rule == "casual-salutation"
    (finding,) = greeting_findings(message("Hey Mei,"), addressee=MEI)  # still too casual a word
    assert finding.rule == "casual-salutation"


def test_a_full_name_contact_is_greeted_by_full_name() -> None:
    assert greeting_findings(message("Dear Alex Demir,"), addressee=ALEX) == []
    (finding,) = greeting_findings(message("Dear Alex,"), addressee=ALEX)
    assert finding.rule == "casual-salutation"
    assert "'Dear Alex Demir,'" in finding.message
    (finding,) = greeting_findings(message("Dear Alex Demir,"))  # without the addressee: formal rule
    assert finding.rule == "casual-salutation"


def test_an_untitled_contact_is_asked_for_an_honorific_not_called_casual() -> None:
    (finding,) = greeting_findings(message("Dear Alex Demir,"), addressee=UNTITLED)
    assert finding.rule == "casual-salutation"
    assert "Mx." in finding.message and "use their full name" in finding.message
    assert greeting_findings(message("Dear Mx. Demir,"), addressee=UNTITLED) == []
    (finding,) = greeting_findings(message("Dear (title) Demir,"), addressee=UNTITLED)
    assert "in place of '(title)'" in finding.message


def test_no_greeting_suggests_the_addressees_own_greeting() -> None:
    (finding,) = greeting_findings(BODY, addressee=MEI)
    assert finding.rule == "no-salutation" and "'Dear Mei Lin,'" in finding.message
