"""How History looks, on demo data at a fixed moment. Review snapshot_report.html before
updating a snapshot (pytest --snapshot-update), and never update one just to make a run green."""

from __future__ import annotations

import pytest
from snapshot_settle import settle as _settle


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_history_on_demo_data(snap_compare, make_app, size) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=_settle)


def test_history_first_run(snap_compare, make_app) -> None:
    assert snap_compare(make_app(demo=False), terminal_size=(80, 24), run_before=_settle)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_contact_form(snap_compare, make_app, size) -> None:
    async def open_form(pilot) -> None:
        await _settle(pilot)  # History's notices go before the form covers them
        await pilot.press("c")
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_form)


@pytest.mark.parametrize(
    ("tab", "size"), [("tab-questions", (80, 24)), ("tab-outreach", (80, 24)), ("tab-research", (120, 40))]
)
def test_prep(snap_compare, make_app, tab, size) -> None:
    app = make_app()

    async def open_prep(pilot) -> None:
        meeting = next(m for m in app.store.meetings() if m.status == "scheduled")
        pilot.app.screen.open_prep(meeting.id)
        await _settle(pilot)
        pilot.app.screen.query_one("#tabs").active = tab
        await _settle(pilot)
        await pilot.pause(0.5)  # the first lint pass is debounced

    assert snap_compare(app, terminal_size=size, run_before=open_prep)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_live_mid_meeting(snap_compare, make_app, clock, size) -> None:
    """Fifteen minutes into a 20-minute call: the wrap-up cue, the meter, starred questions."""
    app = make_app()

    async def hold_a_meeting(pilot) -> None:
        screen = pilot.app.screen
        screen.open_live("m-demo-06")
        await pilot.pause()
        live = pilot.app.screen
        pilot.app.clear_notifications()
        for key, seconds in (("m", 35), ("t", 150), ("enter", 0), ("m", 60), ("t", 200)):
            await pilot.press(key)
            clock.advance(seconds)
        await pilot.press("n", *"Forecasts run every 15 minutes; [bold]not[/] hourly", "enter")
        for key, seconds in (("enter", 0), ("m", 90), ("t", 240), ("space", 10), ("m", 45), ("t", 70)):
            await pilot.press(key)
            clock.advance(seconds)
        await pilot.press("a", *"Try the open grid data from the national operator", "enter")
        live.refresh_live()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=hold_a_meeting)


@pytest.mark.parametrize(("size", "tab"), [((80, 24), "tab-summary"), ((120, 40), "tab-thanks")])
def test_wrapup(snap_compare, make_app, size, tab) -> None:
    """The demo meeting that ended five hours ago: the summary, and the thank-you note."""
    app = make_app()

    async def open_wrapup(pilot) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.open_wrapup("m-demo-05")
        await _settle(pilot)
        pilot.app.screen.query_one("#tabs").active = tab
        await _settle(pilot)
        await pilot.pause(0.5)  # the first lint pass
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=open_wrapup)


def _themed(make_app, theme: str):
    from infocoach.app.themes import builtin_themes_dir, load_themes

    app = make_app()
    themes, _ = load_themes(builtin_themes_dir(), None)
    for each in themes.values():
        app.register_theme(each)
    app.theme = theme
    return app


@pytest.mark.parametrize(("theme", "size"), [("infocoach-light", (120, 40)), ("high-contrast", (80, 24))])
def test_history_in_other_themes(snap_compare, make_app, theme, size) -> None:
    async def settle(pilot) -> None:
        await _settle(pilot)
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(_themed(make_app, theme), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_insights(snap_compare, make_app, size) -> None:
    async def open_insights(pilot) -> None:
        await pilot.press("i")
        await _settle(pilot)
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_insights)
