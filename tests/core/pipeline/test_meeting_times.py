"""One date and one length for a meeting: held early, moved, and shown the same everywhere."""

from __future__ import annotations

import icalendar
import pendulum
import pytest

from infocoach.core.clock import iso, parse_iso
from infocoach.core.describe import duration_text, meeting_length, meeting_row
from infocoach.core.exports.ics_event import calendar_file_name, holds_event, meeting_event_ics
from infocoach.core.exports.markdown_journal import markdown_export
from infocoach.core.live.session import LiveSession
from infocoach.core.pipeline.meeting_times import (
    HELD_ON_TIME,
    RescheduleError,
    calendar_sequence,
    meeting_time,
    record_done_time,
    record_held_time,
    reschedule,
    set_time,
    why_not_reschedule,
)
from infocoach.core.pipeline.statuses import transition
from infocoach.core.records.model import Contact, EarlierTime, Meeting, MeetingHead, Status, Transition
from infocoach.core.wrapup.summary import summarize

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")
BOOKED = "2026-11-26T15:00:00+00:00"  # tomorrow afternoon


def contact() -> Contact:
    return Contact(id="c-1", first_name="Mei Lin", last_name="Tan", honorific="Dr.", timezone="Asia/Singapore")


def meeting(status: str = "scheduled", scheduled_for: str | None = BOOKED) -> Meeting:
    steps = {"planned": ["planned"], "requested": ["planned", "requested"], "scheduled": ["planned", "scheduled"]}
    history = [Transition(status=s, at=iso(NOW.subtract(days=3 - i))) for i, s in enumerate(steps[status])]
    return Meeting(id="m-1", contact_id="c-1", status=Status(status), history=history, scheduled_for=scheduled_for)


def test_held_early_the_start_becomes_the_date_and_the_booking_is_kept() -> None:
    held = meeting()
    session = LiveSession.open(held)
    day_before = NOW  # a day early: they had a free slot
    session.press("them", day_before)
    assert session.meeting.scheduled_for == session.meeting.started_at == iso(pendulum.instance(day_before))
    assert session.meeting.earlier_times == [EarlierTime(scheduled_for=BOOKED, changed_at=iso(NOW))]
    # The next key changes nothing more: the start is written once.
    session.press("me", NOW.add(seconds=30))
    assert len(session.meeting.earlier_times) == 1


def test_a_few_minutes_late_is_held_at_its_time() -> None:
    late = meeting()
    late.started_at = iso(parse_iso(BOOKED).add(seconds=HELD_ON_TIME - 60))
    assert record_held_time(late)
    assert late.scheduled_for == late.started_at and late.earlier_times == []
    assert not record_held_time(late)  # nothing to do a second time
    unstarted = meeting()
    assert not record_held_time(unstarted) and unstarted.scheduled_for == BOOKED


def test_meeting_time_is_the_start_once_held_else_the_booking() -> None:
    booked = meeting()
    assert meeting_time(booked) == BOOKED
    booked.started_at = "2026-11-25T09:00:00+00:00"
    assert meeting_time(booked) == "2026-11-25T09:00:00+00:00"
    head = MeetingHead.from_dict(meeting().to_dict())  # History's rows: no start, the booking
    assert meeting_time(head) == BOOKED
    assert meeting_time(meeting("planned", None)) is None


def held_early() -> tuple[Meeting, float]:
    """A meeting held the day before its booking, with a pause, ended at 5:43.6 of meeting time
    (the wall clock says 5:55.6): rounding would give 5:44, the wall clock 5:55."""
    session = LiveSession.open(meeting())
    start = NOW
    session.press("them", start)
    session.press("me", start.add(seconds=100))
    session.toggle_pause(start.add(seconds=200))
    session.toggle_pause(start.add(seconds=212))
    session.end(start.add(seconds=355.6))
    saved = session.snapshot(start.add(seconds=356))
    return saved, 343.6


def test_one_length_everywhere_for_a_meeting_held_early() -> None:
    held, seconds = held_early()
    assert meeting_length(held) == pytest.approx(seconds)
    assert duration_text(seconds) == "5:43"
    summary = summarize(held)
    assert duration_text(summary.held_seconds) == "5:43"
    journal = markdown_export([contact()], [held], timezone="Europe/London")
    held_line = "- **Held:** 2026-11-25 13:30, 5:43 of 30 minutes planned (2026-11-25 21:30 for them, Asia/Singapore)"
    assert held_line in journal
    assert "5:44" not in journal and "5:55" not in journal and "5:56" not in journal
    # ...and one date: the heading, the row and the wrap-up all say the day it was held.
    assert "## Dr. Mei Lin Tan (2026-11-25)" in journal
    assert "- **Earlier times:** 2026-11-26 15:00 (changed 2026-11-25)" in journal
    assert meeting_row(MeetingHead.from_dict(held.to_dict()), contact(), "Europe/London").date == "2026-11-25"


def test_duration_text_rounds_down_as_the_clock_does() -> None:
    assert duration_text(343.99) == "5:43"
    assert duration_text(59.9999999) == "1:00"  # a float a hair short of a whole second
    assert duration_text(3725) == "1:02:05" and duration_text(-3) == "0:00"


