"""Listening: the key policy, the listening thread, the capture's errors, and the live screen
driven by a fake audio source (no device, no PortAudio needed)."""

from __future__ import annotations

import builtins
import itertools
import queue
import struct
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from infocoach.audio import listening
from infocoach.audio.listening import Listener, ListenUnavailable
from infocoach.core.live.listen_policy import MANUAL_HOLD, ListeningPolicy
from infocoach.core.talk.detector import FRAME_SAMPLES, TalkDetector
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.services import StartTarget

MEETING = "m-demo-06"
SILENCE = bytes(FRAME_SAMPLES * 2)

# History -> l -> the live screen of the demo meeting scheduled today, as the live tests do.
from test_live_screen import _open as open_live  # noqa: E402


def voice(index: int) -> bytes:
    """A voiced frame whose level moves like speech (a steady level reads as a tone)."""
    amplitude = 9000 if index % 3 else 2500
    return struct.pack(f"<{FRAME_SAMPLES}h", *((amplitude if i % 16 < 8 else -amplitude) for i in range(FRAME_SAMPLES)))


def fake_vad(frame: bytes) -> bool:
    return frame != SILENCE


class FakeSource:
    """Frames pushed by the test; ``frames()`` blocks like a device until one arrives."""

    def __init__(self, *, stereo: bool = False) -> None:
        self._stereo = stereo
        self._frames: queue.Queue[tuple[bytes, bytes | None] | None] = queue.Queue()
        self.closed = threading.Event()

    @property
    def stereo(self) -> bool:
        return self._stereo

    def push(self, mic: list[bytes], call: list[bytes] | None = None) -> None:
        for index, frame in enumerate(mic):
            self._frames.put((frame, call[index] if call is not None else None))

    def unplug(self) -> None:
        self._frames.put(None)

    def frames(self) -> Iterator[tuple[bytes, bytes | None]]:
        while not self.closed.is_set():
            item = self._frames.get()
            if item is None:
                return
            yield item

    def close(self) -> None:
        self.closed.set()
        self._frames.put(None)


def speech(seconds: float, start: int = 0) -> list[bytes]:
    return [voice(start + i) for i in range(round(seconds / 0.03))]


def quiet(seconds: float) -> list[bytes]:
    return [SILENCE] * round(seconds / 0.03)


# ----- the policy ---------------------------------------------------------------------------


def test_the_detector_moves_the_clock_when_no_key_was_pressed() -> None:
    policy = ListeningPolicy()
    assert policy.detected("me", "nobody", 1.0) == "me"
    assert policy.detected("me", "me", 1.5) is None  # already so
    assert policy.detected("them", "me", 4.0) == "them"


def test_a_key_wins_for_the_hold_then_the_detector_takes_over_again() -> None:
    policy = ListeningPolicy()
    policy.pressed(10.0)
    assert policy.detected("me", "them", 10.5) is None  # the user said "them": it stands
    assert policy.held(10.0 + MANUAL_HOLD - 0.01)
    assert policy.due("them", 10.0 + MANUAL_HOLD - 0.01) is None
    assert policy.due("them", 10.0 + MANUAL_HOLD) == "me"  # the detector still hears the user
    assert not policy.held(10.0 + MANUAL_HOLD)


def test_after_a_hold_nothing_changes_when_the_detector_agrees_with_the_key() -> None:
    policy = ListeningPolicy(hold=2.0)
    policy.detected("them", "them", 0.0)
    policy.pressed(1.0)
    assert policy.due("them", 3.5) is None
    assert policy.due("them", 9.0) is None


def test_nothing_heard_yet_changes_nothing_and_a_negative_hold_is_refused() -> None:
    assert ListeningPolicy().due("me", 100.0) is None
    with pytest.raises(ValueError):
        ListeningPolicy(hold=-1)


# ----- the listening thread ----------------------------------------------------------------


def _listener(source: FakeSource) -> tuple[Listener, list[str], list[str | None]]:
    heard: list[str] = []
    stopped: list[str | None] = []
    detector = TalkDetector(stereo=source.stereo, vad=fake_vad)
    return Listener(source, detector, on_speaker=heard.append, on_stopped=stopped.append), heard, stopped


