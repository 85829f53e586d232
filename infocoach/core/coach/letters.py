"""Rules about the shape of a message: the times it offers, its length, its focus, its thanks.

The greeting is in ``greetings``, the why in ``reasons``; which days and times are offers is
decided in ``proposals``, and what counts as a word in ``reading``. Every function takes text whose apostrophes are already straight (see ``engine.normalize``)
and returns ``Hit`` spans into it.
"""

from __future__ import annotations

import re

from infocoach.core.coach import reading
from infocoach.core.coach.findings import Hit
from infocoach.core.coach.proposals import Part, proposed_times, time_slots

_FLAGS = re.IGNORECASE


def _stripped_span(text: str) -> tuple[int, int]:
    """The span of ``text`` without its leading and trailing white space."""
    start = len(text) - len(text.lstrip())
    return start, len(text.rstrip())


# --- no-proposed-times and no-flexibility --------------------------------------------------------

_VAGUE_CONTACT = re.compile(
    r"\b(?:(?:call|text|ring|reach|phone)\s+me\s+(?:at|on|any\s*time|whenever)|"
    r"let\s+me\s+know\s+(?:when|what\s+time|a\s+time|if\s+you(?:'re|\s+are)\s+free)[^.?!\n]*|"
    r"whenever\s+(?:suits|works|is\s+convenient)|my\s+(?:number|phone\s+number|mobile)\s+is)",
    _FLAGS,
)
_FLEXIBLE = re.compile(
    r"\bflexib\w*|\bflexible\b|\bwork\s+around\s+your\b|\baround\s+your\s+(?:schedule|calendar|diary|availability)"
    r"|\bif\s+none\s+of\s+(?:these|those|them|the\s+above)|\bother\s+times?\b|\banother\s+time\b"
    r"|\b(?:different|another|other)\s+(?:time|day|date)s?\b|\bmove\s+things\s+around\b|\bwhatever\s+(?:time\s+)?(?:suits|works)|\b(?:any|a)\s+time\s+that\s+(?:suits|works)"
    r"|\bhappy\s+to\s+(?:adjust|adapt|find|suggest|accommodate|fit|move)|\bsuggest\s+(?:a|another|an\s+alternative)\s+time"
    r"|\bfit\s+(?:in\s+with\s+)?your\s+(?:schedule|calendar|diary)|\byour\s+convenience\b"
    r"|\b(?:if|should)\s+(?:these|those|none|they)\s+(?:don't|do\s+not|doesn't|does\s+not|won't)\s+(?:work|suit)"
    r"|\bany\s+other\s+time|\balternatives?\b|\bwhat(?:ever)?\s+suits\s+you\b|\bif\s+(?:these|those)\s+(?:times\s+)?(?:are\s+)?(?:inconvenient|difficult)"
    r"|\b(?:any|some)\s+time\s+(?:works|suits)|\bwork\s+with\s+your\s+(?:schedule|calendar)"
    r"|\bwhenever\s+(?:suits|works|is\s+(?:convenient|easiest|best))",
    _FLAGS,
)


_LATE_PART_OF_DAY = re.compile(r"[\s,]*(?:in\s+the\s+)?(?:evening|night)\b", _FLAGS)
BUSINESS_HOURS = (8 * 60, 18 * 60)  # a slot starting outside [08:00, 18:00) is out of hours


def _odd_slot(text: str, slot: list[Part]) -> bool:
    """On a weekend, or starting outside business hours, or "Thursday evening"."""
    if any(p.weekday is not None and p.weekday >= 5 for p in slot):
        return True
    starts = [p.minutes for p in slot if p.minutes is not None]
    if starts and not BUSINESS_HOURS[0] <= starts[0] < BUSINESS_HOURS[1]:
        return True
    return bool(_LATE_PART_OF_DAY.match(text, slot[-1].end))


