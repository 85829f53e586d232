"""Unit tests for the pure core: pipeline, due items, presentation, search and field checks."""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.clock import FixedClock, iso, parse_iso
from infocoach.core.describe import (
    date_text,
    due_summary,
    duration_text,
    meeting_row,
    talk_share_text,
)
from infocoach.core.pipeline.search import fold, matches, meeting_haystack
from infocoach.core.pipeline.statuses import (
    ALLOWED,
    DueKind,
    TransitionError,
    due_items,
    start_history,
    transition,
    undo_transition,
)
from infocoach.core.records.model import Contact, Meeting, Note, Referral, Status, TalkTotals
from infocoach.core.records.validation import (
    canonical_timezone,
    check_contact_fields,
    check_linkedin,
    check_minutes,
    check_timezone,
)

NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="UTC")


def meeting_at(status_path: list[str], start: pendulum.DateTime, step_days: int = 1) -> Meeting:
    meeting = Meeting(id="m-1", contact_id="c-1")
    start_history(meeting, start)
    for i, status in enumerate(status_path, start=1):
        transition(meeting, status, start.add(days=i * step_days))
    return meeting


def test_full_happy_path_records_each_date() -> None:
    path = ["requested", "followed-up", "scheduled", "done", "thanked"]
    meeting = meeting_at(path, NOW.subtract(days=20), step_days=2)
    assert meeting.status == "thanked"
    assert [t.status for t in meeting.history] == ["planned", *path]
    dates = [parse_iso(t.at) for t in meeting.history]
    assert dates == sorted(dates) and dates[1] == NOW.subtract(days=18)
    assert meeting.entered_at("scheduled") == iso(NOW.subtract(days=14))


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (["requested", "followed-up"], "followed-up"),  # exactly one follow-up
        (["requested", "followed-up", "no-response"], "followed-up"),  # never nudged after letting go
        ([], "done"),  # cannot meet before scheduling
        (["requested", "declined"], "done"),  # a decline can become a meeting, never a met one
        (["scheduled", "done", "thanked"], "done"),
    ],
)
def test_disallowed_transitions_raise_and_change_nothing(path: list[str], bad: str) -> None:
    meeting = meeting_at(path, NOW.subtract(days=30))
    before = meeting.to_dict()
    with pytest.raises(TransitionError, match="cannot become"):
        transition(meeting, bad, NOW)
    assert meeting.to_dict() == before


def test_steps_cannot_go_back_in_time_and_undo_restores_the_previous_status() -> None:
    meeting = meeting_at(["requested"], NOW.subtract(days=10), step_days=3)
    with pytest.raises(TransitionError, match="before the meeting became requested"):
        transition(meeting, "scheduled", NOW.subtract(days=9))
    transition(meeting, "declined", NOW.subtract(days=2))
    transition(meeting, "scheduled", NOW)  # "not now" became "yes"
    undo_transition(meeting)
    assert meeting.status == "declined" and len(meeting.history) == 3
    undo_transition(meeting)
    undo_transition(meeting)
    assert meeting.status == "planned" and len(meeting.history) == 1
    with pytest.raises(TransitionError, match="no step to undo"):
        undo_transition(meeting)


def test_unknown_status_is_named_in_the_error() -> None:
    meeting = meeting_at([], NOW)
    with pytest.raises(TransitionError, match="unknown status 'dun'"):
        transition(meeting, "dun", NOW)


