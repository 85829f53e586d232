"""The reschedule dialog at 80x24: the time it has in both zones, the new one as typed."""

from __future__ import annotations

from snapshot_settle import settle as _settle
from test_reschedule import app_with, booked


def test_reschedule_dialog(snap_compare, make_app) -> None:
    async def move(pilot) -> None:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        for char in "next monday 10:30":
            await pilot.press("space" if char == " " else char)
        await _settle(pilot)

    assert snap_compare(app_with(make_app, booked()), terminal_size=(80, 24), run_before=move)
