"""What the campaign makes due: 3B7's timeline in business days, one open request per employer,
and the reminder to tell a referrer how it went."""

from __future__ import annotations

import pendulum
from campaign_records import MONDAY, ZONE, meeting, person, target

from infocoach.core.campaign.campaign_due import (
    all_due_items,
    can_request,
    open_requests_at,
    paced_let_go_due,
    tell_referrer_items,
)
from infocoach.core.campaign.referrer import mark_referrer_told
from infocoach.core.clock import FixedClock
from infocoach.core.pipeline.statuses import DueItem, DueKind, due_items, transition
from infocoach.core.records.model import Contact, Meeting, MeetingHead
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings

DAY = 24 * 3600
THREE_B_SEVEN = Settings(timezone=ZONE, pacing="3b7")
RULE_FOUR = Settings(timezone=ZONE)


def acme() -> tuple[list[Contact], list[Meeting]]:
    """Dr. Tan at Acme, written to on Monday; Bo Chen (outreach being prepared) and Ana Ruiz there too."""
    people = [
        person("c-tan", "Mei Lin", "Tan", "Acme Inc.", honorific="Dr."),
        person("c-chen", "Bo", "Chen", "ACME"),
        person("c-ruiz", "Ana", "Ruiz", "acme"),
        person("c-far", "Elsewhere", "Person", "Initech"),
    ]
    meetings = [
        meeting("m-tan", "c-tan", ("planned", MONDAY.subtract(days=1)), ("requested", MONDAY)),
        meeting("m-chen", "c-chen", ("planned", MONDAY)),
    ]
    return people, meetings


def kinds(items: list[DueItem]) -> list[tuple[str, str, str]]:
    return [(item.kind.value, item.meeting_id, item.contact_id) for item in items]


def test_3b7_timeline_write_next_then_follow_up_then_let_go() -> None:
    people, meetings = acme()
    targets = [target("t-acme", "Acme")]
    clock = FixedClock(MONDAY.add(hours=1))

    def due() -> list[tuple[str, str, str]]:
        return kinds(all_due_items(meetings, people, targets, clock.now(), THREE_B_SEVEN))

    for _ in range(3):  # Monday, Tuesday, Wednesday: wait
        assert due() == []
        clock.advance(DAY)
    # Thursday: 3 business days without a reply: write to the next person, the one whose
    # outreach is already being prepared.
    [item] = all_due_items(meetings, people, targets, clock.now(), THREE_B_SEVEN)
    assert (item.kind, item.meeting_id, item.contact_id) == (DueKind.WRITE_NEXT, "m-tan", "c-chen")
    assert item.note == "Write to Bo Chen at Acme: no reply from Dr. Tan in 3 business days"
    assert item.since == MONDAY
    # Writing to Bo Chen answers it: the newest request at Acme is fresh again.
    transition(meetings[1], "requested", clock.now())
    assert due() == []
    clock.advance(4 * DAY)  # Monday: Bo Chen's request has waited 1 business day, Dr. Tan's 5
    assert due() == []
    clock.advance(DAY)  # Tuesday: Bo Chen 3 business days: Ana Ruiz is next
    assert due() == [("write-next", "m-chen", "c-ruiz")]
    clock.advance(DAY)  # Wednesday: 7 business days since Dr. Tan was written to: the follow-up
    assert sorted(due()) == [("follow-up", "m-tan", ""), ("write-next", "m-chen", "c-ruiz")]
    transition(meetings[0], "followed-up", clock.now())
    assert due() == [("write-next", "m-chen", "c-ruiz")]
    followed_up = clock.now()
    clock.advance(8 * DAY)  # Thursday week: 6 business days since the follow-up
    assert ("let-go", "m-tan", "") not in due()
    assert paced_let_go_due(meetings, clock.now(), THREE_B_SEVEN) == []
    clock.advance(DAY)  # Friday: 7 business days: let go
    assert ("let-go", "m-tan", "") in due()
    friday = pendulum.datetime(2026, 12, 11, tz=ZONE)  # the start of its 7th business day
    assert paced_let_go_due(meetings, clock.now(), THREE_B_SEVEN) == [(meetings[0], friday)]
    assert followed_up.add(days=9) == clock.now()


def test_the_default_pacing_counts_calendar_days_and_suggests_no_one() -> None:
    people, meetings = acme()
    targets = [target("t-acme", "Acme")]
    thursday = MONDAY.add(days=3)
    assert all_due_items(meetings, people, targets, thursday, RULE_FOUR) == []
    sunday_week = MONDAY.add(days=6)
    assert all_due_items(meetings, people, targets, sunday_week, RULE_FOUR) == []
    assert kinds(all_due_items(meetings, people, targets, MONDAY.add(days=7), RULE_FOUR)) == [
        ("follow-up", "m-tan", "")
    ]
    # 3B7 waits for business days: the Monday a week on is only 5.
    assert [i.kind for i in all_due_items(meetings, people, targets, MONDAY.add(days=7), THREE_B_SEVEN)] == [
        DueKind.WRITE_NEXT
    ]
    transition(meetings[0], "followed-up", MONDAY.add(days=7))
    assert paced_let_go_due(meetings, MONDAY.add(days=13), RULE_FOUR) == []
    assert paced_let_go_due(meetings, MONDAY.add(days=14), RULE_FOUR) == [(meetings[0], MONDAY.add(days=14))]


