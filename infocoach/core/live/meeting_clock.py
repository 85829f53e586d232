"""The meeting timer: elapsed, remaining and overtime time, and the three time cues.

Time is never counted in ticks. The clock records the moment the meeting started (ISO-8601) and
every pause, resume and end as wall-clock seconds after it, so elapsed time is a pure function of
that record and "now": right after a suspend, a frozen event loop, or a restart from the saved dict.

Two time lines, both in seconds:
- *wall offsets*: seconds after ``started_at`` by the wall clock (what the record stores);
- *meeting time*: elapsed seconds with the pauses left out (what the user sees, and what the talk
  clock's segments and the notes' stamps use).
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import pendulum

from infocoach.core.clock import iso, parse_iso

EPSILON = 1e-6  # slack for seconds made from microsecond timestamps (a cue due at 21:00 is due)
WRAP_UP_LEFT = 300.0  # "start wrapping up" with five minutes left
SEVENTY = 0.7  # "your top questions next" at 70% of the planned time
SEVENTY_LEAD = 60.0  # ...but only if that comes at least a minute before the wrap-up cue

_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One calm line for the live screen, due at ``due_at`` seconds of meeting time.

    ``skipped`` names earlier cues that came due in the same late moment (after a pause, a freeze
    or a restart) and are superseded by this one: they are never shown.
    """

    id: str
    text: str
    due_at: float
    skipped: tuple[str, ...] = ()

    @property
    def settles(self) -> frozenset[str]:
        """The ids to add to the shown set once this cue is shown."""
        return frozenset((self.id, *self.skipped))


def pick_cue(schedule: list[Cue], elapsed: float, shown: AbstractSet[str]) -> Cue | None:
    """The latest cue of ``schedule`` due at ``elapsed``, unless it was shown already.

    Only the latest due cue is ever returned: earlier ones that were never shown are late and
    superseded (listed in ``skipped``), so "about ten minutes left" never appears after
    "time's up", whether or not the caller records the skipped ids.
    """
    due = [cue for cue in schedule if cue.due_at <= elapsed + EPSILON]
    if not due:
        return None
    latest = max(due, key=lambda cue: cue.due_at)
    if latest.id in shown:
        return None
    skipped = tuple(cue.id for cue in due if cue is not latest and cue.id not in shown)
    return replace(latest, skipped=skipped)


def mmss(seconds: float, *, round_up: bool = False) -> str:
    """``"mm:ss"`` (minutes may pass 99). Elapsed rounds down; a countdown rounds up (``round_up``)
    so that elapsed + remaining always reads as the planned length and 00:00 means time's up."""
    whole = math.ceil(seconds - EPSILON) if round_up else math.floor(seconds + EPSILON)
    whole = max(0, whole)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def overtime_text(seconds: float) -> str:
    """``"+mm:ss"``: how far past the planned end."""
    return "+" + mmss(seconds)


def about_minutes(minutes: float) -> str:
    """A spoken "about N minutes": whole minutes under 9, the nearest five from 9 up, small ones
    in words ("about ten minutes" for the 9 left at 70% of a 30-minute meeting)."""
    n = math.floor(minutes + 0.5) if minutes < 9 else 5 * math.floor(minutes / 5 + 0.5)
    number = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)
    return f"about {number} minute{'' if n == 1 else 's'}"


def seconds_between(later: datetime, earlier: datetime) -> float:
    """Seconds from ``earlier`` to ``later`` (both aware)."""
    if later.tzinfo is None or earlier.tzinfo is None:
        raise ValueError("moments must carry a time zone")
    # datetime's own subtraction: pendulum's builds a calendar Interval, 50 times slower.
    return datetime.__sub__(later, earlier).total_seconds()


