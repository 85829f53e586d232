"""The live screen listening to a call while the user types notes into it (issue 20).

A stand-in audio source plays a generated call recording, with key clicks on the microphone at
the moments real keys are typed into a note on the screen (Pilot). The meeting's totals must be
within 10 % of the truth for my talking, and match what talk-detect finds on the same audio within
3 % (the screen moves each turn the meter showed late to where it really was). A fake voice test
shows the wiring of the keys: typing a note, with clicks the detector would take for a voice,
is not my talking because the screen tells the detector of each key; the same clicks without
the keys are.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from audio_fixtures import LONG_TALK, RATE, SPEECH_PEAK_DB, make_conversation, tools_missing, write_wav
from call_fixtures import keystroke, peak_normalised, turns_of
from test_listening import SILENCE, FakeSource, fake_vad, quiet, speech
from test_live_screen import _open as open_live

from infocoach.audio import listening
from infocoach.audio.listening import Listener
from infocoach.core.live.listen_policy import MANUAL_HOLD
from infocoach.core.talk.detector import FRAME_SECONDS, TalkDetector, analyse_wav, voice_activity_available
from infocoach.core.talk.wav_frames import wav_frames
from infocoach.screens import meeting_saving as live_saving

NOTE = "ramps matter most"
CHUNK = 10  # frames pushed at a time between keys, the meeting's clock moving with them


def note_keys(count: int) -> list[str]:
    """``count`` keys that type one note: n, its letters, Enter."""
    letters = ["space" if c == " " else c for c in (NOTE * 4)[: max(0, count - 2)]]
    return ["n", *letters, "enter"]


@pytest.fixture(scope="module")
def typed_call(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The conversation with a key click at each key time through their turns (clicks as loud as
    the voice), written as stereo and microphone-only files; and the keys with their seconds."""
    if (missing := tools_missing()) or (missing := voice_activity_available()):
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("typed_call")
    stereo, truth = make_conversation(LONG_TALK, folder)
    rng = np.random.default_rng(7)
    keys: list[tuple[float, str]] = []
    for start, end in turns_of(truth, "them"):
        moments = list(np.arange(start + 0.3, end - 0.2, 0.22) + rng.uniform(-0.04, 0.04, 1))
        keys += list(zip(moments, note_keys(len(moments)), strict=True))
    for at, _ in keys:
        sample = round(at * RATE)
        stroke = peak_normalised(keystroke(rng), SPEECH_PEAK_DB) * rng.uniform(0.7, 1.0)
        stroke = stroke[: len(stereo) - sample]
        stereo[sample : sample + len(stroke), 0] += stroke
    stereo = np.clip(stereo, -1.0, 1.0)
    write_wav(folder / "stereo.wav", stereo)
    write_wav(folder / "mic.wav", stereo[:, 0])
    return {"folder": folder, "truth": truth, "keys": keys}


@pytest.fixture()
def stand_in(monkeypatch, request) -> list[Listener]:
    """open_listener on a stand-in source the test plays, with the real detector; stereo when
    the test's ``mode`` is "stereo" (the call's audio on the right)."""
    opened: list[Listener] = []
    stereo = request.node.callspec.params.get("mode") == "stereo"

    def fake_open(microphone, call_audio, *, on_speaker, on_stopped):
        source = FakeSource(stereo=stereo)
        listener = Listener(source, TalkDetector(stereo=source.stereo), on_speaker=on_speaker, on_stopped=on_stopped)
        opened.append(listener)
        return listener, []

    monkeypatch.setattr(listening, "open_listener", fake_open)
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)
    return opened


async def _until(pilot, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.005)


async def play(pilot, listener: Listener, clock, frames: list[tuple[bytes, bytes | None]], keys) -> None:
    """Play ``frames`` in real-time order: the meeting's clock moves with the audio, and each key
    is pressed on the screen when the audio reaches its moment."""
    source = listener.source
    assert isinstance(source, FakeSource)
    played = 0
    marks = [(round(at / FRAME_SECONDS), key) for at, key in keys] + [(len(frames), None)]
    for frame_at, key in marks:
        while played < frame_at:
            chunk = frames[played : min(frame_at, played + CHUNK)]
            source.push([m for m, _ in chunk], [c for _, c in chunk] if source.stereo else None)
            played += len(chunk)
            await _until(pilot, lambda target=played: listener.frames_heard >= target)
            clock.advance(len(chunk) * FRAME_SECONDS)
            await pilot.pause()
        if key is not None:
            await pilot.press(key)


@pytest.mark.parametrize("mode", ["mic", "stereo"])
async def test_a_call_with_notes_typed_on_the_screen_is_credited_as_talk_detect_finds(
    make_app, clock, stand_in, typed_call, mode
) -> None:
    app = make_app()
    recording: Path = typed_call["folder"] / f"{mode}.wav"
    frames = list(wav_frames(recording))
    frames += [(SILENCE, SILENCE if mode == "stereo" else None)] * round(1.5 / FRAME_SECONDS)  # the line goes quiet
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        listener = stand_in[0]
        assert listener.mode == ("microphone and call audio" if mode == "stereo" else "microphone only")
        await play(pilot, listener, clock, frames, typed_call["keys"])
        await _until(pilot, lambda: listener.frames_heard == len(frames))
        await pilot.pause(0.05)
        screen.refresh_live()
        now = clock.now()
        totals = screen.session.clock.talk_totals(now)
        saved = screen.session.snapshot(now)
        notes = [note.text for note in screen.session.meeting.notes]
    truth, offline = typed_call["truth"], analyse_wav(recording)
    their_turns = len(turns_of(truth, "them"))
    assert len(notes) == their_turns and all(note and NOTE.startswith(note[:4]) for note in notes)
    stored_me = sum(s.end - s.start for s in saved.segments if s.who == "me")
    assert stored_me == pytest.approx(totals.me, abs=0.01)  # the stored segments say the same
    assert abs(totals.me - offline.me) <= 0.03 * offline.me, (totals.me, offline.me)
    assert abs(totals.me - truth["me"]) <= 0.10 * truth["me"], (totals.me, truth["me"])
    if mode == "stereo":
        assert offline.them is not None
        assert abs(totals.them - offline.them) <= 0.03 * offline.them, (totals.them, offline.them)
        assert abs(totals.them - truth["them"]) <= 0.10 * truth["them"], (totals.them, truth["them"])