def test_the_default_pacing_is_todays_due_items_on_the_demo() -> None:
    now = pendulum.parse("2026-11-25T13:30:00+00:00")
    assert isinstance(now, pendulum.DateTime)
    contacts, meetings, *_ = build_demo(now, ZONE)
    ours = [i for i in all_due_items(meetings, contacts, [], now, RULE_FOUR) if i.kind is not DueKind.TELL_REFERRER]
    assert ours == due_items(meetings, now, RULE_FOUR.follow_up_days, ZONE)
    assert ours  # the demo has things due


def test_write_next_at_a_target_with_nobody_left_says_to_find_someone() -> None:
    people = [person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr.")]
    meetings = [meeting("m-tan", "c-tan", ("requested", MONDAY))]
    thursday = MONDAY.add(days=3)
    [item] = all_due_items(meetings, people, [target("t-1", "ACME Inc.")], thursday, THREE_B_SEVEN)
    assert item.kind is DueKind.WRITE_NEXT and item.contact_id == ""
    assert item.note == "Find another person at ACME Inc.: no reply from Dr. Tan in 3 business days"
    # Without a target there is no one to find: nothing is said.
    assert all_due_items(meetings, people, [], thursday, THREE_B_SEVEN) == []
    # An archived target is not being pursued: nothing either.
    assert all_due_items(meetings, people, [target("t-1", "Acme", archived=True)], thursday, THREE_B_SEVEN) == []


def test_write_next_works_without_a_target_and_skips_the_archived_and_the_asked() -> None:
    people = [
        person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr."),
        person("c-gone", "Gone", "Away", "Acme", archived=True),
        person("c-met", "Met", "Before", "Acme"),
        person("c-new", "Zed", "Zimmer", "Acme", why="You built the thing I use every day."),
        person("c-new2", "Amy", "Adams", "Acme"),
    ]
    meetings = [
        meeting("m-tan", "c-tan", ("requested", MONDAY)),
        meeting("m-met", "c-met", ("requested", MONDAY.subtract(weeks=5)), ("scheduled", MONDAY.subtract(weeks=4))),
    ]
    [item] = all_due_items(meetings, people, [], MONDAY.add(days=3), THREE_B_SEVEN)
    # Not yet asked and not archived; a reason written down ranks above the alphabet.
    assert item.contact_id == "c-new"


def test_a_person_referred_by_someone_is_suggested_first() -> None:
    people = [
        person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr."),
        person("c-a", "Amy", "Adams", "Acme"),
        person("c-z", "Zed", "Zimmer", "Acme", referred_by="c-tan"),
    ]
    meetings = [meeting("m-tan", "c-tan", ("requested", MONDAY))]
    [item] = all_due_items(meetings, people, [], MONDAY.add(days=3), THREE_B_SEVEN)
    assert item.contact_id == "c-z"


def test_one_open_request_per_employer_unless_overridden() -> None:
    people, meetings = acme()
    acme_target = target("t-acme", "Acme")
    assert [m.id for m in open_requests_at(acme_target, people, meetings)] == ["m-tan"]
    tuesday, thursday = MONDAY.add(days=1), MONDAY.add(days=3)
    assert not can_request(acme_target, people, meetings, tuesday, ZONE)
    assert can_request(acme_target, people, meetings, thursday, ZONE)  # 3 business days: move on
    assert not can_request(acme_target, people, meetings)  # without a date: any open request holds it
    parallel = target("t-acme", "Acme", parallel_requests=True)
    assert can_request(parallel, people, meetings, tuesday, ZONE)
    assert can_request(target("t-i", "Initech"), people, meetings, tuesday, ZONE)
    # A reply (or an archived meeting) closes the request.
    transition(meetings[0], "scheduled", tuesday)
    assert open_requests_at(acme_target, people, meetings) == []
    assert can_request(acme_target, people, meetings, tuesday, ZONE)


def test_followed_up_requests_stay_open_and_archived_ones_do_not() -> None:
    people, meetings = acme()
    transition(meetings[0], "followed-up", MONDAY.add(days=7))
    acme_target = target("t-acme", "Acme")
    assert [m.id for m in open_requests_at(acme_target, people, meetings)] == ["m-tan"]
    meetings[0].archived = True
    assert open_requests_at(acme_target, people, meetings) == []


def referred() -> tuple[list[Contact], list[Meeting]]:
    people = [
        person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Dr."),
        person("c-ruiz", "Ana", "Ruiz", "Acme", referred_by="c-tan"),
    ]
    held = MONDAY.add(days=2)
    meetings = [meeting("m-ruiz", "c-ruiz", ("requested", MONDAY), ("scheduled", MONDAY.add(days=1)), ("done", held))]
    return people, meetings


def test_the_referrer_reminder_appears_once_met_and_goes_when_marked() -> None:
    people, meetings = referred()
    now = MONDAY.add(days=3)
    told = [i for i in all_due_items(meetings, people, [], now, RULE_FOUR) if i.kind is DueKind.TELL_REFERRER]
    [item] = told
    assert (item.meeting_id, item.contact_id) == ("m-ruiz", "c-tan")
    assert item.note == "Tell Dr. Tan how it went with Ana Ruiz"
    assert item.since == MONDAY.add(days=2)
    # In 3B7 too, and still once thanked.
    transition(meetings[0], "thanked", now)
    assert [i.kind for i in all_due_items(meetings, people, [], now, THREE_B_SEVEN)] == [DueKind.TELL_REFERRER]
    mark_referrer_told(meetings[0], now)
    assert meetings[0].referrer_told_at == now.isoformat()
    assert all_due_items(meetings, people, [], now, RULE_FOUR) == []
    # A later meeting with the same person does not ask again.
    again = meeting("m-ruiz-2", "c-ruiz", ("scheduled", now), ("done", now.add(days=1)))
    assert tell_referrer_items([*meetings, again], people) == []


def test_no_referrer_reminder_before_meeting_or_without_a_known_referrer() -> None:
    people, meetings = referred()
    waiting = [meeting("m-ruiz", "c-ruiz", ("requested", MONDAY), ("scheduled", MONDAY.add(days=1)))]
    assert tell_referrer_items(waiting, people) == []
    no_referrer = [people[0], person("c-ruiz", "Ana", "Ruiz", "Acme")]
    assert tell_referrer_items(meetings, no_referrer) == []
    gone = [person("c-tan", "Mei Lin", "Tan", "Straits", archived=True), people[1]]
    assert tell_referrer_items(meetings, gone) == []
    unknown = [person("c-ruiz", "Ana", "Ruiz", "Acme", referred_by="c-deleted")]
    assert tell_referrer_items(meetings, unknown) == []
    meetings[0].archived = True
    assert tell_referrer_items(meetings, people) == []


def test_history_heads_give_the_same_items() -> None:
    people, meetings = acme()
    ref_people, ref_meetings = referred()
    everyone, all_meetings = people + ref_people, meetings + ref_meetings
    heads = [MeetingHead.from_dict(m.to_dict()) for m in all_meetings]
    later = MONDAY.add(days=10)
    for settings in (RULE_FOUR, THREE_B_SEVEN):
        assert all_due_items(heads, everyone, [], later, settings) == all_due_items(
            all_meetings, everyone, [], later, settings
        )


def test_no_one_more_is_suggested_once_someone_there_has_booked_a_meeting() -> None:
    """Ms. Durand has not answered for 3 business days, but Ms. Raman at the same employer
    replied since with a meeting: the employer needs no third request."""
    people = [
        person("c-raman", "Priya", "Raman", "Duolingo", honorific="Ms."),
        person("c-durand", "Amélie", "Durand", "Duolingo", honorific="Ms."),
        person("c-fontaine", "Renée", "Fontaine", "Duolingo"),
    ]
    asked_durand = meeting("m-durand", "c-durand", ("requested", MONDAY))
    waiting_raman = meeting("m-raman", "c-raman", ("requested", MONDAY.subtract(days=7)))
    thursday = MONDAY.add(days=3)
    items = all_due_items([asked_durand, waiting_raman], people, [], thursday, THREE_B_SEVEN)
    assert [item.contact_id for item in items if item.kind is DueKind.WRITE_NEXT] == ["c-fontaine"]
    booked = meeting("m-raman", "c-raman", ("requested", MONDAY.subtract(days=7)), ("scheduled", MONDAY.add(days=1)))
    items = all_due_items([asked_durand, booked], people, [], thursday, THREE_B_SEVEN)
    assert DueKind.WRITE_NEXT not in [item.kind for item in items]
    # A meeting booked before the newest request does not stop 3B7 (you chose to ask again).
    earlier = meeting(
        "m-raman", "c-raman", ("requested", MONDAY.subtract(days=9)), ("scheduled", MONDAY.subtract(days=8))
    )
    items = all_due_items([asked_durand, earlier], people, [], thursday, THREE_B_SEVEN)
    assert [item.contact_id for item in items if item.kind is DueKind.WRITE_NEXT] == ["c-fontaine"]
