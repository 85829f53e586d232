"""Moving a meeting to another time from History (r) and Prep (F8): the dialog, what is stored,
the calendar file that follows, and one date and length for a meeting held early."""

from __future__ import annotations

from typing import Any

import icalendar
import pendulum
from test_history import _plain, table_rows
from textual.widgets import Static

from infocoach.core.clock import iso, parse_iso
from infocoach.core.live.session import LiveSession
from infocoach.core.records.model import Contact, EarlierTime, Meeting, Status, Transition
from infocoach.dialogs.reschedule import RescheduleForm
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.widgets.meeting_detail import MeetingDetail

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")  # the fixed clock: Wednesday, London = UTC
BOOKED = "2026-11-27T09:00:00+08:00"  # Friday 09:00 in Singapore, 01:00 in London


def tan() -> Contact:
    return Contact(
        id="c-tan",
        first_name="Mei Lin",
        last_name="Tan",
        honorific="Dr.",
        timezone="Asia/Singapore",
        organization="NUH",
    )


def booked(status: str = "scheduled", scheduled_for: str | None = BOOKED) -> Meeting:
    steps = ["planned", status] if status != "planned" else ["planned"]
    history = [Transition(status=s, at=iso(NOW.subtract(days=5 - i))) for i, s in enumerate(steps)]
    return Meeting(id="m-tan", contact_id="c-tan", status=Status(status), history=history, scheduled_for=scheduled_for)


def app_with(make_app: Any, meeting: Meeting) -> Any:
    app = make_app(demo=False)
    app.store.save_contact(tan())
    app.store.save_meeting(meeting)
    return app


async def open_dialog(app: Any, pilot: Any, key: str) -> RescheduleForm:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, RescheduleForm), type(app.screen)
    return app.screen


async def type_time(pilot: Any, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_r_on_history_moves_a_waiting_meeting_and_marks_it_scheduled(make_app) -> None:
    app = app_with(make_app, booked("requested", None))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_dialog(app, pilot, "r")
        assert "becomes scheduled" in _plain(dialog.query(Static).last())
        await type_time(pilot, "tomorrow 3pm")
        assert isinstance(app.screen, HistoryScreen)
        moved = app.store.meeting("m-tan")
        assert parse_iso(moved.scheduled_for) == pendulum.parse("2026-11-26T15:00:00+00:00")  # the user's 3pm
        assert moved.status == Status.SCHEDULED and moved.earlier_times == []
        assert table_rows(app)[0][2] == "2026-11-26"
        await pilot.press("r")
        await pilot.pause()
        await type_time(pilot, "next monday 10:30")
        again = app.store.meeting("m-tan")
        assert parse_iso(again.scheduled_for) == pendulum.parse("2026-11-30T10:30:00+00:00")
        assert again.earlier_times == [EarlierTime(scheduled_for=moved.scheduled_for, changed_at=iso(NOW))]
        assert [step.status for step in again.history] == ["planned", "requested", "scheduled"]


async def test_a_bad_time_says_why_and_saves_nothing(make_app) -> None:
    app = app_with(make_app, booked())
    before = app.store.meeting("m-tan").to_dict()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_dialog(app, pilot, "r")
        current = _plain(dialog.query_one("#current-time", Static))
        assert "Now: Fri 27 Nov 2026, 01:00 your time (09:00 for Dr. Tan, Asia/Singapore)" in current
        await type_time(pilot, "purple")
        assert app.screen is dialog  # still open, with the reason under the field
        assert "Try 2026-12-03 15:30" in _plain(dialog.query_one("#when-error", Static))
        await pilot.press(*["backspace"] * 6)
        await type_time(pilot, "yesterday 3pm")
        assert app.screen is dialog
        assert "passed" in _plain(dialog.query_one("#when-error", Static))
        await pilot.press("escape")  # typed something: it asks before discarding
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
    assert app.store.meeting("m-tan").to_dict() == before


async def test_the_preview_shows_both_time_zones_as_you_type(make_app) -> None:
    app = app_with(make_app, booked())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_dialog(app, pilot, "r")
        for char in "2026-12-02 08:00":
            await pilot.press("space" if char == " " else char)
        await pilot.pause()
        preview = _plain(dialog.query_one("#when-preview", Static))
        assert "New: Wed 2 Dec 2026, 08:00 your time (16:00 for Dr. Tan, Asia/Singapore)" in preview


async def test_f8_in_prep_moves_the_meeting_and_leaving_prep_keeps_it(make_app) -> None:
    app = app_with(make_app, booked())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen)
        await open_dialog(app, pilot, "f8")
        await type_time(pilot, "2026-12-01 16:00")
        assert isinstance(app.screen, PrepScreen)
        assert parse_iso(app.store.meeting("m-tan").scheduled_for) == pendulum.parse("2026-12-01T16:00:00+00:00")
        await pilot.press("escape")  # Prep saves its working copy as it goes: the new time stays
        await pilot.pause()
        stored = app.store.meeting("m-tan")
        assert parse_iso(stored.scheduled_for) == pendulum.parse("2026-12-01T16:00:00+00:00")
        assert [e.scheduled_for for e in stored.earlier_times] == [BOOKED]


