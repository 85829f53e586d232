"""Saving off the event loop: the latest version of a record, written by a worker thread.

The live screen hands every change to :meth:`BackgroundSaver.submit` and goes straight back to
drawing its clock. The worker waits ``delay`` seconds after the first unsaved change (so a burst of
keys costs one write, and a steady stream of changes is still written every ``delay`` seconds),
then writes the newest version. A failed write keeps that version pending and is retried every
``retry`` seconds, unless a newer one has arrived meanwhile, which is written instead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class BackgroundSaver(Generic[T]):
    """Writes the newest submitted item with ``save`` on a daemon thread.

    ``on_error(exc)`` and ``on_saved(recovered)`` (``recovered``: the write before it had failed)
    are called on the worker thread (the app passes
    callbacks that hop back to the event loop). Use :meth:`close` before the process exits.
    """

    def __init__(
        self,
        save: Callable[[T], None],
        *,
        delay: float = 0.5,
        retry: float = 2.0,
        on_error: Callable[[Exception], None] | None = None,
        on_saved: Callable[[bool], None] | None = None,
        name: str = "infocoach-saver",
    ) -> None:
        self._save = save
        self._delay = delay
        self._retry = retry
        self._on_error = on_error
        self._on_saved = on_saved
        self._lock = threading.Condition()
        self._pending: T | None = None
        self._has_pending = False
        self._writing = False
        self._closing = False
        self._failed = False
        self._attempts = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def failing(self) -> bool:
        """True while the last write failed and its change is still waiting to be retried."""
        with self._lock:
            return self._failed

    def submit(self, item: T) -> None:
        """Save ``item`` soon, replacing any version not yet written."""
        with self._lock:
            if self._closing:
                raise RuntimeError("the saver has been closed")
            self._pending, self._has_pending = item, True
            self._lock.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Write what is pending now and wait for it; True when everything submitted is saved."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._lock.notify_all()  # wake a worker waiting out its delay
            self._flushing = True
            attempts = self._attempts
            try:
                while self._has_pending or self._writing:
                    left = deadline - time.monotonic()
                    tried_again = self._attempts > attempts and not self._writing
                    if left <= 0 or (self._failed and tried_again):
                        break
                    self._lock.wait(left)
                return not (self._has_pending or self._writing)
            finally:
                self._flushing = False

    def close(self, timeout: float = 10.0) -> bool:
        """Flush, then stop the worker. Returns whether everything was saved."""
        saved = self.flush(timeout)
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._thread.join(timeout=1.0)
        return saved

    # --- the worker ----------------------------------------------------------------------

    _flushing = False

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._has_pending and not self._closing:
                    self._lock.wait()
                if self._closing and not self._has_pending:
                    return
                # Coalesce: wait out the delay (or the retry pause) unless asked to flush.
                pause = self._retry if self._failed else self._delay
                until = time.monotonic() + pause
                while not (self._flushing or self._closing):
                    left = until - time.monotonic()
                    if left <= 0:
                        break
                    self._lock.wait(left)
                if self._closing and self._failed:
                    return  # closing after a failure: the caller already knows it is unsaved
                item, self._pending, self._has_pending = self._pending, None, False
                self._writing = True
                self._attempts += 1
            try:
                self._save(item)  # type: ignore[arg-type]  # _has_pending was True
            except Exception as exc:  # any failure: keep the change and try again
                with self._lock:
                    if not self._has_pending:
                        self._pending, self._has_pending = item, True
                    self._failed = True
                    self._writing = False
                    self._lock.notify_all()
                self._tell(self._on_error, exc)
                continue
            with self._lock:
                was_failing, self._failed = self._failed, False
                self._writing = False
                self._lock.notify_all()
            self._tell(self._on_saved, was_failing)

    @staticmethod
    def _tell(listener: Callable[..., None] | None, *args: object) -> None:
        """Call a listener; one that fails (say, the app is closing) must not stop the saving."""
        if listener is None:
            return
        try:
            listener(*args)
        except Exception:
            logging.getLogger(__name__).exception("a save listener failed")
