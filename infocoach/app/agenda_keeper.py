"""While the app is open it keeps ``infocoach agenda``'s answer current, so the line in a shell
start-up file prints at once in the next terminal instead of reading the whole database.

Every CHECK_SECONDS (real time) it looks at what the kept answer is keyed on (the database's and
the settings file's stat, the machine's zone); when that changed since it last kept the answer, or the answer has come to its end (midnight, or an
item's moment), it computes today's agenda again in a thread worker from the open store and
writes it where the command looks (:func:`infocoach.store.agenda_cache.keep_today`). It does
nothing for the throw-away demo, nor where no cache folder is known.
"""

from __future__ import annotations

from collections.abc import Callable

from infocoach.core.clock import Clock
from infocoach.store import Store, StoreError
from infocoach.store.agenda_cache import cache_key, keep_today
from infocoach.store.config import Paths

CHECK_SECONDS = 5.0


class AgendaKeeper:
    """Decides when the kept agenda is stale; ``run`` does the work off the event loop."""

    def __init__(self, paths: Paths, store: Store, clock: Clock, run: Callable[[Callable[[], None]], None]) -> None:
        self._paths = paths
        self._store = store
        self._clock = clock
        self._run = run
        self._seen: dict[str, object] | None = None
        self._until = 0.0  # the kept answer's end (epoch seconds)
        self._busy = False

    def check(self) -> None:
        if self._paths.cache_dir is None or self._busy:
            return
        # What the kept answer is keyed on (the files' stat, the machine's zone): when it moved,
        # the command would no longer use the answer.
        seen = cache_key(self._paths.data_file, self._paths.config_file, 0)
        if seen == self._seen and self._clock.now().timestamp() < self._until:
            return
        if not self._paths.data_file.exists():  # nothing saved yet: the command says so itself
            return
        self._seen = seen
        self._busy = True
        self._run(self._keep)

    def _keep(self) -> None:
        store = self._store
        try:
            until = keep_today(
                self._paths,
                lambda: (store.contacts(), store.meeting_heads(), store.targets()),
                self._clock.now(),
            )
        except (StoreError, OSError):  # closed while quitting, or a cache that cannot be written
            until = None
        finally:
            self._busy = False
        self._until = until if until is not None else float("inf")
