"""Search over meetings: case- and accent-insensitive, every word must match somewhere."""

from __future__ import annotations

import re
import unicodedata

from infocoach.core.records.model import Contact, Meeting


def fold(text: str) -> str:
    """Lower-case and strip accents, so "Désirée" matches "desiree"."""
    if text.isascii():  # most text: nothing to strip, and a hundred times faster
        return text.lower()
    # One regex pass over the decomposed text is far faster than testing each character.
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


# Unicode's combining marks (accents, diaeresis, cedilla … in every script's common blocks).
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\u302a-\u302f\u3099\u309a\ufe20-\ufe2f]"
)


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
    parts += [f"{r.name} {r.organization} {r.detail}" for r in meeting.referrals]
    parts += [a.text for a in meeting.action_items]
    parts += list(meeting.drafts.values())
    return fold("\n".join(parts))


def matches(query: str, haystack: str) -> bool:
    """True when every word of ``query`` occurs in the (already folded) haystack."""
    return all(word in haystack for word in fold(query).split())
