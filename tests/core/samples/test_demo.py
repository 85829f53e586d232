"""The demo data tells a complete, legal and current story for any "now"."""

from __future__ import annotations

import re
from collections import Counter

import pendulum
import pytest

from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.statuses import DueKind, due_items, transition
from infocoach.core.records.model import HONORIFICS, Contact, Meeting, Status
from infocoach.core.records.validation import check_contact_fields, is_timezone
from infocoach.core.samples.demo import build_demo

LONDON = "Europe/London"

# Early morning, mid-afternoon on a Friday, late evening on a Saturday, the day the clocks go
# forward, a winter Friday night, and a user in another zone given a UTC "now".
NOWS = [
    (pendulum.datetime(2025, 5, 12, 6, 10, tz=LONDON), LONDON),
    (pendulum.datetime(2025, 5, 16, 13, 45, tz=LONDON), LONDON),
    (pendulum.datetime(2025, 11, 22, 23, 40, tz=LONDON), LONDON),
    (pendulum.datetime(2025, 3, 30, 10, 0, tz=LONDON), LONDON),
    (pendulum.datetime(2026, 1, 9, 22, 55, tz=LONDON), LONDON),
    (pendulum.datetime(2025, 7, 1, 18, 0, tz="UTC"), "America/Chicago"),
]
IDS = ["early-monday", "friday-afternoon", "late-saturday", "dst-start", "winter-night", "chicago"]

MINIMUMS = {
    Status.PLANNED: 2,
    Status.REQUESTED: 2,
    Status.FOLLOWED_UP: 1,
    Status.NO_RESPONSE: 1,
    Status.DECLINED: 1,
    Status.SCHEDULED: 2,
    Status.DONE: 2,
    Status.THANKED: 3,
}

