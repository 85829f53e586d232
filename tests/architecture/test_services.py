"""What screens may ask of the app is one protocol, and the App gives all of it; the keymap
knows every screen's keys without a hand-kept list."""

from __future__ import annotations

from typing import get_type_hints

from infocoach.app.application import UI_PACKAGES, InfocoachApp
from infocoach.app.keymap import binding_ids, checked_keymap, classes_with_keys
from infocoach.services import CoachApp


def _protocol_members() -> set[str]:
    names = {name for name in vars(CoachApp) if not name.startswith("_")}
    return names | set(get_type_hints(CoachApp, localns={}, globalns=_globals()))


def _globals() -> dict[str, object]:
    from infocoach.core.clock import Clock
    from infocoach.core.settings import Settings
    from infocoach.store import Store
    from infocoach.store.config import Paths

    return {"Clock": Clock, "Settings": Settings, "Store": Store, "Paths": Paths}


def test_the_app_gives_everything_the_protocol_promises(make_app) -> None:
    app = make_app()
    members = _protocol_members()
    assert {"store", "settings", "paths", "clock", "guarded_save", "update_settings"} <= members
    for name in members:
        assert hasattr(app, name), name
        if callable(getattr(CoachApp, name, None)):
            assert callable(getattr(InfocoachApp, name)), name


def test_every_screen_dialog_and_widget_with_keys_is_found() -> None:
    found = {cls.__name__ for cls in classes_with_keys(UI_PACKAGES)}
    expected = {
        "HistoryScreen", "ContactsScreen", "PrepScreen", "LiveScreen", "WrapupScreen", "InsightsScreen",
        "FormScreen", "ConfirmModal", "HelpScreen", "LinePrompt", "MeetingTable", "QuestionPlan",
    }  # fmt: skip
    assert expected <= found, expected - found
    ids = binding_ids([InfocoachApp, *classes_with_keys(UI_PACKAGES)])
    for binding_id in ("app.help", "history.search", "live.me", "prep.back", "plan.add", "form.save"):
        assert binding_id in ids, binding_id


def test_a_remapped_key_of_any_screen_is_accepted_and_an_unknown_id_is_reported() -> None:
    nodes = [InfocoachApp, *classes_with_keys(UI_PACKAGES)]
    keymap, warnings = checked_keymap([("live.me", "i"), ("plan.add", "+"), ("no.such", "x")], nodes)
    assert keymap == {"live.me": "i", "plan.add": "+"}
    assert len(warnings) == 1 and warnings[0].startswith("[keys] no.such: no key has that id")
