"""Reading the date and time a person types when a contact accepts: ``parse_when``.

Accepted, as a wall-clock time in the contact's time zone:

- ISO dates with a time: ``2026-12-03 15:30``, ``2026-12-03T15:30``, ``2026-12-03 3pm``
  (``2026/12/03`` too; an ISO time with an offset, ``2026-12-03T15:30+01:00``, is that instant);
- month names: ``Dec 3 15:30``, ``3 December 2026 10:00``, ``December 3rd at 4pm``
  (without a year: the next such day, so "Nov 1" said in late November means next year);
- phrases, read by parsedatetime relative to ``now`` as seen in the contact's zone:
  ``tomorrow 3pm``, ``next Tuesday 10:30``, ``Friday at 2pm``, ``in 3 days at 11am``.
  ``tonight 8pm``, ``tomorrow morning at 9am`` (a part of the day must agree with the time).
  ``now`` (``right now``) is this minute.
  Weekdays: "Tuesday" is the first Tuesday after today (a week on, said on a Tuesday);
  "next Tuesday" is the Tuesday of next week, weeks starting on Monday (so said on a Monday it
  is 8 days on, on a Tuesday 7, on a Wednesday 6); "this Tuesday" is today on a Tuesday, else
  the coming Tuesday (never a past one).

Refused, with a message that says what to type instead: nothing, words that are not a date, a
date without a time, a time that is not all read ("purple 3pm"), numeric dates such as
``12/03`` (12 March or 3 December, depending on the country), and a wall time that the clocks
skip when summer time starts. In the hour that repeats when summer time ends, the first
occurrence is chosen. Dates in the past are returned: the caller decides what they mean.

Nothing here depends on the machine's locale or time zone: parsedatetime is given the English
locale and an explicit source time, and all zone arithmetic uses zoneinfo.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import parsedatetime
import pendulum

HINT = "Try 2026-12-03 15:30, or 'tomorrow 3pm', or 'next Tuesday 10:30'."
NEEDS_TIME = "Add a time, e.g. 'tomorrow 3pm' or 2026-12-03 15:30."

# Parts of a day that name no hour: parsedatetime reads "tomorrow morning" as 06:00. With a
# time beside them ("tonight 8pm", "tomorrow morning at 9") they only confirm it, so they must
# agree with it: (first hour, last hour) of each.
_VAGUE = {"morning", "afternoon", "evening", "tonight", "night", "lunch", "lunchtime", "eod"}
_PART_HOURS = {"morning": (0, 11), "afternoon": (12, 17), "evening": (16, 23), "tonight": (16, 23)}
# "today" said of the part of today: "tonight 8pm" is today at 8pm.
_TODAY_PART = re.compile(r"\b(?:tonight|this\s+(?:morning|afternoon|evening))\b")
# The moment itself: a call that has just been arranged, a status changed as it happens.
_NOW = {"now", "right now", "just now"}
_MONTH_WORDS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
}  # fmt: skip
# Words that may sit between the parts parsedatetime reads ("Friday at 2pm", "on Dec 3").
_FILLER = {"at", "on", "the", "of", ","}

_TIME = (
    r"(?:(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap])\.?m\.?"  # 3pm
    r"|(?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?::(?P<second24>\d{2}))?"  # 15:30
    r"|(?P<named>noon|midday))"
)
_ISO = re.compile(
    r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})"
    rf"(?:(?:\s+(?:at\s+)?|t)(?P<time>{_TIME}))?"
)
_ISO_WITH_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})")
# 12/03, 12/03/2026, 12-03, 3.12.2026: read differently in different countries.
_NUMERIC_DATE = re.compile(r"(?<![\d:./-])(?:\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})(?![\d:./-])")


def parse_when(text: str, timezone: str, now: pendulum.DateTime) -> pendulum.DateTime:
    """The moment ``text`` names, as a wall-clock time in ``timezone``; ValueError says how to fix.

    ``now`` anchors relative phrases ("tomorrow") and is seen in ``timezone``, so "tomorrow" is
    the contact's tomorrow. The result is a pendulum DateTime in ``timezone``.
    """
    zone = _zone(timezone)
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError(f"Enter when you will meet. {HINT}")
    lowered = _normalise(cleaned.lower())
    if lowered in _NOW:
        return now.in_timezone(timezone).replace(second=0, microsecond=0)
    if _ISO_WITH_OFFSET.fullmatch(lowered):
        return _from_instant(cleaned, timezone)
    if ambiguous := _NUMERIC_DATE.search(lowered):
        raise ValueError(
            f"{ambiguous.group(0)} is read differently in different countries: write the date "
            "as YYYY-MM-DD (e.g. 2026-12-03) or with the month's name (3 Dec)."
        )
    local_now = now.in_timezone(timezone)
    source = datetime(local_now.year, local_now.month, local_now.day, local_now.hour, local_now.minute)
    if _ISO.match(lowered):
        wall = _read_iso(cleaned, lowered)
    else:
        wall = _read_phrase(cleaned, lowered, source)
    return _place(wall, zone, timezone)


def _zone(timezone: str) -> ZoneInfo:
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{timezone!r} is not a time zone name, e.g. Europe/London.") from None


def _normalise(text: str) -> str:
    """Common spellings parsedatetime does not read: ``3.30pm`` and ``15h30`` become ``3:30pm``
    and ``15:30``; a trailing full stop is dropped."""
    text = re.sub(r"\b(\d{1,2})\.(\d{2})\s*([ap]\.?m\.?)", r"\1:\2\3", text)
    text = re.sub(r"\b(\d{1,2})h(\d{2})\b", r"\1:\2", text)
    text = re.sub(r"\bsept\b", "sep", text)
    return text.rstrip(".") if not text.endswith(("a.m.", "p.m.")) else text


def _from_instant(text: str, timezone: str) -> pendulum.DateTime:
    try:
        parsed = pendulum.parse(text.replace(" ", "T"))
    except ValueError:
        raise ValueError(f"Could not read {text!r} as a date and time. {HINT}") from None
    assert isinstance(parsed, pendulum.DateTime)
    return parsed.in_timezone(timezone)


def _read_iso(original: str, text: str) -> datetime:
    """``2026-12-03 15:30`` and friends, read strictly: every character must be accounted for."""
    match = _ISO.fullmatch(text)
    if match is None:
        raise ValueError(f"Could not read {original!r} as a date and time. {HINT}")
    if match["time"] is None:
        raise ValueError(NEEDS_TIME)
    hour, minute, second = _clock_time(match)
    try:
        day = datetime(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        date = f"{match['year']}-{match['month']}-{match['day']}"
        raise ValueError(f"{date} is not a day in the calendar. {HINT}") from None
    return day.replace(hour=hour, minute=minute, second=second)


def _clock_time(match: re.Match[str]) -> tuple[int, int, int]:
    if match["named"]:  # noon or midday ("midnight" is left out: which day's end?)
        return 12, 0, 0
    if match["hour24"] is not None:
        hour, minute = int(match["hour24"]), int(match["minute24"])
        second = int(match["second24"] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError(f"{match['time']} is not a time of day. {HINT}")
        return hour, minute, second
    hour, minute, second = int(match["hour"]), int(match["minute"] or 0), int(match["second"] or 0)
    if not 1 <= hour <= 12 or minute > 59 or second > 59:
        raise ValueError(f"{match['time']} is not a time of day. {HINT}")
    hour %= 12
    if match["ampm"].lower() == "p":
        hour += 12
    return hour, minute, second


@cache
def _calendar() -> parsedatetime.Calendar:
    # English, whatever the machine's locale (PyICU, if installed, would follow the locale).
    constants = parsedatetime.Constants("en_US", usePyICU=False)
    return parsedatetime.Calendar(constants, version=parsedatetime.VERSION_CONTEXT_STYLE)


def _read_phrase(original: str, text: str, source: datetime) -> datetime:
    calendar = _calendar()
    text = _THIS_WEEKDAY.sub(lambda m: _this_weekday(m, source), text)
    words = set(re.findall(r"[a-z]+", text))
    parts = sorted(words & _VAGUE)
    if parts and not re.search(rf"(?<![a-z]){_TIME}", text):  # "afternoon" holds no "noon"
        raise ValueError(f"Add an exact time, e.g. 'tomorrow 10am': '{parts[0]}' could be any hour.")
    if parts:  # a time is given: the part of the day only confirms it
        text = _TODAY_PART.sub("today", text)
        text = " ".join(word for word in text.split() if word not in _VAGUE)
    moment, context = calendar.parse(text, source.timetuple())
    if not context.hasDateOrTime or not _fully_read(calendar, text, source):
        raise ValueError(f"Could not read {original!r} as a date and time. {HINT}")
    if words & _MONTH_WORDS and not context.hasDate:
        # parsedatetime drops a day the month does not have ("Feb 30") and keeps the time alone.
        raise ValueError(f"{original} names a day that is not in the calendar. {HINT}")
    if not context.hasTime:
        raise ValueError(NEEDS_TIME)
    wall = datetime(*moment[:6])
    for part in parts:
        first, last = _PART_HOURS.get(part, (0, 23))
        if not first <= wall.hour <= last:
            raise ValueError(
                f"{wall:%H:%M} is not in the {'evening' if part == 'tonight' else part}: check '{original}'."
            )
    return wall


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_THIS_WEEKDAY = re.compile(r"\bthis\s+(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b")


def _this_weekday(match: re.Match[str], source: datetime) -> str:
    """ "this Friday": today on a Friday, else the coming Friday. parsedatetime would read it as
    the Friday of the current week, which may already be past."""
    day = match[1][:3]
    return "today" if _WEEKDAYS.index(day) == source.weekday() else day


def _fully_read(calendar: parsedatetime.Calendar, text: str, source: datetime) -> bool:
    """Whether parsedatetime used every word but a few fillers: in "purple 3pm" it reads only
    "3pm", and in "not tomorrow 3pm" only "tomorrow 3pm"; neither should pass."""
    found = calendar.nlp(text, source.timetuple()) or ()
    rest = text
    for *_, start, end, _matched in sorted(found, key=lambda item: item[2], reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return all(word in _FILLER for word in rest.replace(",", " , ").split())


def _place(wall: datetime, zone: ZoneInfo, timezone: str) -> pendulum.DateTime:
    """The wall time in ``zone``: the first of a repeated hour; a skipped one is an error."""
    first = wall.replace(tzinfo=zone, fold=0)
    instant = first.astimezone(UTC)
    back = instant.astimezone(zone)
    if back.replace(tzinfo=None) != wall:  # the clocks jump over this wall time
        raise ValueError(
            f"{_words(wall)} does not exist in {timezone}: the clocks go forward that night. "
            f"Choose another time, e.g. {back.strftime('%H:%M')} or "
            f"{(wall - timedelta(hours=1)).strftime('%H:%M')}."
        )
    return pendulum.instance(instant).in_timezone(timezone)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _words(wall: datetime) -> str:
    """``02:30 on Sun 8 Mar 2026``, in English whatever the locale (strftime's %a is not)."""
    return f"{wall:%H:%M} on {_DAYS[wall.weekday()]} {wall.day} {_MONTHS[wall.month - 1]} {wall.year}"
