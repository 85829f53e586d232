"""``agenda --notify``: one desktop notification per item due now, through desktop-notifier.

The library is the optional ``notify`` extra. It reports a failed notification (no D-Bus
session, no notification service: a server, a cron job without the desktop's environment) as a
logged warning rather than an exception; we listen for that warning, and count only the
notifications the library says it dispatched. Either way the user gets one line and exit 1.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from infocoach.cli.outcomes import EXIT_FAILURE, EXIT_OK

if TYPE_CHECKING:
    from infocoach.cli.agenda import Entry

APP_NAME = "infocoach"
MISSING_EXTRA = (
    "infocoach: desktop notifications need the notify extra: pip install 'infocoach[notify]' "
    "(infocoach agenda without --notify prints the same items)"
)

TITLES = {
    "follow-up": "Follow-up due",
    "let-go": "Time to let go",
    "thank-you": "Thank-you note",
    "meeting-today": "Meeting today",
    "meeting-soon": "Meeting soon",
    "next-touch": "Planned update",
    "write-next": "Write to the next person",
    "tell-referrer": "Tell your referrer",
}


class _Failures(logging.Handler):
    """Keeps what the library logged about a notification that could not be sent."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.reasons: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        self.reasons.append(str(error) if error is not None else record.getMessage())


def notify(items: Sequence[Entry]) -> int:
    """Send a notification for each item; exit status 0, or 1 (with one line on stderr) when
    the extra is missing or the desktop did not take a notification."""
    try:
        from desktop_notifier import DesktopNotifier
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return EXIT_FAILURE
    library_log = logging.getLogger("desktop_notifier")
    failures = _Failures()
    library_log.addHandler(failures)
    library_log.propagate = False  # its warning and traceback are ours to say in one line
    try:
        sent = asyncio.run(_send_all(DesktopNotifier, items))
    except Exception as error:  # the library or the platform refused: say it, never a traceback
        return _failed([str(error) or type(error).__name__])
    finally:
        library_log.removeHandler(failures)
    if sent < len(items):
        return _failed(failures.reasons)
    return EXIT_OK  # silent: a cron job that prints mails its owner every time


async def _send_all(notifier_class: Any, items: Sequence[Entry]) -> int:
    """How many notifications were dispatched, stopping at the first that was not."""
    notifier = notifier_class(app_name=APP_NAME)
    sent = 0
    for item in items:
        dispatched: list[bool] = []
        await notifier.send(
            title=TITLES.get(item["kind"], "infocoach"),
            message=item["what"],
            on_dispatched=lambda: dispatched.append(True),  # noqa: B023 (awaited right here)
        )
        if not dispatched:
            break
        sent += 1
    return sent


def _failed(reasons: list[str]) -> int:
    reason = reasons[0] if reasons else "the notification service did not answer"
    print(
        f"infocoach: could not show a desktop notification ({reason}); is a desktop session "
        "running? From cron or a systemd timer, pass DISPLAY and DBUS_SESSION_BUS_ADDRESS.",
        file=sys.stderr,
    )
    return EXIT_FAILURE
