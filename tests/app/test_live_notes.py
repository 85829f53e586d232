"""The live screen's notes: starring, changing and deleting the last one, and the question a
note is on (the one just marked asked, changeable in the prompt)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.screens.live.prompts import NotePrompt
from infocoach.widgets.live_log import LiveLog

MEETING = "m-demo-06"  # scheduled later today, 20 minutes planned, five questions


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


def _log(screen: LiveScreen) -> str:
    return "\n".join(str(line.text) for line in screen.query_one(LiveLog).lines)


async def test_the_last_note_is_starred_changed_and_deleted(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("t", "n", *"first thought", "enter")
        await pilot.press("n", *"act now, perfct info later", "enter")
        await pilot.pause()
        await pilot.press("asterisk")
        notes = screen.session.meeting.notes
        assert [n.starred for n in notes] == [False, True]
        assert "★ act now, perfct info later" in _log(screen)
        assert any("Starred for your thank-you" in n.message for n in app._notifications)
        await pilot.press("E")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, NotePrompt) and prompt.query_one("#line", Input).value == "act now, perfct info later"
        await pilot.press(*" (her words)")  # typed at the end: the words already there stay
        assert prompt.query_one("#line", Input).value == "act now, perfct info later (her words)"
        prompt.query_one("#line", Input).value = "act now, perfect info later"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        assert (notes[-1].text, notes[-1].starred) == ("act now, perfect info later", True)
        assert "★ act now, perfect info later" in _log(screen) and "perfct" not in _log(screen)
        assert screen.save_all()
        assert [(n.text, n.starred) for n in app.store.meeting(MEETING).notes] == [
            ("first thought", False),
            ("act now, perfect info later", True),
        ]
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")  # no: kept
        await pilot.pause()
        assert len(notes) == 2
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [n.text for n in screen.session.meeting.notes] == ["first thought"]
        assert "perfect info" not in _log(screen)
        assert screen.save_all()
        assert [n.text for n in app.store.meeting(MEETING).notes] == ["first thought"]
        await pilot.press("asterisk", "asterisk")  # again: unstarred
        assert screen.session.meeting.notes[0].starred is False


async def test_the_keys_for_the_last_note_say_so_when_there_is_none(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        for key in ("asterisk", "E", "D"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LiveScreen)
        assert sum("No note yet" in n.message for n in app._notifications) == 3
        assert screen.session.meeting.notes == []


async def test_a_note_after_enter_is_on_the_question_just_asked_and_can_be_moved(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        questions = [q.text for q in screen.session.meeting.questions]
        await pilot.press("t", "enter")  # the first question asked: the cursor moves to the second
        await pilot.press("n")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, NotePrompt)
        assert str(prompt.query_one("#note-on", Static).render()) == f"Note on: {questions[0]}"
        await pilot.press(*"starts with the weather run", "enter")
        await pilot.pause()
        assert screen.session.meeting.notes[-1].question == questions[0]
        clock.advance(61)  # over a minute later: the question under the cursor
        await pilot.press("n")
        await pilot.pause()
        assert str(app.screen.query_one("#note-on", Static).render()) == f"Note on: {questions[1]}"
        await pilot.press("down")  # attached to another question instead
        assert str(app.screen.query_one("#note-on", Static).render()) == f"Note on: {questions[2]}"
        await pilot.press("up", "up", "up")
        assert str(app.screen.query_one("#note-on", Static).render()) == "Note on: no question in particular"
        await pilot.press("up")  # round to the last
        assert str(app.screen.query_one("#note-on", Static).render()) == f"Note on: {questions[-1]}"
        await pilot.press(*"more sites, more noise", "enter")
        await pilot.pause()
        assert screen.session.meeting.notes[-1].question == questions[-1]
        await pilot.press("E")  # changing the last note shows, and keeps, its question
        await pilot.pause()
        assert str(app.screen.query_one("#note-on", Static).render()) == f"Note on: {questions[-1]}"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.session.meeting.notes[-1].question == ""
        assert screen.save_all()
        assert [n.question for n in app.store.meeting(MEETING).notes] == [questions[0], ""]


async def test_the_footer_and_help_name_the_note_keys(make_app) -> None:
    from infocoach.dialogs.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        title = str(screen.query_one("#notes-title", Static).render())
        assert "* star" in title and "E edit" in title and "D delete" in title
        footer = {key.key_display: key.description for key in screen.query("FooterKey")}
        assert footer.get("*") == "Star"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.keys_table()
        rows = dict(zip(table.columns[0]._cells, (str(c) for c in table.columns[1]._cells), strict=True))
        assert rows["*"] == "Star" and rows["E"] == "Edit the last note" and rows["D"] == "Delete the last note"


async def test_the_note_keys_beside_the_title_follow_the_keymap(make_app) -> None:
    from infocoach.core.settings import Settings

    settings = Settings(timezone="Europe/London", user_name="Alex Morgan", keys=(("live.star", "x"),))
    app = make_app(settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        title = str(screen.query_one("#notes-title", Static).render())
        assert "x star" in title and "E edit" in title and "* star" not in title
        await pilot.press("t", "n", *"remapped", "enter")
        await pilot.pause()
        await pilot.press("x")
        assert screen.session.meeting.notes[-1].starred
