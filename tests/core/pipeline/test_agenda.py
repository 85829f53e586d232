"""The agenda on a fixed clock: each kind with its due moment and sentence, the meeting's time
in the user's zone and the contact's (across the autumn's daylight-saving changes), and the
--days windows."""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.agenda import (
    MAX_DAYS,
    AgendaItem,
    agenda_items,
    due_notices,
    meeting_times,
    next_change,
    notice_text,
)
from infocoach.core.clock import iso
from infocoach.core.pipeline.statuses import DueKind
from infocoach.core.records.model import Contact, Meeting, Transition
from infocoach.core.settings import Settings

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
# Wednesday 25 November 2026, 09:00 in London (UTC in winter).
NOW = pendulum.datetime(2026, 11, 25, 9, 0, tz=LONDON)
SETTINGS = Settings(timezone=LONDON)


def person(ident: str, last: str, zone: str = LONDON, **fields: object) -> Contact:
    return Contact(id=ident, first_name="Sam", last_name=last, honorific="Dr.", timezone=zone, **fields)  # type: ignore[arg-type]


def meeting(ident: str, contact_id: str, *steps: tuple[str, pendulum.DateTime], **fields: object) -> Meeting:
    history = [Transition(status=status, at=iso(at)) for status, at in steps]
    return Meeting(id=ident, contact_id=contact_id, status=steps[-1][0], history=history, **fields)  # type: ignore[arg-type]


def booked(ident: str, contact_id: str, start: pendulum.DateTime) -> Meeting:
    return meeting(
        ident,
        contact_id,
        ("requested", start.subtract(days=20)),
        ("scheduled", start.subtract(days=19)),
        scheduled_for=iso(start),
    )


def agenda(
    meetings: list[Meeting], people: list[Contact], now: pendulum.DateTime = NOW, days: int = 0, **settings: object
) -> list[AgendaItem]:
    chosen = Settings(timezone=LONDON, **settings) if settings else SETTINGS  # type: ignore[arg-type]
    return agenda_items(meetings, people, [], now, chosen, days)


def only(items: list[AgendaItem]) -> AgendaItem:
    assert len(items) == 1, items
    return items[0]


# --- each kind ------------------------------------------------------------------------------


def test_a_follow_up_is_due_seven_days_after_the_request() -> None:
    sent = NOW.subtract(days=8)
    item = only(agenda([meeting("m1", "c1", ("requested", sent))], [person("c1", "Tan")]))
    assert (item.kind, item.meeting_id, item.contact) == (DueKind.FOLLOW_UP, "m1", "Dr. Sam Tan")
    assert item.due == sent.add(days=7) and item.now and item.overdue
    assert item.what == "Send your one follow-up to Dr. Tan: no reply since you wrote on Tue 17 Nov."


def test_a_follow_up_due_in_two_days_waits_for_the_window() -> None:
    meetings, people = [meeting("m1", "c1", ("requested", NOW.subtract(days=5)))], [person("c1", "Tan")]
    assert agenda(meetings, people) == []
    assert agenda(meetings, people, days=1) == []
    item = only(agenda(meetings, people, days=2))
    assert item.kind is DueKind.FOLLOW_UP and not item.now and not item.overdue
    assert item.due == NOW.add(days=2)


def test_a_follow_up_due_later_today_is_on_todays_agenda_but_not_due_now() -> None:
    meetings = [meeting("m1", "c1", ("requested", NOW.subtract(days=7).add(hours=5)))]
    item = only(agenda(meetings, [person("c1", "Tan")]))
    assert item.due == NOW.add(hours=5) and not item.now


def test_let_go_after_the_unanswered_follow_up() -> None:
    sent = NOW.subtract(days=10)
    steps = (("requested", sent.subtract(days=8)), ("followed-up", sent))
    item = only(agenda([meeting("m1", "c1", *steps)], [person("c1", "Tan")]))
    assert item.kind is DueKind.LET_GO and item.due == sent.add(days=7)
    assert item.what.startswith("Let Dr. Tan go: no reply to your follow-up of Sun 15 Nov")


def test_follow_up_days_from_the_settings() -> None:
    meetings = [meeting("m1", "c1", ("requested", NOW.subtract(days=4)))]
    item = only(agenda(meetings, [person("c1", "Tan")], follow_up_days=3))
    assert item.due == NOW.subtract(days=1)


def test_a_thank_you_is_due_within_24_hours_then_overdue() -> None:
    held = NOW.subtract(hours=5)
    steps = (("requested", NOW.subtract(days=9)), ("scheduled", NOW.subtract(days=8)), ("done", held))
    people = [person("c1", "Tan")]
    fresh = only(agenda([meeting("m1", "c1", *steps)], people))
    assert fresh.kind is DueKind.THANK_YOU and fresh.now and not fresh.overdue
    assert fresh.due == held.add(hours=24)
    assert fresh.what == "Send your thank-you note to Dr. Tan by Thu 26 Nov 04:00."
    late = only(agenda([meeting("m1", "c1", *steps)], people, now=NOW.add(hours=20)))
    assert late.overdue
    assert late.what == "Your thank-you note to Dr. Tan is overdue (it was due Thu 26 Nov 04:00): send it today."


