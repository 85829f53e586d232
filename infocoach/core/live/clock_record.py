"""The live meeting's clocks as one saved record: the timer, the talk clock and the cues shown.

The live screen holds one :class:`LiveClock`, calls it with ``clock.now()`` on every key and
refresh, and saves :meth:`LiveClock.to_dict` (plain JSON) with the meeting. A killed process
rebuilds it with :meth:`LiveClock.from_dict` and carries on exactly: elapsed time still running
from the recorded start, the talk totals, the current speaker, and no cue shown twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from infocoach.core.live.meeting_clock import Cue, MeetingClock, mmss, overtime_text
from infocoach.core.live.talk_clock import SPEAKERS, TalkBand, TalkClock, talk_band
from infocoach.core.records.model import TalkTotals

__all__ = [
    "SPEAKERS",
    "Cue",
    "LiveClock",
    "MeetingClock",
    "TalkBand",
    "TalkClock",
    "mmss",
    "overtime_text",
    "talk_band",
]

STATE_VERSION = 1


class LiveClock:
    """A meeting timer and its talk clock, with the set of cues already shown."""

    def __init__(self, planned_minutes: float = 30) -> None:
        self.meeting = MeetingClock(planned_minutes)
        self.talk = TalkClock(self.meeting)
        self.shown: set[str] = set()

    def start(self, at: datetime) -> None:
        self.meeting.start(at)

    def press(self, speaker: str, at: datetime) -> bool:
        """A speaker key: the first one starts the meeting. False if nothing changed."""
        if speaker not in SPEAKERS:  # before starting: a bad key must not start the meeting
            raise ValueError(f"not a speaker: {speaker!r}")
        started = not self.meeting.started
        if started:
            self.meeting.start(at)
        return self.talk.switch(speaker, at) or started

    def toggle_pause(self, at: datetime) -> bool:
        """Pause, or resume if paused; returns whether the meeting is now paused."""
        if self.meeting.paused:
            self.meeting.resume(at)
        else:
            self.meeting.pause(at)
        return self.meeting.paused

    def end(self, at: datetime) -> None:
        self.meeting.end(at)

    def next_cue(self, now: datetime) -> Cue | None:
        """The one cue to show now, recorded as shown (with any it supersedes).

        Time cues come before talk cues; a talk cue due at the same moment follows on the next
        call. The screen asks again only once the line it shows has had its moment.
        """
        cue = self.meeting.due_cue(now, self.shown) or self.talk.due_cue(now, self.shown)
        if cue is not None:
            self.shown |= cue.settles
        return cue

    def talk_totals(self, now: datetime) -> TalkTotals:
        totals = self.talk.totals(now)
        return TalkTotals(me=totals["me"], them=totals["them"], nobody=totals["nobody"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "meeting": self.meeting.to_dict(),
            "talk": self.talk.to_dict(),
            "shown": sorted(self.shown),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LiveClock:
        """Rebuild a saved live clock; raises ValueError on a record that cannot be right."""
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"live clock: unknown state version {data.get('version')!r}")
        meeting, talk = data.get("meeting"), data.get("talk")
        if not isinstance(meeting, dict) or not isinstance(talk, dict):
            raise ValueError("live clock: the meeting or talk record is missing")
        live = cls.__new__(cls)
        live.meeting = MeetingClock.from_dict(meeting)
        live.talk = TalkClock.from_dict(talk, live.meeting)
        shown = data.get("shown", [])
        if not isinstance(shown, list) or not all(isinstance(i, str) for i in shown):
            raise ValueError("live clock: shown cues are not a list of ids")
        live.shown = set(shown)
        return live


def live_state_problems(value: object, path: str) -> list[str]:
    """What is wrong with a meeting's saved live state (an object): [] when a LiveClock can be
    rebuilt from it. The records' checks call this for the ``live`` field."""
    if not isinstance(value, dict):
        return []  # the records' own check has said so
    try:
        LiveClock.from_dict(value)
    except (ValueError, TypeError, KeyError) as exc:
        return [f"{path}: {exc}"]
    return []
