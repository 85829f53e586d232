"""Who is who: the keys an imported person is matched to a stored contact by, and their index.

A person is the contact with the same LinkedIn profile (however the URL is spelled: scheme,
``www.``, a trailing slash, case, a query), else with the same id (a vCard we exported carries
it as its UID), else with the same name at the same organisation (accents, case, spacing and
punctuation aside; "Fabrikam, Inc." is "FABRIKAM"). Each contact is indexed under its current
values and under the values last imported, so a name or organisation the user corrected still
finds them. Lookups are dictionary reads: 10,000 people against 5,000 contacts take milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import unquote

from infocoach.core.campaign.matching import organization_key as _organization_key
from infocoach.core.imports.people import ImportedPerson
from infocoach.core.pipeline.search import fold
from infocoach.core.records.model import Contact

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
_PROFILE = re.compile(r"(?:^|[./])linkedin\.com/(in|pub)/([^/?#]+)")
_WORDS = re.compile(r"\w+")

# Organisations repeat (a few hundred employers among thousands of people): each is keyed once.
organization_key = lru_cache(maxsize=16_384)(_organization_key)


def profile_key(url: str) -> str:
    """The profile a LinkedIn URL points at, e.g. ``in/ana-lopez``; "" for no URL.

    ``https://www.linkedin.com/in/Ana-Lopez/``, ``http://linkedin.com/in/ana-lopez`` and
    ``uk.linkedin.com/in/ana-lopez?trk=x`` are one profile. Another URL is kept whole (folded).
    """
    text = unquote(url.strip()).casefold()
    if not text:
        return ""
    if match := _PROFILE.search(text):
        return f"{match[1]}/{match[2]}"
    text = _SCHEME.sub("", text)
    text = text.removeprefix("www.")
    return text.split("#")[0].split("?")[0].rstrip("/")


def name_key(first_name: str, last_name: str) -> str:
    """A full name without accents, case, punctuation or extra spaces ("José-Luis  Núñez" ->
    "jose luis nunez"); "" for no name."""
    return " ".join(_WORDS.findall(fold(f"{first_name} {last_name}")))


def same_value(name: str, a: str, b: str) -> bool:
    """Whether two values of the contact field ``name`` say the same thing (so one replacing the
    other would be no news): the same profile, organisation, address or number."""
    if a == b:
        return True
    if name == "linkedin":
        return profile_key(a) == profile_key(b)
    if name == "organization":
        return organization_key(a) == organization_key(b) and bool(organization_key(a))
    if name == "email":
        return a.strip().casefold() == b.strip().casefold()
    if name == "phone":
        return _digits(a) == _digits(b) and bool(_digits(a))
    return " ".join(a.split()) == " ".join(b.split())


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


class ContactIndex:
    """The stored contacts by profile, by id and by name at an organisation."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self._by_profile: dict[str, Contact] = {}
        self._by_id: dict[str, Contact] = {}
        self._by_name: dict[tuple[str, str], Contact] = {}
        # Someone you still follow wins a shared key over someone archived.
        for contact in sorted(contacts, key=lambda c: c.archived):
            self.add(contact)

    def add(self, contact: Contact) -> None:
        """Index ``contact`` (a key already taken stays with the contact indexed first)."""
        self._by_id.setdefault(contact.id, contact)
        last = contact.imported
        for url in {contact.linkedin, last.get("linkedin", contact.linkedin)}:
            if key := profile_key(url):
                self._by_profile.setdefault(key, contact)
        names = {
            (contact.first_name, contact.last_name),
            (last.get("first_name", contact.first_name), last.get("last_name", contact.last_name)),
        }
        organizations = {contact.organization, last.get("organization", contact.organization)}
        for first, surname in names:
            if not (who := name_key(first, surname)):
                continue
            for organization in organizations:
                self._by_name.setdefault((who, organization_key(organization)), contact)

    def find(self, person: ImportedPerson) -> Contact | None:
        """The stored contact this person is, or None for someone new."""
        if (key := profile_key(person.linkedin)) and (found := self._by_profile.get(key)):
            return found
        if person.uid and (found := self._by_id.get(person.uid)):
            return found
        who = name_key(person.first_name, person.last_name)
        found = self._by_name.get((who, organization_key(person.organization))) if who else None
        if found is not None and key and _profiles(found) and key not in _profiles(found):
            return None  # the same name at the same employer, but another person's profile
        return found


def _profiles(contact: Contact) -> set[str]:
    return {k for k in (profile_key(contact.linkedin), profile_key(contact.imported.get("linkedin", ""))) if k}
