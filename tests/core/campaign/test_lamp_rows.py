"""The LAMP list: Motivation, then Posting, then Advocacy; the top five in focus; next steps."""

from __future__ import annotations

import pendulum
import pytest
from campaign_records import MONDAY, ZONE, meeting, person, target

from infocoach.core.campaign.lamp import FOCUS_COUNT, has_advocacy, lamp_rows
from infocoach.core.campaign.replies import ReplyKind
from infocoach.core.records.model import Contact, Meeting, Target
from infocoach.core.settings import Settings

RULE_FOUR = Settings(timezone=ZONE)
THREE_B_SEVEN = Settings(timezone=ZONE, pacing="3b7")


def rows(
    targets: list[Target],
    contacts: list[Contact] | None = None,
    meetings: list[Meeting] | None = None,
    now: pendulum.DateTime = MONDAY,
    settings: Settings = RULE_FOUR,
    **options: bool,
) -> list:
    return lamp_rows(targets, contacts or [], meetings or [], now, settings, **options)


def test_sorted_by_motivation_then_posting_then_advocacy_then_name() -> None:
    targets = [
        target("t-1", "Zeta", motivation=3, posting=3),
        target("t-2", "alpha", motivation=3, posting=3),
        target("t-3", "Beta", motivation=5, posting=1),
        target("t-4", "Gamma", motivation=3, posting=3, advocacy="yes"),
        target("t-5", "Delta", motivation=3, posting=2),
        target("t-6", "Epsilon", motivation=4, posting=1),
    ]
    assert [r.name for r in rows(targets)] == ["Beta", "Epsilon", "Gamma", "alpha", "Zeta", "Delta"]


def test_automatic_advocacy_is_anyone_you_know_there() -> None:
    acme, initech = target("t-1", "Acme Inc."), target("t-2", "Initech")
    contacts = [person("c-1", "Ana", "Ruiz", "ACME")]
    assert has_advocacy(acme, contacts) and not has_advocacy(initech, [])
    assert not has_advocacy(target("t-3", "Acme", advocacy="no"), contacts)
    assert has_advocacy(target("t-4", "Initech", advocacy="yes"), [])
    listed = rows([initech, acme], contacts)
    assert [(r.name, r.advocacy, [p.id for p in r.people]) for r in listed] == [
        ("Acme Inc.", True, ["c-1"]),
        ("Initech", False, []),
    ]


def test_the_top_five_are_in_focus_and_archived_targets_only_when_asked() -> None:
    targets = [target(f"t-{i}", f"Employer {i}", motivation=5 - i % 5) for i in range(8)]
    targets.append(target("t-old", "Old Employer", motivation=5, posting=3, archived=True))
    listed = rows(targets)
    assert len(listed) == 8 and "Old Employer" not in [r.name for r in listed]
    assert [r.focus for r in listed] == [True] * FOCUS_COUNT + [False] * 3
    everything = rows(targets, include_archived=True)
    assert everything[-1].name == "Old Employer" and not everything[-1].focus
    assert [r.focus for r in everything].count(True) == FOCUS_COUNT