async def test_the_calendar_file_from_prep_moves_with_the_meeting(make_app, tmp_path, monkeypatch) -> None:
    from infocoach.dialogs.save_file import SaveFileModal

    monkeypatch.setenv("HOME", str(tmp_path))
    app = app_with(make_app, booked())
    saved = tmp_path / "infocoach-tan.ics"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f3")  # Prep saves the calendar file where it offers to
        await pilot.pause()
        assert isinstance(app.screen, SaveFileModal)
        await pilot.press("ctrl+s")
        await pilot.pause()
        (before,) = icalendar.Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
        await open_dialog(app, pilot, "f8")
        await type_time(pilot, "2026-12-01 16:00")
        assert any(str(saved) in str(n.message) for n in app._notifications)
    (event,) = icalendar.Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == str(before["uid"]) == "m-tan@infocoach"
    assert (int(before["sequence"]), int(event["sequence"])) == (0, 1)
    assert event.decoded("dtstart") == pendulum.parse("2026-12-01T16:00:00+00:00")


async def test_a_held_meeting_is_not_moved_and_shows_one_date_and_length(make_app) -> None:
    session = LiveSession.open(booked())  # booked for Friday, held on Wednesday
    session.press("them", NOW)
    session.toggle_pause(NOW.add(seconds=200))
    session.toggle_pause(NOW.add(seconds=212))
    session.end(NOW.add(seconds=355.6))  # 5:43.6 of meeting time, 5:55.6 by the wall clock
    app = app_with(make_app, session.snapshot(NOW.add(seconds=356)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert table_rows(app)[0][2] == "2026-11-25"
        detail = _plain(app.screen.query_one("#detail", MeetingDetail))
        assert "Held: 2026-11-25 13:30 (5:43 of 30 min)" in detail
        assert "Earlier time: 2026-11-27 01:00 (changed 2026-11-25)" in detail
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert any("has been held" in str(n.message) for n in app._notifications)
        await pilot.press("w")  # the wrap-up's summary: the same length
        await pilot.pause()
        assert "Duration        5:43 of 30:00 planned" in _plain(app.screen.query_one("#summary", Static))


async def test_the_palette_offers_to_reschedule(make_app) -> None:
    title = "reschedule: Dr. Mei Lin Tan (scheduled)"
    from infocoach.app.palette import InfocoachCommands

    app = app_with(make_app, booked())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        provider = InfocoachCommands(app.screen)
        commands = {name: run for name, run, _ in provider._commands()}
        assert title in commands
        commands[title]()
        await pilot.pause()
        assert isinstance(app.screen, RescheduleForm)


async def test_a_time_changed_in_the_meeting_form_is_kept_as_history(make_app) -> None:
    from textual.widgets import Input

    app = app_with(make_app, booked())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#purpose", Input).value = "How she moved into informatics"
        await pilot.press("ctrl+s")  # the time as the form shows it (to the minute): not a move
        await pilot.pause()
        assert app.store.meeting("m-tan").earlier_times == []
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#when", Input).value = "2026-12-04 09:00"  # their time
        await pilot.press("ctrl+s")
        await pilot.pause()
    stored = app.store.meeting("m-tan")
    assert parse_iso(stored.scheduled_for) == pendulum.parse("2026-12-04T09:00:00+08:00")
    assert stored.earlier_times == [EarlierTime(scheduled_for=BOOKED, changed_at=iso(NOW))]


async def test_help_lists_the_reschedule_key_on_history_and_prep(make_app) -> None:
    import io

    from rich.console import Console

    from infocoach.dialogs.help import HelpScreen

    def keys(help_screen: HelpScreen) -> list[str]:
        console = Console(width=120, file=io.StringIO(), color_system=None)
        console.print(help_screen.keys_table())
        return [" ".join(line.split()) for line in console.file.getvalue().splitlines()]

    app = app_with(make_app, booked())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert "r Reschedule history.reschedule" in keys(app.screen)
        await pilot.press("escape", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert "f8 Reschedule prep.reschedule" in keys(app.screen)
