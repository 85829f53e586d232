"""Turning a referral ("you should talk to Ms. Priya Raman") into a contact, in one step."""

from __future__ import annotations

from infocoach.core.records.model import HONORIFICS, Contact, Referral

# Spellings people type for the honorifics we store.
_HONORIFIC_SPELLINGS = {h.lower().rstrip("."): h for h in HONORIFICS} | {
    "miss": "Ms.",
    "professor": "Prof.",
    "doctor": "Dr.",
}


def split_name(name: str) -> tuple[str, str, str]:
    """``"Ms. Priya Raman"`` → ``("Ms.", "Priya", "Raman")``: honorific (or ""), first names,
    surname (the last word). A single word is taken as the surname."""
    words = name.split()
    honorific = ""
    if words and (known := _HONORIFIC_SPELLINGS.get(words[0].lower().rstrip("."))):
        honorific, words = known, words[1:]
    if not words:
        return honorific, "", ""
    if len(words) == 1:
        return honorific, "", words[0]
    return honorific, " ".join(words[:-1]), words[-1]


def contact_from_referral(referral: Referral, referrer: Contact, *, timezone: str) -> Contact:
    """A new contact for the referral, connected through the person who suggested them.

    The id and creation date are left for the contact form to set when the user saves it;
    "why this person" starts from the note taken in the meeting, for the user to finish.
    ``referred_by`` keeps the referrer's id, so that once you have met them a reminder asks you
    to tell the referrer how it went.
    """
    honorific, first, last = split_name(referral.name)
    by = referrer.formal_name or referrer.display_name
    return Contact(
        id="",
        first_name=first,
        last_name=last,
        honorific=honorific,
        organization=referral.organization,
        timezone=referrer.timezone or timezone,
        connection=f"referred by {by}",
        why=referral.detail,
        referred_by=referrer.id,
    )