JOB_ASK = re.compile(
    r"\b(jobs?|positions?|openings?|vacanc(y|ies)|hire me|hiring|résumé|resume|cv|employ\w*)\b",
    re.IGNORECASE,
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@pytest.fixture(params=NOWS, ids=IDS)
def demo(request: pytest.FixtureRequest) -> tuple[pendulum.DateTime, str, list[Contact], list[Meeting]]:
    now, zone = request.param
    contacts, meetings = build_demo(now, zone)
    return now, zone, contacts, meetings


def _by_status(meetings: list[Meeting], status: Status) -> list[Meeting]:
    return [m for m in meetings if m.status == status.value]


def _words(text: str) -> int:
    return len(text.split())


def test_every_status_is_present_with_its_minimum(demo) -> None:
    _, _, contacts, meetings = demo
    counts = Counter(m.status for m in meetings)
    assert set(counts) == {s.value for s in Status}
    for status, minimum in MINIMUMS.items():
        assert counts[status.value] >= minimum, status
    assert len(meetings) >= 14 and len(contacts) >= 12
    assert len({m.id for m in meetings}) == len(meetings)
    assert len({c.id for c in contacts}) == len(contacts)
    assert sum(m.archived for m in meetings) == 1


def test_histories_are_legal_paths_with_increasing_dates(demo) -> None:
    now, _, contacts, meetings = demo
    contact_created = {c.id: parse_iso(c.created_at) for c in contacts}
    for meeting in meetings:
        first, *rest = meeting.history
        replay = Meeting(id=meeting.id, contact_id=meeting.contact_id, status=first.status)
        moments = [parse_iso(first.at)]
        for step in rest:
            transition(replay, step.status, parse_iso(step.at))  # raises if illegal
            moments.append(parse_iso(step.at))
        assert replay.status == meeting.status
        assert first.status == Status.PLANNED.value
        assert moments == sorted(moments) and len(set(moments)) == len(moments), meeting.id
        assert moments[-1] <= now
        created = parse_iso(meeting.created_at)
        assert contact_created[meeting.contact_id] < created < moments[0]
        assert all(parse_iso(note.written_at) <= now for note in meeting.notes)
        if meeting.ended_at is not None:
            assert parse_iso(meeting.ended_at) <= now
            assert all(note.at is not None and note.at <= _held(meeting) for note in meeting.notes)


def test_scheduled_meetings_are_in_the_coming_days_in_the_contacts_zone(demo) -> None:
    now, zone, contacts, meetings = demo
    zones = {c.id: c.timezone for c in contacts}
    today = now.in_timezone(zone).date()
    days_ahead = []
    for meeting in _by_status(meetings, Status.SCHEDULED):
        when = parse_iso(meeting.scheduled_for or "")
        assert when > now
        days_ahead.append((when.in_timezone(zone).date() - today).days)
        local = when.in_timezone(zones[meeting.contact_id])
        assert when.utcoffset() == local.utcoffset(), "scheduled_for is in the contact's zone"
        assert 5 <= len(meeting.questions) <= 8 and meeting.research and meeting.talk is None
        assert [q.priority for q in meeting.questions] == list(range(1, len(meeting.questions) + 1))
        assert {q.category for q in meeting.questions} == {
            "Trends", "Insights", "Advice", "Resources", "Assignments"
        }  # fmt: skip
    assert sorted(days_ahead)[0] in (0, 1) and 3 in days_ahead and max(days_ahead) <= 3
    assert sorted(m.planned_minutes for m in _by_status(meetings, Status.SCHEDULED)) == [20, 30]


@pytest.mark.parametrize(("hour", "minute", "days_ahead"), [(9, 0, 0), (14, 0, 0), (14, 1, 1), (21, 30, 1)])
def test_the_first_meeting_is_today_when_there_is_time_else_tomorrow(hour: int, minute: int, days_ahead: int) -> None:
    now = pendulum.datetime(2025, 5, 14, hour, minute, tz=LONDON)
    _, meetings = build_demo(now)
    first = min(parse_iso(m.scheduled_for or "") for m in _by_status(meetings, Status.SCHEDULED))
    assert (first.in_timezone(LONDON).date() - now.date()).days == days_ahead
    today = [d for d in due_items(meetings, now, 7, LONDON) if d.kind is DueKind.MEETING_TODAY]
    assert len(today) == (1 if days_ahead == 0 else 0)


def test_met_meetings_have_notes_talk_questions_and_referrals(demo) -> None:
    now, _, _, meetings = demo
    done = _by_status(meetings, Status.DONE)
    thanked = _by_status(meetings, Status.THANKED)
    for meeting in done + thanked:
        assert 4 <= len(meeting.notes) <= 8 and any(n.starred for n in meeting.notes)
        assert 1 <= len(meeting.referrals) <= 2 and all(r.name and r.detail for r in meeting.referrals)
        assert meeting.talk is not None and meeting.questions and meeting.scheduled_for
        assert parse_iso(meeting.scheduled_for) < parse_iso(meeting.entered_at("done") or "")
    shares = sorted(m.talk.share for m in done)  # type: ignore[union-attr]
    assert 0.29 <= shares[0] <= 0.35 and 0.50 <= shares[-1] <= 0.55
    for meeting in done:
        assert {q.state for q in meeting.questions} >= {"asked", "skipped"}
        met_hours_ago = (now - parse_iso(meeting.entered_at("done") or "")).total_hours()
        assert 0 < met_hours_ago <= 48
    for meeting in thanked:
        assert 0.25 <= meeting.talk.share <= 0.45  # type: ignore[union-attr]
        days_ago = (now - parse_iso(meeting.entered_at("thanked") or "")).total_days()
        assert 55 <= days_ago <= 190
        gap = parse_iso(meeting.entered_at("thanked") or "") - parse_iso(meeting.entered_at("done") or "")
        assert gap.total_hours() < 24, "the thank-you went out within a day"
    # User text that looks like Rich markup is part of the demo, to be shown literally.
    assert any("[bold]" in n.text or "[citation needed]" in n.text for m in meetings for n in m.notes)


def test_due_items_show_every_kind_of_reminder(demo) -> None:
    now, zone, _, meetings = demo
    items = due_items(meetings, now, 7, zone)
    kinds = Counter(item.kind for item in items)
    assert kinds[DueKind.FOLLOW_UP] == 1 and kinds[DueKind.LET_GO] == 1
    thank_yous = [item for item in items if item.kind is DueKind.THANK_YOU]
    assert sorted(item.overdue for item in thank_yous) == [False, True]
    # One request of each kind is still within its week, and stays quiet.
    flagged = {item.meeting_id for item in items}
    for status in (Status.REQUESTED, Status.FOLLOWED_UP):
        waiting = [m for m in _by_status(meetings, status) if m.id not in flagged]
        assert waiting, status
    sent_days_ago = sorted(
        (now - parse_iso(m.entered_at("requested") or "")).in_days() for m in _by_status(meetings, Status.REQUESTED)
    )
    assert sent_days_ago[0] in (2, 3) and sent_days_ago[-1] in (9, 10)


def test_contacts_are_complete_formal_and_valid(demo) -> None:
    _, _, contacts, meetings = demo
    assert {m.contact_id for m in meetings} <= {c.id for c in contacts}
    for contact in contacts:
        assert check_contact_fields(contact.to_dict()) == {}, contact.id
        assert is_timezone(contact.timezone)
        assert contact.email.rsplit("@", 1)[1] in ("example.org", "example.com", "example.net")
        assert contact.linkedin.startswith("https://www.linkedin.com/in/")
        assert contact.role and contact.connection and len(contact.why) > 80
    honorifics = [c.honorific for c in contacts]
    assert honorifics.count("") == 1 and set(HONORIFICS) <= set(honorifics)
    assert len({c.timezone.split("/")[0] for c in contacts}) >= 4
    # One contact came through a referral made in an earlier meeting.
    referred = [c for c in contacts if c.connection.startswith("referred by Ms. ")]
    referral_names = {r.name for m in meetings for r in m.referrals}
    assert any(c.display_name in referral_names for c in referred)


def test_drafts_are_formal_short_and_never_ask_for_a_job(demo) -> None:
    _, _, contacts, meetings = demo
    by_id = {c.id: c for c in contacts}
    kinds: Counter[str] = Counter()
    for meeting in meetings:
        contact = by_id[meeting.contact_id]
        for kind, text in meeting.drafts.items():
            kinds[kind] += 1
            assert text.startswith(f"Dear {contact.formal_name},\n"), (meeting.id, kind)
            assert f"Dear {contact.first_name}" not in text
            assert not JOB_ASK.search(text), (meeting.id, kind, JOB_ASK.search(text))
            assert "hour" not in text.lower().replace("half an hour", "")
        if meeting.status in (Status.REQUESTED, Status.FOLLOWED_UP):
            assert "outreach" in meeting.drafts
        if meeting.status == Status.FOLLOWED_UP:
            assert _words(meeting.drafts["followup"]) < 60
        if "outreach" in meeting.drafts:
            text = meeting.drafts["outreach"]
            assert _words(text) < 100 and "flexible" in text
            assert 2 <= sum(text.count(day) for day in WEEKDAYS) <= 3
            assert "Saturday" not in text and "Sunday" not in text
            place = contact.timezone.rsplit("/", 1)[-1].replace("_", " ")
            assert f"({place} time)" in text
            assert text.split("\n\n")[-2].endswith("?"), "ends with a yes/no question"
        if "thanks" in meeting.drafts:
            assert _words(meeting.drafts["thanks"]) < 150
    assert kinds["thanks"] >= 3 and kinds["outreach"] >= 4 and kinds["followup"] >= 2


def test_the_demo_is_deterministic_and_moves_with_now() -> None:
    now = pendulum.datetime(2025, 5, 16, 13, 45, tz=LONDON)
    first, second = build_demo(now), build_demo(now)
    assert first == second
    assert [c.to_dict() for c in first[0]] == [c.to_dict() for c in second[0]]
    later_contacts, later_meetings = build_demo(now.add(days=10))
    assert [m.id for m in later_meetings] == [m.id for m in first[1]]
    assert [m.status for m in later_meetings] == [m.status for m in first[1]]
    assert later_meetings[0].history != first[1][0].history
    assert first[1][0].id == "m-demo-01" and first[0][0].id == "c-demo-01"


def _held(meeting):
    return meeting.talk.me + meeting.talk.them + meeting.talk.nobody


def test_met_meetings_carry_a_live_record_the_live_clock_accepts():
    from infocoach.core.live.clock_record import LiveClock
    from infocoach.core.samples.demo_live import conversation

    _, meetings = build_demo(parse_iso("2026-11-25T13:30:00+00:00"))
    met = [m for m in meetings if m.talk is not None]
    assert len(met) >= 4
    for meeting in met:
        live = LiveClock.from_dict(meeting.live)
        end = parse_iso(meeting.ended_at)
        assert live.meeting.ended and live.meeting.started_at == meeting.started_at
        assert live.talk_totals(end) == meeting.talk
        assert abs(sum(s.end - s.start for s in meeting.segments) - _held(meeting)) < 1e-6
        assert meeting.segments[0].who == "me"  # the intro comes first
        assert all(r.organization or r.name for r in meeting.referrals)
    turns = conversation(560, 1000, 140)
    for who, total in (("me", 560), ("them", 1000), ("nobody", 140)):
        assert sum(s for w, s in turns if w == who) == total
