"""How a person answered your requests (*The 2-Hour Job Search*): Boosters reply within 3
business days, Obligates later or only after the follow-up, Curmudgeons never.

Read from the meetings' own steps: a reply is the first step after "requested" to scheduled,
declined, done or thanked (a "no thanks" is a reply too). A follow-up before the reply makes it
an Obligate's. A request let go ("no-response"), or still waiting after 7 business days, is a
Curmudgeon's. Someone never asked, or still within the window, is not known yet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from enum import StrEnum

import pendulum

from infocoach.core.campaign.business_days import NO_HOLIDAYS, business_days_between
from infocoach.core.clock import parse_iso
from infocoach.core.records.model import Meeting, MeetingHead, Status

BOOSTER_BUSINESS_DAYS = 3  # replied within this many business days: a Booster
CURMUDGEON_BUSINESS_DAYS = 7  # no reply after this many: a Curmudgeon (until they answer)


class ReplyKind(StrEnum):
    BOOSTER = "booster"  # replied within 3 business days of the request
    OBLIGATE = "obligate"  # replied later, or only after the follow-up
    CURMUDGEON = "curmudgeon"  # never replied: let go, or still waiting past 7 business days
    UNKNOWN = ""  # no request yet, or still within the window


REPLY_WORDS: dict[ReplyKind, str] = {
    ReplyKind.BOOSTER: "Booster: replied within 3 business days",
    ReplyKind.OBLIGATE: "Obligate: replied later, or after a follow-up",
    ReplyKind.CURMUDGEON: "Curmudgeon: has not replied",
    ReplyKind.UNKNOWN: "",
}

# Best first: whom to ask next, and which of several meetings says most about a person.
RANK: dict[ReplyKind, int] = {
    ReplyKind.BOOSTER: 0,
    ReplyKind.OBLIGATE: 1,
    ReplyKind.UNKNOWN: 2,
    ReplyKind.CURMUDGEON: 3,
}

_REPLIES = frozenset({Status.SCHEDULED.value, Status.DECLINED.value, Status.DONE.value, Status.THANKED.value})


def steps_of(meeting: Meeting | MeetingHead) -> list[tuple[str, str]]:
    """A meeting's (status, at) steps, oldest first, whether whole or a History head."""
    if isinstance(meeting, MeetingHead):
        return list(meeting.steps)
    return [(step.status, step.at) for step in meeting.history]


def meeting_reply_kind(
    meeting: Meeting | MeetingHead,
    now: pendulum.DateTime,
    timezone: str = "UTC",
    holidays: Collection[pendulum.Date] = NO_HOLIDAYS,
) -> ReplyKind:
    """How the person answered this one meeting's request."""
    steps = steps_of(meeting)
    asked = next((i for i, (status, _) in enumerate(steps) if status == Status.REQUESTED.value), None)
    if asked is None:
        return ReplyKind.UNKNOWN
    sent = parse_iso(steps[asked][1])
    followed_up = let_go = False
    for status, at in steps[asked + 1 :]:
        if status in _REPLIES:
            waited = business_days_between(sent, parse_iso(at), timezone, holidays)
            prompt = followed_up or let_go
            return ReplyKind.BOOSTER if waited <= BOOSTER_BUSINESS_DAYS and not prompt else ReplyKind.OBLIGATE
        followed_up |= status == Status.FOLLOWED_UP.value
        let_go |= status == Status.NO_RESPONSE.value
    if let_go or business_days_between(sent, now, timezone, holidays) > CURMUDGEON_BUSINESS_DAYS:
        return ReplyKind.CURMUDGEON
    return ReplyKind.UNKNOWN


def reply_kind(
    meetings_of_contact: Iterable[Meeting | MeetingHead],
    now: pendulum.DateTime,
    timezone: str = "UTC",
    holidays: Collection[pendulum.Date] = NO_HOLIDAYS,
) -> ReplyKind:
    """How a person answers, from all their meetings: the best answer they ever gave (someone
    who once replied promptly is a Booster even if another request went unanswered)."""
    kinds = [meeting_reply_kind(m, now, timezone, holidays) for m in meetings_of_contact]
    known = [kind for kind in kinds if kind is not ReplyKind.UNKNOWN]
    return min(known, key=RANK.__getitem__) if known else ReplyKind.UNKNOWN
