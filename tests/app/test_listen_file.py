"""INFOCOACH_LISTEN_FILE: a WAV played as the microphone, for trying listening without a call."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import pytest
from audio_fixtures import FIXTURES
from test_listening import _state, _until
from test_live_screen import _open as open_live

from infocoach.audio.file_source import LISTEN_FILE_ENV, RecordingSource
from infocoach.audio.listening import ListenUnavailable, open_listener
from infocoach.core.talk.detector import FRAME_SAMPLES, voice_activity_available
from infocoach.screens import meeting_saving as live_saving

pytestmark = pytest.mark.skipif(voice_activity_available() is not None, reason="needs the audio extra")


def quiet_wav(path: Path, seconds: float, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(bytes(2 * channels * round(seconds * 16000)))
    return path


def test_a_recording_gives_every_frame_then_says_it_has_ended() -> None:
    path = FIXTURES / "conversation_stereo.wav"
    source = RecordingSource(path, pace=False)
    assert source.stereo
    frames = []
    with pytest.raises(ListenUnavailable, match="conversation_stereo.wav has ended"):
        for pair in source.frames():
            frames.append(pair)
    with wave.open(str(path), "rb") as wav:
        assert len(frames) == wav.getnframes() // FRAME_SAMPLES
    assert all(len(mic) == len(call or b"") == 2 * FRAME_SAMPLES for mic, call in frames)


def test_a_paced_recording_plays_in_real_time_and_closing_stops_it_at_once(tmp_path: Path) -> None:
    source = RecordingSource(quiet_wav(tmp_path / "quiet.wav", 30.0))
    got: list[float] = []

    def read() -> None:
        for _ in source.frames():
            got.append(time.monotonic())

    reader = threading.Thread(target=read)
    began = time.monotonic()
    reader.start()
    time.sleep(0.3)
    source.close()
    reader.join(1.0)
    assert not reader.is_alive() and time.monotonic() - began < 1.0
    assert 3 <= len(got) <= 20  # about ten frames in 0.3 s, not the whole file at once


def test_the_variable_replaces_the_devices_and_a_bad_file_is_one_line(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(LISTEN_FILE_ENV, str(FIXTURES / "conversation_mono.wav"))
    listener, warnings = open_listener("", "", on_speaker=print, on_stopped=print)
    assert isinstance(listener.source, RecordingSource) and listener.mode == "microphone only"
    assert warnings == [f"Playing {FIXTURES / 'conversation_mono.wav'}, not the microphone."]
    listener.source.close()
    (tmp_path / "notes.wav").write_text("not audio", encoding="utf-8")
    monkeypatch.setenv(LISTEN_FILE_ENV, str(tmp_path / "notes.wav"))
    with pytest.raises(ListenUnavailable, match=f"^{LISTEN_FILE_ENV}: .*notes.wav"):
        open_listener("", "", on_speaker=print, on_stopped=print)


async def test_the_live_screen_listens_to_the_recording_until_it_ends(make_app, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(LISTEN_FILE_ENV, str(quiet_wav(tmp_path / "short.wav", 0.6, channels=2)))
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: any("short.wav" in n.message for n in app._notifications))
        await _until(pilot, lambda: any("short.wav has ended" in n.message for n in app._notifications))
        assert not screen.listening and "listening" not in _state(screen)
