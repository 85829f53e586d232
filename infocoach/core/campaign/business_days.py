"""Business days for 3B7: Monday to Friday, with no holidays unless given.

A moment counts by its date in the user's time zone: a request sent on Monday has waited one
business day on Tuesday and three on Thursday, whatever the hour.

    >>> import pendulum
    >>> add_business_days(pendulum.date(2026, 11, 27), 1)  # a Friday
    Date(2026, 11, 30)
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import pendulum

NO_HOLIDAYS: frozenset[pendulum.Date] = frozenset()
_SATURDAY = 5  # date.weekday(): Monday is 0


def is_business_day(day: pendulum.Date, holidays: Collection[pendulum.Date] = NO_HOLIDAYS) -> bool:
    return day.weekday() < _SATURDAY and day not in holidays


def add_business_days(day: pendulum.Date, n: int, holidays: Collection[pendulum.Date] = NO_HOLIDAYS) -> pendulum.Date:
    """The date ``n`` business days after ``day`` (before it when ``n`` is negative); ``day``
    itself when ``n`` is 0. Friday plus one is Monday; Saturday plus one is Monday too."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        day = day.add(days=step)
        if is_business_day(day, holidays):
            remaining -= 1
    return day


@lru_cache(maxsize=16_384)
def _date_of(moment: pendulum.DateTime | pendulum.Date, timezone: str) -> pendulum.Date:
    """The date of a moment in ``timezone`` (a date is its own); cached: the same request
    dates are asked about for every employer and every refresh."""
    if isinstance(moment, pendulum.DateTime):
        return moment.in_timezone(timezone).date()
    return moment


def business_days_between(
    start: pendulum.DateTime | pendulum.Date,
    end: pendulum.DateTime | pendulum.Date,
    timezone: str = "UTC",
    holidays: Collection[pendulum.Date] = NO_HOLIDAYS,
) -> int:
    """Business days after ``start``'s date up to and including ``end``'s date (dates in
    ``timezone``): Monday to Thursday is 3, Friday to Monday is 1. Negative when ``end`` is
    before ``start``."""
    first, last = _date_of(start, timezone), _date_of(end, timezone)
    if last < first:
        return -business_days_between(last, first, timezone, holidays)
    whole_weeks, rest = divmod(last.toordinal() - first.toordinal(), 7)
    weekday = first.weekday()
    count = whole_weeks * 5 + sum(1 for k in range(1, rest + 1) if (weekday + k) % 7 < _SATURDAY)
    if holidays:
        count -= sum(1 for h in set(holidays) if first < h <= last and h.weekday() < _SATURDAY)
    return count
