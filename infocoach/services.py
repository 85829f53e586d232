"""What screens, dialogs and widgets may ask of the running app, as a protocol.

They never import the App module (the App imports them: it owns the list of screens). Instead
they read the store, the settings, the clock and the paths through :class:`CoachApp`, which
``InfocoachApp`` satisfies (a test checks it), and everything else through Textual's ``App``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from infocoach.core.clock import Clock
    from infocoach.core.settings import Settings
    from infocoach.store import Store
    from infocoach.store.config import Paths


class CoachApp(Protocol):
    """The app's own services, beside Textual's (``notify``, ``push_screen``, ...)."""

    store: Store
    settings: Settings
    paths: Paths
    clock: Clock

    def guarded_save(self, action: Callable[[], object], *, done: str | None = None) -> bool:
        """Run a store write; on failure tell the user and return False."""
        ...

    def update_settings(self, settings: Settings) -> bool:
        """Save new settings to the settings file and use them; False (and said) if not saved."""
        ...


def coach_of(node: DOMNode) -> CoachApp:
    """The running app's services, for any widget or screen mounted in it."""
    return cast("CoachApp", node.app)


@dataclass(frozen=True, slots=True)
class StartTarget:
    """Where the app opens from the command line: a meeting's Prep, Live or Wrap-up, over History."""

    screen: Literal["prep", "live", "wrapup"]
    meeting_id: str
    listen: bool = False  # live only: `infocoach live ID --listen`
