"""What every snapshot test does before the picture: let layout finish, stop cursors blinking
(so a snapshot never catches one mid-blink) and clear notifications. A notification goes after
a few seconds of real time, so whether a busy machine still shows one would decide the picture."""

from __future__ import annotations

from textual.pilot import Pilot


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    pilot.app.clear_notifications()
    await pilot.pause()
