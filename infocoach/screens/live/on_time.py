"""Turns credited on time: the listener's turns moved onto the talk clock where they really were.

The meter's label follows the detector's decision, which comes late by design (about a quarter
second into a turn, just under a second after its last sound), and the talk clock records that
decision as it is shown. Once the detector knows where a turn really began and ended (the
listener's :meth:`~infocoach.audio.listening.Listener.take_turns`), :class:`TurnsOnTime` moves it
there (:meth:`~infocoach.core.live.talk_clock.TalkClock.recredit`), mapped from seconds of audio
to meeting time (:class:`~infocoach.core.live.audio_time.AudioTimeline`: paused time counts for
no one). The time between turns goes to the rest: "nobody", or "them" with the microphone alone,
as the meter counts it. So the meeting's totals and stored segments are what ``talk-detect``
finds on the same audio, while the label stays calm.

A speaker key wins: the seconds it holds the clock are left as the key set them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pendulum

from infocoach.core.live.audio_time import AudioTimeline
from infocoach.core.live.talk_clock import Speaker

if TYPE_CHECKING:
    from infocoach.audio.listening import Listener
    from infocoach.core.live.session import LiveSession

HOLDS_KEPT = 16  # the latest speaker-key holds, kept out of the corrections


class TurnsOnTime:
    """One listener's turns onto one session's talk clock."""

    def __init__(self, session: LiveSession, listener: Listener) -> None:
        self._session = session
        self._listener = listener
        self._timeline = AudioTimeline()
        self._credited_to: float | None = None  # meeting time up to which turns are on time
        self._holds: list[tuple[float, float]] = []  # meeting time a speaker key won
        self.rest: Speaker = "nobody" if listener.detector.stereo else "them"

    def hold(self, start: float, end: float) -> None:
        """A speaker key holds the clock from ``start`` to ``end`` (meeting time)."""
        self._holds = [*self._holds[-HOLDS_KEPT + 1 :], (start, end)]

    def mark(self, now: pendulum.DateTime, *, running: bool) -> None:
        """Note where the audio stands on the meeting's time line (kept when the clock starts,
        pauses or resumes)."""
        self._timeline.mark(self._listener.audio_seconds, self._session.elapsed(now), running)

    def credit(self, now: pendulum.DateTime, *, running: bool) -> bool:
        """Move the turns the detector has closed, and the one under way, to where they really
        were. True if the talk clock changed."""
        session = self._session
        if not session.started or session.ended:
            return False
        self.mark(now, running=running)
        elapsed = session.elapsed(now)
        if self._credited_to is None:
            self._credited_to = elapsed  # from here on: what came before is not ours to move
        changed = False
        for turn in self._listener.take_turns():
            start, end = self._timeline.meeting_time(turn.start), self._timeline.meeting_time(turn.end)
            if start is None or end is None or end <= self._credited_to:
                continue
            start = max(start, self._credited_to)
            changed |= self._credit(self.rest, self._credited_to, start, now)
            changed |= self._credit(turn.who, start, end, now)
            self._credited_to = end
        under_way = self._listener.open_turn
        if under_way is not None and under_way.who == session.speaker:
            begun = self._timeline.meeting_time(under_way.start)
            if begun is not None:
                begun = max(begun, self._credited_to)
                changed |= self._credit(self.rest, self._credited_to, begun, now)
                changed |= self._credit(under_way.who, begun, elapsed, now)
        elif under_way is None and session.speaker == self.rest:
            changed |= self._credit(self.rest, self._credited_to, elapsed, now)
        return changed

    def settle(self, now: pendulum.DateTime, *, running: bool) -> bool:
        """Listening stops: credit what was heard, and end a turn still under way at its latest
        sound, the clock going to "nobody" from there. True if the talk clock changed."""
        session = self._session
        if not session.started or session.ended:
            return False
        changed = self.credit(now, running=running)
        under_way = self._listener.open_turn
        if under_way is None or under_way.who != session.speaker or self._credited_to is None:
            return changed
        start, end = self._timeline.meeting_time(under_way.start), self._timeline.meeting_time(under_way.end)
        if start is None or end is None:
            return changed
        session.press("nobody", now)
        end = max(end, self._credited_to)
        self._credit(under_way.who, max(start, self._credited_to), end, now)
        self._credit("nobody", end, session.elapsed(now), now)
        return True

    def _credit(self, who: Speaker, start: float, end: float, now: pendulum.DateTime) -> bool:
        """Credit ``start``..``end`` to ``who``, except where a speaker key won."""
        changed = False
        for hold_start, hold_end in self._holds:
            if hold_start < end and start < hold_end:
                changed |= self._credit(who, start, hold_start, now)
                start = max(start, hold_end)
        if end > start:
            changed |= self._session.clock.talk.recredit(who, start, end, now)
        return changed
