"""Boosters, Obligates and Curmudgeons, read from the meetings' own steps."""

from __future__ import annotations

import pendulum
import pytest
from campaign_records import MONDAY, ZONE, meeting

from infocoach.core.campaign.replies import REPLY_WORDS, ReplyKind, meeting_reply_kind, reply_kind
from infocoach.core.records.model import MeetingHead

BOOST, OBLIG, CURM, UNK = ReplyKind.BOOSTER, ReplyKind.OBLIGATE, ReplyKind.CURMUDGEON, ReplyKind.UNKNOWN
LATER = MONDAY.add(weeks=4)


def day(n: int, hours: int = 0) -> pendulum.DateTime:
    """``n`` calendar days after Monday 09:00."""
    return MONDAY.add(days=n, hours=hours)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([("planned", day(0))], UNK),  # never asked
        ([("requested", day(0)), ("scheduled", day(1))], BOOST),  # the next day
        ([("requested", day(0)), ("declined", day(3))], BOOST),  # a "no" on Thursday is a prompt reply
        ([("requested", day(4)), ("scheduled", day(7))], BOOST),  # Friday -> Monday: 1 business day
        ([("requested", day(0)), ("scheduled", day(4))], OBLIG),  # Friday: 4 business days
        ([("requested", day(0)), ("followed-up", day(1)), ("scheduled", day(2))], OBLIG),  # prompted
        ([("requested", day(0)), ("followed-up", day(9)), ("scheduled", day(10))], OBLIG),
        ([("requested", day(0)), ("scheduled", day(2)), ("done", day(5)), ("thanked", day(5))], BOOST),
        ([("requested", day(0)), ("followed-up", day(9)), ("no-response", day(18))], CURM),
        ([("requested", day(0)), ("no-response", day(8)), ("scheduled", day(20))], OBLIG),  # a late reply
        ([("planned", day(0)), ("scheduled", day(1))], UNK),  # booked without a request: nothing to judge
    ],
)
def test_one_meeting(steps: list[tuple[str, pendulum.DateTime]], expected: ReplyKind) -> None:
    assert meeting_reply_kind(meeting("m-1", "c-1", *steps), LATER, ZONE) is expected


def test_a_friday_request_answered_on_tuesday_is_a_boosters() -> None:
    friday = MONDAY.add(days=4)
    answered = meeting("m-1", "c-1", ("requested", friday), ("scheduled", friday.add(days=4)))
    assert meeting_reply_kind(answered, LATER, ZONE) is BOOST  # Mon, Tue: 2 business days
    late = meeting("m-1", "c-1", ("requested", friday), ("scheduled", friday.add(days=6)))
    assert meeting_reply_kind(late, LATER, ZONE) is OBLIG  # Thursday: 4 business days


def test_a_waiting_request_is_unknown_until_seven_business_days_pass() -> None:
    waiting = meeting("m-1", "c-1", ("requested", MONDAY))
    assert meeting_reply_kind(waiting, day(3), ZONE) is UNK
    assert meeting_reply_kind(waiting, day(9), ZONE) is UNK  # next Wednesday: 7 business days
    assert meeting_reply_kind(waiting, day(10), ZONE) is CURM  # Thursday: 8
    followed = meeting("m-1", "c-1", ("requested", MONDAY), ("followed-up", day(9)))
    assert meeting_reply_kind(followed, day(10), ZONE) is CURM


def test_a_holiday_gives_a_reply_one_more_day() -> None:
    thursday_answer = meeting("m-1", "c-1", ("requested", MONDAY), ("scheduled", day(3)))
    assert meeting_reply_kind(thursday_answer, LATER, ZONE) is BOOST
    friday_answer = meeting("m-1", "c-1", ("requested", MONDAY), ("scheduled", day(4)))
    assert meeting_reply_kind(friday_answer, LATER, ZONE) is OBLIG
    assert meeting_reply_kind(friday_answer, LATER, ZONE, holidays={day(2).date()}) is BOOST


def test_a_person_is_the_best_answer_they_ever_gave() -> None:
    ignored = meeting("m-1", "c-1", ("requested", MONDAY), ("no-response", day(20)))
    prompt = meeting("m-2", "c-1", ("requested", day(30)), ("scheduled", day(31)))
    slow = meeting("m-3", "c-1", ("requested", day(30)), ("scheduled", day(40)))
    later = day(60)
    assert reply_kind([ignored], later, ZONE) is CURM
    assert reply_kind([ignored, slow], later, ZONE) is OBLIG
    assert reply_kind([ignored, slow, prompt], later, ZONE) is BOOST
    assert reply_kind([], later, ZONE) is UNK


def test_history_heads_answer_like_whole_meetings() -> None:
    whole = meeting("m-1", "c-1", ("requested", MONDAY), ("followed-up", day(9)), ("scheduled", day(10)))
    head = MeetingHead.from_dict(whole.to_dict())
    assert reply_kind([head], LATER, ZONE) is reply_kind([whole], LATER, ZONE) is OBLIG


def test_every_kind_has_words_and_the_unknown_none() -> None:
    assert REPLY_WORDS[BOOST] == "Booster: replied within 3 business days"
    assert all(REPLY_WORDS[kind] for kind in (BOOST, OBLIG, CURM))
    assert REPLY_WORDS[UNK] == "" and UNK.value == ""
    assert [k.value for k in (BOOST, OBLIG, CURM)] == ["booster", "obligate", "curmudgeon"]