@pytest.fixture()
def fooled(monkeypatch) -> list[Listener]:
    """A detector that takes any sound for a voice: clicks alone would be my talking."""
    opened: list[Listener] = []

    def fake_open(microphone, call_audio, *, on_speaker, on_stopped):
        listener = Listener(
            FakeSource(), TalkDetector(stereo=False, vad=fake_vad), on_speaker=on_speaker, on_stopped=on_stopped
        )
        opened.append(listener)
        return listener, []

    monkeypatch.setattr(listening, "open_listener", fake_open)
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)
    return opened


def clicks(count: int) -> tuple[list[tuple[bytes, None]], list[float]]:
    """Three frames of sound every 0.21 s (a key's click and its release), and the key moments."""
    frames: list[tuple[bytes, None]] = [(f, None) for f in quiet(1.2)]
    moments = []
    for index in range(count):
        moments.append(len(frames) * FRAME_SECONDS)
        frames += [(f, None) for f in speech(0.09, index)] + [(f, None) for f in quiet(0.12)]
    return frames + [(f, None) for f in quiet(1.2)], moments


@pytest.mark.parametrize("typed", [True, False])
async def test_keys_typed_into_a_note_keep_their_clicks_from_being_my_voice(make_app, clock, fooled, typed) -> None:
    app = make_app()
    frames, moments = clicks(20)
    keys = list(zip(moments, note_keys(len(moments)), strict=True)) if typed else []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        listener = fooled[0]
        await play(pilot, listener, clock, frames, keys)
        screen.refresh_live()
        me = screen.session.clock.talk_totals(clock.now()).me
    if typed:
        assert me == 0.0 and screen.session.meeting.notes  # typing a note is not talking
    else:
        assert me > 2.0  # the same clicks, no keys seen: the fooled detector calls them me


async def test_a_steady_tone_is_credited_under_half_a_second_on_the_screen(make_app, clock, fooled) -> None:
    """A tone the voice test is fooled by stops counting as the level holds steady; the meter
    shows me for a moment longer (a hangover), but the meeting credits under half a second."""
    t = np.arange(round(5 / FRAME_SECONDS) * 480) / 16000
    tone = (0.1 * 32768 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()
    frames: list[tuple[bytes, bytes | None]] = [(f, None) for f in quiet(1.0)]
    frames += [(tone[i : i + 960], None) for i in range(0, len(tone), 960)]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        await play(pilot, fooled[0], clock, frames, [])
        await pilot.pause(0.05)
        screen.refresh_live()
        totals = screen.session.clock.talk_totals(clock.now())
    assert 0.0 < totals.me <= 0.5
    assert totals.them == pytest.approx(6.0 - totals.me, abs=0.05)  # microphone only: the rest is theirs


async def test_stopping_listening_ends_the_turn_under_way_at_its_last_sound(make_app, clock, fooled) -> None:
    frames: list[tuple[bytes, bytes | None]] = [(f, None) for f in quiet(1.0) + speech(2.0) + quiet(0.3)]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        await play(pilot, fooled[0], clock, frames, [])
        await _until(pilot, lambda: screen.session.speaker == "me")  # still in my turn's hangover
        await pilot.press("l")  # stop listening
        assert not screen.listening and screen.session.speaker == "nobody"
        clock.advance(5.0)
        screen.refresh_live()
        totals = screen.session.clock.talk_totals(clock.now())
    assert totals.me == pytest.approx(2.0, abs=0.05)  # not the hangover, nor the time since
    assert totals.nobody == pytest.approx(5.3, abs=0.05)


async def test_a_speaker_key_keeps_its_moment_when_turns_are_moved(make_app, clock, fooled) -> None:
    """t pressed while the microphone hears me: for the key's hold the clock says them, and the
    turn moved back to where it really was does not undo the key."""
    frames: list[tuple[bytes, bytes | None]] = [(f, None) for f in quiet(1.0) + speech(3.0) + quiet(3.0)]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        await play(pilot, fooled[0], clock, frames, [(2.0, "t")])
        await pilot.pause(0.05)
        screen.refresh_live()
        now = clock.now()
        totals = screen.session.clock.talk_totals(now)
        segments = [
            (s["who"], round(s["start"], 2), round(s["end"], 2)) for s in screen.session.clock.talk.segments(now)
        ]
    mine = [(start, end) for who, start, end in segments if who == "me"]
    assert mine == [(pytest.approx(1.0, abs=0.04), pytest.approx(2.0, abs=0.04))]  # from its first sound to the key
    assert any(who == "them" and start <= 2.02 and end >= 2.0 + MANUAL_HOLD for who, start, end in segments)
    assert totals.me == pytest.approx(1.0, abs=0.05)