def test_people_meetings_and_reply_kinds_per_row() -> None:
    contacts = [person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr."), person("c-ruiz", "Ana", "Ruiz", "acme")]
    meetings = [
        meeting("m-1", "c-tan", ("requested", MONDAY), ("scheduled", MONDAY.add(days=1)), ("done", MONDAY.add(days=2))),
        meeting("m-2", "c-tan", ("planned", MONDAY.add(days=3)), archived=True),
    ]
    [row] = rows([target("t-1", "Acme")], contacts, meetings, MONDAY.add(weeks=2))
    assert [p.id for p in row.people] == ["c-ruiz", "c-tan"]
    assert row.statuses("c-tan") == ["done"] and row.statuses("c-ruiz") == []
    assert row.replies == {"c-tan": ReplyKind.BOOSTER, "c-ruiz": ReplyKind.UNKNOWN}


TUESDAY_10 = MONDAY.add(days=1, hours=1)  # Tuesday 10:00


@pytest.mark.parametrize(
    ("steps", "now", "settings", "expected"),
    [
        ([], MONDAY, RULE_FOUR, "Write to Bo Chen (no request open)"),
        (
            [("requested", MONDAY)],
            MONDAY.add(days=2),
            THREE_B_SEVEN,
            "Wait: request to Dr. Tan sent 2 business days ago",
        ),
        ([("requested", MONDAY)], MONDAY.add(days=2), RULE_FOUR, "Wait: request to Dr. Tan sent 2 days ago"),
        ([("requested", MONDAY)], MONDAY.add(hours=2), RULE_FOUR, "Wait: request to Dr. Tan sent today"),
        (
            [("requested", MONDAY)],
            MONDAY.add(days=3),
            THREE_B_SEVEN,
            "Write to Bo Chen (no reply from Dr. Tan in 3 business days)",
        ),
        ([("requested", MONDAY)], MONDAY.add(days=7), RULE_FOUR, "Follow up with Dr. Tan"),
        ([("requested", MONDAY)], MONDAY.add(days=9), THREE_B_SEVEN, "Follow up with Dr. Tan"),
        (
            [("requested", MONDAY), ("followed-up", MONDAY.add(days=7))],
            MONDAY.add(days=8),
            RULE_FOUR,
            "Wait: followed up with Dr. Tan 1 day ago",
        ),
        ([("requested", MONDAY), ("scheduled", MONDAY)], MONDAY, RULE_FOUR, "Meeting Tue 10:00 with Dr. Tan"),
        (
            [("requested", MONDAY), ("scheduled", MONDAY)],
            MONDAY.add(days=1),
            RULE_FOUR,
            "Meeting today 10:00 with Dr. Tan",
        ),
        (
            [("requested", MONDAY), ("scheduled", MONDAY)],
            MONDAY.add(days=3),
            RULE_FOUR,
            "Record how the meeting with Dr. Tan went",
        ),
        (
            [("requested", MONDAY), ("scheduled", MONDAY), ("done", TUESDAY_10)],
            MONDAY.add(days=2),
            RULE_FOUR,
            "Thank Dr. Tan",
        ),
    ],
)
def test_next_step_in_plain_words(
    steps: list[tuple[str, pendulum.DateTime]], now: pendulum.DateTime, settings: Settings, expected: str
) -> None:
    contacts = [person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr."), person("c-chen", "Bo", "Chen", "Acme")]
    meetings = [meeting("m-1", "c-tan", *steps, scheduled_for=TUESDAY_10.isoformat())] if steps else []
    [row] = rows([target("t-1", "Acme")], contacts, meetings, now, settings)
    assert row.next_step == expected


def test_next_step_when_nobody_is_there_or_everyone_was_asked() -> None:
    [row] = rows([target("t-1", "Acme")])
    assert row.next_step == "Find a contact here (none yet)" and row.next_contact_id == ""
    contacts = [person("c-tan", "Mei Lin", "Tan", "Acme", honorific="Dr.")]
    thanked = [
        meeting("m-1", "c-tan", ("requested", MONDAY), ("scheduled", MONDAY), ("done", MONDAY), ("thanked", MONDAY))
    ]
    [row] = rows([target("t-1", "Acme")], contacts, thanked, MONDAY.add(days=1))
    assert row.next_step == "Find another contact here (everyone here has been asked)"


def test_next_step_names_whom_to_tell_after_meeting_a_referral() -> None:
    contacts = [
        person("c-tan", "Mei Lin", "Tan", "Straits", honorific="Dr."),
        person("c-ruiz", "Ana", "Ruiz", "Acme", referred_by="c-tan"),
    ]
    steps = [("requested", MONDAY), ("scheduled", MONDAY), ("done", MONDAY), ("thanked", MONDAY.add(hours=3))]
    [row] = rows([target("t-1", "Acme")], contacts, [meeting("m-1", "c-ruiz", *steps)], MONDAY.add(days=1))
    assert row.next_step == "Tell Dr. Tan how it went with Ana Ruiz"
    assert row.next_contact_id == "c-tan"


def test_a_target_named_short_lists_the_people_under_the_long_name_once() -> None:
    people = [person("c-1", "Ravi", "Shah", "Pearson Education, Inc."), person("c-2", "Emma", "Stone", "Pearson")]
    rows = lamp_rows([target("t-1", "Pearson")], people, [], MONDAY, Settings())
    assert [p.id for p in rows[0].people] == ["c-1", "c-2"] and rows[0].advocacy
    # With both names on the list, each person is under the one named most closely.
    rows = lamp_rows([target("t-1", "Pearson"), target("t-2", "Pearson Education")], people, [], MONDAY, Settings())
    assert {row.target.id: [p.id for p in row.people] for row in rows} == {"t-1": ["c-2"], "t-2": ["c-1"]}
