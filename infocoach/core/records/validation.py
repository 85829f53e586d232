"""Field checks shared by the forms, the importer and the store.

Each check returns a message that says what to do, or None when the value is fine.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Collection
from functools import cache, lru_cache
from urllib.parse import urlparse

import pendulum

from infocoach.core.records.model import HONORIFICS

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")


@cache
def _timezone_names() -> dict[str, str]:
    """IANA names by their lower-case form, for suggestions."""
    return {name.lower(): name for name in pendulum.timezones()}


@cache
def _timezone_set() -> frozenset[str]:
    # pendulum.timezones() walks the zone database on every call: read it once.
    return frozenset(pendulum.timezones())


# How IANA spells a zone ("Europe/London", "Etc/GMT+5", "UTC"). A name spelled so that loads
# is a zone; listing the whole zone database (a walk over hundreds of files) is left for the
# odd cases, which keeps it out of every start-up.
_ZONE_SPELLING = re.compile(r"[A-Z][A-Za-z0-9_+\-]*(/[A-Z][A-Za-z0-9_+\-]*)*")


@lru_cache(maxsize=1024)
def _loads_as_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def is_timezone(name: str) -> bool:
    """Any IANA name, as stored data may hold (forms are stricter: see check_timezone)."""
    if _ZONE_SPELLING.fullmatch(name) and _loads_as_zone(name):
        return True
    return name in _timezone_set()


def _is_place_name(name: str) -> bool:
    # "EST" or "CET" are fixed rules without a place's daylight-saving history: a meeting
    # proposed in summer would be an hour off. Region/City names (and UTC) are safe.
    return "/" in name or name == "UTC"


def canonical_timezone(name: str) -> str | None:
    """The IANA spelling of ``name`` ignoring case ("europe/london" -> "Europe/London")."""
    cleaned = name.strip()
    found = cleaned if is_timezone(cleaned) else _timezone_names().get(cleaned.lower())
    return found if found and _is_place_name(found) else None


def check_timezone(name: str) -> str | None:
    if not name.strip():
        return "Enter a time zone, e.g. Europe/London or America/New_York."
    if canonical_timezone(name):
        return None
    if is_timezone(name.strip()):
        return (
            f"{name.strip()} has no daylight-saving history of a place: use a city name "
            "such as America/New_York or Europe/Paris."
        )
    return f"Unknown time zone {name!r}: use an IANA name such as Europe/London."


def check_honorific(value: str) -> str | None:
    if value == "" or value in HONORIFICS:
        return None
    return f"Honorific must be one of {', '.join(HONORIFICS)}, or none."


def check_email(value: str) -> str | None:
    if value == "" or _EMAIL.match(value):
        return None
    return "That does not look like an email address (name@example.org)."


def check_linkedin(value: str) -> str | None:
    if value == "":
        return None
    parsed = urlparse(value)
    host = (parsed.hostname or "").lower()
    if parsed.scheme in ("http", "https") and (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    return "Enter a full LinkedIn address, e.g. https://www.linkedin.com/in/name."


def check_required(value: str, label: str) -> str | None:
    return None if value.strip() else f"{label} is required."


def check_contact_fields(values: dict[str, str], *, may_stay_empty: Collection[str] = ()) -> dict[str, str]:
    """Check the text fields of a contact form. Returns {field: message} for each problem.

    ``may_stay_empty`` names required fields that may be left empty: an existing contact's that
    were stored empty (a person imported from LinkedIn has no why, sometimes no organisation),
    so a quick edit of one field does not demand the others.
    """
    problems: dict[str, str] = {}
    checks = {
        "first_name": check_required(values.get("first_name", ""), "First name"),
        "last_name": check_required(values.get("last_name", ""), "Last name"),
        "organization": check_required(values.get("organization", ""), "Organization"),
        "why": check_required(values.get("why", ""), "Why this person")
        and "Say why this person: their career path and how it relates to your goals.",
        "honorific": check_honorific(values.get("honorific", "")),
        "email": check_email(values.get("email", "")),
        "linkedin": check_linkedin(values.get("linkedin", "")),
        "timezone": check_timezone(values.get("timezone", "")),
    }
    for name, message in checks.items():
        if message and not (name in may_stay_empty and not values.get(name, "").strip()):
            problems[name] = message
    return problems


MEETING_MINUTES = (10, 120)
"""The lengths a form accepts for a meeting (and for the default length in Settings)."""


def check_minutes(text: str) -> str | None:
    low, high = MEETING_MINUTES
    try:
        minutes = int(text.strip())
    except ValueError:
        return "Enter the length in whole minutes, e.g. 30."
    if not low <= minutes <= high:
        return f"A meeting length must be between {low} and {high} minutes (30 is kind to their time)."
    return None
