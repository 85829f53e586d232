"""From frame-by-frame voice decisions to stable speaking turns.

A voice detector answers every 30 ms, and between words it says "no voice" many times a second.
The talk meter must not follow it: each change of speaker becomes a stored segment, and a person
timing a conversation counts a turn from its first sound to its last, pauses between words
included. So :class:`TurnTracker` smooths:

- a turn stays open through quiet frames until the quiet has lasted ``hangover_frames``; only
  then does the decision fall back to the ``rest`` speaker ("nobody", or "them" when only the
  microphone is heard and the quiet is taken to be the other person talking);
- a new speaker takes over only after ``min_run_frames`` of their voice, counted with gaps
  shorter than the hangover, so a cough, a click or an "mm" does not steal the turn. A frame of
  the current speaker's voice in between starts that count again. A pause longer than
  ``restart_gap`` (about 0.4 s) also starts it again, so a stray sound well before someone
  starts talking does not date their turn;
- a turn's edges are dated over the sound joined to its voice (``sounding``, up to
  ``edge_frames``): the unvoiced "th" that starts a word and the "s" that ends one are not voice
  to the detector, but a stopwatch counts them.

The live decision (:meth:`TurnTracker.step`) comes a little late by design: the end of a turn is
known one hangover after its last sound, a new speaker a run after their first. The turns
themselves (:meth:`TurnTracker.take_turns`) are dated back to their true first and last sound,
which is what the offline report uses and what the live screen can use to correct itself
(:class:`~infocoach.core.talk.turn_ledger.TurnLedger`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from infocoach.core.live.talk_clock import Speaker

Talker = Literal["me", "them"]


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaking turn, from the start of its first voiced frame to the end of its last (frames)."""

    who: Talker
    start: int
    end: int


class TurnTracker:
    """Voice per frame in ("me", "them" or None), a stable speaker decision out."""

    def __init__(self, *, rest: Speaker, hangover_frames: int, min_run_frames: int, edge_frames: int = 0) -> None:
        if hangover_frames < 1 or min_run_frames < 1:
            raise ValueError("the hangover and the minimum run are at least one frame")
        self.rest = rest
        self.hangover = hangover_frames
        self.min_run = min_run_frames
        self.restart_gap = min(hangover_frames, max(min_run_frames, 13))  # ~0.4 s at 30 ms
        self.edge_frames = edge_frames
        self._sound_from: dict[Talker, int | None] = {"me": None, "them": None}
        self._sound_end = 0  # the open turn's end: its last voice and the sound joined to it
        self._turn_end = 0  # where the last closed turn ended
        self.frames = 0  # frames seen so far: the stream's clock
        self.speaker: Speaker = "nobody"
        self._open: Talker | None = None  # the speaker of the turn under way, if any
        self._turn_start = 0
        self._last_voiced = 0  # end (exclusive frame index) of the open turn's latest voiced frame
        self._candidate: Talker | None = None  # someone who may be taking over
        self._candidate_start = 0
        self._candidate_voiced = 0
        self._candidate_last = 0
        # Bounded: a live screen that never asks for the turns must not grow memory all meeting.
        self._closed: deque[Turn] = deque(maxlen=1024)

    @property
    def turn_start(self) -> int | None:
        """Where the turn under way began (frame index), dated back to its first voiced frame."""
        return self._turn_start if self._open else None

    @property
    def open_turn(self) -> Turn | None:
        """The turn under way as known so far: from its first sound to its latest."""
        return Turn(self._open, self._turn_start, self._sound_end) if self._open else None

    def step(self, voice: Talker | None, sounding: Collection[Talker] = ()) -> Speaker:
        """Take one frame's voice decision; return the speaker the meter should show now.

        ``sounding``: whose channel carries sound this frame, voice or not (above the floor).
        A turn's edges are dated over the sound joined to its voice, up to ``edge_frames``
        either side: the unvoiced "th" that starts a word and the "s" that ends one."""
        index, end = self.frames, self.frames + 1
        self.frames = end
        for who in ("me", "them"):
            if who not in sounding:
                self._sound_from[who] = None
            elif self._sound_from[who] is None:
                self._sound_from[who] = index
        if self._open and self._open in sounding and index == self._sound_end:
            self._sound_end = min(end, self._last_voiced + self.edge_frames)
        if voice is None:
            if self._candidate and end - self._candidate_last >= self.hangover:
                self._candidate = None
            if self._open and end - self._last_voiced >= self.hangover:
                self._close(self._sound_end)
        elif voice == self._open:
            self._last_voiced = self._sound_end = end
            self._candidate = None
        else:
            self._count_candidate(voice, index, end)
        if self._open:
            self.speaker = self._open
        elif end >= self.hangover:  # quiet, and long enough (at the start too) to say so
            self.speaker = self.rest
        return self.speaker

    def finish(self) -> None:
        """End of the stream: close the turn under way at its last voiced frame."""
        if self._open:
            self._close(self._sound_end)
        self._candidate = None

    def take_turns(self) -> list[Turn]:
        """The turns closed since the last call, oldest first."""
        turns = list(self._closed)
        self._closed.clear()
        return turns

    def _count_candidate(self, voice: Talker, index: int, end: int) -> None:
        if voice != self._candidate or index - self._candidate_last >= self.restart_gap:
            # A new voice, or the same after a pause longer than a turn's first words have:
            # a stray sound a second before someone starts talking does not date their turn.
            self._candidate, self._candidate_start, self._candidate_voiced = voice, index, 0
            sound_from = self._sound_from[voice]
            if sound_from is not None and sound_from < index:  # the sound that led into the voice
                self._candidate_start = max(sound_from, index - self.edge_frames)
        self._candidate_voiced += 1
        self._candidate_last = end
        if self._candidate_voiced < self.min_run:
            return
        if self._open:
            self._close(min(self._sound_end, self._candidate_start))
        start = self._candidate_start
        if self._open:
            start = max(start, self._turn_end)
        self._open, self._turn_start, self._last_voiced = voice, start, end
        self._sound_end = end
        self._candidate = None

    def _close(self, end: int) -> None:
        assert self._open is not None
        self._turn_end = max(end, self._turn_start)
        self._closed.append(Turn(self._open, self._turn_start, self._turn_end))
        self._open = None
