"""Leaving the live screen while the file cannot be written: Escape and ending ask first, and
nothing kept in memory is dropped unless the user chooses to; once the file can be written
again, what was kept is saved (and an ended meeting goes on to its wrap-up)."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.store import StoreError

MEETING = "m-demo-06"


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(live_saving, "RETRY_SECONDS", 0.05)


async def _open(app, pilot) -> LiveScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=MEETING)
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(app.screen, LiveScreen)
    return app.screen


def _disk_full(meeting) -> None:
    raise StoreError("Could not save: the disk is full.")


async def _wait_for(pilot, condition, rounds: int = 60) -> None:
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("it did not happen in time")


async def _fail_saves_then_take_a_note(app, pilot, screen: LiveScreen, text: str) -> None:
    assert screen.saving is not None and screen.saving.saver is not None
    screen.saving.saver._save = _disk_full
    await pilot.press("t", "n", *text, "enter")
    await _wait_for(pilot, lambda: screen.saving is not None and screen.saving.problem is not None)


async def test_escape_while_saves_fail_asks_and_staying_keeps_and_then_saves_the_note(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        real_save = app.store.save_meeting
        await _fail_saves_then_take_a_note(app, pilot, screen, "budget is fixed")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        question = str(app.screen.query_one("#question", Static).render())
        assert "not saved yet" in question and "lost" in question
        await pilot.press("escape")  # Cancel: stay
        await pilot.pause()
        assert app.screen is screen and [n.text for n in screen.session.meeting.notes] == ["budget is fixed"]
        screen.saving.saver._save = real_save  # space freed
        await _wait_for(pilot, lambda: screen.saving.problem is None)
        assert [n.text for n in app.store.meeting(MEETING).notes] == ["budget is fixed"]
        await pilot.press("escape")  # all saved: goes at once
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert [n.text for n in app.store.meeting(MEETING).notes] == ["budget is fixed"]


async def test_leaving_without_saving_is_the_users_choice(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _fail_saves_then_take_a_note(app, pilot, screen, "not kept")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert str(app.screen.query_one("#yes").label) == "Leave without saving"
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.store.meeting(MEETING).notes == []


async def test_ending_while_saves_fail_keeps_the_meeting_and_wraps_up_once_saved(make_app) -> None:
    from infocoach.screens.wrapup.wrapup_screen import WrapupScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        real_save = app.store.save_meeting
        await _fail_saves_then_take_a_note(app, pilot, screen, "one thing to keep")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause(0.2)
        assert app.screen is screen and screen.session.ended and screen.ended_unsaved is not None
        assert any("wrap-up opens as soon as it is saved" in n.message for n in app._notifications)
        await pilot.press("escape")  # leaving would drop it: asked, and the answer is stay
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        stored = app.store.meeting(MEETING)
        assert stored.status == "scheduled" and stored.notes == []  # nothing written yet
        screen.saving.saver._save = real_save  # the disk can be written again
        await _wait_for(pilot, lambda: isinstance(app.screen, WrapupScreen))
        for _ in range(5):  # let the wrap-up finish mounting before the test ends the app
            await pilot.pause(0.05)
        stored = app.store.meeting(MEETING)
        assert stored.status == "done" and stored.ended_at is not None
        assert [n.text for n in stored.notes] == ["one thing to keep"]


async def test_an_end_never_saved_and_let_go_does_not_open_the_wrap_up(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await _fail_saves_then_take_a_note(app, pilot, screen, "let go")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause(0.2)
        assert screen.ended_unsaved is not None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")  # leave without saving: the user's choice
        for _ in range(5):
            await pilot.pause(0.05)
        assert isinstance(app.screen, HistoryScreen)
        stored = app.store.meeting(MEETING)
        assert stored.status == "scheduled" and stored.notes == []
