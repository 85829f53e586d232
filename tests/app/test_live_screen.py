"""The live screen, driven by its keys on a fake clock: a whole meeting runs in milliseconds."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Digits, Input, Static

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.help import HelpScreen
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.live import live_screen as live_module
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.screens.live.prompts import LinePrompt, ReferralPrompt
from infocoach.store import StoreError
from infocoach.widgets.live_log import LiveLog
from infocoach.widgets.question_checklist import QuestionChecklist
from infocoach.widgets.talk_meter import TalkMeter

MEETING = "m-demo-06"  # scheduled later today, 20 minutes planned, five questions


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)


async def _open(app, pilot, meeting_id: str = MEETING) -> LiveScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("l")
    await pilot.pause()
    assert isinstance(app.screen, LiveScreen)
    return app.screen


async def _tick(pilot, screen: LiveScreen, clock, seconds: float = 0) -> None:
    clock.advance(seconds)
    screen.refresh_live()
    await pilot.pause()


def _text(widget: Static) -> str:
    return str(widget.render())


def _stored(app, meeting_id: str = MEETING):
    return app.store.meeting(meeting_id)


async def test_a_whole_meeting_from_the_first_key_to_the_end(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        timer = screen.query_one("#remaining", Digits)
        assert timer.value == "20:00" and "not started" in _text(screen.query_one("#timer-state"))
        await pilot.press("m")
        assert screen.session.started and screen.session.speaker == "me"
        assert "Pause" in {b.binding.description for b in screen.active_bindings.values()}
        await _tick(pilot, screen, clock, 40)
        await pilot.press("t")
        await _tick(pilot, screen, clock, 80)
        assert screen.query_one("#elapsed", Digits).value == "02:00"
        assert screen.query_one("#remaining", Digits).value == "18:00"
        meter = str(screen.query_one(TalkMeter).render())
        assert "You 33%" in meter and "they are speaking" in meter
        # Twenty minutes planned: 70% at 14:00, "start wrapping up" at 15:00, "time's up" at 20:00.
        await _tick(pilot, screen, clock, 12 * 60 - 1)
        assert _text(screen.query_one("#cue")) == ""
        await _tick(pilot, screen, clock, 1)
        assert _text(screen.query_one("#cue")) == "about six minutes left: your top questions next"
        await _tick(pilot, screen, clock, 60)
        assert _text(screen.query_one("#cue")).startswith("start wrapping up")
        await _tick(pilot, screen, clock, live_module.CUE_SECONDS)
        assert _text(screen.query_one("#cue")) == ""  # shown briefly, then the line clears
        await _tick(pilot, screen, clock, 5 * 60)
        assert _text(screen.query_one("#cue")).startswith("time's up")
        await _tick(pilot, screen, clock, 75)  # 21:35
        assert timer.value == "+01:35" and timer.has_class("-overtime")
        await pilot.press("e")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        for _ in range(5):
            await pilot.pause(0.05)
        from infocoach.screens.wrapup.wrapup_screen import WrapupScreen

        assert isinstance(app.screen, WrapupScreen)  # ending leads straight to the wrap-up
        stored = _stored(app)
        assert stored.status == "done" and stored.ended_at is not None
        assert stored.talk.me == 40 and stored.talk.them == 21 * 60 + 35 - 40
        assert [s.who for s in stored.segments] == ["me", "them"]


async def test_p_starts_pauses_and_resumes(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("p")
        assert screen.session.started and screen.session.speaker == "nobody"
        await _tick(pilot, screen, clock, 30)
        await pilot.press("p")
        assert screen.session.paused and "PAUSED" in _text(screen.query_one("#timer-state"))
        assert screen.query_one("#timer").has_class("-paused")
        await _tick(pilot, screen, clock, 300)
        assert screen.query_one("#elapsed", Digits).value == "00:30"
        await pilot.press("p")
        await _tick(pilot, screen, clock, 5)
        assert screen.query_one("#elapsed", Digits).value == "00:35"


async def test_questions_are_checked_off_and_the_top_ones_stand_out(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        checklist = screen.query_one(QuestionChecklist)
        assert checklist.has_focus and checklist.current == 0
        await pilot.press("m", "enter")
        questions = screen.session.meeting.questions
        assert questions[0].state == "asked" and checklist.current == 1  # on to the next one
        await pilot.press("s")
        assert questions[1].state == "skipped" and checklist.current == 2
        await pilot.press("k", "s")
        assert questions[1].state == "open"  # s again reopens it
        await pilot.press("j", "down", "up")
        assert checklist.current == 2
        await _tick(pilot, screen, clock, 11 * 60)  # 9 minutes left of 20
        top = screen.session.highlighted_questions(clock.now())
        assert len(top) == 3 and 0 not in top
        assert str(checklist.get_option_at_index(top[0]).prompt).startswith("★ ")
        await pilot.pause(0.1)
        assert [q.state for q in _stored(app).questions][:2] == ["asked", "open"]


async def test_a_note_is_stamped_logged_literally_and_saved(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("t")
        await _tick(pilot, screen, clock, 95)
        await pilot.press("j", "n")
        assert isinstance(app.screen, LinePrompt)
        assert "at 01:35" in _text(app.screen.query_one(".prompt-context"))
        clock.advance(20)  # typing takes a while; the note keeps the moment n was pressed
        await pilot.press(*"Start with [bold]open data[/]")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        lines = [str(line.text) for line in screen.query_one(LiveLog).lines]
        assert any("01:35  Start with [bold]open data[/]" in line for line in lines)
        assert screen.save_all()
        [note] = [n for n in _stored(app).notes]
        assert note.at == 95 and note.text == "Start with [bold]open data[/]"
        assert note.question == screen.session.meeting.questions[1].text
        await pilot.press("n", "escape")  # Escape cancels: nothing added
        await pilot.press("n", "enter")  # an empty note is not saved
        assert len(screen.session.meeting.notes) == 1


async def test_referrals_and_action_items(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("t")
        await _tick(pilot, screen, clock, 600)
        await pilot.press("r")
        assert isinstance(app.screen, ReferralPrompt)
        await pilot.press("enter")  # no name yet
        assert isinstance(app.screen, ReferralPrompt)
        assert "needs a name" in _text(app.screen.query_one("#problem"))
        app.screen.query_one("#name", Input).value = "Ms. Priya Raman"
        app.screen.query_one("#organization", Input).value = "Fernhill Learning"
        app.screen.query_one("#detail", Input).value = "ask about research ops"
        await pilot.press("enter")
        await pilot.press("a", *"Read the grid report", "enter")
        await pilot.pause()
        assert screen.save_all()
        stored = _stored(app)
        assert [(r.name, r.organization, r.at) for r in stored.referrals] == [
            ("Ms. Priya Raman", "Fernhill Learning", 600.0)
        ]
        assert [(a.text, a.at, a.done) for a in stored.action_items] == [("Read the grid report", 600.0, False)]
        log = " ".join(str(line.text).strip() for line in screen.query_one(LiveLog).lines)
        assert "→ Ms. Priya Raman, Fernhill Learning" in log and "to do: Read the grid report" in log


async def test_leaving_and_coming_back_resumes_everything(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("m")
        await _tick(pilot, screen, clock, 30)
        await pilot.press("t", "n", *"hello", "enter")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        clock.advance(600)  # away for ten minutes: the meeting went on
        screen = await _open(app, pilot)
        assert screen.session.speaker == "them"
        totals = screen.session.clock.talk_totals(clock.now())
        assert (totals.me, totals.them) == (30, 600)
        assert screen.query_one("#elapsed", Digits).value == "10:30"
        assert any("Picked up where you were" in n.message for n in app._notifications)
        assert any("hello" in str(line.text) for line in screen.query_one(LiveLog).lines)


async def test_a_meeting_that_cannot_go_live_is_explained(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        planned = next(m for m in app.store.meetings() if m.status == "planned")
        app.screen.reload(select=planned.id)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert any("cannot go live" in n.message for n in app._notifications)


async def test_a_failed_save_is_shown_kept_and_retried(make_app, clock, monkeypatch) -> None:
    monkeypatch.setattr(live_saving, "RETRY_SECONDS", 0.05)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        real_save = app.store.save_meeting

        def disk_full(meeting) -> None:
            raise StoreError("Could not save: the disk is full.")

        monkeypatch.setattr(app.store, "save_meeting", disk_full)
        screen.saving.saver._save = disk_full
        await pilot.press("m", "n", *"keep me", "enter")
        await pilot.pause(0.3)
        await _tick(pilot, screen, clock)
        assert "NOT SAVED" in _text(screen.query_one("#timer-state"))
        assert any("disk is full" in n.message for n in app._notifications)
        screen.saving.saver._save = real_save
        await pilot.pause(0.3)
        await _tick(pilot, screen, clock)
        assert "NOT SAVED" not in _text(screen.query_one("#timer-state"))
        assert [n.text for n in real_store_meeting(app).notes] == ["keep me"]


def real_store_meeting(app):
    return app.store.meeting(MEETING)


async def test_help_lists_the_live_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.keys_table().columns[1]._cells)
        for description in ("Me", "Them", "Nobody", "Asked", "Skip", "Note", "Referral", "Action", "Start", "End"):
            assert description in keys


async def test_f5_on_prep_saves_and_goes_live(make_app) -> None:
    from textual.widgets import TextArea

    from infocoach.screens.prep.prep_screen import PrepScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.open_prep(MEETING)
        await pilot.pause()
        prep = app.screen
        assert isinstance(prep, PrepScreen)
        prep.query_one("#research-text", TextArea).text = "Reads the grid operator's blog"
        await pilot.pause()
        await pilot.press("f5")
        for _ in range(10):
            await pilot.pause(0.05)
        assert isinstance(app.screen, LiveScreen)
        assert _stored(app).research == "Reads the grid operator's blog"
        await pilot.press("m")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert _stored(app).started_at is not None  # nothing from Prep wrote over the live record


async def test_fast_typing_around_the_note_prompt_loses_nothing(make_app, clock) -> None:
    """n, the note, Enter and t typed faster than the prompt can open and close: the note is
    whole, and the t after it still switches the speaker."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("m")
        for key, character in (("n", "n"), ("h", "h"), ("i", "i"), ("enter", "\r"), ("t", "t")):
            app.post_message(events.Key(key, character))  # queued at once, no pause between them
        for _ in range(250):
            await pilot.pause(0.02)
            if screen.session.speaker == "them":
                break
        assert isinstance(app.screen, LiveScreen)
        assert [n.text for n in screen.session.meeting.notes] == ["hi"]
        assert screen.session.speaker == "them"


