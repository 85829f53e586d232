"""The talk clock: a chess clock for the conversation, and the band the user's share falls in.

One of "me", "them" or "nobody" holds the clock at every moment of meeting time, starting with
"nobody", so the three totals always add up to the meeting's elapsed time. The clock runs on the
meeting clock's time line (pauses left out), which is how pausing the meeting pauses it, and why
paused time counts for no one. Segments are ``{"who", "start", "end"}`` in seconds of meeting time,
the same time line the notes are stamped on.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from infocoach.core.live.meeting_clock import EPSILON, Cue, MeetingClock, pick_cue
from infocoach.core.records.model import SPEAKERS as SPEAKERS  # re-exported: the talk clock's own words
from infocoach.core.records.model import Speaker as Speaker

TalkBand = Literal["quiet", "good", "amber", "red"]

INTRO_LIMIT = 60.0  # the first "me" stretch is the intro: about 150 words at 150 words a minute
MONOLOGUE_LIMIT = 90.0
RECENT_WINDOW = 300.0
INTRO_CUE = "a minute of intro: time for your first question"
MONOLOGUE_CUE = "ask a question, then listen"


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of one speaker, in seconds of meeting time."""

    who: Speaker
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {"who": self.who, "start": self.start, "end": self.end}


def talk_band(share: float | None, low: int = 20, high: int = 40, red: int = 50) -> TalkBand | None:
    """Where the user's share (0..1) falls: below ``low`` percent "quiet" (listening a lot is
    not a fault), up to ``high`` "good", up to ``red`` "amber", above it "red"; None for no share.

    The share is judged as the whole percent the meter shows (``round(share * 100)``, as
    :func:`infocoach.core.describe.talk_share_text` does), so the colour always matches the number.
    """
    if not 0 <= low < high <= red <= 100:
        raise ValueError(f"talk band out of order: low={low}, high={high}, red={red}")
    if share is None:
        return None
    percent = round(share * 100)
    if percent < low:
        return "quiet"
    if percent <= high:
        return "good"
    return "amber" if percent <= red else "red"