def test_every_status_is_reachable_from_planned() -> None:
    seen, frontier = {Status.PLANNED}, [Status.PLANNED]
    while frontier:
        for nxt in ALLOWED[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(Status)


def test_follow_up_due_after_the_delay_and_then_let_go() -> None:
    sent = meeting_at(["requested"], NOW.subtract(days=7, hours=1), step_days=0)
    assert [i.kind for i in due_items([sent], NOW)] == [DueKind.FOLLOW_UP]
    assert due_items([sent], NOW, follow_up_days=10) == []
    recent = meeting_at(["requested"], NOW.subtract(days=3), step_days=0)
    assert due_items([recent], NOW) == []
    followed = meeting_at(["requested", "followed-up"], NOW.subtract(days=24), step_days=8)
    assert [i.kind for i in due_items([followed], NOW)] == [DueKind.LET_GO]
    let_go = meeting_at(["requested", "followed-up", "no-response"], NOW.subtract(days=30), step_days=8)
    assert due_items([let_go], NOW) == []


def test_thank_you_due_then_overdue_after_24_hours() -> None:
    met = meeting_at(["scheduled", "done"], NOW.subtract(days=2, hours=5), step_days=1)
    [item] = due_items([met], NOW)
    assert item.kind is DueKind.THANK_YOU and not item.overdue
    late = meeting_at(["scheduled", "done"], NOW.subtract(days=3), step_days=1)
    [item] = due_items([late], NOW)
    assert item.overdue
    thanked = meeting_at(["scheduled", "done", "thanked"], NOW.subtract(days=3), step_days=1)
    assert due_items([thanked], NOW) == []


def test_meeting_today_uses_the_users_time_zone() -> None:
    meeting = meeting_at(["scheduled"], NOW.subtract(days=3))
    # 23:30 UTC is still "today" in London but already tomorrow in Tokyo.
    meeting.scheduled_for = iso(pendulum.datetime(2026, 11, 25, 23, 30, tz="UTC"))
    assert [i.kind for i in due_items([meeting], NOW, timezone="Europe/London")] == [DueKind.MEETING_TODAY]
    assert [i.kind for i in due_items([meeting], NOW, timezone="Asia/Tokyo")] == [
        DueKind.MEETING_SOON
    ]  # tomorrow there


def test_archived_meetings_are_never_due() -> None:
    meeting = meeting_at(["requested"], NOW.subtract(days=20), step_days=0)
    meeting.archived = True
    assert due_items([meeting], NOW) == []


def test_due_summary_words() -> None:
    assert due_summary([]).startswith("Nothing due")
    items = due_items(
        [
            meeting_at(["requested"], NOW.subtract(days=9), step_days=0),
            meeting_at(["scheduled", "done"], NOW.subtract(days=4), step_days=1),
        ],
        NOW,
    )
    assert due_summary(items) == "Due: 1 thank-you to send (1 overdue) · 1 follow-up"


def test_talk_share_and_row_text() -> None:
    assert talk_share_text(TalkTotals(me=320, them=680, nobody=60)) == "32%"
    assert talk_share_text(TalkTotals()) == "—" and talk_share_text(None) == "—"
    contact = Contact(id="c-1", first_name="Maria", last_name="Rivera", honorific="Ms.", organization="Acme")
    met = meeting_at(["scheduled", "done"], NOW.subtract(days=5))
    met.scheduled_for = "2026-11-23T23:30:00+00:00"
    met.talk = TalkTotals(me=100, them=300)
    row = meeting_row(met, contact, "Asia/Tokyo")
    assert (row.contact, row.organization, row.status, row.talk) == ("Ms. Maria Rivera", "Acme", "done", "25%")
    assert row.date == "2026-11-24"  # shown in the user's zone
    planned = meeting_at([], NOW)
    planned.talk = TalkTotals(me=1, them=1)
    assert meeting_row(planned, None, "UTC").talk == "—"  # only met meetings have a share
    assert meeting_row(planned, None, "UTC").contact == "(unknown contact)"


def test_dates_and_durations() -> None:
    assert date_text(None, "UTC") == "—"
    assert date_text(NOW, "America/New_York", with_time=True) == "2026-11-25 08:30"
    assert duration_text(65) == "1:05" and duration_text(3725) == "1:02:05" and duration_text(0) == "0:00"


def test_search_folds_case_and_accents_and_needs_every_word() -> None:
    assert fold("Désirée ÅSTRÖM") == "desiree astrom"
    contact = Contact(
        id="c-1",
        first_name="Tomás",
        last_name="Herrera",
        honorific="Mr.",
        organization="The Lakeshore Ledger",
        role="Data editor",
    )
    meeting = Meeting(
        id="m-1",
        contact_id="c-1",
        notes=[Note(text="Learn SQL before Python")],
        referrals=[Referral(name="Prof. Asante")],
        drafts={"thanks": "Dear Mr. Herrera"},
    )
    hay = meeting_haystack(meeting, contact)
    for query in ("tomas", "LEDGER sql", "asante", "data editor", "dear mr"):
        assert matches(query, hay), query
    assert not matches("tomas javascript", hay)
    assert matches("", hay)


def test_contact_field_checks() -> None:
    good = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "organization": "Engines",
        "why": "Her path",
        "timezone": "Europe/London",
        "honorific": "Dr.",
        "email": "ada@example.org",
        "linkedin": "https://www.linkedin.com/in/ada",
    }
    assert check_contact_fields(good) == {}
    assert set(check_contact_fields({**good, "honorific": "Sir", "why": " "})) == {"honorific", "why"}
    assert check_linkedin("https://linkedin.com.evil.example/in/x") is not None
    assert check_linkedin("https://uk.linkedin.com/in/x") is None
    assert check_timezone("america/new_york") is None  # forms store the canonical spelling
    assert canonical_timezone(" america/new_york ") == "America/New_York"
    assert "daylight-saving" in (check_timezone("EST") or "") and canonical_timezone("EST") is None
    assert check_timezone("Mars/Olympus") is not None and check_timezone("") is not None
    assert check_minutes("30") is None and check_minutes("120") is None
    assert check_minutes("9") and check_minutes("121") and check_minutes("half")


