"""Finding the meeting an invitation is for, and what it does to it: new, rescheduled,
cancelled, all-day, and a copy already imported."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pendulum
import pytest

from infocoach.core.invites.invite_applying import Change, InviteRefused, plan_invitation, when_text
from infocoach.core.invites.invite_matching import find_candidates, for_this_meeting, who_is_named
from infocoach.core.invites.invite_reading import Invitation, read_invitation
from infocoach.core.records.model import Contact, Meeting, Status
from infocoach.core.samples.demo import build_demo

FIXTURES = Path(__file__).parent / "fixtures"
NOW = pendulum.parse("2026-12-01T09:00:00+00:00")
MY_ZONE = "Europe/London"


def invite(name: str) -> Invitation:
    return read_invitation((FIXTURES / name).read_bytes(), floating_zone=MY_ZONE)


@pytest.fixture
def demo() -> tuple[list[Contact], list[Meeting]]:
    assert isinstance(NOW, pendulum.DateTime)
    return build_demo(NOW.subtract(days=6), MY_ZONE)


def meeting(meetings: list[Meeting], meeting_id: str) -> Meeting:
    return next(m for m in meetings if m.id == meeting_id)


def test_a_new_invitation_is_matched_by_the_organisers_email_ignoring_case(demo) -> None:
    contacts, meetings = demo
    found = find_candidates(invite("google_new.ics"), contacts, meetings)
    assert [(c.meeting.id, c.contact.id, c.by_uid) for c in found] == [("m-demo-10", "c-demo-10", False)]
    # Outlook: Rajesh Iyer organises it; the user is the attendee.
    found = find_candidates(invite("outlook_new.ics"), contacts, meetings)
    assert [c.meeting.id for c in found] == ["m-demo-08"]


def test_only_waiting_meetings_of_live_contacts_match_by_email(demo) -> None:
    contacts, meetings = demo
    invitation = replace(invite("google_new.ics"), organizer="amara.okafor@example.org", attendees=())
    # Dr. Okafor has a thanked meeting and a planned one: only the planned one is waiting.
    assert [c.meeting.id for c in find_candidates(invitation, contacts, meetings)] == ["m-demo-15"]
    nobody = replace(invitation, organizer="stranger@example.com")
    assert find_candidates(nobody, contacts, meetings) == []
    archived = [replace(c, archived=True) if c.id == "c-demo-01" else c for c in contacts]
    assert find_candidates(invitation, archived, meetings) == []


def test_a_late_reply_to_a_meeting_let_go_still_finds_it_but_a_declined_one_does_not(demo) -> None:
    contacts, meetings = demo
    invitation = replace(invite("google_new.ics"), organizer="jonas.lindqvist@example.com", attendees=())
    let_go = meeting(meetings, "m-demo-12")
    assert let_go.status == Status.NO_RESPONSE
    assert [c.meeting.id for c in find_candidates(invitation, contacts, meetings)] == ["m-demo-12"]
    assert plan_invitation(let_go, invitation, NOW).meeting.status == Status.SCHEDULED
    declined = replace(invitation, organizer="kwabena.asante@example.org")
    assert meeting(meetings, "m-demo-13").status == Status.DECLINED
    assert find_candidates(declined, contacts, meetings) == []


def test_several_waiting_meetings_with_one_person_are_all_candidates(demo) -> None:
    contacts, meetings = demo
    second = replace(meeting(meetings, "m-demo-10"), id="m-second", status=Status.PLANNED, history=[])
    found = find_candidates(invite("google_new.ics"), contacts, [*meetings, second])
    assert [c.meeting.id for c in found] == ["m-demo-10", "m-second"]


def test_a_new_invitation_schedules_the_meeting_with_its_time_length_and_uid(demo) -> None:
    _, meetings = demo
    original = meeting(meetings, "m-demo-10")
    assert original.status == Status.FOLLOWED_UP
    plan = plan_invitation(original, invite("google_new.ics"), NOW)
    assert plan.change is Change.SCHEDULE
    moved = plan.meeting
    assert moved.scheduled_for == "2026-12-10T18:00:00+09:00"
    assert moved.status == Status.SCHEDULED and moved.history[-1].status == "scheduled"
    assert moved.history[-1].at == NOW.isoformat()
    assert moved.planned_minutes == 30
    assert (moved.invite_uid, moved.invite_sequence) == ("5k1q7v2b9r3m0c4n8d6e2f1a0g@google.com", 0)
    assert original.status == Status.FOLLOWED_UP and original.scheduled_for is None  # a copy was changed


def test_a_rescheduled_invitation_moves_the_meeting_and_keeps_the_earlier_time(demo) -> None:
    _, meetings = demo
    first = plan_invitation(meeting(meetings, "m-demo-10"), invite("google_new.ics"), NOW).meeting
    later = NOW.add(hours=2)
    plan = plan_invitation(first, invite("google_rescheduled.ics"), later)
    assert plan.change is Change.MOVE
    moved = plan.meeting
    assert moved.scheduled_for == "2026-12-11T19:00:00+09:00" and moved.planned_minutes == 45
    assert [(e.scheduled_for, e.changed_at) for e in moved.earlier_times] == [
        ("2026-12-10T18:00:00+09:00", later.isoformat())
    ]
    assert moved.invite_sequence == 1 and moved.status == Status.SCHEDULED
    assert [s.status for s in moved.history].count("scheduled") == 1  # no second step


def test_the_same_or_an_older_copy_is_already_up_to_date(demo) -> None:
    _, meetings = demo
    rescheduled = plan_invitation(meeting(meetings, "m-demo-10"), invite("google_rescheduled.ics"), NOW).meeting
    again = plan_invitation(rescheduled, invite("google_rescheduled.ics"), NOW)
    assert again.change is Change.UP_TO_DATE and again.meeting is rescheduled and "already" in again.why
    older = plan_invitation(rescheduled, invite("google_new.ics"), NOW)
    assert older.change is Change.UP_TO_DATE and "older copy" in older.why


def test_a_cancelled_invitation_would_mark_the_meeting_declined(demo) -> None:
    _, meetings = demo
    scheduled = plan_invitation(meeting(meetings, "m-demo-10"), invite("google_new.ics"), NOW).meeting
    plan = plan_invitation(scheduled, invite("google_cancelled.ics"), NOW.add(minutes=5))
    assert plan.change is Change.DECLINE
    assert plan.meeting.status == Status.DECLINED and plan.meeting.invite_sequence == 2
    assert scheduled.status == Status.SCHEDULED
    # Once declined, the cancellation again changes nothing.
    assert plan_invitation(plan.meeting, invite("google_cancelled.ics"), NOW).change is Change.UP_TO_DATE


def test_a_held_meeting_is_neither_moved_nor_cancelled(demo) -> None:
    _, meetings = demo
    done = meeting(meetings, "m-demo-05")
    with pytest.raises(InviteRefused, match="has been held"):
        plan_invitation(done, invite("google_new.ics"), NOW)
    with pytest.raises(InviteRefused, match="cancelled, but the meeting is done"):
        plan_invitation(done, invite("google_cancelled.ics"), NOW)


def test_an_all_day_event_is_refused_with_what_to_do_instead(demo) -> None:
    _, meetings = demo
    with pytest.raises(InviteRefused, match=r"all-day event on Thu 03 Dec 2026, with no time.*Reschedule"):
        plan_invitation(meeting(meetings, "m-demo-08"), invite("outlook_all_day.ics"), NOW)


def test_a_length_a_meeting_cannot_plan_is_not_taken_and_said(demo) -> None:
    _, meetings = demo
    long = replace(invite("outlook_new.ics"), minutes=480)
    plan = plan_invitation(meeting(meetings, "m-demo-08"), long, NOW)
    assert plan.meeting.planned_minutes == 30
    assert any("lasts 480 minutes" in r for r in plan.remarks)
    unsaid = plan_invitation(meeting(meetings, "m-demo-08"), replace(long, minutes=None), NOW)
    assert any("no end time" in r for r in unsaid.remarks)


def test_a_planned_meeting_becomes_scheduled_too(demo) -> None:
    _, meetings = demo
    plan = plan_invitation(meeting(meetings, "m-demo-15"), invite("outlook_new.ics"), NOW)
    assert plan.meeting.status == Status.SCHEDULED
    assert plan.meeting.scheduled_for == "2026-12-03T08:00:00+11:00" and plan.meeting.planned_minutes == 25


def test_for_this_meeting_and_the_words_for_an_invitation(demo) -> None:
    contacts, meetings = demo
    hana = next(c for c in contacts if c.id == "c-demo-10")
    rajesh = next(c for c in contacts if c.id == "c-demo-08")
    google = invite("google_new.ics")
    assert for_this_meeting(google, meeting(meetings, "m-demo-10"), hana)
    assert not for_this_meeting(google, meeting(meetings, "m-demo-08"), rajesh)
    assert who_is_named(google) == "from hana.sato@example.com to alex.morgan@example.com"
    assert when_text(google, MY_ZONE) == "Thu 10 Dec 2026, 09:00 your time, 30 minutes (18:00 Asia/Tokyo)"
    assert when_text(invite("outlook_all_day.ics"), MY_ZONE) == "Thu 03 Dec 2026"