def _wait(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_the_listener_reports_changes_of_speaker_only_and_keeps_no_audio() -> None:
    source = FakeSource()
    listener, heard, stopped = _listener(source)
    listener.start()
    source.push(speech(2.0) + quiet(2.0) + speech(1.0, 7))
    _wait(lambda: listener.frames_heard == round(5.0 / 0.03))
    assert heard == ["me", "them", "me"]  # microphone only: quiet time counts as them
    assert listener.mode == "microphone only"
    assert not any(isinstance(v, bytes | bytearray) for v in vars(listener).values())
    listener.stop(timeout=2.0)  # the screen does not wait; a test may
    assert stopped == [None] and not listener.running and listener.ended


def test_a_device_that_goes_away_is_reported_once() -> None:
    source = FakeSource(stereo=True)
    listener, heard, stopped = _listener(source)
    listener.start()
    source.push(speech(1.0), quiet(1.0))
    source.unplug()
    _wait(lambda: stopped)
    assert heard == ["me"] and stopped == ["Listening stopped: the audio device went away."]
    assert listener.mode == "microphone and call audio"


def test_the_louder_channel_wins_when_both_carry_a_voice() -> None:
    source = FakeSource(stereo=True)
    listener, heard, _ = _listener(source)
    listener.start()
    loud = speech(1.5)
    faint = [_scaled(f, 0.063) for f in loud]  # -24 dB
    source.push(faint, loud)  # their voice, leaking into the microphone
    _wait(lambda: listener.frames_heard == len(loud))
    listener.stop()
    assert heard == ["them"]


def _scaled(frame: bytes, factor: float) -> bytes:
    samples = struct.unpack(f"<{FRAME_SAMPLES}h", frame)
    return struct.pack(f"<{FRAME_SAMPLES}h", *(int(s * factor) for s in samples))


# ----- what the user is told when listening cannot start ------------------------------------


def _blocked_import(monkeypatch, name: str, error: Exception) -> None:
    real_import = builtins.__import__

    def fake_import(module, *args, **kwargs):
        if module == name:
            raise error
        return real_import(module, *args, **kwargs)

    monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_missing_portaudio_says_which_system_package_to_install(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    _blocked_import(monkeypatch, "sounddevice", OSError("PortAudio library not found"))
    with pytest.raises(ListenUnavailable, match="libportaudio2"):
        audio_capture.load_sounddevice()


def test_a_missing_extra_says_how_to_install_it(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    _blocked_import(monkeypatch, "sounddevice", ImportError("No module named 'sounddevice'"))
    with pytest.raises(ListenUnavailable, match=r"infocoach\[audio\]"):
        audio_capture.load_sounddevice()
    monkeypatch.setattr(
        "infocoach.core.talk.voice_activity.voice_activity_available",
        lambda: "talk detection needs webrtcvad (not installed)",
    )
    with pytest.raises(ListenUnavailable, match="webrtcvad"):
        listening.open_listener("", "", on_speaker=print, on_stopped=print)


def test_no_microphone_is_a_clear_message(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    class NoDevices:
        PortAudioError = OSError

        @staticmethod
        def query_devices():
            return [{"name": "HDMI out", "max_input_channels": 0}]

    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: NoDevices)
    with pytest.raises(ListenUnavailable, match="No microphone was found"):
        audio_capture.open_source("", "")


# ----- the live screen ----------------------------------------------------------------------


@pytest.fixture()
def fake_devices(monkeypatch) -> list[FakeSource]:
    """open_listener on fake sources; each opened source is appended for the test to drive."""
    opened: list[FakeSource] = []

    def fake_open(microphone, call_audio, *, on_speaker, on_stopped):
        source = FakeSource(stereo=bool(call_audio))
        opened.append(source)
        detector = TalkDetector(stereo=source.stereo, vad=fake_vad)
        return Listener(source, detector, on_speaker=on_speaker, on_stopped=on_stopped), []

    monkeypatch.setattr(listening, "open_listener", fake_open)
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)
    return opened


async def _until(pilot, condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.01)


def _state(screen: LiveScreen) -> str:
    return str(screen.query_one("#timer-state").render())


async def test_listening_runs_the_meter_and_keys_still_win(make_app, clock, fake_devices) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p")  # the clock runs; listening never starts it by itself
        await pilot.press("l")
        await _until(pilot, lambda: screen.listening)
        assert "listening: microphone only" in _state(screen)
        assert "Listen" in {b.binding.description for b in screen.active_bindings.values()}
        source = fake_devices[0]
        source.push(speech(1.5))
        await _until(pilot, lambda: screen.session.speaker == "me")
        clock.advance(1.5)  # the meeting's clock moves with the audio, as it does live
        source.push(quiet(1.5))  # headphones on: the quiet microphone means they speak
        await _until(pilot, lambda: screen.session.speaker == "them")
        clock.advance(1.5)
        screen.refresh_live()
        totals = screen.session.clock.talk_totals(clock.now())
        # credited where the audio had them, though the meter switched late
        assert totals.me == pytest.approx(1.5, abs=0.05) and totals.them == pytest.approx(1.5, abs=0.05)
        # m wins for a moment, though the microphone is quiet ...
        await pilot.press("m")
        source.push(quiet(0.3))
        await pilot.pause(0.1)
        assert screen.session.speaker == "me"
        # ... and once the hold is over, what is heard counts again.
        clock.advance(MANUAL_HOLD + 0.5)
        screen.refresh_live()
        assert screen.session.speaker == "them"
        await pilot.press("l")  # off
        assert not screen.listening and source.closed.is_set()
        assert "listening" not in _state(screen)


async def test_listening_while_paused_counts_for_no_one(make_app, clock, fake_devices) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("l")
        await _until(pilot, lambda: screen.listening)
        fake_devices[0].push(speech(1.0))
        await _until(
            pilot, lambda: screen.listen_control.policy is not None and screen.listen_control.policy.heard == "me"
        )
        assert not screen.session.started and screen.session.speaker == "nobody"
        await pilot.press("p")  # the start: the detector's view applies at the next tick
        screen.refresh_live()
        assert screen.session.speaker == "me"


async def test_when_listening_cannot_start_the_keys_carry_on(make_app, clock, monkeypatch) -> None:
    def unavailable(*args, **kwargs):
        raise ListenUnavailable(
            "Listening needs the PortAudio library, which is not installed "
            "(on Debian or Ubuntu: sudo apt install libportaudio2)"
        )

    monkeypatch.setattr(listening, "open_listener", unavailable)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("l")
        await _until(pilot, lambda: not screen.listen_control.opening)
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("libportaudio2" in m and "m, t and space" in m for m in messages)
        assert not screen.listening
        await pilot.press("m")
        assert screen.session.speaker == "me"


async def test_a_device_lost_mid_call_is_said_once_and_listening_stops(make_app, clock, fake_devices) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: screen.listening)
        fake_devices[0].unplug()
        await _until(pilot, lambda: not screen.listening)
        assert any("went away" in n.message for n in app._notifications)


async def test_the_command_line_listen_flag_turns_listening_on(make_app, clock, fake_devices) -> None:
    app = make_app(start=StartTarget("live", MEETING, listen=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, LiveScreen) and app.screen.listening)
        assert len(fake_devices) == 1
        await pilot.press("escape")  # leaving the screen lets go of the devices
        await _until(pilot, lambda: fake_devices[0].closed.is_set())


# ----- the command line ---------------------------------------------------------------------


def test_live_listen_reaches_the_app(monkeypatch, tmp_path) -> None:
    from infocoach.cli import launch
    from infocoach.cli.main import build_parser

    args = build_parser().parse_args(["live", "m-1", "--listen", "--db", str(tmp_path / "db.json")])
    assert args.listen is True
    (tmp_path / "db.json").write_text("{}", encoding="utf-8")
    seen: dict[str, object] = {}
    monkeypatch.setattr(launch, "_run", lambda paths, clock, **options: seen.update(options) or 0)
    assert launch.open_live(args) == 0
    assert seen["start"] == StartTarget("live", "m-1", listen=True)
    plain = build_parser().parse_args(["live", "m-1", "--db", str(tmp_path / "db.json")])
    launch.open_live(plain)
    assert seen["start"] == StartTarget("live", "m-1", listen=False)


def test_the_listening_devices_are_settings(tmp_path) -> None:
    from infocoach.core.settings import Settings, parse_settings
    from infocoach.store.config import load_settings, save_settings

    settings, warnings = parse_settings(
        {"audio": {"microphone": "USB Headset", "call_audio": "Monitor of Built-in Audio"}},
        default_timezone="UTC",
    )
    assert not warnings
    assert (settings.listen_microphone, settings.listen_call_audio) == ("USB Headset", "Monitor of Built-in Audio")
    _, problems = parse_settings({"audio": {"microphone": 3}}, default_timezone="UTC")
    assert any("[audio] microphone" in p for p in problems)
    path = tmp_path / "config.toml"
    save_settings(path, Settings(listen_call_audio="Monitor of Built-in Audio"))
    assert load_settings(path)[0].listen_call_audio == "Monitor of Built-in Audio"


# ----- capture, against a stand-in for sounddevice ------------------------------------------


class FakeStream:
    """A RawInputStream that plays back a recording in the blocks it is asked for."""

    def __init__(self, sd: FakeSoundDevice, samplerate: int, blocksize: int, device, **_options) -> None:
        if device == "broken" or samplerate not in sd.rates.get(device, (16000,)):
            raise sd.PortAudioError(f"Invalid sample rate {samplerate}")
        self.samplerate, self.blocksize, self.device = samplerate, blocksize, device
        self.samples = sd.recordings[device]
        self.position = 0
        self.closed = False
        sd.opened.append(self)

    def start(self) -> None:
        if self.device == "busy":
            raise FakeSoundDevice.PortAudioError("Device unavailable")

    def read(self, frames: int) -> tuple[bytes, bool]:
        if self.position >= len(self.samples) and self.device == "unplugged":
            raise FakeSoundDevice.PortAudioError("Stream is stopped")
        chunk = self.samples[self.position : self.position + frames]
        chunk += [0] * (frames - len(chunk))  # a device keeps delivering: silence after the recording
        self.position += frames
        return struct.pack(f"<{len(chunk)}h", *chunk), False

    def abort(self) -> None: ...

    def close(self) -> None:
        self.closed = True
        self.closed_by = threading.current_thread().name


class FakeSoundDevice:
    PortAudioError = type("PortAudioError", (Exception,), {})

    def __init__(self, recordings: dict, rates: dict | None = None) -> None:
        self.recordings = recordings  # device name (None: default) -> int16 samples
        self.rates = rates or {}
        self.opened: list[FakeStream] = []

    def RawInputStream(self, **options) -> FakeStream:  # noqa: N802 - sounddevice's name
        return FakeStream(self, **options)

    def query_devices(self, device=None, kind=None):
        if device is None and kind is None:
            return [
                {"name": "Built-in Microphone", "max_input_channels": 1},
                {"name": "Monitor of Built-in Audio", "max_input_channels": 2},
            ]
        return {"default_samplerate": 48000.0}


def test_the_capture_cuts_the_microphone_into_30_ms_frames(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    samples = list(range(-2000, 2000)) * 3  # 12,000 samples: 25 frames of 480
    sd = FakeSoundDevice({None: samples})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    source, warnings = audio_capture.open_source("", "")
    assert warnings == [] and not source.stereo
    frames = [mic for mic, call in itertools.islice(source.frames(), 25)]
    assert all(len(f) == FRAME_SAMPLES * 2 for f in frames)
    assert b"".join(frames) == struct.pack(f"<{len(samples)}h", *samples)  # nothing lost or reordered
    source.close()
    assert sd.opened[0].closed and sd.opened[0].blocksize == FRAME_SAMPLES


def test_a_device_without_16_khz_is_read_at_its_own_rate_and_resampled(monkeypatch) -> None:
    import math

    from infocoach.audio import capture as audio_capture

    tone = [int(8000 * math.sin(2 * math.pi * 440 * i / 48000)) for i in range(48000)]
    sd = FakeSoundDevice({None: tone}, rates={None: (48000,)})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    source, _ = audio_capture.open_source("", "")
    frames = [mic for mic, _ in itertools.islice(source.frames(), 20)]
    assert sd.opened[-1].samplerate == 48000 and sd.opened[-1].blocksize == 1440
    assert all(len(f) == FRAME_SAMPLES * 2 for f in frames)
    # 0.6 s of a 440 Hz tone at 16 kHz: about 264 rising zero crossings, at full level.
    samples = struct.unpack(f"<{20 * FRAME_SAMPLES}h", b"".join(frames))
    crossings = sum(1 for a, b in itertools.pairwise(samples) if a < 0 <= b)
    assert 250 <= crossings <= 270 and max(samples) > 7000


def test_call_audio_that_cannot_open_leaves_the_microphone_listening(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    sd = FakeSoundDevice({None: [0] * 4800, "Monitor of Built-in Audio": [0] * 4800})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    source, warnings = audio_capture.open_source("", "Monitor of Built-in Audio")
    assert source.stereo
    mic, call = next(source.frames())
    assert len(mic) == len(call) == FRAME_SAMPLES * 2
    sd_broken = FakeSoundDevice({None: [0] * 4800, "broken": []})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd_broken)
    source, warnings = audio_capture.open_source("", "broken")
    assert not source.stereo
    assert warnings and "call audio" in warnings[0] and "microphone only" in warnings[0]
    with pytest.raises(ListenUnavailable, match="microphone"):
        audio_capture.open_source("broken", "")


def test_a_microphone_unplugged_mid_call_stops_listening_with_one_line(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    sd = FakeSoundDevice({"unplugged": [100] * 960})  # two frames, then the device is gone
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    source, _ = audio_capture.open_source("unplugged", "")
    stopped: list[str | None] = []
    listener = Listener(
        source, TalkDetector(stereo=False, vad=fake_vad), on_speaker=lambda speaker: None, on_stopped=stopped.append
    )
    listener.start()
    _wait(lambda: stopped)
    assert stopped == ["Listening stopped: the microphone went away (Stream is stopped)"]


def test_a_bug_in_the_listening_thread_is_logged_not_printed(monkeypatch, tmp_path) -> None:
    from infocoach.store import crash_log as crash

    monkeypatch.setattr(crash.platformdirs, "user_log_path", lambda name: tmp_path)
    source = FakeSource()
    stopped: list[str | None] = []

    class BrokenDetector(TalkDetector):
        def feed(self, mic, call=None):
            raise KeyError("a bug")

    listener = Listener(
        source, BrokenDetector(stereo=False, vad=fake_vad), on_speaker=lambda speaker: None, on_stopped=stopped.append
    )
    listener.start()
    source.push(speech(0.1))
    _wait(lambda: stopped)
    assert stopped[0].startswith("Listening stopped: something went wrong inside infocoach")
    assert "KeyError: 'a bug'" in (tmp_path / "crash.log").read_text(encoding="utf-8")


def test_a_busy_device_or_a_missing_resampler_is_one_line_not_a_crash(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    sd = FakeSoundDevice({"busy": [0] * 4800, None: [0] * 4800}, rates={None: (48000,)})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    with pytest.raises(ListenUnavailable, match="Could not start the microphone .*Device unavailable"):
        audio_capture.open_source("busy", "")
    assert sd.opened[-1].closed  # the stream that opened is let go
    _blocked_import(monkeypatch, "soxr", ImportError("No module named 'soxr'"))
    with pytest.raises(ListenUnavailable, match=r"48000 Hz .*soxr.*infocoach\[audio\]"):
        audio_capture.open_source("", "")


def test_the_listening_thread_lets_go_of_the_devices_itself(monkeypatch) -> None:
    from infocoach.audio import capture as audio_capture

    sd = FakeSoundDevice({None: [5] * 48000})
    monkeypatch.setattr(audio_capture, "load_sounddevice", lambda: sd)
    source, _ = audio_capture.open_source("", "")
    listener = Listener(
        source,
        TalkDetector(stereo=False, vad=fake_vad),
        on_speaker=lambda speaker: None,
        on_stopped=lambda problem: None,
    )
    listener.start()
    _wait(lambda: listener.frames_heard > 3)
    listener.stop(timeout=2.0)
    assert sd.opened[0].closed and sd.opened[0].closed_by == "infocoach-listening"


async def test_leaving_while_the_microphone_opens_leaves_nothing_listening(make_app, clock, monkeypatch) -> None:
    opening = threading.Event()
    sources: list[FakeSource] = []

    def slow_open(microphone, call_audio, *, on_speaker, on_stopped):
        opening.wait(5)  # PortAudio taking its time
        source = FakeSource()
        sources.append(source)
        return Listener(
            source, TalkDetector(stereo=False, vad=fake_vad), on_speaker=on_speaker, on_stopped=on_stopped
        ), []

    monkeypatch.setattr(listening, "open_listener", slow_open)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("l")
        assert "opening the microphone" in _state(screen)
        await pilot.press("escape")  # back to History before the microphone is open
        await pilot.pause()
        opening.set()
        await _until(pilot, lambda: sources and sources[0].closed.is_set())  # stopped, not leaked


async def test_a_listener_that_stops_before_the_screen_takes_it_says_why(make_app, clock, monkeypatch) -> None:
    def dead_on_arrival(microphone, call_audio, *, on_speaker, on_stopped):
        source = FakeSource()
        source.unplug()  # gone at the first read
        listener = Listener(
            source, TalkDetector(stereo=False, vad=fake_vad), on_speaker=on_speaker, on_stopped=on_stopped
        )
        return listener, []

    monkeypatch.setattr(listening, "open_listener", dead_on_arrival)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("p", "l")
        await _until(pilot, lambda: any("went away" in n.message for n in app._notifications))
        assert not screen.listening and "listening" not in _state(screen)


async def test_keys_after_a_note_that_open_another_note_are_its_text(make_app, clock, fake_devices) -> None:
    from textual import events

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_live(app, pilot)
        await pilot.press("m")
        for key in ("n", "h", "i", "enter", "n", "y", "o", "enter", "t"):
            app.post_message(events.Key(key, "\r" if key == "enter" else key))
        await _until(pilot, lambda: len(screen.session.meeting.notes) == 2 and screen.session.speaker == "them")
        assert [n.text for n in screen.session.meeting.notes] == ["hi", "yo"]
