"""History's date filter: named ranges ("this week", "last 30 days") as bounds on a date.

Bounds are UTC ISO-8601 strings, the form History keeps each row's date in for sorting, so
filtering 2,000 meetings is string comparison, not date parsing.
"""

from __future__ import annotations

import pendulum

ANY = "any"
DATE_RANGES: tuple[tuple[str, str], ...] = (
    ("Any time", ANY),
    ("Upcoming", "upcoming"),
    ("This week", "this-week"),
    ("Last 30 days", "last-30"),
    ("Last 3 months", "last-90"),
    ("This year", "this-year"),
    ("Last year", "last-year"),
)

Bounds = tuple[str | None, str | None]


def _utc(moment: pendulum.DateTime) -> str:
    return moment.in_timezone("UTC").isoformat()


def range_bounds(key: str, now: pendulum.DateTime, timezone: str) -> Bounds:
    """``[start, end)`` for the named range, days and years read in the user's time zone;
    None for an open end. Raises KeyError for an unknown name."""
    local = now.in_timezone(timezone)
    today = local.start_of("day")
    bounds: dict[str, tuple[pendulum.DateTime | None, pendulum.DateTime | None]] = {
        ANY: (None, None),
        "upcoming": (now, None),
        "this-week": (today.start_of("week"), today.start_of("week").add(weeks=1)),
        "last-30": (today.subtract(days=30), now),
        "last-90": (today.subtract(days=90), now),
        "this-year": (today.start_of("year"), today.start_of("year").add(years=1)),
        "last-year": (today.start_of("year").subtract(years=1), today.start_of("year")),
    }
    start, end = bounds[key]
    return (_utc(start) if start else None, _utc(end) if end else None)


def in_range(sort_date: str, bounds: Bounds) -> bool:
    """Whether a row's UTC ISO date lies in ``bounds``; a row with no date is only in "any"."""
    start, end = bounds
    if start is None and end is None:
        return True
    if not sort_date:
        return False
    return (start is None or sort_date >= start) and (end is None or sort_date < end)
