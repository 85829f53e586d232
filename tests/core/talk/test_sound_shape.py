"""The voice-shape check on its own: a voiced, harmonic, gliding sound passes; the sounds of a desk
(keys, a laptop's keys, a mouse, a cough, a door) and a pure tone do not. Synthetic signals, so
these run without espeak-ng or sox."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from call_fixtures import RATE, cough, door, mouse_click, peak_normalised, typing

from infocoach.core.talk.sound_shape import SoundShape
from infocoach.core.talk.voice_activity import webrtc_vad

RNG = np.random.default_rng(20)


def frames(samples: np.ndarray) -> list[bytes]:
    pcm = np.clip(np.round(samples * 32767), -32768, 32767).astype("<i2")
    usable = len(pcm) // 480 * 480
    return [pcm[i : i + 480].tobytes() for i in range(0, usable, 480)]


def judged(samples: np.ndarray) -> list[bool]:
    shape = SoundShape()
    return [shape.is_voice_shaped(frame) for frame in frames(samples)]


def with_room_noise(samples: np.ndarray) -> np.ndarray:
    return samples + 0.001 * RNG.standard_normal(len(samples))


def vowel_like(seconds: float) -> np.ndarray:
    """Fifteen harmonics of a pitch gliding around 120 Hz, a formant lift, syllables 4 a second."""
    t = np.arange(round(seconds * RATE)) / RATE
    phase = 2 * np.pi * np.cumsum(120 + 20 * np.sin(2 * np.pi * 1.5 * t)) / RATE
    voice = sum(np.sin(k * phase) / k * (1.5 if 4 <= k <= 6 else 1.0) for k in range(1, 16))
    syllables = 0.3 + 0.7 * np.abs(np.sin(np.pi * 4 * t))
    return with_room_noise(peak_normalised(voice * syllables, -6.0))


def test_a_voiced_harmonic_sound_is_voice_shaped() -> None:
    decisions = judged(vowel_like(1.5))
    assert sum(decisions) >= 0.9 * len(decisions)


@pytest.mark.parametrize("laptop", [False, True])
def test_typing_is_never_voice_shaped(laptop: bool) -> None:
    keys = typing(RNG, 3.0, interval=(0.08, 0.2), laptop=laptop)
    assert not any(judged(with_room_noise(peak_normalised(keys, -3.0))))


@pytest.mark.parametrize("make", [cough, door, mouse_click])
def test_a_cough_a_door_and_a_mouse_click_are_not_voice_shaped(
    make: Callable[[np.random.Generator], np.ndarray],
) -> None:
    sound = np.zeros(RATE // 2)
    event = peak_normalised(make(RNG), -3.0)[: len(sound) - 4800]
    sound[4800 : 4800 + len(event)] += event
    assert not any(judged(with_room_noise(sound)))


def test_a_pure_tone_is_one_resonance_not_a_voice() -> None:
    t = np.arange(RATE) / RATE
    assert not any(judged(0.3 * np.sin(2 * np.pi * 440 * t)))


def test_a_key_press_in_the_middle_of_speech_costs_only_its_own_frames() -> None:
    voice = vowel_like(1.2)
    key = peak_normalised(typing(np.random.default_rng(3), 0.05, interval=(1.0, 1.0)), -3.0)
    voice[RATE // 2 : RATE // 2 + len(key)] += key
    decisions = judged(voice)
    assert sum(decisions) >= len(decisions) - 6


def test_the_default_voice_detector_drops_clicks_unless_asked_not_to() -> None:
    keys = frames(with_room_noise(peak_normalised(typing(RNG, 2.0, interval=(0.1, 0.2)), -3.0)))
    plain, checked = webrtc_vad(clicks_out=False), webrtc_vad()
    assert sum(plain(frame) for frame in keys) > 10
    assert not any(checked(frame) for frame in keys)


def test_unjudged_frames_keep_the_memory_whole() -> None:
    """A frame the VAD rejected still counts as "the frame before": a break ends a word, so an
    unvoiced sound after it is not carried by the pitch memory."""
    shape = SoundShape()
    voice, hiss = frames(vowel_like(0.6)), frames(with_room_noise(0.05 * RNG.standard_normal(RATE // 4)))
    assert sum(shape.is_voice_shaped(frame) for frame in voice) > 10
    assert shape.is_voice_shaped(hiss[0])  # the "s" right after the vowel
    shape.remember(bytes(960))
    assert not any(shape.is_voice_shaped(frame) for frame in hiss[1:])
