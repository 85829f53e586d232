"""Whether someone named in a meeting is already among your contacts.

A referral ("Luis Ortega, Rush University Medical Center") is often someone you already have,
imported from LinkedIn: adding them again would make a second, empty contact and lose the link
to who referred you. The same name (accents, case and spacing aside) at the same organisation
("Rush University Medical Center" is "RUSH UNIVERSITY MEDICAL CENTER, Inc.") is the same person;
with no organisation given, a name only one contact carries.
"""

from __future__ import annotations

from collections.abc import Iterable

from infocoach.core.imports.identity import name_key, organization_key
from infocoach.core.pipeline.referrals import split_name
from infocoach.core.records.model import Contact


def known_contact(name: str, organization: str, contacts: Iterable[Contact]) -> Contact | None:
    """The contact ``name`` (at ``organization``) already is, or None (archived ones last)."""
    _, first, last = split_name(name)
    wanted = name_key(first, last)
    if not wanted:
        return None
    same_name = [c for c in contacts if name_key(c.first_name, c.last_name) == wanted]
    same_name.sort(key=lambda contact: contact.archived)
    employer = organization_key(organization)
    if employer:
        return next((c for c in same_name if organization_key(c.organization) == employer), None)
    return same_name[0] if len(same_name) == 1 else None
