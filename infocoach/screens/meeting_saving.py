"""Saving one meeting from a screen: nothing typed is lost, and the screen never waits for the disk.

Every change hands a snapshot of the meeting to a :class:`BackgroundSaver`, which writes it on
its own thread about half a second later (the newest snapshot wins). A write that fails is kept
and retried every two seconds; ``problem`` says NOT SAVED until one succeeds, and the screen is
told each time that changes so it can show it. Leaving, quitting and ending write at once
(:meth:`MeetingSaving.flush`). Live, Prep and Wrap-up all save this way.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App

from infocoach.core.records.model import Meeting
from infocoach.store.background_saver import BackgroundSaver

SAVE_DELAY = 0.5  # the saver writes this long after the first unsaved change
RETRY_SECONDS = 2.0
NOT_SAVED = "the file could not be written"


class MeetingSaving:
    """One screen's saving of one meeting, composed into the screen (not mixed in).

    ``save`` writes a meeting (the store's ``save_meeting``); ``on_problem`` is called on the event
    loop whenever ``problem`` changes, so the screen can redraw its NOT SAVED line.
    """

    def __init__(
        self,
        app: App[object],
        save: Callable[[Meeting], None],
        *,
        on_problem: Callable[[], None],
        delay: float | None = None,
    ) -> None:
        self._app = app  # the worker thread has no app context: keep the app itself
        self._on_problem = on_problem
        self.problem: str | None = None  # shown by the screen while a write keeps failing
        self.saver: BackgroundSaver[Meeting] | None = BackgroundSaver(
            save,
            delay=SAVE_DELAY if delay is None else delay,  # read when made: tests shorten them
            retry=RETRY_SECONDS,
            on_error=lambda exc: self._on_loop(self._failed, exc),
            on_saved=lambda recovered: self._on_loop(self._saved, recovered),
        )

    @property
    def notice(self) -> str | None:
        """The line a screen shows while a write keeps failing, or None when all is saved."""
        return f"NOT SAVED: {self.problem}; retrying" if self.problem else None

    def _on_loop(self, callback: Callable[..., None], *args: object) -> None:
        # call_later only posts a message (thread-safe) and never waits for the event loop,
        # which may itself be waiting for this worker in flush() or close().
        if self._app.is_running:  # a last save may finish as the app closes: nobody to tell
            self._app.call_later(callback, *args)

    def submit(self, meeting: Meeting) -> None:
        """Write this version soon (a newer one submitted before then replaces it)."""
        if self.saver is not None:
            self.saver.submit(meeting)

    def _failed(self, exc: Exception) -> None:
        first = self.problem is None
        self.problem = NOT_SAVED
        self._on_problem()
        if first:
            self._app.notify(
                f"{exc}\nWhat you typed is kept here and saved as soon as the file can be written.",
                title="Not saved yet",
                severity="error",
                timeout=20,
                markup=False,
            )

    def _saved(self, recovered: bool) -> None:
        if recovered:
            self.problem = None
            self._on_problem()
            self._app.notify("Saved again: nothing was lost.", markup=False)

    def flush(self, meeting: Meeting | None) -> bool:
        """Write this version (if any) and whatever is pending now; False if the file cannot be
        written (it stays pending, and is retried)."""
        if self.saver is None:
            return True
        if meeting is not None:
            self.saver.submit(meeting)
        return self.saver.flush()

    def close(self, meeting: Meeting | None) -> None:
        """The last version is written before the saver's thread ends."""
        if self.saver is not None:
            if meeting is not None:
                self.saver.submit(meeting)
            self.saver.close()
            self.saver = None
