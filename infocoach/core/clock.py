"""Injected time. Every clock-dependent piece takes a :class:`Clock` so tests can fix it."""

from __future__ import annotations

import time
from functools import lru_cache
from typing import Protocol

import pendulum


class Clock(Protocol):
    def now(self) -> pendulum.DateTime:
        """The current moment, time-zone aware."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start; only differences matter."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> pendulum.DateTime:
        return pendulum.now("UTC")

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock that only moves when told to: for tests, demos and screenshots."""

    def __init__(self, start: pendulum.DateTime | str) -> None:
        if isinstance(start, str):
            parsed = pendulum.parse(start)
            assert isinstance(parsed, pendulum.DateTime)
            start = parsed
        self._now = start
        self._mono = 0.0

    def now(self) -> pendulum.DateTime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now = self._now.add(microseconds=int(seconds * 1_000_000))
        self._mono += seconds


def iso(moment: pendulum.DateTime) -> str:
    """The stored form of a moment: ISO-8601 with its offset."""
    return moment.isoformat()


@lru_cache(maxsize=16_384)
def parse_iso(text: str) -> pendulum.DateTime:
    """Parse a stored ISO-8601 moment; raises ValueError on anything else.

    Cached: History parses the same few thousand stored moments for its rows, its due line and
    its date filter, and a pendulum DateTime is immutable, so sharing one is safe.
    """
    try:
        parsed = pendulum.parse(text)
    except (ValueError, OverflowError) as exc:  # pendulum's ParserError is a ValueError
        raise ValueError(f"not an ISO-8601 date and time: {text!r}") from exc
    if not isinstance(parsed, pendulum.DateTime):
        raise ValueError(f"not an ISO-8601 date and time: {text!r}")
    return parsed
