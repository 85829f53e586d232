"""Closing the loop: a short, formal note telling whoever referred you that the conversation
took place, and thanking them. No ask of any kind; under 100 words; lint-clean as a thank-you.

The greeting follows the referrer's own address rule ("Dear Dr. Tan,", or their full name when
no honorific suits them); with no honorific known it holds the question the thank-you asks
(``[[answer above: their title or full name?]]``), never a guess.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pendulum

from infocoach.core.campaign.names import short_name
from infocoach.core.clock import iso
from infocoach.core.coach import Addressee
from infocoach.core.coach.unanswered import ask_marker
from infocoach.core.prep.outreach import Draft, signature
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.wrapup.thanks import GREETING_QUESTION, day_phrase

if TYPE_CHECKING:
    from infocoach.core.settings import Settings

REFERRER_WORD_LIMIT = 100


def _full_name(contact: Contact) -> str:
    return " ".join(f"{contact.first_name} {contact.last_name}".split()) or short_name(contact)


def _greeting(referrer: Contact, notes: list[str]) -> str:
    name = Addressee.of(referrer).greeting_name()
    if name:
        return f"Dear {name},"
    who = referrer.display_name.strip() or "the person who referred you"
    notes.append(f"Choose how to greet {who} (their title, or their full name) so the greeting can be formal.")
    return f"Dear {ask_marker(GREETING_QUESTION)},"


def referrer_draft(
    referrer: Contact,
    met: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime | None = None,
) -> Draft:
    """The note to the referrer as a :class:`Draft` (email, lint kind "thanks"), with what the
    user should answer or fix in ``notes``. ``now`` lets it say when ("on Tuesday")."""
    notes: list[str] = []
    greeting = _greeting(referrer, notes)
    who = _full_name(met)
    when = day_phrase(meeting, now, settings.timezone) if now is not None else ""
    spoke = f"I wanted to let you know that {short_name(met)} and I spoke{' ' + when if when else ''}."
    body = (
        f"{spoke} Thank you for introducing us: the conversation was very helpful, and it gave "
        "me a clearer picture of my next steps."
    )
    closing = "I am grateful for your help, and I will keep you posted on how I get on."
    text = "\n\n".join([greeting, body, closing, signature(settings, notes)])
    return Draft(
        kind="thanks",
        channel="email",
        subject=f"My conversation with {who}",
        text=text,
        notes=notes,
        addressee=Addressee.of(referrer),
    )


def draft_referrer_note(
    referrer: Contact,
    met: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime | None = None,
) -> str:
    """The note as one would paste it: "Subject: …", a blank line, and the letter."""
    return referrer_draft(referrer, met, meeting, settings, now).as_text()


def mark_referrer_told(meeting: Meeting, at: pendulum.DateTime) -> Meeting:
    """Record that the referrer was told how the meeting went: its reminder stops."""
    meeting.referrer_told_at = iso(at)
    return meeting


def unmark_referrer_told(meeting: Meeting) -> Meeting:
    """Take back "told" (a slip of the key): the reminder comes back."""
    return replace(meeting, referrer_told_at=None)
