"""Turning what the user wrote for themselves into sentences said to the contact.

The connection ("alumni network of …", "referred by Ms. Halvorsen") and the "why this person"
field become the opening of a draft; these functions do the wording, drafts.py the message.
"""

from __future__ import annotations

import re

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


_THIRD_PERSON = re.compile(r"\b(?:she|he|her|hers|him|his|herself|himself)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def why_sentence(contact: Contact, notes: list[str]) -> str:
    why = sentence(contact.why)
    if not why:
        notes.append(
            "There is no “why this person” yet: add it (p on History), written as you would "
            "say it to them, so the message says why you chose them."
        )
    elif _THIRD_PERSON.search(why) and not _SECOND_PERSON.search(why):
        notes.append(
            f"“Why this person” speaks about {contact_name(contact)} in the third person; the draft "
            "reads better if you write it as you would say it to them (“Your move from … "
            "is the path I hope to take.”)."
        )
    return why


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


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)
    return parts[0]


def joined(parts: list[str]) -> str:
    """ "A or B"; "A; B; or C" (slot texts hold commas, so a longer list takes semicolons)."""
    if len(parts) <= 2:
        return " or ".join(parts)
    return "; ".join(parts[:-1]) + "; or " + parts[-1]
