"""The meeting times a message offers, told from days and dates named for another reason.

A day or time counts as proposed when the clause around it offers it: "Would Tue 8 Dec at 2pm
work?", "I could do Thursday morning or Friday after 3", "I'm free Monday at 10", "How about
10:30?", or a line that is nothing but times ("- Wed, Dec 9 at 2:30 PM"). The same day named in
a sign-off ("Have a great Friday!"), a past event ("I left you voicemails the past two
Mondays"), a deadline ("by March 15") or a plan of one's own ("I start on January 4") is not
one. "Whenever works for you" names no time at all: it is flexibility, not a proposal.

Every function takes text whose apostrophes are already straight.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

_FLAGS = re.IGNORECASE

_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|May)"
)
_MERIDIEM = r"(?i:[ap]\.?m\b\.?)"
_HOUR = r"\d{1,2}(?:[:.]\d{2})?"
# "9-11am", "10:00-10:30", "between 1 and 3 pm", "from 2 to 3:30": one time, read by its start.
_TIME_RANGE = (
    r"\b(?:(?i:between|from)\s+"
    + _HOUR
    + r"\s*"
    + _MERIDIEM
    + r"?\s*(?i:and|to|-|–)\s*"
    + _HOUR
    + r"\s*"
    + _MERIDIEM
    + r"?(?!\d)"
    r"|"
    + _HOUR
    + r"\s*"
    + _MERIDIEM
    + r"?\s*[-–]\s*"
    + _HOUR
    + r"\s*"
    + _MERIDIEM
    + r"|\d{1,2}[:.]\d{2}\s*"
    + _MERIDIEM
    + r"?\s*[-–]\s*\d{1,2}[:.]\d{2}\s*"
    + _MERIDIEM
    + r"?)"
)
_MENTION = re.compile(
    _TIME_RANGE + r"|\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)\b\.?"
    r"|\b(?:Sat|Sun)\b(?=[.,]|\s+\d)"
    r"|\b(?i:tomorrow)\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?![a-z])"
    r"|\b(?i:the)\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{1,2}[:.]\d{2}\s*" + _MERIDIEM + r"?(?!\d)"
    r"|\b\d{1,2}\s*" + _MERIDIEM + r"|\b(?i:noon|midday)\b"
    # A bare hour ("Friday after 3", "Tue at 9") only ever completes a day named just before it.
    r"|\b(?i:at|after|around)\s+\d{1,2}\b(?![:/\d]|\.\d|\s*(?:%|-|–|(?i:[ap]\.?m\b|minutes|mins|hours|years|people|percent)\b))"
)

# --- is a mention offered? ------------------------------------------------------------------

# Where one clause ends: sentence ends, line breaks, ";", ", so", " but", "and I could …".
_CLAUSE_END = re.compile(
    r"[.?!](?=[\s\"')\]]|$)|\n|;|,?\s+(?:so|but)\s+|\s+and\s+(?=(?:i|we|could|would|can|i'd|i'll|also)\b)"
    r"|,\s+(?=(?:since|because|as|while|now\s+that)\b)|\s+(?=because\b)",
    _FLAGS,
)
_OFFER = re.compile(
    r"\b(?:would|could|might|does|do|will|can|is|are|if)\b[^.?!;\n]*?\b(?:work|suit|fit)"
    r"|\b(?:suits?|works?|fits?)\s+(?:for\s+)?(?:you|me|us|well|best|better|your)\b"
    r"|\b(?:i'?m|i\s+am|we\s+are|we're|i'll\s+be|i\s+will\s+be|you\s+are|you're|are\s+you|is|are)\s+"
    r"(?:(?:also|usually|generally|completely|free\s+or)\s+)?(?:free|available|around|open|clear)\b"
    r"|\b(?:could|can|shall|may)\s+(?:we|i)\b|\blet'?s\b|\b(?:could|can)\s+(?:meet|talk|speak|call|chat|do|make)\b"
    r"|\bhow\s+about\b|\bwhat\s+about\b|\bperhaps\b|\bmaybe\b|\bsay\b|\bfor\s+(?:example|instance)\b|\be\.g\."
    r"|\bwould\s+(?:you|it|that)\b|\bwould\s+be\s+(?:ideal|great|perfect|good|fine|convenient|possible|best)\b"
    r"|\bavailab|\boptions?\b|\bslots?\b|\bi\s+have\s+time\b|\bwould\s+(?:suit|work)\b"
    r"|\b(?:would|could|might|can|do)\s+you\s+(?:have|spare|find|be\s+free)\b"
    r"|\b(?:easiest|easier|best|better|good|great|ideal|convenient|possible)\s+for\s+(?:me|us|you)\b"
    r"|\b(?:love|like|glad|happy|keen)\s+to\s+(?:talk|chat|speak|meet|call|connect|catch\s+up)\b"
    r"|\b(?:works?|suits?)\s*(?:\?|$)",
    _FLAGS,
)
# Just before a mention, words that make it something other than an offer.
_NOT_OFFERED = re.compile(
    r"(?:\b(?:last|past(?:\s+(?:few|two|three|several|couple\s+of))?|this\s+past|every|each|by|before|until|"
    r"till|since|due|through|thru|deadline\s+is|close[sd]?|ends?|ended|ending|starts?|started|begins?|began)"
    r"\s+(?:on\s+)?(?:the\s+)?"
    r"|\b(?:my|your|our|the|his|her|their)\s+(?:[\w-]+\s+)?(?:note|email|e-mail|message|letter|call|voicemail|"
    r"reply|post|talk|visit|meeting|conversation|chat|event|launch|fair|trip|session|interview)s?\s+"
    r"(?:of|from|on|last)\s+(?:the\s+)?"
    r"|\b(?:wrote|emailed|called|phoned|spoke|met|left|sent|saw|heard|started|finished|graduated|visited|"
    r"attended|was|were|went|had|did|mentioned|posted|published)\s+(?:[\w-]+\s+){0,3}?(?:on|last|this)\s+"
    r"(?:the\s+)?)$",
    _FLAGS,
)
# Words a list of times may carry besides the times: "- Wed, Dec 9 at 2:30 PM (ET) or".
_LIST_FILLER = re.compile(
    r"\b(?:or|and|at|on|the|from|to|between|your|my|their|time|local|morning|afternoon|"
    r"[A-Z]{2,4}|[a-z]+\s+time)\b|[\W\d_]+",
    _FLAGS,
)


class Mention(NamedTuple):
    start: int
    end: int


def mentions(text: str) -> list[Mention]:
    """Every span that names a day, a date or a time, offered or not."""
    return [Mention(*m.span()) for m in _MENTION.finditer(text)]


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return [b for b in bounds if text[b[0] : b[1]].strip()]


def proposed_times(text: str) -> list[tuple[int, int]]:
    """Spans that name a day, date or time offered for the meeting (see the module's notes)."""
    found = mentions(text)
    offered: list[tuple[int, int]] = []
    for start, end in _clauses(text):
        inside = [m for m in found if start <= m.start < end]
        if not inside:
            continue
        clause = text[start:end]
        if not (_OFFER.search(clause) or _only_times(clause, inside, start)):
            continue
        for mention in inside:
            if not _NOT_OFFERED.search(text[max(start, mention.start - 40) : mention.start]):
                offered.append((mention.start, mention.end))
    return offered


def _only_times(clause: str, inside: list[Mention], offset: int) -> bool:
    """A clause that is a list of times and little else ("- Tue, Dec 8 at 10:00 AM ET")."""
    rest = clause
    for mention in reversed(inside):
        rest = rest[: mention.start - offset] + " " + rest[mention.end - offset :]
    return not _LIST_FILLER.sub(" ", rest).split()


# --- slots: the parts of one offered time together ---------------------------------------------

_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:(?P<meridiem>[ap])\.?m\b\.?)?", _FLAGS)
_RANGE_START = re.compile(r"(?:between|from)?\s*(?P<start>" + _HOUR + r")\s*(?P<m1>" + _MERIDIEM + r")?", _FLAGS)
_RANGE_END_MERIDIEM = re.compile(_MERIDIEM + r"\s*$")
# Between the parts of one slot: "Tue, Dec 8 at 10:00 AM", "8 Dec 10am", "(Tuesday) at noon".
_ZONE = (
    r"(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|aest|aedt|jst|sgt|nzst|nzdt|"
    r"(?:your|my|our|local|[a-z]+)\s+time)"
)
_WITHIN_SLOT = re.compile(
    r"[\s,()@]*(?:(?:at|on|from|the|around|about|after|in|morning|afternoon|" + _ZONE + r")\b[\s,()@]*)*", _FLAGS
)
# Between the two ends of one slot: "10:00–10:30", "2 to 2:30 PM".
_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till)\s*", _FLAGS)