def test_a_planned_update_is_due_on_its_day() -> None:
    steps = (("requested", NOW.subtract(days=40)), ("done", NOW.subtract(days=30)), ("thanked", NOW.subtract(days=29)))
    touch = NOW.add(days=3)
    meetings = [meeting("m1", "c1", *steps, next_touch=iso(touch))]
    assert agenda(meetings, [person("c1", "Tan")]) == []
    item = only(agenda(meetings, [person("c1", "Tan")], days=3))
    assert item.kind is DueKind.NEXT_TOUCH and item.due == touch and not item.now
    assert item.what == "Send Dr. Tan the update you planned: how their advice worked out."


def test_tell_the_referrer_names_them() -> None:
    people = [person("c-ref", "Okafor"), person("c1", "Tan", referred_by="c-ref")]
    steps = (("requested", NOW.subtract(days=9)), ("done", NOW.subtract(days=2)), ("thanked", NOW.subtract(days=1)))
    item = only(agenda([meeting("m1", "c1", *steps)], people))
    assert (item.kind, item.contact, item.person) == (DueKind.TELL_REFERRER, "Dr. Sam Tan", "Dr. Sam Okafor")
    assert item.what == "Tell Dr. Okafor how it went with Dr. Tan." and item.now and not item.overdue


def test_3b7_write_to_the_next_person_after_three_business_days() -> None:
    monday = pendulum.datetime(2026, 11, 23, 10, 0, tz=LONDON)
    people = [person("c1", "Tan", organization="Acme"), person("c2", "Chen", organization="Acme")]
    meetings = [meeting("m1", "c1", ("requested", monday))]
    item = only(agenda(meetings, people, now=monday.add(days=2), days=1, pacing="3b7"))
    assert item.kind is DueKind.WRITE_NEXT and item.person == "Dr. Sam Chen"
    assert item.due == pendulum.datetime(2026, 11, 26, tz=LONDON)  # Thursday, the start of the day
    assert item.what.startswith("Write to Dr. Chen at Acme")


# --- meetings: your time and theirs ---------------------------------------------------------


def test_a_meeting_today_in_your_time_and_theirs() -> None:
    start = NOW.at(15, 0)
    item = only(agenda([booked("m1", "c1", start)], [person("c1", "Tan", NEW_YORK)]))
    assert item.kind is DueKind.MEETING_TODAY and item.now and item.due == start
    assert item.what == "Meeting with Dr. Tan today at 15:00 your time, 10:00 in New York."


def test_a_meeting_in_the_same_zone_says_so() -> None:
    assert meeting_times(NOW.at(15, 0), LONDON) == "15:00 (your time and theirs)"


def test_their_day_is_named_when_it_differs() -> None:
    assert meeting_times(NOW.at(17, 30), "Asia/Tokyo") == "17:30 your time, 02:30 Thu in Tokyo"


def test_london_changes_its_clocks_a_week_before_new_york() -> None:
    # Saturday 24 October 2026 in London (summer time); London goes back an hour on Sunday 25
    # October, New York on Sunday 1 November: for that week they are 4 hours apart, not 5.
    saturday = pendulum.datetime(2026, 10, 24, 9, 0, tz=LONDON)
    people = [person("c1", "Tan", NEW_YORK)]
    meetings = [
        booked("m-sun", "c1", pendulum.datetime(2026, 10, 25, 15, 0, tz=LONDON)),
        booked("m-wed", "c1", pendulum.datetime(2026, 10, 28, 15, 0, tz=LONDON)),
        booked("m-nov", "c1", pendulum.datetime(2026, 11, 4, 15, 0, tz=LONDON)),
    ]
    items = agenda(meetings, people, now=saturday, days=14)
    assert [(item.meeting_id, item.kind) for item in items] == [
        ("m-sun", DueKind.MEETING_SOON),
        ("m-wed", DueKind.MEETING_SOON),
        ("m-nov", DueKind.MEETING_SOON),
    ]
    assert [item.due.isoformat() for item in items] == [
        "2026-10-25T15:00:00+00:00",
        "2026-10-28T15:00:00+00:00",
        "2026-11-04T15:00:00+00:00",
    ]
    assert [item.what for item in items] == [
        "Meeting with Dr. Tan on Sun 25 Oct at 15:00 your time, 11:00 in New York.",
        "Meeting with Dr. Tan on Wed 28 Oct at 15:00 your time, 11:00 in New York.",
        "Meeting with Dr. Tan on Wed 4 Nov at 15:00 your time, 10:00 in New York.",
    ]