class MeetingClock:
    """Start, pause, resume and end a meeting; read elapsed, remaining and overtime at any moment.

    A wall clock that steps backwards never takes time back: a moment earlier than the latest
    recorded one reads as that one until the clock catches up.
    """

    def __init__(self, planned_minutes: float = 30) -> None:
        if not planned_minutes > 0:
            raise ValueError(f"planned minutes must be positive, not {planned_minutes!r}")
        self.planned_minutes = planned_minutes
        self._started: pendulum.DateTime | None = None
        self._pauses: list[tuple[float, float | None]] = []  # (start, end or None), wall offsets
        self._ended: float | None = None
        self._latest = 0.0  # the latest wall offset recorded (by an event or a mark)

    # --- state ---------------------------------------------------------------------------

    @property
    def planned_seconds(self) -> float:
        return self.planned_minutes * 60.0

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def paused(self) -> bool:
        return bool(self._pauses) and self._pauses[-1][1] is None

    @property
    def ended(self) -> bool:
        return self._ended is not None

    @property
    def running(self) -> bool:
        return self.started and not self.paused and not self.ended

    @property
    def started_at(self) -> str | None:
        return iso(self._started) if self._started is not None else None

    @property
    def ended_at(self) -> str | None:
        if self._started is None or self._ended is None:
            return None
        return iso(self._started + timedelta(seconds=self._ended))

    # --- events --------------------------------------------------------------------------

    def start(self, at: datetime) -> None:
        if self.started:
            raise ValueError("the meeting has already started")
        if at.tzinfo is None:
            raise ValueError("moments must carry a time zone")
        self._started = pendulum.instance(at)

    def pause(self, at: datetime) -> None:
        self._require_live("pause")
        if self.paused:
            raise ValueError("the meeting is already paused")
        self._pauses.append((self._record(at), None))

    def resume(self, at: datetime) -> None:
        self._require_live("resume")
        if not self.paused:
            raise ValueError("the meeting is not paused")
        self._pauses[-1] = (self._pauses[-1][0], self._record(at))

    def end(self, at: datetime) -> None:
        """End the meeting; ending while paused ends it at the pause's elapsed time."""
        self._require_live("end")
        offset = self._record(at)
        if self.paused:
            self._pauses[-1] = (self._pauses[-1][0], offset)
        self._ended = offset

    def mark(self, at: datetime) -> float:
        """Record ``at`` as seen (so the clock never reads earlier) and return the meeting time."""
        self._record(at)
        return self.elapsed(at)

    def _record(self, at: datetime) -> float:
        offset = self._offset(at)
        self._latest = offset
        return offset

    def _require_live(self, action: str) -> None:
        if not self.started:
            raise ValueError(f"cannot {action}: the meeting has not started")
        if self.ended:
            raise ValueError(f"cannot {action}: the meeting has ended")

    def _offset(self, at: datetime) -> float:
        assert self._started is not None
        return max(seconds_between(at, self._started), self._latest)

    # --- reading -------------------------------------------------------------------------

    def elapsed(self, now: datetime) -> float:
        """Seconds of meeting time at ``now``: pauses left out, frozen at the end."""
        if self._started is None:
            return 0.0
        t = self._offset(now)
        if self._ended is not None:
            t = self._ended
        paused = sum((t if end is None else end) - start for start, end in self._pauses)
        return max(0.0, t - paused)

    def remaining(self, now: datetime) -> float:
        return max(0.0, self.planned_seconds - self.elapsed(now))

    def overtime(self, now: datetime) -> float:
        return max(0.0, self.elapsed(now) - self.planned_seconds)

    def elapsed_text(self, now: datetime) -> str:
        return mmss(self.elapsed(now))

    def remaining_text(self, now: datetime) -> str:
        """``"mm:ss"`` left, or ``"+mm:ss"`` of overtime once past the planned end."""
        over = self.overtime(now)
        if over >= 1 - EPSILON:
            return overtime_text(over)
        return mmss(self.remaining(now), round_up=True)

    # --- cues ----------------------------------------------------------------------------

    def cues(self) -> list[Cue]:
        """The time cues for this length, in order. Under 20 minutes there is no 70% cue: it
        would come within a minute of (or after) "start wrapping up", which says it better."""
        planned = self.planned_seconds
        seventy, wrap_up = SEVENTY * planned, planned - WRAP_UP_LEFT
        schedule = []
        if seventy > 0 and seventy <= wrap_up - SEVENTY_LEAD + EPSILON:
            left = about_minutes((planned - seventy) / 60)
            schedule.append(Cue("seventy", f"{left} left: your top questions next", seventy))
        if wrap_up > 0:
            text = "start wrapping up: ask who else you should talk to"
            schedule.append(Cue("five-left", text, wrap_up))
        schedule.append(Cue("end", "time's up: thank them and offer to let them go", planned))
        return schedule

    def due_cue(self, now: datetime, shown: AbstractSet[str]) -> Cue | None:
        """The time cue to show now, if any (see :func:`pick_cue`)."""
        if not self.started:
            return None
        return pick_cue(self.cues(), self.elapsed(now), shown)

    # --- saving --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "planned_minutes": self.planned_minutes,
            "started_at": self.started_at,
            "pauses": [list(p) for p in self._pauses],
            "ended": self._ended,
            "latest": self._latest,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingClock:
        """Rebuild a saved clock; raises ValueError on a record that cannot be right."""
        clock = cls(_number(data.get("planned_minutes", 30), "planned_minutes"))
        started = data.get("started_at")
        pauses, ended = data.get("pauses") or [], data.get("ended")
        if started is None:
            if pauses or ended is not None:
                raise ValueError("meeting clock: pauses or an end without a start")
            return clock
        clock._started = parse_iso(started)
        previous = 0.0
        for index, pause in enumerate(pauses):
            if not isinstance(pause, list | tuple) or len(pause) != 2:
                raise ValueError(f"meeting clock: pause {index} is not [start, end]")
            start = _number(pause[0], "pause start")
            end = None if pause[1] is None else _number(pause[1], "pause end")
            if start < previous or (end is not None and end < start):
                raise ValueError(f"meeting clock: pause {index} is out of order")
            if end is None and index != len(pauses) - 1:
                raise ValueError(f"meeting clock: pause {index} never ended")
            clock._pauses.append((start, end))
            previous = start if end is None else end
        if ended is not None:
            clock._ended = _number(ended, "ended")
            if clock._ended < previous or clock.paused:
                raise ValueError("meeting clock: the end comes before a pause")
            previous = clock._ended
        clock._latest = max(previous, _number(data.get("latest", previous), "latest"))
        return clock


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"meeting clock: {name} is not a number: {value!r}")
    if value < 0:
        raise ValueError(f"meeting clock: {name} is negative: {value!r}")
    return value