class Part:
    """One day, date or time in a message, read enough to tell weekends and late hours.

    ``kind`` is "day", "date", "time" or "hour" (a bare "at 3", which only completes a slot).
    """

    __slots__ = ("end", "kind", "minutes", "start", "weekday")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        word = " ".join(text[start:end].strip(". ").lower().split())
        self.weekday: int | None = None
        self.minutes: int | None = None
        bare = re.fullmatch(r"(?:at|after|around) (\d{1,2})", word)
        if word[:3] in _WEEKDAYS and word.isalpha():
            self.kind, self.weekday = "day", _WEEKDAYS[word[:3]]
        elif word == "tomorrow":
            self.kind = "day"
        elif word in ("noon", "midday"):
            self.kind, self.minutes = "time", 12 * 60
        elif bare:
            self.kind, self.minutes = "hour", _minutes(_CLOCK.fullmatch(bare[1]))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
            self.kind = "date"
            try:
                self.weekday = date.fromisoformat(word).weekday()
            except ValueError:
                pass
        elif (clock := _CLOCK.fullmatch(word)) and (clock["minute"] or clock["meridiem"]):
            self.kind, self.minutes = "time", _minutes(clock)
        elif (start_of := _RANGE_START.match(word)) and re.search(r"(?:and|to|-|–)\s*\d", word):
            meridiem = start_of["m1"] or (m.group() if (m := _RANGE_END_MERIDIEM.search(word)) else "")
            self.kind = "time" if (meridiem or ":" in word) else "hour"
            self.minutes = _minutes(_CLOCK.fullmatch(f"{start_of['start']}{meridiem}"))
        else:
            self.kind = "date"


