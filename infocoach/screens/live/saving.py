"""Saving on the live screen: nothing typed is lost, and the clock never waits for the disk.

Every change hands a snapshot of the meeting to a :class:`BackgroundSaver`, which writes it on
its own thread about half a second later (the newest snapshot wins). A write that fails is kept
and retried every two seconds; the screen says NOT SAVED until one succeeds. Leaving, quitting
and ending the meeting write at once (``save_all``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from infocoach.core.records.model import Meeting
from infocoach.store.background_saver import BackgroundSaver

if TYPE_CHECKING:
    from infocoach.app.application import InfocoachApp
    from infocoach.core.live.session import LiveSession

SAVE_DELAY = 0.5  # the saver writes this long after the first unsaved change
RETRY_SECONDS = 2.0


class LiveSaving:
    """Mixed into LiveScreen (a Screen with a ``session``, ``coach`` and ``_shown_state``)."""

    session: LiveSession
    saver: BackgroundSaver[Meeting] | None = None
    save_problem: str | None = None  # shown under the clock while a write keeps failing
    _shown_state: tuple[object, ...]

    @property
    def coach(self) -> InfocoachApp:
        raise NotImplementedError

    def start_saving(self) -> None:
        app = self.app  # type: ignore[attr-defined]  # the worker thread has no app context

        def on_loop(callback: Callable[..., None], *args: object) -> None:
            # call_later only posts a message (thread-safe) and never waits for the event loop,
            # which may itself be waiting for this worker in flush() or close().
            if app.is_running:  # a last save may finish as the app closes: nobody to tell
                app.call_later(callback, *args)

        self.saver = BackgroundSaver(
            self.coach.store.save_meeting,
            delay=SAVE_DELAY,
            retry=RETRY_SECONDS,
            on_error=lambda exc: on_loop(self._save_failed, exc),
            on_saved=lambda recovered: on_loop(self._saved, recovered),
        )

    def _changed(self) -> None:
        if self.saver is not None:
            self.saver.submit(self.session.snapshot(self.coach.clock.now()))

    def _save_failed(self, exc: Exception) -> None:
        first = self.save_problem is None
        self.save_problem = "the file could not be written"
        self._shown_state = ()
        if first:
            self.notify(  # type: ignore[attr-defined]
                f"{exc}\nWhat you typed is kept here and saved as soon as the file can be written.",
                title="Not saved yet",
                severity="error",
                timeout=20,
                markup=False,
            )

    def _saved(self, recovered: bool) -> None:
        if recovered:
            self.save_problem = None
            self._shown_state = ()
            self.notify("Saved again: nothing was lost.", markup=False)  # type: ignore[attr-defined]

    def save_all(self) -> bool:
        """Write everything now (leaving, quitting, ending); False if the file cannot be written."""
        self._changed()
        return self.saver.flush() if self.saver is not None else True

    def has_unsaved_changes(self) -> bool:
        return not self.save_all()

    def stop_saving(self) -> None:
        """The last snapshot is written before the saver's thread ends."""
        if self.saver is not None:
            self._changed()
            self.saver.close()
            self.saver = None
