"""Is this sound shaped like a voice, or like a click? The check that keeps typing out of talk time.

webrtcvad calls many sounds speech that nobody says: a key going down is a sharp broadband
transient with a short ringing tail, loud enough and "speechy" enough in its spectrum to pass.
Typed notes during the other person's turn then read as the user talking. A voice differs from
the sounds of a desk in ways that are cheap to measure on the last 60 ms (this frame and the one
before), and a frame the VAD calls speech counts only when all of them say "voice":

- **no impact just before**: a key, a mouse button, a knock starts with a jump of more than
  ``IMPACT_ONSET_DB`` from one 2.5 ms block to the next (a voice's sharpest onset, a "t" or a
  "p", stays under it). The frame holding the jump and the next one are gated out;
- **sustained**: a syllable keeps its level for a tenth of a second or more, where a click is
  over in a few milliseconds. Of the 60 ms in 5 ms blocks, a voice keeps several within
  ``spread_db`` of the loudest (``min_sustained_blocks``), and the two loudest blocks hold at
  most ``max_peak_share`` of the energy (a burst holds nearly all);
- **a pitch, with harmonics**: voiced speech repeats every 2-17 ms (60-500 Hz) below 1 kHz.
  The strength of the repeat is the autocorrelation's peak over those lags relative to its value
  at zero (``min_pitch_strength``), and a voice's pitch moves smoothly: the period must be within
  15 % of the frame before's (band-limited noise such as a cough finds a "period" too, but a new
  one every frame), unless the repeat is clear at once (``clear_pitch_strength``). A voice
  spreads its energy over several harmonics; the ringing body of a desk, a laptop or a door is
  one resonance, so when ``max_tone_share`` of the energy below 2 kHz sits in one 80 Hz band
  around the strongest peak, it is not a voice;
- **not an impact's ring**: a door or a thump on the desk can ring long enough to look sustained;
  after a jump of ``IMPACT_RISE_DB`` from one frame to the next, frames whose level only falls
  are its ring, until the level rises again.

A sustained sound without pitch still counts when it follows a pitched one without a break
(within ``pitch_memory_frames``): the unvoiced consonants that end a word ("research"). The turn
smoothing bridges the frames a voice loses (a plosive's burst), and a turn's edges are dated
over the sound joined to its voice, so turns keep their length. The cost is one 2048-point real
FFT and its inverse per frame judged, and only frames the VAD calls speech are judged.
"""

from __future__ import annotations

import math
from typing import Any

BLOCK = 80  # samples: 5 ms at 16 kHz, for how sustained a sound is
ONSET_BLOCK = 40  # samples: 2.5 ms, for how sharply a sound starts
FFT_SIZE = 2048  # twice the 60 ms window, so the autocorrelation does not wrap around
PITCH_LAGS = (32, 267)  # 500 Hz down to 60 Hz, in samples
PITCH_BAND_HZ = 1000.0
TONE_BAND_HZ = 40.0  # either side of the strongest peak: the band one resonance fills
VOICE_BAND_HZ = 2000.0  # the band a voice's harmonics fill (a high voice has few below 1 kHz)
HINT_OF_PITCH = 0.25  # a period this strong is remembered, for the next frame to agree with
IMPACT_ONSET_DB = 25.0  # a jump this sharp within 2.5 ms is an impact
IMPACT_GATE_FRAMES = 2  # the frame with the impact and the next
IMPACT_RISE_DB = 15.0  # a jump this big from one frame to the next may start a ring
RING_FALL_DB = 0.5  # a ring loses at least this much every frame; a held vowel does not
SILENT = 1.0  # added to energies so silence has a level


