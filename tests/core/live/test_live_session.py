"""The live session: one meeting held with the fake clock, start to end, in milliseconds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infocoach.core.clock import FixedClock, parse_iso
from infocoach.core.exports.json_exchange import check_meeting
from infocoach.core.live.session import (
    LiveSession,
    LiveSessionError,
    next_to_hold,
    why_not_live,
)
from infocoach.core.records.model import Meeting, Question, Transition

START = "2026-11-25T14:00:00+00:00"


def scheduled(**overrides: object) -> Meeting:
    meeting = Meeting(
        id="m-1",
        contact_id="c-1",
        status="scheduled",
        history=[
            Transition("planned", "2026-11-01T10:00:00+00:00"),
            Transition("scheduled", "2026-11-03T10:00:00+00:00"),
        ],
        scheduled_for=START,
        questions=[
            Question("What surprised you?", "Insights", 1),
            Question("What would you learn first?", "Advice", 2),
            Question("Which reports do you read?", "Resources", 3),
            Question("Who else should I ask?", "Resources", 4),
            Question("What is changing?", "Trends", 5),
        ],
    )
    for key, value in overrides.items():
        setattr(meeting, key, value)
    return meeting


def test_a_whole_meeting_with_cues_overtime_pause_and_notes() -> None:
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    assert not session.started and session.speaker == "nobody"
    assert session.press("me", clock.now())  # the first speaker key starts the meeting
    assert session.meeting.started_at == START
    shown = []

    def run(seconds: int) -> None:
        for _ in range(seconds):
            clock.advance(1)
            cue = session.clock.next_cue(clock.now())
            if cue is not None:
                shown.append((round(session.elapsed(clock.now())), cue.id))

    run(45)
    session.press("them", clock.now())
    note = session.add_note("Forecasts are half data cleaning", clock.now(), question=0)
    assert note.at == 45.0 and note.question == "What surprised you?"
    assert session.toggle_question(0, "asked", clock.now()) == "asked"
    run(60 * 5)
    assert session.toggle_pause(clock.now()) is True
    run(120)  # an interruption: time stands still
    assert session.elapsed(clock.now()) == 345
    assert session.toggle_pause(clock.now()) is False
    run(30 * 60 - 345 + 90)  # past the end
    assert [cue for _, cue in shown] == ["seventy", "five-left", "end"]
    assert [at for at, _ in shown] == [1260, 1500, 1800]
    assert session.clock.meeting.remaining_text(clock.now()) == "+01:30"
    session.end(clock.now())
    assert session.meeting.status == "done" and session.meeting.history[-1].status == "done"
    assert parse_iso(session.meeting.ended_at) == clock.now()
    saved = session.snapshot(clock.now())
    assert check_meeting(saved.to_dict(), "m") == []
    totals = saved.talk
    assert totals.me == 45 and totals.me + totals.them + totals.nobody == 1890
    assert [s.who for s in saved.segments] == ["me", "them"]
    with pytest.raises(LiveSessionError):
        session.press("me", clock.now())


def test_a_resumed_session_carries_on_from_the_saved_start() -> None:
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    session.press("them", clock.now())
    clock.advance(200)
    session.press("me", clock.now())
    session.add_action("Read the 2025 grid report", clock.now())
    clock.advance(10)
    saved = session.snapshot(clock.now())
    clock.advance(3600)  # the terminal died; an hour later the user opens it again
    again = LiveSession.open(saved)
    assert again.started and again.speaker == "me"
    assert again.elapsed(clock.now()) == 3810  # still running from the recorded start
    totals = again.clock.talk_totals(clock.now())
    assert totals.them == 200 and totals.me == 3610
    assert again.meeting.action_items[0].at == 200


def test_top_questions_stand_out_with_under_ten_minutes_left() -> None:
    clock = FixedClock(START)
    meeting = scheduled()
    meeting.questions[1].priority = 9  # priority, not position, decides
    session = LiveSession.open(meeting)
    session.start(clock.now())
    session.toggle_question(0, "asked", clock.now())
    clock.advance(20 * 60)
    assert session.highlighted_questions(clock.now()) == []
    clock.advance(1)
    assert session.highlighted_questions(clock.now()) == [2, 3, 4]
    session.toggle_question(2, "skipped", clock.now())
    assert session.highlighted_questions(clock.now()) == [3, 4, 1]
    assert session.toggle_question(2, "skipped", clock.now()) == "open"  # pressed again: reopened


def test_notes_before_the_start_have_no_stamp_and_empty_text_is_refused() -> None:
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    note = session.add_note("  They asked me to call on Teams  ", clock.now())
    assert note.at is None and note.text == "They asked me to call on Teams" and note.question == ""
    with pytest.raises(LiveSessionError):
        session.add_note("   ", clock.now())
    with pytest.raises(LiveSessionError):
        session.add_referral("", "Acme", "", clock.now())
    with pytest.raises(LiveSessionError):
        session.toggle_pause(clock.now())
    with pytest.raises(LiveSessionError):
        session.end(clock.now())
    referral = session.add_referral(" Ms. Priya Raman ", " Fernhill ", "", clock.now())
    assert (referral.name, referral.organization) == ("Ms. Priya Raman", "Fernhill")


def test_which_meetings_can_go_live() -> None:
    assert why_not_live(scheduled()) is None
    assert "planned" in (why_not_live(scheduled(status="planned")) or "")
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    session.start(clock.now())
    clock.advance(60)
    session.end(clock.now())
    held = session.snapshot(clock.now())
    assert "already been held" in (why_not_live(held) or "")
    with pytest.raises(LiveSessionError):
        LiveSession.open(held)
    broken = scheduled(live={"version": 1, "meeting": {}, "talk": {"speaker": "ghost"}}, started_at=START)
    with pytest.raises(LiveSessionError, match="saved clock"):
        LiveSession.open(broken)


def test_the_next_meeting_to_hold() -> None:
    now = parse_iso("2026-11-25T14:10:00+00:00")
    early = scheduled(id="m-early", scheduled_for="2026-11-25T14:00:00+00:00")
    later = scheduled(id="m-later", scheduled_for="2026-11-26T09:00:00+00:00")
    stale = scheduled(id="m-stale", scheduled_for="2026-11-20T09:00:00+00:00")
    planned = scheduled(id="m-planned", status="planned")
    archived = scheduled(id="m-archived", archived=True, scheduled_for="2026-11-25T14:05:00+00:00")
    meetings = [later, stale, planned, archived, early]
    assert next_to_hold(meetings, now).id == "m-early"  # started ten minutes ago: still on
    assert next_to_hold(meetings, now.add(hours=1)).id == "m-later"
    assert next_to_hold([stale], now).id == "m-stale"  # only a past one: better than nothing
    assert next_to_hold([planned, archived], now) is None
    clock = FixedClock(START)
    under_way = LiveSession.open(scheduled(id="m-on", scheduled_for="2026-12-01T09:00:00+00:00"))
    under_way.start(clock.now())
    assert next_to_hold([*meetings, under_way.snapshot(clock.now())], now).id == "m-on"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["m", "t", " ", "p", "n"]), st.integers(0, 400)), max_size=40))
def test_talk_totals_add_up_to_elapsed_after_any_keys_and_a_resume(keys) -> None:
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    speakers = {"m": "me", "t": "them", " ": "nobody"}
    for key, wait in keys:
        if key in speakers:
            session.press(speakers[key], clock.now())
        elif key == "p" and session.started:
            session.toggle_pause(clock.now())
        elif key == "n":
            session.add_note("noted", clock.now())
        clock.advance(wait / 10)
        session = LiveSession.open(session.snapshot(clock.now()))  # a restart at any moment
        totals = session.clock.talk_totals(clock.now())
        elapsed = session.elapsed(clock.now())
        assert abs(totals.me + totals.them + totals.nobody - elapsed) < 1e-6


def test_a_note_just_after_enter_goes_to_the_question_just_asked() -> None:
    """Enter moves the cursor on; within a minute of meeting time the note is still about the
    question just asked, after that it goes by the cursor. Pauses do not count."""
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    assert session.note_question(1, clock.now()) == 1  # nothing marked: the cursor decides
    session.start(clock.now())
    clock.advance(100)
    session.toggle_question(0, "asked", clock.now())
    clock.advance(60)
    assert session.note_question(1, clock.now()) == 0
    note = session.add_note("Starts with open data", clock.now(), session.note_question(1, clock.now()))
    assert note.question == "What surprised you?"
    session.toggle_pause(clock.now())
    clock.advance(600)  # an interruption: meeting time stands still
    session.toggle_pause(clock.now())
    assert session.note_question(1, clock.now()) == 0
    clock.advance(1)
    assert session.note_question(1, clock.now()) == 1  # over a minute: the cursor's question
    session.toggle_question(2, "skipped", clock.now())
    assert session.note_question(3, clock.now()) == 3  # skipping is not asking
    session.toggle_question(1, "asked", clock.now())
    session.toggle_question(1, "asked", clock.now())  # pressed again: reopened, not just asked
    assert session.note_question(2, clock.now()) == 2
    assert session.note_question(None, clock.now()) is None


def test_a_question_asked_before_the_start_counts_on_the_wall_clock() -> None:
    clock = FixedClock(START)
    session = LiveSession.open(scheduled())
    session.toggle_question(3, "asked", clock.now())
    clock.advance(59)
    assert session.note_question(4, clock.now()) == 3
    session.start(clock.now())  # another clock now: the mark before the start no longer applies
    assert session.note_question(4, clock.now()) == 4