def test_a_new_york_user_across_their_own_change_in_early_november() -> None:
    friday = pendulum.datetime(2026, 10, 30, 8, 0, tz=NEW_YORK)
    people = [person("c1", "Tan", LONDON)]
    meetings = [
        booked("m-fri", "c1", pendulum.datetime(2026, 10, 30, 10, 0, tz=NEW_YORK)),
        booked("m-mon", "c1", pendulum.datetime(2026, 11, 2, 10, 0, tz=NEW_YORK)),
    ]
    settings = Settings(timezone=NEW_YORK)
    items = agenda_items(meetings, people, [], friday, settings, 3)
    assert [item.kind for item in items] == [DueKind.MEETING_TODAY, DueKind.MEETING_SOON]
    assert [item.due.isoformat() for item in items] == ["2026-10-30T10:00:00-04:00", "2026-11-02T10:00:00-05:00"]
    assert items[0].what == "Meeting with Dr. Tan today at 10:00 your time, 14:00 in London."
    assert items[1].what == "Meeting with Dr. Tan on Mon 2 Nov at 10:00 your time, 15:00 in London."


def test_today_is_the_users_day_not_utcs() -> None:
    # 23:30 in New York on Tuesday is already Wednesday in UTC: a Wednesday meeting is not today.
    late = pendulum.datetime(2026, 11, 24, 23, 30, tz=NEW_YORK)
    start = pendulum.datetime(2026, 11, 25, 9, 0, tz=NEW_YORK)
    people, settings = [person("c1", "Tan", NEW_YORK)], Settings(timezone=NEW_YORK)
    assert agenda_items([booked("m1", "c1", start)], people, [], late, settings, 0) == []
    item = only(agenda_items([booked("m1", "c1", start)], people, [], late, settings, 1))
    assert item.kind is DueKind.MEETING_SOON and not item.now


# --- the window -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ahead", "days", "shown"),
    [
        (0, 0, True),
        (1, 0, False),
        (7, 7, True),
        (8, 7, False),
        (8, 8, True),
        (17, 16, False),
        (17, 17, True),
        (60, 60, True),
    ],
)
def test_meetings_in_the_window(ahead: int, days: int, shown: bool) -> None:
    start = NOW.add(days=ahead).at(15, 0)
    items = agenda([booked("m1", "c1", start)], [person("c1", "Tan")], days=days)
    assert [item.meeting_id for item in items] == (["m1"] if shown else [])


def test_what_is_due_now_comes_first_then_by_date() -> None:
    people = [person("c1", "Tan"), person("c2", "Chen"), person("c3", "Ruiz")]
    meetings = [
        booked("m-soon", "c1", NOW.add(days=2).at(10, 0)),
        meeting("m-late", "c2", ("requested", NOW.subtract(days=20))),
        booked("m-today", "c3", NOW.at(16, 0)),
    ]
    assert [item.meeting_id for item in agenda(meetings, people, days=3)] == ["m-late", "m-today", "m-soon"]


@pytest.mark.parametrize("days", [-1, MAX_DAYS + 1])
def test_days_outside_the_window_are_refused(days: int) -> None:
    with pytest.raises(ValueError, match="days must be from 0 to 60"):
        agenda([], [], days=days)


def test_archived_meetings_are_left_out() -> None:
    meetings = [meeting("m1", "c1", ("requested", NOW.subtract(days=8)), archived=True)]
    assert agenda(meetings, [person("c1", "Tan")]) == []


def test_the_agenda_holds_until_the_next_due_moment_or_midnight() -> None:
    people = [person("c1", "Tan")]
    meetings = [meeting("m1", "c1", ("requested", NOW.subtract(days=7).add(hours=5)))]
    items = agenda(meetings, people)
    assert next_change(items, NOW, LONDON) == NOW.add(hours=5)
    assert next_change([], NOW, LONDON) == pendulum.datetime(2026, 11, 26, tz=LONDON)


# --- what the open app announces ------------------------------------------------------------


def test_notices_a_meeting_within_ten_minutes_and_not_after_it_starts() -> None:
    people, start = [person("c1", "Tan", NEW_YORK)], NOW.at(15, 0)
    meetings = [booked("m1", "c1", start)]
    assert due_notices(meetings, start.subtract(minutes=11), SETTINGS) == []
    [item] = due_notices(meetings, start.subtract(minutes=10), SETTINGS)
    assert notice_text(item, people[0], start.subtract(seconds=30), LONDON) == (
        "Meeting soon",
        "Your meeting with Dr. Tan starts at 15:00, in 1 minute.",
    )
    assert due_notices(meetings, start.add(seconds=1), SETTINGS) == []


def test_notices_a_thank_you_only_once_it_is_overdue() -> None:
    held = NOW.subtract(hours=23)
    meetings = [meeting("m1", "c1", ("requested", NOW.subtract(days=9)), ("done", held))]
    assert due_notices(meetings, NOW, SETTINGS) == []
    [item] = due_notices(meetings, NOW.add(hours=1), SETTINGS)
    assert notice_text(item, person("c1", "Tan"), NOW, LONDON)[1].startswith(
        "Your thank-you note to Dr. Tan is now overdue"
    )
