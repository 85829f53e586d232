"""Proposing meeting times (rule 5: "don't just leave your number: propose specific times").

:func:`propose_slots` picks a few concrete weekday times that suit both people: within the
contact's business hours in *their* time zone, within the user's waking hours in *theirs*, after
a lead time that lets the message be read and answered, clear of meetings already booked, one per
day, and at times people naturally suggest (10:00, 14:00, 11:00 …). Pure and deterministic.

Every wall time is built in its own zone with pendulum and compared there, never by adding a fixed
offset, so the proposals stay right across daylight-saving changes (which the US, Europe and
Australia make on different dates, and Singapore not at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pendulum

__all__ = [
    "PREFERRED_TIMES",
    "Slot",
    "format_slot",
    "format_slot_for_them",
    "format_slots_compact",
    "place_name",
    "propose_slots",
]


@dataclass(frozen=True, slots=True)
class Slot:
    """A proposed meeting: two aware moments (compare and convert them freely)."""

    start: pendulum.DateTime
    end: pendulum.DateTime


PREFERRED_TIMES: tuple[tuple[int, int], ...] = (
    (10, 0), (14, 0), (11, 0), (15, 0), (16, 0), (9, 30), (10, 30), (14, 30),
    (11, 30), (15, 30), (13, 30), (9, 0), (16, 30), (13, 0), (12, 0), (12, 30),
)  # fmt: skip
"""Start times people naturally propose, most natural first (wall times in the contact's zone).
After these, every other half hour within their business hours is tried in order of the day."""

# When the two working days barely overlap (Melbourne and London), the user's hours are relaxed
# by at most this much on either side; past it no slot is proposed on that day at all.
MAX_STRETCH_MINUTES = 180

_WEEKEND = (pendulum.SATURDAY, pendulum.SUNDAY)


def _minute_of_day(moment: pendulum.DateTime) -> int:
    return moment.hour * 60 + moment.minute


def _span(start: pendulum.DateTime, end: pendulum.DateTime, tz: str) -> tuple[int, int]:
    """Start and end as minutes since the start's local midnight in ``tz`` (end may pass 1440)."""
    local_start, local_end = start.in_timezone(tz), end.in_timezone(tz)
    days = (local_end.date() - local_start.date()).days
    return _minute_of_day(local_start), days * 1440 + _minute_of_day(local_end)


def _stretch(span: tuple[int, int], hours: tuple[int, int]) -> int:
    """How many minutes ``span`` reaches outside ``hours`` (0 when wholly inside)."""
    low, high = hours[0] * 60, hours[1] * 60
    return max(0, low - span[0]) + max(0, span[1] - high)


def _times_to_try(their_hours: tuple[int, int], minutes: int) -> list[tuple[int, int]]:
    """Start times (hour, minute) that fit the business day, the natural ones first."""
    low, high = their_hours[0] * 60, their_hours[1] * 60
    rest = [(m // 60, m % 60) for m in range(low, high, 30)]
    ordered = list(PREFERRED_TIMES) + [t for t in rest if t not in PREFERRED_TIMES]
    return [(h, m) for h, m in ordered if low <= h * 60 + m and h * 60 + m + minutes <= high]


def _overlaps_busy(
    start: pendulum.DateTime,
    end: pendulum.DateTime,
    busy: Sequence[tuple[pendulum.DateTime, pendulum.DateTime]],
    buffer: pendulum.Duration,
) -> bool:
    return any(start < b_end + buffer and end > b_start - buffer for b_start, b_end in busy)


def propose_slots(
    now: pendulum.DateTime,
    *,
    their_tz: str,
    my_tz: str,
    count: int = 3,
    minutes: int = 30,
    lead_hours: int = 48,
    days_ahead: int = 21,
    their_hours: tuple[int, int] = (9, 17),
    my_hours: tuple[int, int] = (8, 20),
    busy: Sequence[tuple[pendulum.DateTime, pendulum.DateTime]] = (),
    buffer_minutes: int = 15,
    vary: bool = True,
) -> list[Slot]:
    """Up to ``count`` meeting times, in time order, on different weekdays of the contact's.

    A slot lies wholly within ``their_hours`` on a weekday in ``their_tz``, starts at least
    ``lead_hours`` after ``now`` and within ``days_ahead`` days, and keeps ``buffer_minutes``
    clear of every ``busy`` interval. It should also lie within ``my_hours`` in ``my_tz``; days
    where it cannot are used only when too few days can, with the time that stretches the user's
    day least (at most :data:`MAX_STRETCH_MINUTES`). Fewer slots (even none) come back when
    nothing else fits. Each day prefers a natural time, and with ``vary`` successive days vary
    the preference (10:00, then 14:00, then 11:00 …) so that someone busy every morning still
    has a choice; without it every day prefers the same time (shorter to write: "Tue or Wed, 10am").
    """
    if count <= 0 or minutes <= 0:
        return []
    earliest = now.add(hours=lead_hours)
    duration = pendulum.duration(minutes=minutes)
    buffer = pendulum.duration(minutes=buffer_minutes)
    times = _times_to_try(their_hours, minutes)
    natural = sum(1 for t in times if t in PREFERRED_TIMES)  # they come first in ``times``
    first_day = now.in_timezone(their_tz).date()

    # For each of their weekdays: every slot that fits, as (stretch of my day, rank, slot).
    days: list[list[tuple[int, int, Slot]]] = []
    for offset in range(days_ahead + 1):
        day = first_day.add(days=offset)
        if day.day_of_week in _WEEKEND:
            continue
        fitting: list[tuple[int, int, Slot]] = []
        for rank, (hour, minute) in enumerate(times):
            start = pendulum.datetime(day.year, day.month, day.day, hour, minute, tz=their_tz)
            if (start.hour, start.minute) != (hour, minute):
                continue  # a wall time skipped by a daylight-saving change
            end = start + duration
            if _span(start, end, their_tz)[1] > their_hours[1] * 60:
                continue  # a clock change inside the slot pushed its end past closing time
            if start < earliest or _overlaps_busy(start, end, busy, buffer):
                continue
            stretch = _stretch(_span(start, end, my_tz), my_hours)
            if stretch <= MAX_STRETCH_MINUTES:
                fitting.append((stretch, rank, Slot(start, end)))
        if fitting:
            days.append(fitting)

    # Choose the days: those that suit the user best, then the soonest.
    best = sorted(range(len(days)), key=lambda i: (min(f[0] for f in days[i]), i))[:count]
    chosen: list[Slot] = []
    for turn, index in enumerate(sorted(best)):
        shift = turn if vary else 0
        fitting = days[index]
        least = min(f[0] for f in fitting)
        shifted = [
            ((rank - shift) % natural if rank < natural else rank, slot)
            for stretch, rank, slot in fitting
            if stretch == least
        ]
        chosen.append(min(shifted, key=lambda pair: pair[0])[1])
    return chosen


def place_name(tz: str) -> str:
    """A zone's city, clearer than an abbreviation: "America/New_York" -> "New York"."""
    return tz.rsplit("/", 1)[-1].replace("_", " ")


def _clock(moment: pendulum.DateTime) -> str:
    return moment.format("h:mm A", locale="en")


def _same_clock(moment: pendulum.DateTime, their_tz: str, my_tz: str) -> bool:
    return moment.in_timezone(their_tz).utcoffset() == moment.in_timezone(my_tz).utcoffset()


def format_slot(slot: Slot, their_tz: str, my_tz: str) -> str:
    """A slot for the user to read: "Tue, Dec 8 at 10:00 AM New York time (3:00 PM your time)".

    "Your time" is the user's. When it falls on another day for the user, that day is named:
    "(Mon 10:00 PM your time)". With no difference at that moment: "Tue, Dec 8 at 10:00 AM".
    """
    theirs = slot.start.in_timezone(their_tz)
    day = theirs.format("ddd, MMM D [at] ", locale="en") + _clock(theirs)
    if _same_clock(slot.start, their_tz, my_tz):
        return day
    mine = slot.start.in_timezone(my_tz)
    other_day = mine.format("ddd ", locale="en") if mine.date() != theirs.date() else ""
    return f"{day} {place_name(their_tz)} time ({other_day}{_clock(mine)} your time)"


def format_slot_for_them(slot: Slot, their_tz: str, my_tz: str) -> str:
    """A slot for the contact to read, in their zone: "Tue, Dec 8 at 10:00 AM New York time".

    The city is named (not "your time") so the text still holds when forwarded or read while
    travelling; when both people keep the same clock, no zone is needed.
    """
    theirs = slot.start.in_timezone(their_tz)
    day = theirs.format("ddd, MMM D [at] ", locale="en") + _clock(theirs)
    return day if _same_clock(slot.start, their_tz, my_tz) else f"{day} {place_name(their_tz)} time"


def _short_clock(moment: pendulum.DateTime) -> str:
    """ "10am", "2:30pm"."""
    text = moment.format("h:mm", locale="en").removesuffix(":00")
    return text + moment.format("A", locale="en").lower()


def format_slots_compact(slots: Sequence[Slot], their_tz: str) -> str:
    """Slots for a short note, in the reader's own time: "Tue 8 or Wed 9 Dec, 10am your time".

    Different times: "Tue 8 Dec 10am or Wed 9 Dec 2pm, your time". Empty for no slots.
    """
    if not slots:
        return ""
    local = [slot.start.in_timezone(their_tz) for slot in slots]
    days = [moment.format("ddd D", locale="en") for moment in local]
    months = [moment.format("MMM", locale="en") for moment in local]
    clocks = [_short_clock(moment) for moment in local]

    def joined(parts: list[str]) -> str:
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]

    if len(set(clocks)) == 1:
        if len(set(months)) == 1:
            return f"{joined(days)} {months[0]}, {clocks[0]} your time"
        return f"{joined([f'{d} {m}' for d, m in zip(days, months, strict=True)])}, {clocks[0]} your time"
    parts = [f"{d} {m} {c}" for d, m, c in zip(days, months, clocks, strict=True)]
    return f"{joined(parts)}, your time"