async def test_hostile_text_in_notes_and_referrals_is_kept_exactly_and_shown_literally(make_app) -> None:
    """A huge paste, control characters, right-to-left text, emoji and Rich markup."""
    huge = ("Forecast ramps " * 70_000)[:1_000_000]
    texts = [
        "[bold red]x[/] and [link=https://example.org]click[/link]",
        "שלום עולם — مرحبا 👋🏽 café",
        "tab\there\x07bell",
        huge,
    ]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("t")
        for text in texts:
            await pilot.press("n")
            field = app.screen.query_one("#line", Input)
            field.value = text
            await pilot.press("enter")
            await pilot.pause()
        await pilot.press("r")
        app.screen.query_one("#name", Input).value = "[b]Dr. Eve[/b]"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.save_all()
        stored = _stored(app)
        assert [n.text for n in stored.notes] == [t.strip() for t in texts]
        assert stored.referrals[0].name == "[b]Dr. Eve[/b]"
        shown = " ".join(str(line.text) for line in screen.query_one(LiveLog).lines[:6])
        assert "[bold red]x[/]" in shown  # literally, not as red bold text


async def test_saving_everything_while_a_write_is_under_way_does_not_wait_on_itself(make_app) -> None:
    """The worker tells the screen about a save without waiting for the event loop, which may
    itself be waiting for the worker (ending, leaving or quitting during a slow write)."""
    import threading
    import time

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        real = app.store.save_meeting
        writing = threading.Event()

        def slow(meeting) -> None:
            writing.set()
            time.sleep(0.3)
            real(meeting)

        screen.saving.saver._save = slow
        await pilot.press("m")
        assert writing.wait(5)
        began = time.monotonic()
        assert screen.save_all()
        # Waiting on itself would never end; a write of 0.3 s ends in seconds even on a machine
        # busy with a whole parallel test run, so the bounds are for a hang, not for speed.
        assert time.monotonic() - began < 10.0
        began = time.monotonic()
        await pilot.press("escape")
        await pilot.pause()
        assert time.monotonic() - began < 10.0 and isinstance(app.screen, HistoryScreen)


async def test_quitting_with_a_note_half_typed_asks_first(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        await pilot.press("t", "n", *"budget is fixed")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)  # not closed, the note not lost