def _minutes(clock: re.Match[str] | None) -> int | None:
    """Minutes after midnight; a bare "3:00" is read as 3 PM, as people mean it for a call."""
    if clock is None:
        return None
    hour, minute = int(clock["hour"]) % 24, int(clock["minute"] or 0)
    meridiem = (clock["meridiem"] or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    elif not meridiem and 1 <= hour < 7:
        hour += 12
    return hour * 60 + minute


def time_slots(text: str) -> list[list[Part]]:
    """The times a message offers, each a list of its parts (day, date, time).

    Parts next to each other belong to one slot ("Tue, Dec 8 at 10:00 AM") until a part of a
    kind the slot already has begins the next one ("…, Wed, Dec 9 at 2:30 PM"); a time range
    ("10:00–10:30") is one slot. A bare hour ("at 3") joins the day before it, or is dropped.
    """
    slots: list[list[Part]] = []
    for start, end in proposed_times(text):
        part = Part(text, start, end)
        if slots:
            slot = slots[-1]
            gap = text[slot[-1].end : start]
            kinds = {p.kind for p in slot}
            if part.kind == "hour":
                if _WITHIN_SLOT.fullmatch(gap) and kinds & {"day", "date"} and not kinds & {"time", "hour"}:
                    slot.append(part)
                continue
            if _WITHIN_SLOT.fullmatch(gap) and part.kind not in kinds:
                slot.append(part)
                continue
            if _RANGE.fullmatch(gap) and part.kind == slot[-1].kind == "time":
                slot.append(part)  # the end of a range, not a new start
                continue
        if part.kind != "hour":
            slots.append([part])
    return slots
