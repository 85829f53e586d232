"""Listening on the live screen: the microphone (and the call's audio) run the talk meter.

``l`` (or ``infocoach live ID --listen``) turns it on and off. The devices are opened on a worker
thread and read on a thread of their own (:class:`infocoach.audio.listening.Listener`), which posts a
message only when the speaker changes, so the screen never waits for audio. The keys m, t and
space still work and win for a moment (:class:`~infocoach.core.live.listen_policy.ListeningPolicy`).
Nothing is recorded. When listening cannot start, one line says why and the keys carry on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pendulum
from textual import work
from textual.message import Message

from infocoach.core.live.listen_policy import ListeningPolicy
from infocoach.core.live.talk_clock import Speaker

if TYPE_CHECKING:
    from infocoach.audio.listening import Listener
    from infocoach.core.live.session import LiveSession
    from infocoach.core.settings import Settings


class Heard(Message):
    """The detector's speaker changed (posted from the listening thread)."""

    def __init__(self, listener: Listener, speaker: Speaker) -> None:
        super().__init__()
        self.listener = listener
        self.speaker = speaker


class ListeningStarted(Message):
    def __init__(self, listener: Listener, warnings: list[str]) -> None:
        super().__init__()
        self.listener = listener
        self.warnings = warnings


class ListeningEnded(Message):
    """Listening could not start, or stopped by itself; ``problem`` says why (None: asked to)."""

    def __init__(self, listener: Listener | None, problem: str | None) -> None:
        super().__init__()
        self.listener = listener
        self.problem = problem


class LiveListening:
    """Mixed into LiveScreen (a Screen with a ``session``, ``_now()`` and ``_after_change()``)."""

    session: LiveSession
    _listener: Listener | None = None
    _listen_opening = False
    _policy: ListeningPolicy | None = None
    # A listener the worker thread has started and the screen has not taken yet, and whether
    # the screen has gone: both shared with that thread, so guarded by a lock.
    _listen_lock = threading.Lock()
    _started_listener: Listener | None = None
    _listen_closed = False

    def _now(self) -> pendulum.DateTime:
        raise NotImplementedError

    def _after_change(self, *, started: bool = False) -> None:
        raise NotImplementedError

    def redraw_state(self) -> None:
        raise NotImplementedError

    def _listen_settings(self) -> Settings:
        raise NotImplementedError

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def listening_text(self) -> str:
        """For the clock's state line: what listens, or nothing."""
        if self._listen_opening:
            return "opening the microphone…"
        if self._listener is None:
            return ""
        return f"listening: {self._listener.mode}"  # l stops; the keys say so in the Footer

    def action_listen(self) -> None:
        if self._listener is not None:
            self.stop_listening()
            self.notify("Stopped listening: m, t and space keep the talk meter.", timeout=4, markup=False)
        elif not self._listen_opening:
            self._listen_opening = True
            self._open_listener(self._listen_settings())
        self.redraw_state()

    @work(thread=True, exclusive=True, group="listening")
    def _open_listener(self, settings: Settings) -> None:
        """Open the devices off the event loop (PortAudio can take a moment to start)."""
        from infocoach.audio.listening import ListenUnavailable, open_listener

        holder: list[Listener] = []

        def on_speaker(speaker: Speaker) -> None:
            self.post_message(Heard(holder[0], speaker))

        def on_stopped(problem: str | None) -> None:
            self.post_message(ListeningEnded(holder[0], problem))

        try:
            listener, warnings = open_listener(
                settings.listen_microphone,
                settings.listen_call_audio,
                on_speaker=on_speaker,
                on_stopped=on_stopped,
            )
        except ListenUnavailable as problem:
            self.post_message(ListeningEnded(None, str(problem)))
            return
        except Exception:  # noqa: BLE001 - a bug: logged, said in one line, the keys carry on
            from infocoach.store.crash_log import report_crash

            self.post_message(ListeningEnded(None, f"Listening could not start: {report_crash()}"))
            return
        holder.append(listener)
        with self._listen_lock:
            if self._listen_closed:  # the screen went while the devices opened
                listener.stop()
                return
            self._started_listener = listener
            listener.start()
        self.post_message(ListeningStarted(listener, warnings))

    def on_listening_started(self, message: ListeningStarted) -> None:
        self._listen_opening = False
        listener = message.listener
        with self._listen_lock:
            if self._started_listener is listener:
                self._started_listener = None
        if not self.is_attached or self.session.ended:
            listener.stop()
            return
        if listener.ended:  # stopped by itself before the screen took it: say why
            self._listening_ended(listener.problem)
            return
        self._listener = listener
        self._policy = ListeningPolicy()
        if listener.speaker != "nobody":  # heard before the screen took it
            self.on_heard(Heard(listener, listener.speaker))
        # PortAudio may have written to the terminal while it started: draw everything again.
        self.app.refresh(repaint=True, layout=True)
        note = f"Listening ({message.listener.mode}). Nothing is recorded."
        if message.listener.mode == "microphone only":
            note += " Your voice counts as you; the rest of the time as them, so wear headphones."
        if message.warnings:
            note += "\n" + "\n".join(message.warnings)
        self.notify(note, timeout=8, markup=False)
        self.redraw_state()

    def on_listening_ended(self, message: ListeningEnded) -> None:
        if message.listener is not None and message.listener is not self._listener:
            return  # an earlier listener's last word, or one the screen has not taken yet
        self._listening_ended(message.problem)

    def _listening_ended(self, problem: str | None) -> None:
        self._listen_opening = False
        self._listener, self._policy = None, None
        if problem:
            self.app.refresh(repaint=True, layout=True)
            self.notify(
                f"{problem}\nThe keys m, t and space keep the talk meter.",
                title="Not listening",
                severity="warning",
                timeout=10,
                markup=False,
            )
        self.redraw_state()

    def on_heard(self, message: Heard) -> None:
        if message.listener is not self._listener or self._policy is None:
            return
        now = self._now()
        session = self.session
        at = session.elapsed(now)
        target = self._policy.detected(message.speaker, session.speaker, at)
        if target is not None and self._clock_running():
            session.press(target, now)
            self._after_change()

    def listening_tick(self, now: pendulum.DateTime) -> None:
        """Each display tick: a key's hold may have ended, and the detector takes over again."""
        if self._policy is None or not self._clock_running():
            return
        target = self._policy.due(self.session.speaker, self.session.elapsed(now))
        if target is not None:
            self.session.press(target, now)
            self._after_change()

    def pressed_speaker_key(self, now: pendulum.DateTime) -> None:
        if self._policy is not None:
            self._policy.pressed(self.session.elapsed(now))

    def _clock_running(self) -> bool:
        # Listening never starts the clock (p does) and counts nothing while paused or ended.
        session = self.session
        return session.started and not session.paused and not session.ended

    def stop_listening(self, *, closing: bool = False) -> None:
        """Stop the listener (and, when the screen is ``closing``, any the worker is starting)."""
        with self._listen_lock:
            if closing:
                self._listen_closed = True
            started, self._started_listener = self._started_listener, None
        listener, self._listener, self._policy = self._listener, None, None
        for each in (listener, started):
            if each is not None:
                each.stop()
