"""Search over meetings: case- and accent-insensitive, every word must match somewhere."""

from __future__ import annotations

import unicodedata

from infocoach.core.model import Contact, Meeting


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Désirée" matches "desiree"."""
    if text.isascii():  # most text: nothing to strip, and a hundred times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def meeting_haystack(meeting: Meeting, contact: Contact | None) -> str:
    """Everything a user might search a meeting by, folded once."""
    parts: list[str] = [meeting.status, meeting.purpose, meeting.research]
    if contact is not None:
        parts += [
            contact.display_name,
            contact.organization,
            contact.role,
            contact.email,
            contact.connection,
            contact.why,
        ]
    parts += [q.text for q in meeting.questions]
    parts += [n.text for n in meeting.notes]
    parts += [f"{r.name} {r.detail}" for r in meeting.referrals]
    parts += list(meeting.drafts.values())
    return fold("\n".join(parts))


def matches(query: str, haystack: str) -> bool:
    """True when every word of ``query`` occurs in the (already folded) haystack."""
    return all(word in haystack for word in fold(query).split())
