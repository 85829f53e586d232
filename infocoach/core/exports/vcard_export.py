"""Contacts as a vCard file (.vcf) for a phone or an address book, written by vobject.

vCard 3.0, which Android, iPhone, Google Contacts and Outlook all read. Each card carries the
contact's id as its UID, so importing the file back (``import --from vcard``) finds the same
people instead of adding them again. How you are connected and why you chose them go in NOTE.
Cards are sorted by surname, then first name, so two exports of the same contacts are the same
bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import vobject  # type: ignore[import-untyped]

from infocoach.core.records.model import Contact


def vcard_export(contacts: Iterable[Contact]) -> bytes:
    """Every contact (archived ones too: an export leaves nobody out) as vCard 3.0, UTF-8."""
    ordered = sorted(contacts, key=lambda c: (c.last_name.casefold(), c.first_name.casefold(), c.id))
    return "".join(_card(contact).serialize() for contact in ordered).encode("utf-8")


def _card(contact: Contact) -> Any:
    card = vobject.vCard()
    card.add("uid").value = contact.id
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name, given=contact.first_name, prefix=contact.honorific
    )
    card.add("fn").value = contact.display_name or contact.organization or contact.id
    if contact.organization:
        card.add("org").value = [contact.organization]
    if contact.role:
        card.add("title").value = contact.role
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    if contact.phone:
        card.add("tel").value = contact.phone
    if contact.linkedin:
        card.add("url").value = contact.linkedin
    note = "\n".join(text for text in (contact.connection, contact.why) if text.strip())
    if note:
        card.add("note").value = note
    return card
