"""Keys remapped in the settings file's [keys] table, checked against the app's binding ids.

Every binding that matters has an id ("live.me", "history.search"); ``App.set_keymap`` maps an
id to other keys. An id that no screen has is reported once at start-up instead of being
silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.dom import DOMNode


def _screens() -> list[type[DOMNode]]:
    from infocoach.app.application import InfocoachApp
    from infocoach.dialogs.confirm import ConfirmModal
    from infocoach.dialogs.form_base import FormScreen
    from infocoach.dialogs.help import HelpScreen
    from infocoach.screens.contacts import ContactsScreen
    from infocoach.screens.history.history_screen import HistoryScreen
    from infocoach.screens.insights import InsightsScreen
    from infocoach.screens.live.live_screen import LiveScreen
    from infocoach.screens.live.prompts import LinePrompt
    from infocoach.screens.prep.prep_screen import PrepScreen
    from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
    from infocoach.widgets.meeting_table import MeetingTable

    return [
        InfocoachApp,
        HistoryScreen,
        ContactsScreen,
        PrepScreen,
        LiveScreen,
        WrapupScreen,
        InsightsScreen,
        FormScreen,
        ConfirmModal,
        HelpScreen,
        LinePrompt,
        MeetingTable,
    ]


def binding_ids(nodes: Iterable[type[DOMNode]] | None = None) -> dict[str, str]:
    """Every binding id the app knows, with its description."""
    ids: dict[str, str] = {}
    for node in nodes if nodes is not None else _screens():
        for binding in node.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                ids.setdefault(binding.id, binding.description)
    return ids


def checked_keymap(keys: Iterable[tuple[str, str]]) -> tuple[dict[str, str], list[str]]:
    """The remappings to apply, and a warning for each id no screen has."""
    known = binding_ids()
    keymap: dict[str, str] = {}
    warnings: list[str] = []
    for binding_id, key in keys:
        if binding_id in known:
            keymap[binding_id] = key
        else:
            warnings.append(
                f"[keys] {binding_id}: no key has that id (see F1 on each screen, or the README's list): ignored"
            )
    return keymap, warnings
