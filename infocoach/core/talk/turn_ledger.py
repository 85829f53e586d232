"""Talk time credited on time: live totals that agree with what ``talk-detect`` finds afterwards.

The detector's live decision comes late by design (see :mod:`infocoach.core.talk.turn_taking`):
a new speaker shows about a quarter of a second after their first sound, and a turn ends a
hangover (just under a second) after its last. A meter that adds up those decisions credits each
turn's first quarter second to the speaker before, and the hangover after it to the one who just
stopped, so its totals drift from the recording's.

:class:`TurnLedger` sits between the audio and the detector and keeps the totals a recording
would give: every closed turn with its real edges, plus the turn under way from its first sound
to its latest. Each closed turn is also kept as a correction (:meth:`TurnLedger.take_corrections`)
for a screen that drew the late decisions and wants to redraw the turn where it really was.
At any moment the totals equal :func:`~infocoach.core.talk.detector.analyse` over the audio fed
so far; at the end they are the recording's.
"""

from __future__ import annotations

from collections import deque

from infocoach.core.live.talk_clock import Segment, Speaker
from infocoach.core.talk.detector import TalkDetector, TalkReport
from infocoach.core.talk.turn_taking import Talker

MAX_PENDING = 1024  # corrections nobody asked for are dropped past this, oldest first


class TurnLedger:
    """Frames in (through the detector), the live speaker out, and totals credited on time."""

    def __init__(self, detector: TalkDetector) -> None:
        self.detector = detector
        self._closed: dict[Talker, float] = {"me": 0.0, "them": 0.0}
        self._turns = 0
        self._pending: deque[Segment] = deque(maxlen=MAX_PENDING)

    def feed(self, mic: bytes, call: bytes | None = None) -> Speaker:
        """One frame per channel, as :meth:`TalkDetector.feed`; the speaker the meter shows now."""
        speaker = self.detector.feed(mic, call)
        self._book(self.detector.take_turns())
        return speaker

    def finish(self) -> list[Segment]:
        """End of the audio: the turn under way is closed; the turns not yet taken are returned."""
        self._book(self.detector.finish())
        return self.take_corrections()

    def take_corrections(self) -> list[Segment]:
        """The turns closed since the last call, with their real first and last sound, oldest first."""
        turns = list(self._pending)
        self._pending.clear()
        return turns

    def credited(self, who: Talker) -> float:
        """Seconds of talk for ``who``: closed turns, and the open turn up to its latest sound."""
        total = self._closed[who]
        turn = self.detector.open_turn
        if turn is not None and turn.who == who:
            total += turn.length
        return total

    @property
    def me(self) -> float:
        return self.credited("me")

    @property
    def them(self) -> float | None:
        """Their talk time; None with the microphone alone, as in the recording's report."""
        return self.credited("them") if self.detector.stereo else None

    @property
    def turns(self) -> int:
        """Turns closed so far."""
        return self._turns

    def report(self) -> TalkReport:
        """The totals so far in the report's shape (segments not kept: see take_corrections)."""
        return TalkReport(me=self.me, them=self.them, total=self.detector.seconds, segments=(), mode=self.detector.mode)

    def _book(self, turns: list[Segment]) -> None:
        for turn in turns:
            if turn.who in ("me", "them"):
                self._closed["me" if turn.who == "me" else "them"] += turn.length
                self._turns += 1
            self._pending.append(turn)
