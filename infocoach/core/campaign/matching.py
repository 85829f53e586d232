"""Which employer a contact works at: organisation names compared tolerantly.

"Acme Inc.", "ACME", "acme, inc" and "Ácme" are one employer: case, accents, punctuation,
spacing, a leading "The" and legal suffixes (Inc., LLC, Ltd, GmbH, S.A., plc…) do not count.
Contacts and meetings belong to a target by this key; nothing links them by id.

    >>> organization_key("The Acme Company, Inc.")
    'acme'
    >>> organization_key("Société Générale S.A.") == organization_key("SOCIETE GENERALE")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from infocoach.core.records.model import Contact, Target

# Legal forms, as words once dots are dropped ("S.A." -> "sa", "Inc." -> "inc").
LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "llp",
        "lp",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "plc",
        "pty",
        "pte",
        "oy",
        "ab",
        "kk",
    }
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script: "トヨタ" and "Сбербанк" are names too


def _plain(text: str) -> str:
    """Lower case, without accents, "&" read as "and", dots dropped (so "S.A." is one word)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold().replace("&", " and ").replace(".", "")


@lru_cache(maxsize=65_536)
def organization_key(name: str) -> str:
    """The name an employer is matched by: "" when nothing is left of it. Cached: thousands of
    contacts share a few hundred employers' names."""
    words = _WORD.findall(_plain(name))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[-1] == "and":  # "Smith & Co." -> "smith and"
        words.pop()
    return "".join(words)


def same_organization(a: str, b: str) -> bool:
    """Whether two organisation names are one employer (an empty name is nobody's)."""
    key = organization_key(a)
    return bool(key) and key == organization_key(b)


def belongs_to(target: Target, organization: str) -> bool:
    """Whether ``organization`` (a contact's, as typed or imported) is this target."""
    return same_organization(target.name, organization)


def people_at(target: Target, contacts: Iterable[Contact]) -> list[Contact]:
    """The contacts (not archived) who work at the target, by name."""
    key = organization_key(target.name)
    if not key:
        return []
    people = [c for c in contacts if not c.archived and organization_key(c.organization) == key]
    return sorted(people, key=lambda c: (c.last_name.casefold(), c.first_name.casefold(), c.id))


def target_of(organization: str, targets: Iterable[Target]) -> Target | None:
    """The target an organisation belongs to (a non-archived one first), or None."""
    key = organization_key(organization)
    if not key:
        return None
    found = [t for t in targets if organization_key(t.name) == key]
    found.sort(key=lambda t: t.archived)
    return found[0] if found else None