def test_fixed_clock_moves_only_when_told() -> None:
    clock = FixedClock("2026-11-25T13:30:00+00:00")
    assert clock.now() == NOW and clock.monotonic() == 0
    clock.advance(90.5)
    assert clock.now() == NOW.add(seconds=90, microseconds=500000) and clock.monotonic() == 90.5


def test_step_time_checks_and_days_waiting() -> None:
    from infocoach.core.pipeline.statuses import check_step_time, days_waiting

    meeting = meeting_at(["requested"], NOW.subtract(days=4), step_days=1)  # requested 3 days ago
    assert check_step_time(meeting, NOW, NOW) is None
    assert check_step_time(meeting, NOW.subtract(days=1), NOW) is None
    assert "future" in (check_step_time(meeting, NOW.add(hours=2), NOW) or "")
    assert "must come after" in (check_step_time(meeting, NOW.subtract(days=5), NOW) or "")
    assert days_waiting(meeting, NOW) == 3
    transition(meeting, "followed-up", NOW)
    assert days_waiting(meeting, NOW) is None


def test_let_go_after_the_one_follow_up_goes_unanswered() -> None:
    from infocoach.core.pipeline.statuses import let_go_due

    waiting = meeting_at(["requested", "followed-up"], NOW.subtract(days=20), step_days=6)  # followed up 8 days ago
    fresh = meeting_at(["requested", "followed-up"], NOW.subtract(days=10), step_days=4)  # 2 days ago
    [(meeting, at)] = let_go_due([waiting, fresh], NOW, follow_up_days=7)
    assert meeting is waiting and at == NOW.subtract(days=1)
    transition(meeting, "no-response", at)
    assert let_go_due([waiting, fresh], NOW, 7) == [] and due_items([waiting], NOW) == []


def test_a_meeting_may_be_done_before_its_time_but_not_in_the_future() -> None:
    from infocoach.core.pipeline.statuses import check_step_time

    meeting = meeting_at(["scheduled"], NOW.subtract(days=3))
    meeting.scheduled_for = iso(NOW.add(hours=2))
    assert check_step_time(meeting, NOW, NOW, "done") is None  # held early (issue 15)
    assert "in the future" in (check_step_time(meeting, NOW.add(hours=3), NOW, "done") or "")
    assert check_step_time(meeting, NOW, NOW, "declined") is None
    meeting.scheduled_for = iso(NOW.subtract(hours=1))
    assert check_step_time(meeting, NOW, NOW, "done") is None


def test_date_ranges_in_the_users_zone() -> None:
    import pendulum

    from infocoach.core.pipeline.date_ranges import ANY, DATE_RANGES, in_range, range_bounds

    now = pendulum.parse("2026-11-25T13:30:00+00:00")  # a Wednesday
    week = range_bounds("this-week", now, "America/Los_Angeles")
    assert week == ("2026-11-23T08:00:00+00:00", "2026-11-30T08:00:00+00:00")
    assert in_range("2026-11-23T08:00:00+00:00", week) and not in_range("2026-11-30T08:00:00+00:00", week)
    assert range_bounds("last-year", now, "UTC") == ("2025-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00")
    upcoming = range_bounds("upcoming", now, "UTC")
    assert in_range("2026-11-26T09:00:00+00:00", upcoming) and not in_range("2026-11-24T09:00:00+00:00", upcoming)
    assert in_range("", range_bounds(ANY, now, "UTC")) and not in_range("", upcoming)
    for _, key in DATE_RANGES:
        start, end = range_bounds(key, now, "Europe/London")
        assert start is None or end is None or start < end


def test_meetings_later_this_week_are_coming_up_not_due() -> None:
    import pendulum

    from infocoach.core.describe import due_summary
    from infocoach.core.pipeline.statuses import DueKind, due_items

    now = pendulum.parse("2026-11-25T13:30:00+00:00")
    soon = Meeting(id="m-1", contact_id="c-1", status="scheduled", scheduled_for="2026-11-28T10:00:00+00:00")
    later = Meeting(id="m-2", contact_id="c-1", status="scheduled", scheduled_for="2026-12-09T10:00:00+00:00")
    items = due_items([soon, later], now, timezone="UTC")
    assert [(i.kind, i.meeting_id) for i in items] == [(DueKind.MEETING_SOON, "m-1")]
    assert due_summary(items) == "Due: 1 meeting later this week"