class SoundShape:
    """Frame by frame (16 kHz int16 samples as bytes), whether the sound is voice-shaped.

    Call :meth:`is_voice_shaped` for a frame the VAD calls speech and :meth:`remember` for any
    other, so that every frame passes through and the memory of the last ones stays whole."""

    def __init__(
        self,
        *,
        spread_db: float = 10.0,
        min_sustained_blocks: int = 4,
        max_peak_share: float = 0.75,
        min_pitch_strength: float = 0.35,
        clear_pitch_strength: float = 0.8,
        max_tone_share: float = 0.7,
        pitch_memory_frames: int = 10,
        sample_rate: int = 16_000,
    ) -> None:
        import numpy as np

        self.spread_db = spread_db
        self.min_sustained_blocks = min_sustained_blocks
        self.max_peak_share = max_peak_share
        self.min_pitch_strength = min_pitch_strength
        self.clear_pitch_strength = clear_pitch_strength
        self.max_tone_share = max_tone_share
        self.pitch_memory_frames = pitch_memory_frames
        self._previous: Any = None
        self._since_pitch = pitch_memory_frames + 1  # frames since the last pitched one
        self._last_lag = 0  # the pitch period (samples) found in the frame before, 0 for none
        self._last_level: float | None = None  # the frame before's level, dB
        self._ringing = False  # after an impact, while the sound only dies away
        self._gated = 0  # frames still gated out after an impact
        self._band = np.arange(FFT_SIZE // 2 + 1) * (sample_rate / FFT_SIZE) <= PITCH_BAND_HZ
        self._tone_bins = max(1, round(TONE_BAND_HZ / (sample_rate / FFT_SIZE)))
        self._voice_bins = round(VOICE_BAND_HZ / (sample_rate / FFT_SIZE)) + 1

    def remember(self, frame: bytes) -> None:
        """Pass a frame that is not being judged, so the next one is judged with it in view."""
        self._observe(frame)
        self._since_pitch = self.pitch_memory_frames + 1  # a break: the word is over

    def is_voice_shaped(self, frame: bytes) -> bool:
        """Judge ``frame`` together with the one before it."""
        import numpy as np

        previous = self._previous
        current, impact_or_ring = self._observe(frame)
        self._since_pitch += 1
        if impact_or_ring:
            return False
        window = current if previous is None or len(previous) != len(current) else np.concatenate([previous, current])
        usable = len(window) // BLOCK * BLOCK
        if usable < 2 * BLOCK:
            return True  # too short to judge: leave it to the other checks
        if not self.sustained(window[:usable]):
            self._since_pitch = self.pitch_memory_frames + 1
            return False
        strength, lag, tone_share = self.pitch(window)
        steady = self._last_lag > 0 and abs(lag - self._last_lag) <= 0.15 * self._last_lag
        self._last_lag = lag if strength >= HINT_OF_PITCH else 0
        if tone_share > self.max_tone_share:
            return False
        if strength >= self.min_pitch_strength and (steady or strength >= self.clear_pitch_strength):
            self._since_pitch = 0
            return True
        return self._since_pitch <= self.pitch_memory_frames  # the "s" or "ch" that ends a word

    def _observe(self, frame: bytes) -> tuple[Any, bool]:
        """Follow every frame: impacts, rings and the window. True when the frame is gated out."""
        import numpy as np

        current = np.frombuffer(frame, dtype="<i2").astype(np.float64)
        previous, self._previous = self._previous, current
        level = 10.0 * math.log10(float(np.dot(current, current)) / max(len(current), 1) + SILENT)
        if self._last_level is not None and level - self._last_level >= IMPACT_RISE_DB:
            self._ringing = True  # a ring starts after the impact's own frame
            ringing = False
        else:
            self._ringing = ringing = (
                self._ringing and self._last_level is not None and level <= self._last_level - RING_FALL_DB
            )
        self._last_level = level
        if self.onset_db(previous, current) >= IMPACT_ONSET_DB:
            self._gated = IMPACT_GATE_FRAMES
        gated = self._gated > 0
        self._gated = max(0, self._gated - 1)
        return current, gated or ringing

    @staticmethod
    def onset_db(previous: Any, current: Any) -> float:
        """The sharpest rise in the frame: a 2.5 ms block over the louder of the two before it."""
        import numpy as np

        lead = previous[-2 * ONSET_BLOCK :] if previous is not None and len(previous) >= 2 * ONSET_BLOCK else None
        samples = current if lead is None else np.concatenate([lead, current])
        usable = len(samples) // ONSET_BLOCK * ONSET_BLOCK
        if usable < 3 * ONSET_BLOCK:
            return 0.0
        blocks = samples[:usable].reshape(-1, ONSET_BLOCK)
        energy = np.einsum("ij,ij->i", blocks, blocks) + SILENT * ONSET_BLOCK
        before = np.maximum(energy[:-2], energy[1:-1])
        return 10.0 * math.log10(float(np.max(energy[2:] / before)))

    def sustained(self, window: Any) -> bool:
        """Whether the energy is spread over the window rather than packed into a burst."""
        import numpy as np

        blocks = window.reshape(-1, BLOCK)
        energy = np.einsum("ij,ij->i", blocks, blocks) + SILENT
        loudest = float(energy.max())
        near = int(np.count_nonzero(energy >= loudest * 10 ** (-self.spread_db / 10)))
        top_two = float(np.partition(energy, -2)[-2:].sum())
        return near >= self.min_sustained_blocks and top_two <= self.max_peak_share * float(energy.sum())

    def pitch(self, window: Any) -> tuple[float, int, float]:
        """How strongly (0..1) the sound below 1 kHz repeats at a voice's pitch, its period in
        samples, and the share of the energy below 2 kHz in the one band around its strongest peak."""
        import numpy as np

        spectrum = np.abs(np.fft.rfft(window - window.mean(), FFT_SIZE)) ** 2
        power = spectrum * self._band
        voice_band = spectrum[: self._voice_bins]
        total = float(voice_band.sum())
        if total <= 0:
            return 0.0, 0, 0.0
        peak = int(np.argmax(voice_band))
        tone_share = float(voice_band[max(0, peak - self._tone_bins) : peak + self._tone_bins + 1].sum()) / total
        correlation = np.fft.irfft(power, FFT_SIZE)
        if correlation[0] <= 0:
            return 0.0, 0, tone_share
        low, high = PITCH_LAGS
        best = int(np.argmax(correlation[low : high + 1]))
        return float(correlation[low + best] / correlation[0]), low + best, tone_share
