"""The first-run form at 80x24, on an empty database, with the machine's time zone filled in."""

from __future__ import annotations

from infocoach.core.settings import Settings


async def _settle(pilot) -> None:
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


def test_first_run_form(snap_compare, make_app) -> None:
    app = make_app(
        demo=False, settings=Settings(timezone="Europe/London"), first_run=True, machine_timezone="Europe/London"
    )
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settle)