def odd_times(text: str) -> list[Hit]:
    """Every proposed slot is on a weekend or out of hours."""
    slots = time_slots(text)
    if not slots or not all(_odd_slot(text, slot) for slot in slots):
        return []
    message = (
        "This proposes only weekend or late-night times; offer two or three weekday times in "
        "their working hours, e.g. 'Tue, Dec 8 at 10:00 AM'."
    )
    return [Hit("odd-times", slots[0][0].start, slots[-1][-1].end, message)]


def few_times(text: str) -> list[Hit]:
    """Exactly one concrete slot: one time is easy to miss, two or three are easy to pick from."""
    slots = time_slots(text)
    if len(slots) != 1:
        return []
    message = (
        "Offer two or three times so one is likely to suit, e.g. 'Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:30 PM'."
    )
    return [Hit("few-times", slots[0][0].start, slots[0][-1].end, message)]


def no_proposed_times(text: str) -> list[Hit]:
    if proposed_times(text):
        return []
    vague = _VAGUE_CONTACT.search(text)
    start, end = vague.span() if vague else _stripped_span(text)
    message = (
        "Propose two or three specific times, e.g. 'Tue, Dec 8 at 10:00 AM', so they can "
        "simply pick one rather than arrange a call."
    )
    return [Hit("no-proposed-times", start, end, message)]


def no_flexibility(text: str) -> list[Hit]:
    times = proposed_times(text)
    if not times or _FLEXIBLE.search(text):
        return []
    message = (
        "Say you can work around their schedule, e.g. 'If none of these suit, I am happy to work around your schedule.'"
    )
    return [Hit("no-flexibility", times[0][0], times[-1][1], message)]


# --- too-long ---------------------------------------------------------------------------------


def too_many_words(text: str, limit: int, what: str) -> list[Hit]:
    """More than ``limit`` words in the body (the signature block is not counted)."""
    words = reading.word_spans(text)
    if len(words) <= limit:
        return []
    message = (
        f"This {what} is {len(words)} words; keep it to {limit} or fewer. Cut background "
        "about yourself first, then anything they do not need to say yes."
    )
    return [Hit("too-long", words[limit][0], max(reading.body_end(text), words[limit][1]), message)]


def too_many_characters(text: str, limit: int) -> list[Hit]:
    start, end = _stripped_span(text)
    if end - start <= limit:
        return []
    message = (
        f"This note is {end - start} characters; LinkedIn allows {limit}. Keep the why and one "
        "short ask, and save the rest for the call."
    )
    return [Hit("too-long", start + limit, end, message)]


# --- about-me ----------------------------------------------------------------------------------

_FIRST_PERSON = re.compile(r"(?<![\w'])(?:I(?:'m|'ve|'d|'ll)?|me|my|mine|myself)(?![\w'])", _FLAGS)
_SECOND_PERSON = re.compile(r"(?<![\w'])(?:you(?:'re|'ve|'d|'ll)?|your|yours|yourself|yourselves)(?![\w'])", _FLAGS)


def pronoun_counts(text: str) -> tuple[int, int]:
    """(first-person words, second-person words) in ``text``."""
    return len(_FIRST_PERSON.findall(text)), len(_SECOND_PERSON.findall(text))


def about_me(text: str) -> list[Hit]:
    mine, yours = pronoun_counts(text)
    if mine <= yours + 2:
        return []
    start, end = _stripped_span(text)
    message = (
        f"This is mostly about you ({mine} I/me/my against {yours} you/your). Keep your "
        "introduction to a sentence and turn the rest towards them and their experience."
    )
    return [Hit("about-me", start, end, message)]


# --- missing-thanks ----------------------------------------------------------------------------

_THANKS = re.compile(r"\b(?:thank|grateful|gratitude|appreciat)\w*", _FLAGS)


def missing_thanks(text: str) -> list[Hit]:
    if _THANKS.search(text):
        return []
    start, end = _stripped_span(text)
    message = "Say thank you: name one specific thing you learned from them and one thing you have done since."
    return [Hit("missing-thanks", start, end, message)]
