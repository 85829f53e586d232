"""How a thank-you uses what the user wrote during the call, without breaking its grammar.

Notes are shorthand ("had to unlearn 'act now, perfect info later' - in DS you document
assumptions first ★"). A note is never put where a sentence needs a clause: it is either quoted
as what it is ("You said something I wrote down: “act now, perfect info later”."), cleaned of
leftover symbols and never cut, or not used at all (the draft then asks the user for the
sentence, see :mod:`infocoach.core.wrapup.own_sentences`). An action item is used only when it
already reads as what the user will do ("Read the grid report" -> "I am going to read the grid
report."). Pure: no Textual, no storage.
"""

from __future__ import annotations

import re

__all__ = [
    "QUOTE_MAX_WORDS",
    "action_sentence",
    "clean_note",
    "quote_of",
    "quote_sentence",
    "referral_sentence",
]

QUOTE_MAX_WORDS = 25  # a longer note is not quoted whole (and never cut): the user is asked
_ACTION_MAX_WORDS = 20
_NAME_WORDS = 12  # a referral's name and organisation are used only up to these many words
_ORGANIZATION_WORDS = 10

# Marks people put in notes that mean nothing in a letter.
_STRAY_SYMBOLS = re.compile(r"[★☆✩✪✫✯⭐✓✔✗✘•◦▪▫●○■□►▶▷➜➔➤➡⇒→←↑↓↔*#|~^]+")
_LEADING = re.compile(r"^(?:[-–—+>=:.,;)\]]+|\d+[.)]\s+|\s)+")
_TRAILING = re.compile(r"(?:[\s,;:–—\-+=<>(\[/]|\.{2,}(?!\.))+$")
_ARROW = re.compile(r"->|=>|<-|-->|\u2192|\u21d2|\u279c|\u2794|\u27a4|\u27a1")
# Shorthand that shows the note is not a sentence to quote: joined fragments and abbreviations.
_SHORTHAND = re.compile(
    r"(?:\s[-–—]\s|;|\s&\s|\s\+\s|\bw/|\bb/c\b|\bw/o\b|\bre:|\bvs\b|\betc\b|\bppl\b|\bthx\b|\bmsg\b|\babt\b|"
    r"\bbtw\b|\bimo\b|\btbh\b|\bfwiw\b|\b\w+\s*/\s*\w+\b)",
    re.IGNORECASE,
)
# The contact spoken of, not to: "she runs …", "his team". A quote in a letter to them cannot.
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|hers|his|him|herself|himself|she's|he's)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\bI(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?\b|\b(?i:me|my|mine|myself)\b")
# The user's own thought or a note to self: not something the contact said.
_OWN = re.compile(
    r"^\s*(?:i|i'm|i've|i'd|i'll|me|my|we|our|note\s+to\s+self|to\s*-?\s*do|todo|reminder|remember\s+to|"
    r"look\s+up|follow[\s-]?up|ask\s+(?:about|her|him))\b",
    re.IGNORECASE,
)
# A phrase the note itself puts in quotes: that is what to quote ('act now, perfect info later').
_QUOTED = re.compile(r"(?<![\w'])'(?P<a>[^'\n]{3,160}?)'(?![\w])|\"(?P<b>[^\"\n]{3,160})\"|“(?P<c>[^”\n]{3,160})”")
# A note whose subject is left out, the contact: "Runs the fellowship", "Moved from ICU", "Thinks …".
_SUBJECTLESS = re.compile(
    r"^(?:\w+ed|(?:says|thinks|believes|feels|works|runs|leads|manages|recommends|suggests|mentions|"
    r"explains|prefers|likes|loves|hates|wants|hires|teaches|spends|spent|knows|went|came|left|took|"
    r"gave|made|said|told|thought|felt|had|has|was|is|does|did)\b|\w+s\s+(?:the|a|an|to|my|your|her|his|"
    r"their|its|in|on|at|with|for|from|about|through|into|over|most|many|all|some|more|less)\b)",
    re.IGNORECASE,
)
_FIRST_SENTENCE = re.compile(r"^(?P<one>.+?[.!?])(?:\s+(?=[A-Z])|$)")
_ENDS = re.compile(r"[.!?…]$")

# Verbs an action item starts with when it already says what the user will do.
_ACTION_VERBS = frozenset({
    "learn", "start", "read", "try", "build", "volunteer", "write", "join", "take", "find", "use",
    "ask", "make", "get", "practise", "practice", "spend", "attend", "contact", "reach", "follow",
    "study", "develop", "create", "set", "run", "test", "watch", "listen", "share", "publish",
    "prepare", "plan", "check", "email", "call", "visit", "sign", "register", "enrol", "enroll",
    "subscribe", "buy", "explore", "pick", "shadow", "reframe", "draft", "tailor", "rewrite",
    "review", "update", "polish", "send", "schedule", "arrange", "meet", "message", "research",
    "book", "finish", "complete", "revise", "outline", "map", "compile", "apply", "add", "list",
    "look", "talk", "speak", "document", "sketch", "track", "record", "interview", "redo",
    "reread", "summarise", "summarize", "analyse", "analyze", "install", "download", "organise",
    "organize", "refresh", "rework", "restructure", "collect", "gather", "keep", "focus", "pitch",
    "reproduce", "choose", "go", "teach", "show", "bring", "work", "give", "highlight", "quantify",
    "measure", "connect", "narrow", "pair", "offer", "invest", "introduce", "thank", "post",
    "chart", "fill", "dig", "sort", "clean", "tidy", "seek", "become",
})  # fmt: skip


def clean_note(text: str) -> str:
    """A note with the marks people leave in notes taken out (stars, bullets, arrows at either
    end, "*", trailing ";" or ","), and its spaces made single. Words are left as written."""
    text = _STRAY_SYMBOLS.sub(" ", text)
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _TRAILING.sub("", text)
    return text.strip()


def _words(text: str) -> int:
    return len(text.split())


def quote_of(text: str) -> str | None:
    """What of a note can be quoted back to the contact, cleaned; None when nothing can.

    A phrase the note puts in quotes is quoted on its own. Otherwise the whole note, or its first
    sentence when that is complete, if it reads as something they said: two to 25 words, no
    shorthand joining fragments (" - ", ";", "&", "w/", arrows), not about them in the third
    person, not the user's own thought or a note to self.
    """
    quoted = _QUOTED.search(text)
    if quoted:
        phrase = clean_note(quoted["a"] or quoted["b"] or quoted["c"] or "")
        if 2 <= _words(phrase) <= QUOTE_MAX_WORDS and not _ARROW.search(phrase):
            return phrase
    if _ARROW.search(text.strip().lstrip("-=<>→⇒ ").rstrip("-=<>→⇒ ")):
        return None
    note = clean_note(text)
    first = _FIRST_SENTENCE.match(note)
    if first and _words(note) > QUOTE_MAX_WORDS:
        note = first["one"]
    if not 2 <= _words(note) <= QUOTE_MAX_WORDS:
        return None
    if _SHORTHAND.search(note) or _THIRD_PERSON.search(note) or _FIRST_PERSON.search(note):
        return None
    if _OWN.match(note) or _SUBJECTLESS.match(note):
        return None
    return note


def quote_sentence(quote: str) -> str:
    """'You said something I wrote down: “Learn R before Python.”'"""
    if _ENDS.search(quote):
        return f"You said something I wrote down: “{quote}”"
    return f"You said something I wrote down: “{quote}”."


def action_sentence(text: str) -> str | None:
    """The action item as what the user will do ("Read the grid report" -> "I am going to read
    the grid report."), or None when it does not read as one: a verb the user will do first,
    one sentence of at most 20 words, no shorthand and no "she"/"he"."""
    item = clean_note(text)
    item = re.sub(r"^(?:to|i\s+will|i'll|i\s+am\s+going\s+to)\s+", "", item, flags=re.IGNORECASE)
    words = item.split()
    if not words or words[0].lower() not in _ACTION_VERBS or len(words) > _ACTION_MAX_WORDS:
        return None
    if _SHORTHAND.search(item) or _THIRD_PERSON.search(item) or _ARROW.search(item):
        return None
    if _more_than_one_sentence(item):
        return None
    item = item.rstrip(".!")
    if item[:1].isupper() and item[1:2].islower():
        item = item[0].lower() + item[1:]
    return f"Following your advice, I am going to {item}."


_ABBREVIATIONS = frozenset({"dr", "mr", "ms", "mrs", "mx", "prof", "st", "e.g", "i.e", "vs"})


def _more_than_one_sentence(text: str) -> bool:
    return any(
        match["word"].lower() not in _ABBREVIATIONS for match in re.finditer(r"(?P<word>[\w.]+)[.!?]\s+\S", text)
    )


def referral_sentence(name: str, organization: str) -> str | None:
    """ "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." """
    who = clean_note(name).rstrip(".")
    where = clean_note(organization).rstrip(".")
    if not who or _words(who) > _NAME_WORDS or _words(where) > _ORGANIZATION_WORDS:
        return None
    at = f" at {where}" if where else ""
    return f"Thank you also for suggesting I speak with {who}{at}."