class TalkClock:
    """Who is speaking, on the meeting clock's time line."""

    def __init__(self, meeting: MeetingClock) -> None:
        self.meeting = meeting
        self._closed: list[Segment] = []
        self._closed_totals = dict.fromkeys(SPEAKERS, 0.0)
        self._speaker: Speaker = "nobody"
        self._since = 0.0  # meeting time when the current speaker took the clock

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    def switch(self, speaker: str, at: datetime) -> bool:
        """Give the clock to ``speaker`` at ``at``; False if they already hold it.

        Allowed while paused (the change takes effect at the paused time), not before the
        meeting starts or after it ends. A zero-length stretch leaves no segment behind.
        """
        if speaker not in SPEAKERS:
            raise ValueError(f"not a speaker: {speaker!r} (one of {', '.join(SPEAKERS)})")
        if not self.meeting.started:
            raise ValueError("cannot switch speakers: the meeting has not started")
        if self.meeting.ended:
            raise ValueError("cannot switch speakers: the meeting has ended")
        if speaker == self._speaker:
            return False
        t = max(self.meeting.mark(at), self._since)
        if t > self._since:
            self._close(Segment(self._speaker, self._since, t))
            self._since = t
        elif self._closed and self._closed[-1].who == speaker:
            reopened = self._closed.pop()  # m, t, m at one moment: still the same "m" stretch
            self._closed_totals[reopened.who] -= reopened.length
            self._since = reopened.start
        self._speaker = speaker
        return True

    def _close(self, segment: Segment) -> None:
        self._closed.append(segment)
        self._closed_totals[segment.who] += segment.length

    def recredit(self, who: str, start: float, end: float, now: datetime) -> bool:
        """Credit meeting time ``start``..``end`` to ``who``, whoever held the clock then.

        Listening shows a change of speaker late (a turn's first quarter second, and the pause
        after its last sound, go to the wrong side); once the detector knows where a turn really
        began and ended, the screen moves it there. The span is kept within the meeting so far;
        the current stretch keeps its speaker after ``end``, and the totals still add up to the
        elapsed time. False when nothing changed (already so, an empty span, before the start or
        after the end).
        """
        if who not in SPEAKERS:
            raise ValueError(f"not a speaker: {who!r} (one of {', '.join(SPEAKERS)})")
        if not self.meeting.started or self.meeting.ended:
            return False
        elapsed = max(self.meeting.elapsed(now), self._since)
        start, end = max(0.0, start), min(end, elapsed)
        if end - start <= EPSILON:
            return False
        pieces = [Segment(who, start, end)]
        for segment in self._segments(elapsed):
            if segment.start < start:
                pieces.append(Segment(segment.who, segment.start, min(segment.end, start)))
            if segment.end > end:
                pieces.append(Segment(segment.who, max(segment.start, end), segment.end))
        pieces.sort(key=lambda segment: segment.start)
        timeline: list[Segment] = []
        for piece in pieces:
            if timeline and (timeline[-1].who == piece.who or piece.length <= EPSILON):
                timeline[-1] = Segment(timeline[-1].who, timeline[-1].start, piece.end)
            elif piece.length > 0:
                timeline.append(piece)
        since = timeline.pop().start if timeline and timeline[-1].who == self._speaker else elapsed
        if timeline == self._closed and since == self._since:
            return False  # already so
        self._since = since  # the current stretch, still open, from there
        self._closed = []
        self._closed_totals = dict.fromkeys(SPEAKERS, 0.0)
        for segment in timeline:
            self._close(segment)
        return True

    # --- reading -------------------------------------------------------------------------

    def _current_length(self, elapsed: float) -> float:
        return max(0.0, elapsed - self._since)

    def totals(self, now: datetime) -> dict[str, float]:
        """Seconds for "me", "them" and "nobody"; they add up to the meeting's elapsed time."""
        totals: dict[str, float] = {who: seconds for who, seconds in self._closed_totals.items()}
        totals[self._speaker] += self._current_length(self.meeting.elapsed(now))
        return totals

    def segments(self, now: datetime) -> list[dict[str, Any]]:
        """Every stretch so far, the current one ending ``now``, as plain dicts."""
        return [segment.to_dict() for segment in self._segments(self.meeting.elapsed(now))]

    def _segments(self, elapsed: float) -> list[Segment]:
        current = Segment(self._speaker, self._since, max(elapsed, self._since))
        return [*self._closed, current] if current.length > 0 else list(self._closed)

    def share(self, now: datetime) -> float | None:
        """The user's share of the talking, me / (me + them), or None before anyone spoke."""
        totals = self.totals(now)
        return _share(totals["me"], totals["them"])

    def recent_share(self, now: datetime, window: float = RECENT_WINDOW) -> float | None:
        """The share over the last ``window`` seconds of meeting time (pauses left out)."""
        elapsed = self.meeting.elapsed(now)
        since = max(0.0, elapsed - window)
        spoken = dict.fromkeys(SPEAKERS, 0.0)
        for segment in reversed(self._segments(elapsed)):
            if segment.end <= since:
                break
            spoken[segment.who] += segment.end - max(segment.start, since)
        return _share(spoken["me"], spoken["them"])

    def intro_seconds(self, now: datetime) -> float:
        """The length of the first "me" stretch (so far, if it is still going); 0 before it."""
        for segment in self._closed:
            if segment.who == "me":
                return segment.length
        if self._speaker == "me":
            return self._current_length(self.meeting.elapsed(now))
        return 0.0

    def intro_too_long(self, now: datetime) -> bool:
        return self.intro_seconds(now) >= INTRO_LIMIT - EPSILON

    def monologue_seconds(self, now: datetime) -> float:
        """How long the user has been speaking without a switch; 0 when they are not."""
        if self._speaker != "me":
            return 0.0
        return self._current_length(self.meeting.elapsed(now))

    def due_cue(self, now: datetime, shown: AbstractSet[str]) -> Cue | None:
        """The talk cue to show now, if any: during the intro "intro" at 60 s, and in every "me"
        stretch one "monologue-N" at 90 s (N counts the stretches, so each gets its own once).
        If both are due at once, the monologue cue supersedes the intro cue (see pick_cue)."""
        if self._speaker != "me":
            return None
        stretch = 1 + sum(1 for segment in self._closed if segment.who == "me")
        schedule = []
        if stretch == 1:
            schedule.append(Cue("intro", INTRO_CUE, self._since + INTRO_LIMIT))
        schedule.append(Cue(f"monologue-{stretch}", MONOLOGUE_CUE, self._since + MONOLOGUE_LIMIT))
        return pick_cue(schedule, self.meeting.elapsed(now), shown)

    # --- saving --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self._speaker,
            "since": self._since,
            "segments": [segment.to_dict() for segment in self._closed],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], meeting: MeetingClock) -> TalkClock:
        """Rebuild a saved talk clock on ``meeting``; raises ValueError on a broken record."""
        clock = cls(meeting)
        previous = 0.0
        for index, item in enumerate(data.get("segments") or []):
            if not isinstance(item, dict):
                raise ValueError(f"talk clock: segment {index} is not a dict")
            who, start, end = (
                item.get("who"),
                _seconds(item.get("start")),
                _seconds(item.get("end")),
            )
            if who not in SPEAKERS:
                raise ValueError(f"talk clock: segment {index} has no speaker: {who!r}")
            if abs(start - previous) > EPSILON or end <= start:
                raise ValueError(f"talk clock: segment {index} does not follow the one before")
            clock._close(Segment(who, start, end))
            previous = end
        speaker, since = data.get("speaker", "nobody"), _seconds(data.get("since", previous))
        if speaker not in SPEAKERS:
            raise ValueError(f"talk clock: not a speaker: {speaker!r}")
        if abs(since - previous) > EPSILON:
            raise ValueError("talk clock: the current stretch does not follow the segments")
        clock._speaker, clock._since = speaker, since
        return clock


def _share(me: float, them: float) -> float | None:
    spoken = me + them
    return me / spoken if spoken > EPSILON else None


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"talk clock: not a number of seconds: {value!r}")
    return float(value)