def test_length_falls_back_when_there_is_no_saved_clock() -> None:
    plain = meeting()
    assert meeting_length(plain) is None
    plain.started_at, plain.ended_at = "2026-11-25T10:00:00+00:00", "2026-11-25T10:31:15+00:00"
    assert meeting_length(plain) == 1875
    plain.live = {"meeting": {"started_at": "garbage"}}  # a damaged clock: the times still tell
    assert meeting_length(plain) == 1875


def test_reschedule_keeps_the_old_time_and_marks_a_waiting_meeting_scheduled() -> None:
    waiting = meeting("requested", None)
    reschedule(waiting, pendulum.parse("2026-11-27T15:00:00+08:00"), NOW)
    assert waiting.status == Status.SCHEDULED and waiting.history[-1].status == "scheduled"
    assert waiting.earlier_times == []  # it had no time before
    reschedule(waiting, pendulum.parse("2026-11-30T10:00:00+08:00"), NOW.add(hours=1))
    assert parse_iso(waiting.scheduled_for or "") == pendulum.parse("2026-11-30T10:00:00+08:00")
    assert [e.scheduled_for for e in waiting.earlier_times] == ["2026-11-27T15:00:00+08:00"]
    assert waiting.earlier_times[0].changed_at == iso(NOW.add(hours=1))
    assert len(waiting.history) == 3  # scheduled once, not again
    planned = meeting("planned", None)
    reschedule(planned, NOW.add(days=2), NOW)
    assert planned.status == Status.PLANNED  # a hoped-for time: nobody has been asked yet


def test_reschedule_refuses_the_past_the_same_time_and_a_held_meeting() -> None:
    booked = meeting()
    with pytest.raises(RescheduleError, match="passed"):
        reschedule(booked, NOW.subtract(hours=1), NOW)
    with pytest.raises(RescheduleError, match="already at that time"):
        reschedule(booked, parse_iso(BOOKED).in_timezone("Asia/Singapore"), NOW)
    assert booked.scheduled_for == BOOKED and booked.earlier_times == []
    held, _ = held_early()
    assert why_not_reschedule(held) is not None
    with pytest.raises(RescheduleError, match="has been held"):
        reschedule(held, NOW.add(days=3), NOW)
    under_way = meeting()
    under_way.started_at = iso(NOW)
    assert "under way" in (why_not_reschedule(under_way) or "")
    done = meeting()
    transition(done, Status.DONE, NOW)
    assert why_not_reschedule(done) is not None


def test_a_moved_meeting_keeps_its_event_uid_and_counts_up_its_sequence() -> None:
    booked = meeting()
    first = icalendar.Calendar.from_ical(meeting_event_ics(booked, contact(), now=NOW))
    reschedule(booked, parse_iso(BOOKED).add(days=2), NOW)
    data = meeting_event_ics(booked, contact(), now=NOW)
    moved = icalendar.Calendar.from_ical(data)
    (before,) = first.walk("VEVENT")
    (after,) = moved.walk("VEVENT")
    assert str(before["uid"]) == str(after["uid"]) == "m-1@infocoach"
    assert int(before["sequence"]) == 0 and int(after["sequence"]) == 1 == calendar_sequence(booked)
    assert after.decoded("dtstart") - before.decoded("dtstart") == pendulum.duration(days=2)
    assert holds_event(data, booked) and not holds_event(data, Meeting(id="m-2", contact_id="c"))
    assert calendar_file_name(contact()) == "infocoach-tan.ics"
    assert calendar_file_name(Contact(id="c", first_name="A", last_name="Ó'Brien-Ñ")) == "infocoach-óbrienñ.ics"


def test_set_time_keeps_a_replaced_time_and_ignores_the_same_moment() -> None:
    edited = meeting()
    set_time(edited, "2026-11-26T23:00:00+08:00", NOW)  # the same moment, in Singapore's words
    assert edited.earlier_times == [] and edited.scheduled_for == BOOKED
    held = meeting()
    held.scheduled_for = "2026-11-25T13:30:27+00:00"  # a held meeting's start has seconds
    set_time(held, "2026-11-25T13:30:00+00:00", NOW)  # what a form shows and gives back
    assert held.earlier_times == [] and held.scheduled_for == "2026-11-25T13:30:27+00:00"
    set_time(edited, "2026-11-27T10:00:00+00:00", NOW)
    assert edited.earlier_times == [EarlierTime(scheduled_for=BOOKED, changed_at=iso(NOW))]
    set_time(edited, None, NOW.add(hours=1))  # cleared: the time it had is still history
    assert edited.scheduled_for is None and len(edited.earlier_times) == 2
    set_time(edited, "2026-11-28T10:00:00+00:00", NOW.add(hours=2))  # no time before: nothing to keep
    assert len(edited.earlier_times) == 2


def test_marked_done_before_its_booked_time_it_was_held_early() -> None:
    early = meeting()  # booked for tomorrow 15:00, marked done today without the live screen
    transition(early, Status.DONE, NOW)
    assert record_done_time(early, NOW)
    assert early.scheduled_for == iso(NOW) and early.earlier_times == [EarlierTime(BOOKED, iso(NOW))]
    on_time = meeting()  # marked done the day after: it was held at its time
    assert not record_done_time(on_time, parse_iso(BOOKED).add(days=1)) and on_time.scheduled_for == BOOKED
    assert not record_done_time(meeting(scheduled_for=None), NOW)
