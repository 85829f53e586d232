"""How the campaign's lines name a person: "Dr. Tan" when an honorific is known, else the name
as the contact would sign it ("Ana Ruiz")."""

from __future__ import annotations

from infocoach.core.records.model import Contact


def short_name(contact: Contact) -> str:
    """ "Dr. Tan", or "Ana Ruiz" without an honorific; "someone" when no name is known."""
    if contact.honorific and contact.last_name.strip():
        return f"{contact.honorific} {contact.last_name.strip()}"
    return " ".join(f"{contact.first_name} {contact.last_name}".split()) or "someone"
