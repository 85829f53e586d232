"""Listening on the live screen: the microphone (and the call's audio) run the talk meter.

``l`` (or ``infocoach live ID --listen``) turns it on and off. The devices are opened on a worker
thread and read on a thread of their own (:class:`infocoach.audio.listening.Listener`), which
hands the screen a call only when the speaker changes, so the screen never waits for audio. The
keys m, t and space still work and win for a moment
(:class:`~infocoach.core.live.listen_policy.ListeningPolicy`). Nothing is recorded. When
listening cannot start, one line says why and the keys carry on.

Turns credited on time: the meter's label follows the detector's decision, which comes late
(about a quarter second into a turn, just under a second after it); the talk clock's segments
and totals are then moved to where each turn really was
(:class:`~infocoach.screens.live.on_time.TurnsOnTime`), so the meeting's totals are what
``talk-detect`` finds on the same audio.

Every key typed into infocoach on this screen and in its prompts is told to the detector
(:meth:`LiveListening.key_pressed`), so the sound of typing a note is not taken for the user's voice.

:class:`LiveListening` is composed into the live screen: it is given the screen (for its
workers, notices and event loop), the session, the clock and what to call after a change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import pendulum

from infocoach.core.live.listen_policy import ListeningPolicy
from infocoach.core.live.talk_clock import Speaker
from infocoach.screens.live.on_time import TurnsOnTime

if TYPE_CHECKING:
    from textual.screen import Screen

    from infocoach.audio.listening import Listener
    from infocoach.core.live.session import LiveSession
    from infocoach.core.settings import Settings


class LiveListening:
    """Whether the screen listens, and what the detector's turns do to the talk clock."""

    def __init__(
        self,
        screen: Screen[object],
        session: LiveSession,
        *,
        now: Callable[[], pendulum.DateTime],
        settings: Callable[[], Settings],
        after_change: Callable[[], None],
        redraw: Callable[[], None],
    ) -> None:
        self._screen = screen
        self._session = session
        self._now = now
        self._settings = settings
        self._after_change = after_change
        self._redraw = redraw
        self._listener: Listener | None = None
        self.opening = False  # the devices are being opened
        self.policy: ListeningPolicy | None = None
        # A listener the worker thread has started and the screen has not taken yet, and whether
        # the screen has gone: both shared with that thread, so guarded by a lock.
        self._lock = threading.Lock()
        self._started_listener: Listener | None = None
        self._closed = False
        self._on_time: TurnsOnTime | None = None  # the listener's turns onto the talk clock

    @property
    def listening(self) -> bool:
        return self._listener is not None

    def state_text(self) -> str:
        """For the clock's state line: what listens, or nothing."""
        if self.opening:
            return "opening the microphone…"
        if self._listener is None:
            return ""
        return f"listening: {self._listener.mode}"  # l stops; the keys say so in the Footer

    def toggle(self) -> None:
        """``l``: stop listening, or start opening the devices."""
        if self._listener is not None:
            self.stop()
            self._screen.notify("Stopped listening: m, t and space keep the talk meter.", timeout=4, markup=False)
        elif not self.opening:
            self.opening = True
            settings = self._settings()
            self._screen.run_worker(lambda: self._open(settings), thread=True, exclusive=True, group="listening")
        self._redraw()

    def _open(self, settings: Settings) -> None:
        """On a worker thread: open the devices (PortAudio can take a moment to start)."""
        from infocoach.audio.listening import ListenUnavailable, open_listener

        screen = self._screen
        holder: list[Listener] = []

        def on_speaker(speaker: Speaker) -> None:
            screen.call_later(self._heard, holder[0], speaker)

        def on_stopped(problem: str | None) -> None:
            screen.call_later(self._ended, holder[0], problem)

        try:
            listener, warnings = open_listener(
                settings.listen_microphone,
                settings.listen_call_audio,
                on_speaker=on_speaker,
                on_stopped=on_stopped,
            )
        except ListenUnavailable as problem:
            screen.call_later(self._ended, None, str(problem))
            return
        except Exception:  # noqa: BLE001 - a bug: logged, said in one line, the keys carry on
            from infocoach.store.crash_log import report_crash

            screen.call_later(self._ended, None, f"Listening could not start: {report_crash()}")
            return
        holder.append(listener)
        with self._lock:
            if self._closed:  # the screen went while the devices opened
                listener.stop()
                return
            self._started_listener = listener
            listener.start()
        screen.call_later(self._started, listener, warnings)

    def _started(self, listener: Listener, warnings: list[str]) -> None:
        self.opening = False
        with self._lock:
            if self._started_listener is listener:
                self._started_listener = None
        if not self._screen.is_attached or self._session.ended:
            listener.stop()
            return
        if listener.ended:  # stopped by itself before the screen took it: say why
            self._stopped(listener.problem)
            return
        self._listener = listener
        self.policy = ListeningPolicy()
        self._on_time = TurnsOnTime(self._session, listener)
        self._on_time.mark(self._now(), running=self._clock_running())
        if listener.speaker != "nobody":  # heard before the screen took it
            self._heard(listener, listener.speaker)
        # PortAudio may have written to the terminal while it started: draw everything again.
        self._screen.app.refresh(repaint=True, layout=True)
        note = f"Listening ({listener.mode}). Nothing is recorded."
        if listener.mode == "microphone only":
            note += " Your voice counts as you; the rest of the time as them, so wear headphones."
        if warnings:
            note += "\n" + "\n".join(warnings)
        self._screen.notify(note, timeout=8, markup=False)
        self._redraw()

    def _ended(self, listener: Listener | None, problem: str | None) -> None:
        """Listening could not start, or stopped by itself; ``problem`` says why (None: asked to)."""
        if listener is not None and listener is not self._listener:
            return  # an earlier listener's last word, or one the screen has not taken yet
        self._stopped(problem)

    def _stopped(self, problem: str | None) -> None:
        self.opening = False
        self._settle()
        self._listener, self.policy = None, None
        if problem:
            self._screen.app.refresh(repaint=True, layout=True)
            self._screen.notify(
                f"{problem}\nThe keys m, t and space keep the talk meter.",
                title="Not listening",
                severity="warning",
                timeout=10,
                markup=False,
            )
        self._redraw()

    def _heard(self, listener: Listener, speaker: Speaker) -> None:
        """The detector's speaker changed."""
        if listener is not self._listener or self.policy is None:
            return
        now = self._now()
        session = self._session
        target = self.policy.detected(speaker, session.speaker, session.elapsed(now))
        changed = False
        if target is not None and self._clock_running():
            changed = session.press(target, now)
        if self._credit_on_time(now) or changed:
            self._after_change()

    def tick(self, now: pendulum.DateTime) -> None:
        """Each display tick (and after every change): a key's hold may have ended, and the
        detector takes over again; turns closed since are credited where they really were."""
        if self.policy is None:
            return
        changed = False
        if self._clock_running():
            target = self.policy.due(self._session.speaker, self._session.elapsed(now))
            if target is not None:
                changed = self._session.press(target, now)
        if self._credit_on_time(now) or changed:
            self._after_change()

    def pressed_speaker_key(self, now: pendulum.DateTime) -> None:
        if self.policy is not None:
            at = self._session.elapsed(now)
            self.policy.pressed(at)
            if self._on_time is not None:
                self._on_time.hold(at, at + self.policy.hold)

    def key_pressed(self) -> None:
        """A key was typed into infocoach (on this screen or in its prompts): the detector keeps
        its sound on the microphone from counting as the user's voice."""
        if self._listener is not None:
            self._listener.key_pressed()

    # --- turns credited on time (screens/live/on_time.py) ---------------------------------

    def _credit_on_time(self, now: pendulum.DateTime) -> bool:
        """Move the turns heard so far to where they really were; True if the talk clock changed."""
        if self._on_time is None:
            return False
        return self._on_time.credit(now, running=self._clock_running())

    def _settle(self) -> None:
        """Listening stops: the turns heard are credited where they were, and a turn still under
        way ends at its latest sound, the clock going to "nobody" from there (the keys carry on)."""
        if self._on_time is None:
            return
        self.policy = None  # the detector's last view no longer applies
        if self._on_time.settle(self._now(), running=self._clock_running()):
            self._after_change()
        self._on_time = None

    def _clock_running(self) -> bool:
        # Listening never starts the clock (p does) and counts nothing while paused or ended.
        session = self._session
        return session.started and not session.paused and not session.ended

    def stop(self, *, closing: bool = False) -> None:
        """Stop the listener (and, when the screen is ``closing``, any the worker is starting)."""
        with self._lock:
            if closing:
                self._closed = True
            started, self._started_listener = self._started_listener, None
        if not closing:
            self._settle()
        listener, self._listener, self.policy = self._listener, None, None
        for each in (listener, started):
            if each is not None:
                each.stop()
