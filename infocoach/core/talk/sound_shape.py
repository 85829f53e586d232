"""Is this sound shaped like a voice, or like a click? The check that keeps typing out of talk time.

webrtcvad calls many sounds speech that nobody says: a key going down is a sharp broadband
transient with a short ringing tail, loud enough and "speechy" enough in its spectrum to pass.
Typed notes during the other person's turn then read as the user talking. A voice differs from a
click in two ways that are cheap to measure on the last 60 ms (this frame and the one before):

- **it is sustained**: a syllable keeps its level for a tenth of a second or more, where a click
  is over in a few milliseconds. The 60 ms are cut into 5 ms blocks; a voice keeps several of
  them within ``spread_db`` of the loudest, a click one or two (``min_sustained_blocks``). And
  the two loudest blocks hold at most ``max_peak_share`` of the energy (a burst holds nearly all);
- **it has a pitch**: voiced speech repeats every 2-12.5 ms (80-500 Hz) below 1 kHz, where a
  click's ringing does not repeat at a voice's pitch for long. The strength of the repeat is the
  autocorrelation's peak over those lags, relative to its value at zero (``min_pitch_strength``),
  and a voice's pitch moves smoothly: the period found must be within 15 % of the frame before's
  (band-limited noise such as a cough finds a "period" too, but a different one every frame),
  unless the repeat is clear at once (``clear_pitch_strength``), as at a vowel's start.
  A sustained sound without pitch still counts when it follows a pitched one without a break
  (within ``pitch_memory_frames``): the unvoiced consonants that end a word ("research").

A door, a knock or a thump on the desk rings at a low, steady pitch and is sustained, so it
passes both; it is told by its shape in time instead: a sudden jump (``IMPACT_RISE_DB`` in one frame) then a
level that only falls, frame after frame. A voice rises and falls again within a syllable or
two, so the frames of a ring (after its first) are not voice until the level rises again.

The turn smoothing bridges the frames a voice loses this way (an unvoiced "s", a plosive's
burst) since they fall between voiced ones; a run of clicks never builds a turn. The cost is one
2048-point real FFT and its inverse per frame judged, and only frames the VAD calls speech are.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

BLOCK = 80  # samples: 5 ms at 16 kHz
FFT_SIZE = 2048  # twice the 60 ms window, so the autocorrelation does not wrap around
PITCH_LAGS = (32, 200)  # 500 Hz down to 80 Hz, in samples
PITCH_BAND_HZ = 1000.0
HINT_OF_PITCH = 0.25  # a period this strong is remembered, for the next frame to agree with
IMPACT_RISE_DB = 15.0  # a jump this big from one frame to the next is an impact (or an onset)
RING_FALL_DB = 0.5  # a ring loses at least this much every frame; a held vowel does not


class SoundShape:
    """Frame by frame (16 kHz int16 samples as bytes), whether the sound is voice-shaped."""

    def __init__(
        self,
        *,
        spread_db: float = 10.0,
        min_sustained_blocks: int = 4,
        max_peak_share: float = 0.75,
        min_pitch_strength: float = 0.35,
        clear_pitch_strength: float = 0.8,
        pitch_memory_frames: int = 10,
        sample_rate: int = 16_000,
    ) -> None:
        import numpy as np

        self.spread_db = spread_db
        self.min_sustained_blocks = min_sustained_blocks
        self.max_peak_share = max_peak_share
        self.min_pitch_strength = min_pitch_strength
        self.clear_pitch_strength = clear_pitch_strength
        self.pitch_memory_frames = pitch_memory_frames
        self._previous: Any = None
        self._since_pitch = pitch_memory_frames + 1  # frames since the last pitched one
        self._last_lag = 0  # the pitch period (samples) found in the frame before, 0 for none
        self._levels: deque[float] = deque(maxlen=2)  # recent frame levels, dB
        self._ringing = False  # after an impact, while the sound only dies away
        bins = FFT_SIZE // 2 + 1
        self._band = np.arange(bins) * (sample_rate / FFT_SIZE) <= PITCH_BAND_HZ

    def remember(self, frame: bytes) -> None:
        """Keep a frame that is not being judged, so the next one is judged with it."""
        import numpy as np

        self._previous = np.frombuffer(frame, dtype="<i2").astype(np.float64)
        self._since_pitch = self.pitch_memory_frames + 1  # a break: the word is over
        self._follow_ring(self._level(self._previous))

    def is_voice_shaped(self, frame: bytes) -> bool:
        """Judge ``frame`` together with the one before it (then remember it)."""
        import numpy as np

        current = np.frombuffer(frame, dtype="<i2").astype(np.float64)
        previous = self._previous if self._previous is not None and len(self._previous) == len(current) else None
        self._previous = current
        self._since_pitch += 1
        if self._follow_ring(self._level(current)):
            return False
        window = current if previous is None else np.concatenate([previous, current])
        usable = len(window) // BLOCK * BLOCK
        if usable < 2 * BLOCK:
            return True  # too short to judge: leave it to the other checks
        if not self.sustained(window[:usable]):
            self._since_pitch = self.pitch_memory_frames + 1
            return False
        strength, lag = self.pitch(window)
        steady = self._last_lag > 0 and abs(lag - self._last_lag) <= 0.15 * self._last_lag
        self._last_lag = lag if strength >= HINT_OF_PITCH else 0
        if strength >= self.min_pitch_strength and (steady or strength >= self.clear_pitch_strength):
            self._since_pitch = 0
            return True
        return self._since_pitch <= self.pitch_memory_frames  # the "s" or "ch" that ends a word

    def _follow_ring(self, level: float) -> bool:
        """True while the sound is an impact's ring: a jump of ``IMPACT_RISE_DB`` from one frame
        to the next, then a level that only falls (by ``RING_FALL_DB`` a frame or more)."""
        before = list(self._levels)
        self._levels.append(level)
        if not before:
            return False
        if level - before[-1] >= IMPACT_RISE_DB:
            self._ringing = True  # the impact itself is judged as any other frame
            return False
        self._ringing = self._ringing and level <= before[-1] - RING_FALL_DB
        return self._ringing

    @staticmethod
    def _level(samples: Any) -> float:
        import numpy as np

        mean_square = float(np.dot(samples, samples)) / max(len(samples), 1)
        return 10.0 * math.log10(mean_square + 1.0)

    def sustained(self, window: Any) -> bool:
        """Whether the energy is spread over the window rather than packed into a burst."""
        import numpy as np

        energy = np.einsum("ij,ij->i", blocks := window.reshape(-1, BLOCK), blocks) + 1.0
        loudest = float(energy.max())
        near = int(np.count_nonzero(energy >= loudest * 10 ** (-self.spread_db / 10)))
        top_two = float(np.partition(energy, -2)[-2:].sum())
        return near >= self.min_sustained_blocks and top_two <= self.max_peak_share * float(energy.sum())

    def pitch(self, window: Any) -> tuple[float, int]:
        """How strongly (0..1) the sound below 1 kHz repeats at a voice's pitch, and its period."""
        import numpy as np

        spectrum = np.fft.rfft(window - window.mean(), FFT_SIZE)
        power = np.abs(spectrum) ** 2 * self._band
        correlation = np.fft.irfft(power, FFT_SIZE)
        if correlation[0] <= 0:
            return 0.0, 0
        low, high = PITCH_LAGS
        best = int(np.argmax(correlation[low : high + 1]))
        return float(correlation[low + best] / correlation[0]), low + best
