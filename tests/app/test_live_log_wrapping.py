"""Every note in the live log wraps at the log's width: when the screen reopens on notes taken
earlier (at 80x24 and at 120x40), after a resize either way, and for new notes."""

from __future__ import annotations

import pytest

from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.widgets.live_log import LiveLog

MEETING = "m-demo-06"
LONG_NOTES = [
    "Most utilities hire power-systems people mostly through graduate schemes that open each "
    "autumn, so the application window matters more than the posting itself",
    "She spent eight years as an ICU nurse before moving into informatics; the fellowship "
    "takes two people a year and values clinical judgement over coding",
    "Forecast error is mostly weather error: cloud cover on the morning run decides the day, "
    "and the rest is cleaning meter data that arrives late or twice",
]


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)


async def _open(app, pilot) -> LiveScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=MEETING)
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(app.screen, LiveScreen)
    return app.screen


async def _settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause(0.05)


def assert_every_note_whole(log: LiveLog, notes: list[str]) -> None:
    width = log.scrollable_content_region.width
    assert width > 20
    lines = [strip.text for strip in log.lines]
    for line in log.lines:
        assert line.cell_length <= width, f"a line is wider than the log ({line.cell_length} > {width})"
    shown = " ".join(" ".join(lines).split())  # as read on screen, lines joined
    for note in notes:
        assert note in shown, f"not shown whole: {note[:40]}…"
    assert len(lines) > len(notes)  # long notes did wrap


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_notes_taken_earlier_wrap_on_reopening_and_after_resizes(make_app, size) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("t")
        for text in LONG_NOTES[:2]:
            await pilot.press("n")
            app.screen.query_one("#line").value = text
            await pilot.press("enter")
            await pilot.pause()
        assert_every_note_whole(screen.query_one(LiveLog), LONG_NOTES[:2])
        await pilot.press("escape")
        await _settle(pilot)
        screen = await _open(app, pilot)  # reopened: the old notes are drawn again
        await _settle(pilot)
        log = screen.query_one(LiveLog)
        assert_every_note_whole(log, LONG_NOTES[:2])
        other = (80, 24) if size == (120, 40) else (120, 40)
        await pilot.resize_terminal(*other)
        await _settle(pilot)
        assert_every_note_whole(log, LONG_NOTES[:2])
        await pilot.press("n")
        app.screen.query_one("#line").value = LONG_NOTES[2]
        await pilot.press("enter")
        await _settle(pilot)
        assert_every_note_whole(log, LONG_NOTES)
        await pilot.resize_terminal(100, 30)
        await _settle(pilot)
        assert_every_note_whole(log, LONG_NOTES)
        await pilot.resize_terminal(*size)
        await _settle(pilot)
        assert_every_note_whole(log, LONG_NOTES)


def test_only_the_time_of_an_entry_is_dim() -> None:
    from infocoach.core.records.model import Note
    from infocoach.widgets.live_log import note_line

    line = note_line(Note(text="Forecasts are half data cleaning", at=95.0, starred=True))
    assert line.plain == "01:35  ★ Forecasts are half data cleaning"
    assert str(line.style) == ""  # not the whole line
    dim = [span for span in line.spans if "dim" in str(span.style)]
    assert [(line.plain[s.start : s.end]) for s in dim] == ["01:35  "]
