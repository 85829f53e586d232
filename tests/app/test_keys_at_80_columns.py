"""Every key a main screen answers to can be found at 80x24: shown whole in its footer, or
listed in its F1 help. F1 itself is always visible in the footer, never cut off."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from infocoach.dialogs.help import HelpScreen
from infocoach.screens.history.history_screen import HistoryScreen

LIVE, DONE = "m-demo-06", "m-demo-05"


async def _history(app, pilot) -> HistoryScreen:
    await pilot.pause()
    assert isinstance(app.screen, HistoryScreen)
    return app.screen


async def _open(app, pilot, which: str):
    history = await _history(app, pilot)
    if which == "live":
        history.open_live(LIVE)
    elif which == "prep":
        history.open_prep(LIVE)
    elif which == "wrapup":
        history.open_wrapup(DONE)
    elif which == "contacts":
        history.action_contacts()
    elif which == "insights":
        history.action_insights()
    for _ in range(4):
        await pilot.pause(0.05)
    return app.screen


def visible_footer_keys(screen, width: int) -> dict[str, str]:
    """The footer's keys drawn whole within the terminal and not under another (the palette's
    key is docked over the right end): key shown -> description."""
    keys = [key for key in screen.query("FooterKey") if key.display and key.region.width]
    shown = {}
    for key in keys:
        region = key.region
        covered = any(other is not key and other.region.overlaps(region) for other in keys)
        if region.right <= width and not covered:
            shown[key.key_display] = key.description
    return shown


def in_help_text(screen, binding: Binding) -> bool:
    """Named in the screen's help prose ("Enter opens Prep"), as a key a focused list shares."""
    text = (getattr(screen, "HELP", "") or "").lower()
    return binding.key.split(",")[0].lower() in text and binding.description.lower() in text


def help_rows(app) -> dict[str, str]:
    table = app.screen.keys_table()
    return {
        str(description): str(key)
        for key, description in zip(table.columns[0]._cells, table.columns[1]._cells, strict=True)
    }


def own_bindings(screen) -> list[Binding]:
    bindings = [b for b in type(screen).BINDINGS if isinstance(b, Binding)]
    return [b for b in bindings if b.description]


async def assert_every_key_findable(app, pilot, screen, where: str) -> None:
    """F1 is whole in the footer; every key of the screen, the app and our widgets in focus is
    whole in the footer or listed in F1 (its keys, or its prose for a key a list shares)."""
    for _ in range(40):  # the footer is drawn a moment after the screen's keys settle
        footer = visible_footer_keys(screen, 80)
        if footer:
            break
        await pilot.pause(0.05)
    assert footer.get("f1") == "Help", f"F1 is not shown whole on {where}: {footer}"
    every = [(b.description, b) for b in own_bindings(screen)]
    every += [(b.description, b) for b in type(app).BINDINGS if isinstance(b, Binding)]
    every += [
        (active.binding.description, active.binding)
        for active in screen.active_bindings.values()
        if "." in (active.binding.id or "") and active.binding.description
    ]
    await pilot.press("f1")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    listed = help_rows(app)
    await pilot.press("escape")
    await pilot.pause()
    missing = [
        f"{binding.key} {description}"
        for description, binding in every
        if description not in listed and description not in footer.values() and not in_help_text(screen, binding)
    ]
    # Two bindings on one key (p: Start, then Pause) are listed as the one that acts now.
    shared = {b.key for _, b in every if sum(o.key == b.key for _, o in every) > 1}
    missing = [m for m in missing if m.split(" ", 1)[0] not in shared]
    assert missing == [], f"{where}: keys shown nowhere at 80 columns: {missing}"
    assert "ctrl+p" in listed.values()  # the palette, no longer in the footer, is in help


@pytest.mark.parametrize("which", ["history", "prep", "live", "wrapup", "contacts", "insights"])
async def test_every_key_of_a_main_screen_is_in_its_footer_or_its_help_at_80_columns(make_app, which) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot, which) if which != "history" else await _history(app, pilot)
        tabs = getattr(screen, "TAB_ORDER", ())
        if not tabs:
            await assert_every_key_findable(app, pilot, screen, which)
        for tab in tabs:  # each tab puts the focus on its own part, with that part's keys
            screen.query_one("#tabs").active = tab
            for _ in range(3):
                await pilot.pause(0.05)
            await assert_every_key_findable(app, pilot, screen, f"{which}, {tab}")


async def test_mark_sent_has_a_key_on_prep_and_wrap_up(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for which in ("prep", "wrapup"):
            screen = await _open(app, pilot, which)
            keys = {b.action: b for b in own_bindings(screen)}
            assert "mark_sent" in keys and keys["mark_sent"].description == "Mark sent"
            await pilot.press("escape")
            await pilot.pause()
