"""While the app is open: a notice, once, when a meeting is about to start or a thank-you note
turns overdue (what ``infocoach agenda --notify`` does from outside the app).

The app checks every CHECK_SECONDS of real time, and judges on its injected clock. Thank-you
notes already overdue when the app opens are on History's due list; only those that turn
overdue while it is open get a notice.
"""

from __future__ import annotations

from collections.abc import Callable

from infocoach.core.agenda import due_notices, notice_text
from infocoach.core.clock import Clock, iso
from infocoach.core.pipeline.statuses import DueKind
from infocoach.core.records.model import Status
from infocoach.core.settings import Settings
from infocoach.store import Store, StoreError

CHECK_SECONDS = 20.0
Notify = Callable[[str, str], None]  # (title, message)


class DueNotices:
    """Remembers what it has told, so each meeting and each thank-you is announced once."""

    def __init__(self, store: Store, clock: Clock, settings: Callable[[], Settings], notify: Notify) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings
        self._notify = notify
        self._told: set[tuple[str, str, str]] = set()
        self._first = True

    def check(self) -> None:
        now, settings = self._clock.now(), self._settings()
        try:  # only the two statuses that can give a notice: cheap on 2,000 meetings
            heads = [
                *self._store.meeting_heads(include_archived=False, status=Status.SCHEDULED.value),
                *self._store.meeting_heads(include_archived=False, status=Status.DONE.value),
            ]
        except StoreError:  # closed while quitting: nothing left to announce
            return
        first, self._first = self._first, False
        for item in due_notices(heads, now, settings):
            key = (item.kind.value, item.meeting_id, iso(item.since))
            if key in self._told:
                continue
            self._told.add(key)
            if first and item.kind is DueKind.THANK_YOU:
                continue
            head = next(h for h in heads if h.id == item.meeting_id)
            title, message = notice_text(item, self._store.contact(head.contact_id), now, settings.timezone)
            self._notify(title, message)
