"""Listening during a call: audio frames from a source, through the talk detector, to the screen.

Nothing is recorded. A frame (30 ms) is handed to :class:`~infocoach.core.talk.detector.TalkDetector`
and dropped; only the decision ("me", "them" or "nobody") leaves this module, and only when it
changes. The work runs on a thread of its own, so the interface never waits for audio; the
screen is told through callbacks that must be thread-safe (Textual's ``call_later`` is).

The decision comes late by design (a quarter second into a turn, a hangover after it), so the
frames go through a :class:`~infocoach.core.talk.turn_ledger.TurnLedger`: each turn, once closed,
is kept with its real first and last sound (seconds of audio) for the screen to take
(:meth:`Listener.take_turns`), with the turn under way (:attr:`Listener.open_turn`). Keys typed
into infocoach are told to the detector (:meth:`Listener.key_pressed`) from the screen's thread.

The capture itself lives in :mod:`infocoach.audio.capture`, imported only when listening is
turned on, because it needs the optional audio extra and the PortAudio system library.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from infocoach.audio.source import AudioSource, ListenUnavailable
from infocoach.core.live.talk_clock import Segment, Speaker
from infocoach.core.talk.detector import TalkDetector
from infocoach.core.talk.turn_ledger import MAX_PENDING, TurnLedger


class Listener:
    """Runs a source through a detector on a daemon thread and reports each change of speaker.

    ``on_speaker(speaker)`` is called on the listening thread when the decision changes;
    ``on_stopped(problem)`` once when the frames end (``problem`` is None after ``stop()``).
    """

    def __init__(
        self,
        source: AudioSource,
        detector: TalkDetector,
        *,
        on_speaker: Callable[[Speaker], None],
        on_stopped: Callable[[str | None], None],
    ) -> None:
        self.source = source
        self.detector = detector
        self.ledger = TurnLedger(detector)
        # Closed turns for the screen (appended here, taken there: deque ends are thread-safe),
        # and the turn under way, replaced whole after each frame.
        self._turns: deque[Segment] = deque(maxlen=MAX_PENDING)
        self.open_turn: Segment | None = None
        self._on_speaker = on_speaker
        self._on_stopped = on_stopped
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="infocoach-listening", daemon=True)
        self.frames_heard = 0
        self.speaker: Speaker = "nobody"  # the latest decision, for whoever starts listening late
        self.problem: str | None = None  # why it stopped by itself, once it has

    @property
    def mode(self) -> str:
        """``"microphone only"`` or ``"microphone and call audio"``."""
        return self.detector.mode

    def start(self) -> None:
        self._thread.start()

    @property
    def audio_seconds(self) -> float:
        """Seconds of audio heard so far: the time line of the turns."""
        return self.detector.seconds

    def key_pressed(self) -> None:
        """A key was typed into infocoach now: its sound on the microphone is not a voice."""
        self.detector.key_pressed()

    def take_turns(self) -> list[Segment]:
        """The turns closed since the last call, dated to their first and last sound (seconds of
        audio), oldest first. Safe to call from the screen's thread."""
        turns = []
        while self._turns:
            turns.append(self._turns.popleft())
        return turns

    def stop(self, timeout: float = 0.0) -> None:
        """Stop listening. The listening thread lets go of the devices itself, within a frame;
        ``timeout`` waits for that (the screen does not: it must never wait for audio)."""
        self._stopping.set()
        self.source.close()
        if timeout and self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._stopping.is_set()

    @property
    def ended(self) -> bool:
        """True once the thread has finished (stopped, or stopped by itself)."""
        return self._thread.ident is not None and not self._thread.is_alive()

    def _run(self) -> None:
        problem: str | None = None
        # The detector begins at "nobody" before it has heard anything: not worth reporting
        # (it would undo a key pressed just before listening began).
        last: Speaker = "nobody"
        try:
            for mic, call in self.source.frames():
                if self._stopping.is_set():
                    break
                speaker = self.ledger.feed(mic, call)
                self._turns.extend(self.ledger.take_corrections())
                self.open_turn = self.detector.open_turn
                self.frames_heard += 1
                if speaker != last:
                    last = self.speaker = speaker
                    self._on_speaker(speaker)
        except ListenUnavailable as exc:
            problem = str(exc)
        except (OSError, ValueError, RuntimeError) as exc:  # a device unplugged mid-call, say
            problem = f"Listening stopped: {exc}"
        except Exception:  # noqa: BLE001 - a bug: logged with its traceback, never printed over the screen
            from infocoach.store.crash_log import report_crash

            problem = f"Listening stopped: {report_crash()}"
        finally:
            self.source.close()  # ends the reading: the source lets go of its devices
            if not self._stopping.is_set() and problem is None:
                problem = "Listening stopped: the audio device went away."
            self.problem = None if self._stopping.is_set() else problem
            self._on_stopped(self.problem)


def open_listener(
    microphone: str,
    call_audio: str,
    *,
    on_speaker: Callable[[Speaker], None],
    on_stopped: Callable[[str | None], None],
) -> tuple[Listener, list[str]]:
    """A listener on the configured devices ("" is the default microphone / no call audio),
    and warnings (the call's audio could not be opened, so the microphone listens alone).

    Raises ListenUnavailable with a one-line reason: no extra, no PortAudio, no microphone.
    With ``INFOCOACH_LISTEN_FILE`` set (a developer's aid), a WAV file is played in real time
    instead of the devices: see :mod:`infocoach.audio.file_source`.
    """
    import os

    from infocoach.audio.file_source import LISTEN_FILE_ENV, RecordingSource
    from infocoach.core.talk.voice_activity import voice_activity_available

    missing = voice_activity_available()
    if missing is not None:
        raise ListenUnavailable(f"Listening is not available: {missing}.")
    source: AudioSource
    if recording := os.environ.get(LISTEN_FILE_ENV):
        source, warnings = RecordingSource(Path(recording)), [f"Playing {recording}, not the microphone."]
    else:
        from infocoach.audio.capture import open_source

        source, warnings = open_source(microphone, call_audio)
    detector = TalkDetector(stereo=source.stereo)
    return Listener(source, detector, on_speaker=on_speaker, on_stopped=on_stopped), warnings
