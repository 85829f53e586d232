"""Is there a voice in this 30 ms frame of one channel? The per-channel half of talk detection.

webrtcvad answers the question well for speech, but it also fires on things that are not
someone talking, so :class:`VoiceGate` puts three cheap checks around it:

- an energy floor: a frame quieter than ``floor_db`` is never speech, so room noise alone is not;
- a steady-sound guard: speech rises and falls by many decibels several times a second, a dial
  tone, a hum or a fan does not. When the frame levels of the last ``steady_seconds`` stay within
  ``steady_range_db`` of each other the channel holds a steady sound, not a voice;
- a background gate (optional): a voice far below this channel's own speech level (more than
  ``background_db`` under it) is someone else's, leaking in through the speakers or from across
  the room. The level is an envelope that rises quickly with loud voiced frames and sinks slowly,
  so one shout does not shut the gate on normal speech for long.

The optional libraries (webrtcvad, numpy: the ``audio`` extra) are imported inside functions, so
this module imports without them and :func:`voice_activity_available` can say what is missing.
"""

from __future__ import annotations

import importlib
import math
from collections import deque
from collections.abc import Callable

from infocoach.core.talk.sound_shape import SoundShape

VoiceActivity = Callable[[bytes], bool]

SAMPLE_RATE = 16_000
FRAME_SECONDS = 0.03
FRAME_SAMPLES = 480
MAX_RISE_DB_PER_FRAME = 0.5  # the voice envelope rises at most ~17 dB a second
EDGE_MARGIN_DB = 6.0
SILENT_DB = -120.0  # the level given to digital silence, instead of minus infinity
INSTALL_COMMAND = "pip install 'infocoach[audio]'"


def voice_activity_available() -> str | None:
    """None when voice activity detection can run, else a one-line reason for the user."""
    missing = [name for name in ("webrtcvad", "numpy") if not importable(name)]
    if missing:
        return (
            f"talk detection needs {' and '.join(missing)} (not installed); add the audio extra with: {INSTALL_COMMAND}"
        )
    return None


def importable(name: str) -> bool:
    """Whether an optional library can be imported (it is imported, so it is found and works)."""
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def webrtc_vad(aggressiveness: int = 3, *, clicks_out: bool = True) -> VoiceActivity:
    """webrtcvad's speech test for 30 ms frames of 16 kHz 16-bit mono PCM.

    Aggressiveness 3 (of 0..3) gives the fewest false alarms on noise, which matters more here
    than catching every soft consonant: the turn smoothing bridges those anyway. With
    ``clicks_out`` a frame webrtcvad calls speech must also be shaped like a voice (sustained
    and pitched, :class:`~infocoach.core.talk.sound_shape.SoundShape`), so typing, mouse clicks,
    knocks and coughs are not speech. Each call makes a detector with its own memory: one per channel.
    """
    import webrtcvad

    vad = webrtcvad.Vad(aggressiveness)
    shape = SoundShape() if clicks_out else None

    def is_speech(frame: bytes) -> bool:
        speech = bool(vad.is_speech(frame, SAMPLE_RATE))
        if shape is None:
            return speech
        if not speech:
            shape.remember(frame)
            return False
        return shape.is_voice_shaped(frame)

    return is_speech


def frame_level_db(frame: bytes) -> float:
    """The RMS level of 16-bit little-endian PCM in dBFS (0 dB = full scale square wave)."""
    import numpy as np

    samples = np.frombuffer(frame, dtype="<i2").astype(np.float64)
    if samples.size == 0:
        return SILENT_DB
    mean_square = float(np.dot(samples, samples)) / samples.size
    if mean_square <= 0.0:
        return SILENT_DB
    return max(SILENT_DB, 10.0 * math.log10(mean_square / (32768.0 * 32768.0)))


class VoiceGate:
    """Voice decisions for one channel, frame by frame: webrtcvad plus the three checks above."""

    def __init__(
        self,
        vad: VoiceActivity,
        *,
        floor_db: float = -50.0,
        steady_seconds: float = 0.5,
        steady_range_db: float = 8.0,
        background_db: float | None = 16.0,
        level_rise: float = 0.3,
        level_fall: float = 0.003,
        speech_level: float | None = None,
    ) -> None:
        self._vad = vad
        self.floor_db = floor_db
        self.steady_range_db = steady_range_db
        self.background_db = background_db
        self._recent: deque[float] = deque(maxlen=max(2, round(steady_seconds / FRAME_SECONDS)))
        self._rise = level_rise
        self._fall = level_fall
        # The envelope of this channel's own voice (dBFS); None until it has carried one,
        # unless known from before (an earlier pass over the same recording, a calibration).
        self.speech_level = speech_level
        self.level_db = SILENT_DB  # the last frame's level, for comparing channels

    def hears_voice(self, frame: bytes) -> bool:
        """True when the frame carries a voice that belongs to this channel's speaker."""
        level = self.level_db = frame_level_db(frame)
        self._recent.append(level)
        # The VAD runs on every frame: webrtcvad adapts its noise model from the quiet ones too.
        speech = self._vad(frame)
        if not speech or level < self.floor_db or self.holds_steady_sound():
            return False
        if self._is_background(level):
            return False
        self._follow_level(level)
        return True

    def carries_sound(self) -> bool:
        """Whether the last frame held a sound (voice or not): above the floor, not a steady tone,
        not far below this channel's voice. Used only to date a turn's unvoiced edges, which are
        quieter than its voice, so the background margin is wider by ``EDGE_MARGIN_DB``."""
        level = self.level_db
        if level < self.floor_db or self.holds_steady_sound():
            return False
        if self.background_db is None or self.speech_level is None:
            return True
        return level >= self.speech_level - self.background_db - EDGE_MARGIN_DB

    def holds_steady_sound(self) -> bool:
        """True when the recent frame levels stay in a narrow band: a tone or hum, not speech."""
        if len(self._recent) < (self._recent.maxlen or 0):
            return False
        return max(self._recent) - min(self._recent) < self.steady_range_db

    def _is_background(self, level: float) -> bool:
        if self.background_db is None or self.speech_level is None:
            return False
        return level < self.speech_level - self.background_db

    def _follow_level(self, level: float) -> None:
        if self.speech_level is None:
            self.speech_level = level
            return
        weight = self._rise if level > self.speech_level else self._fall
        # A rise is capped per frame: a laugh, a cough or a knock on the microphone lasts a
        # few frames and must not lift the envelope so far that normal speech then reads as
        # background (it could never pull the envelope back down: background is not followed).
        self.speech_level += min(weight * (level - self.speech_level), MAX_RISE_DB_PER_FRAME)
