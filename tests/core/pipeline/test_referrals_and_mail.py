"""Referrals become contacts; drafts become .eml files a mail client opens."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

import pendulum
import pytest

from infocoach.core.exports.mail_file import eml_bytes
from infocoach.core.pipeline.referrals import contact_from_referral, split_name
from infocoach.core.records.model import Contact, Referral
from infocoach.core.records.validation import check_contact_fields


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Ms. Priya Raman", ("Ms.", "Priya", "Raman")),
        ("dr Mei Lin Tan", ("Dr.", "Mei Lin", "Tan")),
        ("Professor Kwabena Asante", ("Prof.", "Kwabena", "Asante")),
        ("Chidi Eze", ("", "Chidi", "Eze")),
        ("Raman", ("", "", "Raman")),
        ("  ", ("", "", "")),
    ],
)
def test_split_name(name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(name) == parts


def test_a_referral_becomes_a_contact_connected_through_the_referrer() -> None:
    rivera = Contact(id="c-1", first_name="María", last_name="Rivera", honorific="Ms.", timezone="America/Chicago")
    referral = Referral(
        "Mr. Chidi Eze", "Northbridge Public Health Institute", "Data manager; taught maths for six years"
    )
    contact = contact_from_referral(referral, rivera, timezone="Europe/London")
    assert (contact.honorific, contact.first_name, contact.last_name) == ("Mr.", "Chidi", "Eze")
    assert contact.organization == "Northbridge Public Health Institute"
    assert contact.connection == "referred by Ms. Rivera"
    assert contact.why == "Data manager; taught maths for six years"
    assert contact.timezone == "America/Chicago"
    assert contact.referred_by == "c-1"  # so that, once met, you are reminded to tell Ms. Rivera
    fields = {k: v for k, v in contact.to_dict().items() if isinstance(v, str)}
    assert check_contact_fields(fields) == {}


def test_eml_opens_as_an_unsent_draft_with_the_text_exact() -> None:
    body = "Dear Ms. Rivera,\n\nThank you for your time — [bold]really[/].\n\nKind regards,\nAlex"
    raw = eml_bytes(
        subject="Thank you, Ms. Rivera",
        body=body,
        to_name="Ms. María Rivera",
        to_address="maria@example.org",
        now=pendulum.parse("2026-11-25T13:30:00+00:00"),
    )
    message = message_from_bytes(raw, policy=default)
    assert message["X-Unsent"] == "1" and message["Subject"] == "Thank you, Ms. Rivera"
    assert message["To"].addresses[0].addr_spec == "maria@example.org"
    assert message["To"].addresses[0].display_name == "Ms. María Rivera"
    assert message["From"] is None
    assert message.get_content().replace("\r\n", "\n") == body + "\n"  # CRLF on the wire
    no_address = message_from_bytes(
        eml_bytes(subject="s", body="b", to_name="x", to_address="", now=pendulum.now("UTC")), policy=default
    )
    assert no_address["To"] is None
