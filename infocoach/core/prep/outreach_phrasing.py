"""Turning what the user wrote for themselves into sentences said to the contact.

The connection ("alumni network of …", "referred by Ms. Halvorsen") becomes the opening
sentence of a draft when it reads plainly; these functions do the wording, outreach.py the
message (the user's own sentences come from outreach_parts.py).
"""

from __future__ import annotations

import re

from infocoach.core.prep.own_words import leftovers
from infocoach.core.records.model import Contact


def contact_name(contact: Contact) -> str:
    return f"{contact.first_name} {contact.last_name}".strip() or "This contact"


def sentence(text: str) -> str:
    """Capitalised, one line, ending in a full stop (unless it already ends a sentence)."""
    text = " ".join(text.split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def top_level_cut(text: str, separators: tuple[str, ...]) -> str:
    """``text`` up to the first separator outside brackets."""
    depth = 0
    for index, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if depth == 0 and any(text.startswith(sep, index) for sep in separators):
            return text[:index]
    return text


_OBJECT_FOLLOWERS = frozenset({
    "a", "an", "the", "to", "and", "or", "on", "at", "in", "with", "for", "from", "by", "of",
    "about", "as", "when", "after", "before",
})  # fmt: skip


def addressed(text: str) -> str:
    """The user's note about the contact, said to them: "she ran" -> "you ran", "his" -> "your".

    The connection is written for the user's own record ("met at a workshop she ran"); in a
    message to that person, "she" must become "you". "Her" is "you" before a preposition or at
    the end ("worked with her on"), else "your" ("her company").
    """

    def subject(match: re.Match[str]) -> str:
        you = "You" if match[1][0].isupper() else "you"
        return f"{you} {_to_you(match[2])}"

    def her(match: re.Match[str]) -> str:
        following = match[3] or ""
        word = "you" if following.lower() in _OBJECT_FOLLOWERS | {""} else "your"
        word = word.capitalize() if match[1][0] == "H" else word
        return word + match[2] + following

    text = re.sub(r"\b(she|he|She|He)\s+([A-Za-z']+)", subject, text)
    text = re.sub(r"\b(?:himself|herself)\b", "yourself", text)
    text = re.sub(r"\bhers\b", "yours", text)
    text = re.sub(r"\bhis\b", "your", text)
    text = re.sub(r"\bhim\b", "you", text)
    return re.sub(r"\b([Hh]er)\b(\s*)([A-Za-z']+)?", her, text)


_VERB_FIXES = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}


def _to_you(verb: str) -> str:
    """The verb that follows "you" for one that followed "she"/"he": speaks -> speak."""
    lower = verb.lower()
    if lower in _VERB_FIXES:
        return _VERB_FIXES[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|o)es$", lower):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us")) and len(lower) > 3:
        return verb[:-1]
    return verb


def connection_sentence(contact: Contact, *, asides: bool = True) -> str:
    """The contact's connection to the user as an opening sentence said to them.

    Without ``asides`` the bracketed details are left out, for a message short of words.
    """
    raw = " ".join(contact.connection.split()).rstrip(".")
    if not asides:
        raw = re.sub(r"\s*\([^()]*\)", "", raw)
    if not raw:
        return ""
    lower = raw.lower()
    if lower.startswith(("referred by ", "introduced by ")):
        who = top_level_cut(raw.split(" by ", 1)[1], (", ", "; ", " who "))
        return sentence(f"{who.strip()} suggested I write to you")
    for prefix in ("alumni network of ", "alumni of ", "fellow alumni of "):
        if lower.startswith(prefix):
            return sentence(addressed(f"We are fellow alumni of {raw[len(prefix) :]}"))
    if alumni := re.match(r"(?:fellow\s+)?alumni(?:\s+network)?\s*", raw, re.IGNORECASE):
        rest = raw[alumni.end() :]
        return sentence(addressed(f"We are fellow alumni {rest}".rstrip()))
    if lower.startswith("met "):
        return sentence(addressed(f"We {raw}"))
    if re.match(r"(?:she|he|we|i|our|my)\b", lower):
        return sentence(addressed(raw))
    first, _, tail = raw.partition(" ")
    if first.lower() in _COMMON_OPENERS:  # "Mutual friend" reads as "a mutual friend", mid-sentence
        raw = f"{first.lower()} {tail}".strip()
        if first.lower() in _NEEDS_ARTICLE:
            raw = f"a {raw}"
    return sentence(addressed(f"We are connected through {raw}"))


# Words a user may capitalise at the start of the field that are not names.
_NEEDS_ARTICLE = frozenset({"mutual", "former", "friend", "colleague", "conference", "meetup"})
_COMMON_OPENERS = _NEEDS_ARTICLE | {"a", "an", "the", "our", "my", "work", "university", "school"}


MAX_CONNECTION_WORDS = 30


def tidy_connection(contact: Contact, notes: list[str], *, asides: bool = True) -> str:
    """The connection's opening sentence, or "" (with a note) when the field reads like a note
    the sentence cannot carry: leftover symbols or shorthand, or a long note."""
    opening = connection_sentence(contact, asides=asides)
    if opening and (leftovers(opening) or len(opening.split()) > MAX_CONNECTION_WORDS):
        notes.append(
            "How you are connected reads like a note, so the draft leaves it out: write it plainly "
            "(“referred by Dr. Raman”, “met at the Leeds data meetup”) on the contact (p on History)."
        )
        return ""
    return opening


def joined(parts: list[str]) -> str:
    """ "A or B"; "A; B; or C" (slot texts hold commas, so a longer list takes semicolons)."""
    if len(parts) <= 2:
        return " or ".join(parts)
    return "; ".join(parts[:-1]) + "; or " + parts[-1]
