"""Where a moment of the audio falls on the meeting's time line.

The talk detector counts seconds of audio fed to it; the talk clock runs on meeting time, with
the pauses left out. While the meeting runs the two advance together, so one anchor (this much
audio at that meeting time) maps every later moment; while it is paused, or before it starts,
every moment of audio falls on the one meeting moment where the clock stands, so a turn heard
then is credited nothing. The live screen marks an anchor whenever the clock starts, pauses or
resumes while it listens.

Pure and clock-free: both time lines are plain seconds.
"""

from __future__ import annotations

from bisect import bisect_right


class AudioTimeline:
    """Anchors (audio seconds, meeting seconds, running or not), and the mapping they give."""

    def __init__(self) -> None:
        self._audio: list[float] = []
        self._meeting: list[float] = []
        self._running: list[bool] = []

    def mark(self, audio: float, meeting: float, running: bool) -> None:
        """At ``audio`` seconds of audio the meeting stood at ``meeting`` seconds, running or not.
        Only a change of state is kept: while it runs, the first anchor says it all."""
        if self._running and self._running[-1] == running:
            return
        if self._audio and audio < self._audio[-1]:
            raise ValueError("audio time does not go back")
        self._audio.append(audio)
        self._meeting.append(meeting)
        self._running.append(running)

    def meeting_time(self, audio: float) -> float | None:
        """The meeting time of ``audio`` seconds of audio; None before any anchor. Audio before
        the first anchor falls on its meeting time, and never past the next anchor's."""
        if not self._audio:
            return None
        index = max(0, bisect_right(self._audio, audio) - 1)
        meeting = self._meeting[index]
        if self._running[index]:
            meeting += max(0.0, audio - self._audio[index])
        if index + 1 < len(self._audio):
            meeting = min(meeting, self._meeting[index + 1])
        return meeting
