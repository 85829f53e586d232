"""Live totals credited on time: frames fed in real time order through the ledger give, at every
moment, what talk-detect finds on the audio so far, and at the end within 3 % of its report;
the live meter's own decisions, added up, do not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from audio_fixtures import FIXTURES, LONG_TALK, make_conversation, tools_missing, write_wav

from infocoach.core.talk.detector import FRAME_SAMPLES, FRAME_SECONDS, TalkDetector, analyse, analyse_wav
from infocoach.core.talk.turn_ledger import TurnLedger
from infocoach.core.talk.voice_activity import frame_level_db
from infocoach.core.talk.wav_frames import wav_frames

RNG = np.random.default_rng(4)


def hears_any_sound(frame: bytes) -> bool:
    return frame_level_db(frame) > -70


def voice(seconds: float, level_db: float = -20.0) -> list[bytes]:
    count = round(seconds / FRAME_SECONDS)
    out = []
    for i in range(count):
        noise = RNG.standard_normal(FRAME_SAMPLES)
        level = level_db - 15 * abs(np.sin(np.pi * i / 7))
        noise *= 10 ** (level / 20) * 32768 / np.sqrt(np.mean(noise**2))
        out.append(np.round(noise).astype("<i2").tobytes())
    return out


def quiet(seconds: float) -> list[bytes]:
    return [bytes(2 * FRAME_SAMPLES)] * round(seconds / FRAME_SECONDS)


def within(measured: float, truth: float, tolerance: float) -> bool:
    return abs(measured - truth) <= tolerance * truth


def test_a_turn_is_credited_from_its_first_sound_while_the_meter_still_waits() -> None:
    ledger = TurnLedger(TalkDetector(stereo=True, vad=hears_any_sound))
    shown = [ledger.feed(m, c) for m, c in zip(quiet(1.0) + voice(0.15), quiet(1.15), strict=True)]
    assert shown[-1] == "nobody"  # the meter waits for a run of voice...
    assert ledger.me == 0.0  # ...and a candidate is not a turn yet
    for m, c in zip(voice(0.6), quiet(0.6), strict=True):
        ledger.feed(m, c)
    assert ledger.me == pytest.approx(0.75, abs=FRAME_SECONDS)  # ...but once it is, from its first sound


def test_a_turn_ends_at_its_last_sound_not_a_hangover_later() -> None:
    ledger = TurnLedger(TalkDetector(stereo=True, vad=hears_any_sound, hangover_seconds=0.9))
    mic = voice(1.2) + quiet(1.5)
    shown = [ledger.feed(m, c) for m, c in zip(mic, quiet(2.7), strict=True)]
    assert shown[round(1.9 / FRAME_SECONDS)] == "me"  # the meter still shows me in the hangover
    assert ledger.me == pytest.approx(1.2, abs=FRAME_SECONDS)
    [turn] = ledger.take_corrections()
    assert (turn.who, turn.start, turn.end) == ("me", 0.0, pytest.approx(1.2))
    assert ledger.take_corrections() == []


def test_a_change_of_speaker_is_credited_back_to_the_new_voice() -> None:
    ledger = TurnLedger(TalkDetector(stereo=True, vad=hears_any_sound))
    mic, call = voice(1.5) + quiet(2.0), quiet(1.8) + voice(1.7)
    for m, c in zip(mic, call, strict=True):
        ledger.feed(m, c)
    assert ledger.me == pytest.approx(1.5, abs=FRAME_SECONDS)
    assert ledger.them == pytest.approx(1.7, abs=FRAME_SECONDS)
    ledger.finish()
    assert ledger.turns == 2


@pytest.mark.parametrize("name", ["conversation_stereo.wav", "conversation_mono.wav"])
def test_live_totals_match_the_recordings_report_at_every_second(name: str) -> None:
    frames = list(wav_frames(FIXTURES / name))
    stereo = frames[0][1] is not None
    ledger = TurnLedger(TalkDetector(stereo=stereo))
    naive = 0.0
    for index, (mic, call) in enumerate(frames, start=1):
        naive += FRAME_SECONDS * (ledger.feed(mic, call) == "me")
        if index % round(1 / FRAME_SECONDS) == 0:
            so_far = analyse(iter(frames[:index]), stereo=stereo)
            assert ledger.me == pytest.approx(so_far.me, abs=1e-9), index
            assert ledger.them == (None if so_far.them is None else pytest.approx(so_far.them, abs=1e-9))
    ledger.finish()
    assert ledger.report().to_dict()["me"] == analyse(iter(frames), stereo=stereo).to_dict()["me"]
    # talk-detect reads a mono file twice (it learns my level first); live hears it once
    report = analyse_wav(FIXTURES / name)
    assert within(ledger.me, report.me, 0.03)
    assert not within(naive, report.me, 0.03)  # adding up the meter's decisions is not good enough


@pytest.mark.skipif(tools_missing() is not None, reason=f"cannot make recordings: {tools_missing()}")
def test_a_longer_meeting_fed_live_matches_talk_detect_within_3_percent(tmp_path: Path) -> None:
    stereo, _ = make_conversation(LONG_TALK, tmp_path)
    write_wav(tmp_path / "talk.wav", stereo)
    ledger = TurnLedger(TalkDetector(stereo=True))
    corrections = []
    for mic, call in wav_frames(tmp_path / "talk.wav"):
        ledger.feed(mic, call)
        corrections += ledger.take_corrections()
    corrections += ledger.finish()
    report = analyse_wav(tmp_path / "talk.wav")
    assert report.them is not None and ledger.them is not None
    assert within(ledger.me, report.me, 0.03) and within(ledger.them, report.them, 0.03)
    assert corrections == list(report.segments)
