"""The talk detector: smoothing and leakage on synthetic frames with a fake voice detector, then
the real detector on espeak-ng recordings whose true timings are known (see audio_fixtures.py)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from audio_fixtures import (
    FIXTURES,
    LONG_TALK,
    Turn,
    make_conversation,
    mono_truth,
    tools_missing,
    write_wav,
)

from infocoach.core.talk.detector import (
    FRAME_BYTES,
    FRAME_SAMPLES,
    FRAME_SECONDS,
    SAMPLE_RATE,
    TalkDetector,
    analyse,
    analyse_wav,
    voice_activity_available,
)
from infocoach.core.talk.voice_activity import frame_level_db
from infocoach.core.talk.wav_frames import wav_frames

RNG = np.random.default_rng(9)
TRUTH = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))


def hears_any_sound(frame: bytes) -> bool:
    """A fake voice detector that calls every audible frame speech, so the gates are what decide."""
    return frame_level_db(frame) > -70


def frame_at(level_db: float) -> bytes:
    """30 ms of white noise at ``level_db`` RMS."""
    noise = RNG.standard_normal(FRAME_SAMPLES)
    noise *= 10 ** (level_db / 20) * 32768 / np.sqrt(np.mean(noise**2))
    return np.clip(np.round(noise), -32768, 32767).astype("<i2").tobytes()


SILENCE = bytes(FRAME_BYTES)


def speech(seconds: float, level_db: float = -20.0) -> list[bytes]:
    """Speech-like frames: syllables rising and falling by 15 dB, four or five a second."""
    count = round(seconds / FRAME_SECONDS)
    return [frame_at(level_db - 15 * abs(np.sin(np.pi * i / 7))) for i in range(count)]


def quiet(seconds: float) -> list[bytes]:
    return [SILENCE] * round(seconds / FRAME_SECONDS)


def leak(frames: list[bytes], gain_db: float = -24.0) -> list[bytes]:
    factor = 10 ** (gain_db / 20)
    return [(np.frombuffer(f, "<i2") * factor).round().astype("<i2").tobytes() for f in frames]


def run(detector: TalkDetector, mic: list[bytes], call: list[bytes] | None = None) -> list[str]:
    calls = call if call is not None else [None] * len(mic)
    return [detector.feed(m, c) for m, c in zip(mic, calls, strict=True)]


def changes(decisions: list[str]) -> int:
    return sum(1 for a, b in itertools.pairwise(decisions) if a != b)


# --- the API the live screen builds on --------------------------------------------------------


def test_the_frame_format_is_30_ms_of_16_khz_16_bit_pcm() -> None:
    assert (SAMPLE_RATE, FRAME_SECONDS, FRAME_SAMPLES, FRAME_BYTES) == (16_000, 0.03, 480, 960)
    assert TalkDetector(stereo=True, vad=hears_any_sound).mode == "microphone and call audio"
    assert TalkDetector(stereo=False, vad=hears_any_sound).mode == "microphone only"


def test_frames_of_the_wrong_size_or_a_missing_call_channel_are_refused() -> None:
    with pytest.raises(ValueError, match="960 bytes"):
        TalkDetector(stereo=False, vad=hears_any_sound).feed(bytes(100))
    with pytest.raises(ValueError, match="call audio"):
        TalkDetector(stereo=True, vad=hears_any_sound).feed(SILENCE)


def test_the_real_voice_detector_is_built_by_default() -> None:
    assert voice_activity_available() is None
    detector = TalkDetector(stereo=True)
    assert set(run(detector, quiet(1.5), quiet(1.5))) == {"nobody"}


# --- smoothing --------------------------------------------------------------------------------


def test_pauses_between_words_do_not_flip_the_speaker() -> None:
    words = []
    for _ in range(8):
        words += speech(0.4) + quiet(0.3)
    decisions = run(TalkDetector(stereo=True, vad=hears_any_sound), words, quiet(len(words) * FRAME_SECONDS))
    assert changes(decisions) == 1  # nobody -> me, once, and me all through the pauses
    assert decisions[-1] == "me"


def test_after_a_hangover_the_quiet_goes_to_nobody_or_with_the_mic_alone_to_them() -> None:
    mic = speech(1.0) + quiet(2.0)
    stereo = run(TalkDetector(stereo=True, vad=hears_any_sound, hangover_seconds=0.9), mic, quiet(3.0))
    mono = run(TalkDetector(stereo=False, vad=hears_any_sound, hangover_seconds=0.9), mic)
    last_voice = round(1.0 / FRAME_SECONDS)
    hangover = round(0.9 / FRAME_SECONDS)
    assert stereo[last_voice + hangover - 2] == "me" and stereo[last_voice + hangover] == "nobody"
    assert mono[last_voice + hangover - 2] == "me" and mono[last_voice + hangover] == "them"


def test_a_short_sound_from_the_other_side_does_not_take_the_turn() -> None:
    mic = speech(1.0) + quiet(0.1) + speech(1.0)
    call = quiet(1.0) + speech(0.1, -10.0) + quiet(1.0)
    decisions = run(TalkDetector(stereo=True, vad=hears_any_sound), mic, call)
    assert "them" not in decisions


def test_a_new_speaker_takes_over_after_a_short_run_dated_back_to_their_first_sound() -> None:
    mic = speech(1.5) + quiet(2.1)
    call = quiet(1.8) + speech(1.8)
    detector = TalkDetector(stereo=True, vad=hears_any_sound, min_run_seconds=0.24)
    decisions = run(detector, mic, call)
    first_them = decisions.index("them") * FRAME_SECONDS
    assert 1.8 + 0.2 <= first_them <= 1.8 + 0.3  # the live meter switches a run later...
    turns = detector.finish()
    assert [t.who for t in turns] == ["me", "them"]
    assert turns[0].end == pytest.approx(1.5)  # ...and the turns are dated to the sounds
    assert turns[1].start == pytest.approx(1.8) and turns[1].end == pytest.approx(3.6)


@pytest.mark.parametrize(("mic_db", "call_db", "expected"), [(-15.0, -39.0, "me"), (-39.0, -15.0, "them")])
def test_when_both_channels_carry_voice_the_louder_one_wins(mic_db: float, call_db: float, expected: str) -> None:
    voice = speech(2.0)
    decisions = run(
        TalkDetector(stereo=True, vad=hears_any_sound),
        leak(voice, mic_db + 20),
        leak(voice, call_db + 20),
    )
    assert set(decisions[20:]) == {expected}


def test_with_the_mic_alone_a_voice_far_below_mine_is_not_me() -> None:
    mine, theirs = speech(2.0, -15.0), speech(3.0, -15.0)
    mic = mine + quiet(0.3) + leak(theirs) + mine
    report = analyse(((f, None) for f in mic), stereo=False, vad=hears_any_sound)
    assert [round(s.length, 1) for s in report.segments] == [2.0, 2.0]
    assert report.me == pytest.approx(4.0, abs=0.1)


def test_a_loud_burst_does_not_shut_my_voice_out_afterwards() -> None:
    """A laugh or a knock on the microphone (0.3 s at -6 dBFS) in the middle of normal speech
    must not lift the voice envelope so far that the speech after it reads as background."""
    detector = TalkDetector(stereo=False, vad=hears_any_sound)
    run(detector, speech(10.0, -25.0) + [frame_at(-6.0)] * 10)
    after = run(detector, speech(20.0, -25.0))
    assert after.count("me") / len(after) > 0.95


def test_a_mono_recording_learns_my_level_first_so_their_earlier_leak_is_not_me(tmp_path: Path) -> None:
    mine, theirs = speech(2.1, -15.0), speech(3.0, -15.0)
    mic = leak(theirs) + quiet(1.5) + mine
    one_pass = analyse(((f, None) for f in mic), stereo=False, vad=hears_any_sound)
    assert one_pass.me == pytest.approx(5.1, abs=0.1)  # live, the leak counts until I speak
    write_wav(tmp_path / "mic.wav", np.frombuffer(b"".join(mic), "<i2") / 32768)
    report = analyse_wav(tmp_path / "mic.wav", vad=hears_any_sound)
    assert [(s.who, round(s.start, 2), round(s.end, 2)) for s in report.segments] == [("me", 4.5, 6.6)]
    detector = TalkDetector(stereo=False, vad=hears_any_sound)
    run(detector, mine)
    assert detector.mic_level_db == pytest.approx(-15, abs=3)


def test_a_steady_tone_stops_counting_as_speech_within_a_second() -> None:
    t = np.arange(round(5 / FRAME_SECONDS) * FRAME_SAMPLES) / SAMPLE_RATE
    tone = (0.1 * 32768 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()
    frames = [tone[i : i + FRAME_BYTES] for i in range(0, len(tone), FRAME_BYTES)]
    detector = TalkDetector(stereo=False, vad=lambda frame: True)  # a detector fooled by the tone
    decisions = run(detector, quiet(1.0) + frames)
    assert decisions[-round(2.0 / FRAME_SECONDS) :] == ["them"] * round(2.0 / FRAME_SECONDS)
    assert sum(s.length for s in detector.finish()) <= 1.0


def test_room_noise_under_the_energy_floor_is_not_speech() -> None:
    noise = [frame_at(-58.0) for _ in range(100)]
    report = analyse(((f, f) for f in noise), stereo=True, vad=lambda frame: True)
    assert report.segments == () and report.me == 0 and report.them == 0


# --- the report -------------------------------------------------------------------------------


def test_the_report_has_the_issues_json_shape() -> None:
    mic = speech(0.9) + quiet(1.5) + quiet(1.2)
    call = quiet(1.5) + speech(0.9) + quiet(1.2)
    report = analyse(zip(mic, call), stereo=True, vad=hears_any_sound).to_dict()
    assert report == {
        "me": 0.9,
        "them": 0.9,
        "total": 3.6,
        "segments": [{"who": "me", "start": 0.0, "end": 0.9}, {"who": "them", "start": 1.5, "end": 2.4}],
    }


def test_a_mono_report_leaves_them_unknown_and_lists_only_my_turns() -> None:
    mic = quiet(0.6) + speech(1.2) + quiet(2.4) + speech(0.6)
    report = analyse(((f, None) for f in mic), stereo=False, vad=hears_any_sound)
    assert report.them is None and report.my_share is None
    assert report.to_dict()["them"] is None
    assert [(s.who, round(s.start, 2), round(s.end, 2)) for s in report.segments] == [
        ("me", 0.6, 1.8),
        ("me", 4.2, 4.8),
    ]


# --- real recordings (espeak-ng voices, room noise, -24 dB leakage) --------------------------


def within(measured: float, truth: float, tolerance: float = 0.10) -> bool:
    return abs(measured - truth) <= tolerance * truth


def test_the_stereo_fixture_is_timed_within_10_percent_and_without_flicker() -> None:
    truth = TRUTH["conversation_stereo.wav"]
    detector = TalkDetector(stereo=True)
    decisions = [detector.feed(m, c) for m, c in wav_frames(FIXTURES / "conversation_stereo.wav")]
    report = analyse(wav_frames(FIXTURES / "conversation_stereo.wav"), stereo=True)
    assert within(report.me, truth["me"]) and within(report.them, truth["them"]), report.to_dict()
    assert [s.who for s in report.segments] == [s["who"] for s in truth["segments"]]
    assert changes(decisions) <= 2 * len(truth["segments"])
    assert report.total == pytest.approx(truth["total"], abs=FRAME_SECONDS)


def test_the_mono_fixture_times_me_within_10_percent() -> None:
    truth = TRUTH["conversation_mono.wav"]
    report = analyse(wav_frames(FIXTURES / "conversation_mono.wav"), stereo=False)
    assert within(report.me, truth["me"]), report.to_dict()
    assert len(report.segments) == len(truth["segments"])


def test_a_steady_tone_and_plain_room_noise_are_not_speech() -> None:
    tone = analyse(wav_frames(FIXTURES / "tone.wav"), stereo=False)
    noise = analyse(wav_frames(FIXTURES / "room_noise.wav"), stereo=False)
    assert tone.me <= 1.0
    assert noise.me <= 0.1


@pytest.mark.skipif(tools_missing() is not None, reason=f"cannot make recordings: {tools_missing()}")
def test_a_longer_generated_conversation_is_timed_within_10_percent(tmp_path: Path) -> None:
    # They speak first: on the microphone alone their leaking voice is heard before mine.
    turns = [Turn("them", "Hello, can you hear me all right?", 0.7), *LONG_TALK]
    stereo, truth = make_conversation(turns, tmp_path)
    assert truth["total"] > 20
    write_wav(tmp_path / "talk.wav", stereo)
    write_wav(tmp_path / "mic.wav", stereo[:, 0])
    both = analyse_wav(tmp_path / "talk.wav")
    mic = analyse_wav(tmp_path / "mic.wav")
    assert within(both.me, truth["me"]) and within(both.them, truth["them"]), (both.to_dict(), truth)
    assert within(mic.me, mono_truth(truth)["me"]), mic.to_dict()


# --- reading WAV files ------------------------------------------------------------------------


def fixture_samples(name: str) -> tuple[np.ndarray, int]:
    with wave.open(str(FIXTURES / name), "rb") as wav:
        data = np.frombuffer(wav.readframes(wav.getnframes()), "<i2").reshape(-1, wav.getnchannels())
        return data, wav.getframerate()


@pytest.mark.parametrize("rate", [8_000, 22_050, 44_100, 48_000])
def test_other_sample_rates_are_resampled_and_timed_the_same(tmp_path: Path, rate: int) -> None:
    import soxr

    samples, _ = fixture_samples("conversation_stereo.wav")
    converted = soxr.resample(samples.astype(np.float64) / 32768, SAMPLE_RATE, rate)
    write_wav(tmp_path / "other.wav", converted, rate)
    truth = TRUTH["conversation_stereo.wav"]
    report = analyse(wav_frames(tmp_path / "other.wav"), stereo=True)
    assert within(report.me, truth["me"]) and within(report.them, truth["them"]), report.to_dict()
    assert report.total == pytest.approx(truth["total"], abs=2 * FRAME_SECONDS)


def write_pcm(path: Path, data: bytes, width: int, channels: int = 1) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(data)


@pytest.mark.parametrize("width", [1, 3, 4])
def test_8_24_and_32_bit_pcm_are_read_as_16_bit(tmp_path: Path, width: int) -> None:
    values = np.array([0, 1000, -1000, 32767, -32768, 256, -256] * 100, dtype=np.int64)[:FRAME_SAMPLES]
    if width == 1:
        data, expected = ((values >> 8) + 128).astype(np.uint8).tobytes(), (values >> 8) << 8
    else:
        shifted = values << (8 * (width - 2))
        data = b"".join(int(v).to_bytes(width, "little", signed=True) for v in shifted)
        expected = values
    write_pcm(tmp_path / "pcm.wav", data, width)
    [(mic, call)] = list(wav_frames(tmp_path / "pcm.wav"))
    assert call is None
    assert np.array_equal(np.frombuffer(mic, "<i2"), expected.astype(np.int16))


def test_a_stereo_file_gives_the_left_channel_as_mic_and_the_right_as_call(tmp_path: Path) -> None:
    left, right = np.full(FRAME_SAMPLES, 100, "<i2"), np.full(FRAME_SAMPLES, -7, "<i2")
    write_pcm(tmp_path / "lr.wav", np.stack([left, right], axis=1).tobytes(), 2, channels=2)
    [(mic, call)] = list(wav_frames(tmp_path / "lr.wav"))
    assert mic == left.tobytes() and call == right.tobytes()


def test_the_detector_imports_without_the_audio_extra() -> None:
    code = (
        "import sys\n"
        "for name in ('webrtcvad', 'numpy', 'soxr'): sys.modules[name] = None\n"
        "import infocoach.core.talk.detector as t, infocoach.core.talk.wav_frames\n"
        "print(t.voice_activity_available())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "talk detection needs webrtcvad and numpy (not installed); "
        "add the audio extra with: pip install 'infocoach[audio]'"
    )
