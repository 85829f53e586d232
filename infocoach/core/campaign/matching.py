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
from collections import defaultdict
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
def organization_words(name: str) -> tuple[str, ...]:
    """The words an employer is matched by (no "The", no legal suffix); () when none are left.
    Cached: thousands of contacts share a few hundred employers' names."""
    words = _WORD.findall(_plain(name))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[-1] == "and":  # "Smith & Co." -> "smith and"
        words.pop()
    return tuple(words)


@lru_cache(maxsize=65_536)
def organization_key(name: str) -> str:
    """The name an employer is matched by: "" when nothing is left of it."""
    return "".join(organization_words(name))


def _names_target(target_name: str, organization: str) -> bool:
    """Whether a contact's ``organization`` is the employer a target names: the same name, or
    the target's words leading the organisation's ("Pearson" is "Pearson Education, Inc.", as
    people type the short name and LinkedIn keeps the long one; "Meta" is not "Metaverse")."""
    key = organization_key(target_name)
    if not key:
        return False
    if key == organization_key(organization):
        return True
    wanted, words = organization_words(target_name), organization_words(organization)
    return len(words) > len(wanted) and words[: len(wanted)] == wanted


def same_organization(a: str, b: str) -> bool:
    """Whether two organisation names are one employer (an empty name is nobody's)."""
    key = organization_key(a)
    return bool(key) and key == organization_key(b)


def belongs_to(target: Target, organization: str) -> bool:
    """Whether ``organization`` (a contact's, as typed or imported) is this target."""
    return _names_target(target.name, organization)


def people_at(target: Target, contacts: Iterable[Contact]) -> list[Contact]:
    """The contacts (not archived) who work at the target, by name."""
    return people_by_target([target], contacts)[target.id]


def _closeness(target: Target) -> tuple[bool, int]:
    """How targets naming one organisation rank: one still on the list first, then the one
    named most closely ("Pearson Education" before "Pearson")."""
    return target.archived, -len(organization_words(target.name))


def target_of(organization: str, targets: Iterable[Target]) -> Target | None:
    """The target an organisation belongs to (a non-archived one first, then the one named most
    closely: "Pearson Education" before "Pearson"), or None."""
    if not organization_key(organization):
        return None
    found = [t for t in targets if _names_target(t.name, organization)]
    return min(found, key=_closeness, default=None)


def people_by_target(targets: Iterable[Target], contacts: Iterable[Contact]) -> dict[str, list[Contact]]:
    """Target id -> the contacts (not archived) who work there, by name: each person under the
    one target their organisation belongs to (:func:`target_of`). Each organisation's name is
    judged once, against only the targets that could name it (the same name, or one starting
    with the same word): quick with thousands of people and dozens of targets."""
    chosen = list(targets)
    by_key: dict[str, list[Target]] = defaultdict(list)
    by_first_word: dict[str, list[Target]] = defaultdict(list)
    for target in chosen:
        if words := organization_words(target.name):
            by_key["".join(words)].append(target)
            by_first_word[words[0]].append(target)
    found: dict[str, list[Contact]] = {target.id: [] for target in chosen}
    employer_of: dict[str, Target | None] = {}
    for contact in contacts:
        if contact.archived:
            continue
        name = contact.organization
        if name not in employer_of:
            words = organization_words(name)
            likely = [*by_key.get("".join(words), ()), *(by_first_word.get(words[0], ()) if words else ())]
            employer_of[name] = target_of(name, likely)
        if (employer := employer_of[name]) is not None:
            found[employer.id].append(contact)
    for people in found.values():
        people.sort(key=lambda c: (c.last_name.casefold(), c.first_name.casefold(), c.id))
    return found
