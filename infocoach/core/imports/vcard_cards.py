"""Contacts from a phone or an address book (.vcf) read into people, through vobject.

Android, iPhone and Google Contacts export vCard 2.1, 3.0 or 4.0; vobject reads all three
(folding, escaping, quoted-printable, parameters), and this module only picks the fields we
keep: N (or FN) for the name and honorific, ORG, TITLE, the preferred EMAIL and TEL, and a
LinkedIn profile among the URLs (or an iPhone's X-SOCIALPROFILE). A card with no person's name
(a company's card, an empty one) is skipped with its reason; a file that is not vCards stops
the read and names the line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import vobject  # type: ignore[import-untyped]
from vobject.base import ParseError  # type: ignore[import-untyped]

from infocoach.core.imports.people import ImportedPerson, ReadProblem, ReadResult, Skipped, decoded
from infocoach.core.pipeline.referrals import split_name

WHAT = "read as vCards"


def read_cards(data: bytes) -> ReadResult:
    """The people in a .vcf file, in the file's order. Raises ReadProblem."""
    text = decoded(data, WHAT)
    if "BEGIN:VCARD" not in text.upper():
        what = "the file is empty" if not text.strip() else "there is no card (BEGIN:VCARD) in this file"
        raise ReadProblem(1, f"{what}, so it is not a vCard file (.vcf) from a phone or an address book.")
    result = ReadResult()
    after = 0  # the last line of the card before
    try:
        # allowQP: vCard 2.1 (older Android phones) breaks long quoted-printable values with "=".
        for card in vobject.readComponents(text, allowQP=True):
            first, last = _lines(card, after)
            if card.name != "VCARD":
                raise ReadProblem(first, f"this is a {card.name}, not a vCard (BEGIN:VCARD).")
            after = last
            found = _person(card, first)
            if isinstance(found, Skipped):
                result.skipped.append(found)
            else:
                result.people.append(found)
    except ParseError as problem:
        message = str(problem.args[0]) if problem.args else "a line vCard does not allow"
        raise ReadProblem(
            max(1, problem.lineNumber or after + 1), f"this cannot be read as a vCard ({message})."
        ) from None
    except (ValueError, TypeError, AttributeError, LookupError) as problem:
        # A value vobject cannot decode (bad base64 or quoted-printable, a card inside a card):
        # the card that starts after the last good one.
        raise ReadProblem(_next_card(text, after), f"this card cannot be read as a vCard ({problem}).") from None
    return result


def _next_card(text: str, after: int) -> int:
    """The first line after line ``after`` that is not blank: where the next card begins."""
    for number, line in enumerate(text.splitlines()[after:], start=after + 1):
        if line.strip():
            return number
    return after + 1


def _lines(card: Any, after: int) -> tuple[int, int]:
    """The first and last line of a card (its BEGIN and END lines, as near as vobject says)."""
    numbers = [line.lineNumber for lines in card.contents.values() for line in lines if line.lineNumber]
    if not numbers:
        return after + 1, after + 2
    return max(1, min(numbers) - 1), max(numbers) + 1


def _person(card: Any, line: int) -> ImportedPerson | Skipped:
    honorific, first, last = _name(card)
    organization = _text(_first_value(card, "org"))
    full_name = _text(_first_value(card, "fn"))
    company_card = _text(_first_value(card, "x-abshowas")).upper() == "COMPANY"
    if company_card or (not first and not last and full_name and full_name == organization):
        return Skipped(line, "a company's card, not a person's")
    if not first and not last:
        return Skipped(line, "a card with no name")
    return ImportedPerson(
        first_name=first,
        last_name=last,
        honorific=honorific,
        organization=organization,
        role=_text(_first_value(card, "title") or _first_value(card, "role")),
        email=_preferred(card.contents.get("email", [])),
        phone=_phone(_preferred(card.contents.get("tel", []))),
        linkedin=_linkedin(card),
        uid=_text(_first_value(card, "uid")),
        line=line,
    )


def _name(card: Any) -> tuple[str, str, str]:
    """(honorific, first name, last name): from N, or from FN when N says nothing."""
    name = _first_value(card, "n")
    given = family = prefix = ""
    if name is not None and not isinstance(name, str):
        given, family, prefix = _text(name.given), _text(name.family), _text(name.prefix)
    if given or family:
        honorific = split_name(prefix)[0] if prefix else ""
        return honorific, given, family
    return split_name(_text(_first_value(card, "fn")))


def _first_value(card: Any, name: str) -> Any:
    lines = card.contents.get(name)
    return lines[0].value if lines else None


def _text(value: Any) -> str:
    """A value as one line of text: vobject gives a list for ORG and for repeated name parts."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        parts = [_text(part) for part in value]
        return next((part for part in parts if part), "")
    return " ".join(str(value).split())


def _preferred(lines: Iterable[Any]) -> str:
    """The value marked preferred (TYPE=pref in 2.1/3.0, PREF=1 in 4.0), else the first."""
    values = [(line, _text(line.value)) for line in lines]
    values = [(line, text) for line, text in values if text]
    for line, text in values:
        types = [str(t).casefold() for t in line.params.get("TYPE", [])]
        if "pref" in types or "PREF" in line.params:
            return text
    return values[0][1] if values else ""


def _phone(value: str) -> str:
    return value[4:] if value.casefold().startswith("tel:") else value  # vCard 4.0: a tel: URI


def _linkedin(card: Any) -> str:
    """The first LinkedIn profile among the card's URLs and social profiles, or ""."""
    for name in ("url", "x-socialprofile"):
        for line in card.contents.get(name, []):
            # Google Contacts escapes the colon of a URL ("https\\://"); vobject keeps it.
            url = _text(line.value).replace("\\:", ":")
            if "linkedin.com/" in url.casefold():
                return url
    return ""
