"""infocoach's own key presses (issue 20, item 2, the core half): the sound of a key typed into the
app is not the user's voice, unless a voice is clearly there too. A fake voice detector that
calls every audible frame speech stands in for webrtcvad, so only the key presses decide."""

from __future__ import annotations

import numpy as np
import pytest

from infocoach.core.talk.detector import FRAME_SAMPLES, FRAME_SECONDS, TalkDetector, analyse
from infocoach.core.talk.own_keys import OwnKeys
from infocoach.core.talk.voice_activity import frame_level_db

RNG = np.random.default_rng(2)
SILENCE = bytes(2 * FRAME_SAMPLES)


def hears_any_sound(frame: bytes) -> bool:
    return frame_level_db(frame) > -70


def frame_at(level_db: float) -> bytes:
    noise = RNG.standard_normal(FRAME_SAMPLES)
    noise *= 10 ** (level_db / 20) * 32768 / np.sqrt(np.mean(noise**2))
    return np.round(noise).astype("<i2").tobytes()


def speech(seconds: float) -> list[bytes]:
    return [frame_at(-20 - 15 * abs(np.sin(np.pi * i / 7))) for i in range(round(seconds / FRAME_SECONDS))]


def typing(seconds: float, every: int = 5) -> tuple[list[bytes], list[int]]:
    """A key sound (one loud frame, a softer one) every ``every`` frames; the frames of the presses."""
    frames, presses = [], []
    for index in range(round(seconds / FRAME_SECONDS)):
        phase = index % every
        if phase == 0:
            presses.append(index)
        frames.append(frame_at(-12.0) if phase == 0 else frame_at(-25.0) if phase == 1 else SILENCE)
    return frames, presses


def test_a_window_around_each_press_and_old_presses_forgotten() -> None:
    keys = OwnKeys(before=0.05, after=0.25)
    keys.press(10.0)
    assert keys.near(9.94, 9.97)  # just before: the key's travel
    assert keys.near(10.2, 10.23) and not keys.near(10.26, 10.29)
    assert not keys.near(9.9, 9.93)
    assert not keys.near(11.0, 11.03)
    assert not keys.near(9.97, 10.0)  # forgotten: later audio cannot be near it again
    with pytest.raises(ValueError, match="not negative"):
        OwnKeys(after=-1.0)


def test_typing_into_infocoach_is_not_my_voice() -> None:
    frames, presses = typing(4.0)
    unaware = analyse(((f, None) for f in frames), stereo=False, vad=hears_any_sound)
    assert unaware.me > 3.0  # without the presses, the keys read as talk

    detector = TalkDetector(stereo=False, vad=hears_any_sound)
    shown = []
    for index, frame in enumerate(frames):
        if index in presses:
            detector.key_pressed()  # as the screen would: at the audio fed so far
        shown.append(detector.feed(frame))
    assert "me" not in shown
    assert detector.finish() == []


def test_presses_seen_a_little_before_their_sound_still_cover_it() -> None:
    frames, presses = typing(3.0)
    detector = TalkDetector(stereo=True, vad=hears_any_sound)
    for index, frame in enumerate(frames):
        if index + 3 in presses:  # the key event arrives 90 ms before its sound is fed
            detector.key_pressed()
        detector.feed(frame, SILENCE)
    assert detector.finish() == []


@pytest.mark.parametrize(("first_press", "lost"), [(6, 0), (0, 3)])
def test_my_voice_while_typing_is_still_my_voice(first_press: int, lost: int) -> None:
    """Typing through my own sentence leaves it whole; a sentence that starts on a key press
    loses at most the frames before the voice is clear (three, 90 ms)."""
    talk = speech(3.0)
    presses = range(first_press, len(talk), 5)
    detector = TalkDetector(stereo=False, vad=hears_any_sound)
    for index, frame in enumerate(talk):
        if index in presses:
            detector.key_pressed()
        detector.feed(frame)
    [turn] = detector.finish()
    assert turn.who == "me"
    assert turn.length == pytest.approx(3.0 - lost * FRAME_SECONDS, abs=FRAME_SECONDS / 2)


def test_a_press_at_a_given_moment_of_audio() -> None:
    detector = TalkDetector(stereo=False, vad=hears_any_sound)
    detector.key_pressed(at=1.0)
    decisions = [detector.feed(f) for f in [SILENCE] * 33 + [frame_at(-12.0)] * 2 + [SILENCE] * 40]
    assert "me" not in decisions
