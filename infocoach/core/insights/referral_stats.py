"""Who sent the user onward: referrals taken in meetings, by the contact who gave them and by
the organisation they point to, and the "referred by X" chains in contacts' connections.

Part of the insights (see :mod:`infocoach.core.insights.figures` for the shared decisions: archived
records count, ties are broken by name then id, odd data never raises). Pure.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infocoach.core.records.model import HONORIFICS, Contact, Meeting

# "referred by Ms. Rivera", "Referred by: Dr. Tan (Straits Biologics), who ..."
_REFERRED_BY = re.compile(r"\breferred\s+by\b\s*:?\s*(.*)", re.IGNORECASE | re.DOTALL)
# The referrer's name ends at the first comma, semicolon, parenthesis, line break or dash.
_NAME_END = re.compile(r"[,;()\[\]\n]|\s[-–—]\s")


@dataclass(frozen=True, slots=True)
class ReferrerCount:
    """A contact whose meetings produced referrals, with how many."""

    contact_id: str
    name: str  # the contact's display name, or "unknown contact" for an id with no contact
    count: int


@dataclass(frozen=True, slots=True)
class NameCount:
    """A name and how often it came up (organisations referred to)."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class IntroducedBy:
    """Someone named in contacts' connection as "referred by X", and whom they introduced.

    ``contact_id`` is the id of the one contact X names, when exactly one matches (by display
    name, formal name such as "Ms. Rivera", or full name), else "": that links the chain.
    """

    name: str
    count: int
    contact_id: str
    introduced: tuple[str, ...]  # display names of the contacts they introduced, sorted


@dataclass(frozen=True, slots=True)
class ReferralStats:
    """Who referred the user onward, to which organisations, and who introduced whom."""

    by_contact: tuple[ReferrerCount, ...] = ()
    by_organization: tuple[NameCount, ...] = ()
    introduced_by: tuple[IntroducedBy, ...] = ()
    total: int = 0  # referrals written down in meetings


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def referred_by(connection: str) -> str | None:
    """Who a contact's connection says referred them: the text after "referred by", up to the
    first comma, semicolon, parenthesis, line break or dash, trimmed (and a closing full stop
    dropped); None when the connection does not say "referred by" someone."""
    found = _REFERRED_BY.search(connection)
    if not found:
        return None
    name = _NAME_END.split(found.group(1), maxsplit=1)[0]
    name = " ".join(name.split())
    if name.endswith(".") and name.rsplit(" ", 1)[-1] not in HONORIFICS:  # keep "Dr."
        name = name[:-1].rstrip()
    return name or None


def _tally(names: Iterable[str]) -> tuple[NameCount, ...]:
    """Count names case- and space-insensitively; show each by its most common spelling."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for raw in names:
        name = " ".join(raw.split())
        if name:
            spellings[name.casefold()][name] += 1
    rows = []
    for key, seen in spellings.items():
        shown = min(seen, key=lambda s: (-seen[s], s))
        rows.append((NameCount(shown, sum(seen.values())), key))
    rows.sort(key=lambda row: (-row[0].count, row[1], row[0].name))
    return tuple(row for row, _ in rows)


def _contact_index(contacts: Sequence[Contact]) -> dict[str, set[str]]:
    """Folded names (display, formal, full) → the ids of the contacts they could mean."""
    index: dict[str, set[str]] = defaultdict(set)
    for contact in contacts:
        for name in (
            contact.display_name,
            contact.formal_name,
            f"{contact.first_name} {contact.last_name}",
        ):
            if key := _fold(name):
                index[key].add(contact.id)
    return index


def referral_stats(contacts: Iterable[Contact], meetings: Iterable[Meeting]) -> ReferralStats:
    """Who referred the user onward; see :class:`ReferralStats`."""
    contacts = list(contacts)
    by_id = {c.id: c for c in contacts}

    per_contact: Counter[str] = Counter()
    organizations: list[str] = []
    for meeting in meetings:
        if meeting.referrals:
            per_contact[meeting.contact_id] += len(meeting.referrals)
            organizations.extend(r.organization for r in meeting.referrals)
    by_contact = sorted(
        (
            ReferrerCount(cid, by_id[cid].display_name if cid in by_id else "unknown contact", n)
            for cid, n in per_contact.items()
        ),
        key=lambda r: (-r.count, r.name.casefold(), r.contact_id),
    )

    introduced: dict[str, list[tuple[str, str]]] = defaultdict(list)  # folded X → (X, contact)
    for contact in contacts:
        if (name := referred_by(contact.connection)) is not None:
            introduced[name.casefold()].append((name, contact.display_name))
    index = _contact_index(contacts)
    chains = []
    for key, entries in introduced.items():
        spellings = Counter(name for name, _ in entries)
        shown = min(spellings, key=lambda s: (-spellings[s], s))
        matches = index.get(_fold(key), set())
        chains.append(
            IntroducedBy(
                name=shown,
                count=len(entries),
                contact_id=next(iter(matches)) if len(matches) == 1 else "",
                introduced=tuple(sorted((who for _, who in entries), key=lambda s: (s.casefold(), s))),
            )
        )
    chains.sort(key=lambda c: (-c.count, c.name.casefold(), c.name))

    return ReferralStats(
        by_contact=tuple(by_contact),
        by_organization=_tally(organizations),
        introduced_by=tuple(chains),
        total=sum(per_contact.values()),
    )
