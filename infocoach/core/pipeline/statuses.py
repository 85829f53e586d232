"""The meeting pipeline: which status may follow which, dated transitions, and what is due.

Rule 4 of the product ("be patient"): after the follow-up delay one brief follow-up is due;
after the same delay again the meeting is let go (``no-response``) and never nudged again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.records.model import Meeting, MeetingHead, Status, Transition, as_status

S = Status

ALLOWED: dict[Status, tuple[Status, ...]] = {
    S.PLANNED: (S.REQUESTED, S.SCHEDULED, S.DECLINED),
    S.REQUESTED: (S.SCHEDULED, S.FOLLOWED_UP, S.DECLINED, S.NO_RESPONSE),
    # Exactly one follow-up: there is no way from followed-up back to followed-up.
    S.FOLLOWED_UP: (S.SCHEDULED, S.DECLINED, S.NO_RESPONSE),
    # A late reply still counts: a let-go meeting can be scheduled.
    S.NO_RESPONSE: (S.SCHEDULED, S.DECLINED),
    # "Not now" sometimes becomes "yes" later.
    S.DECLINED: (S.SCHEDULED,),
    S.SCHEDULED: (S.DONE, S.DECLINED),
    S.DONE: (S.THANKED,),
    S.THANKED: (),
}

DESCRIPTIONS: dict[Status, str] = {
    S.PLANNED: "preparing outreach",
    S.REQUESTED: "outreach sent",
    S.FOLLOWED_UP: "the one follow-up sent",
    S.NO_RESPONSE: "no reply: let go",
    S.DECLINED: "declined or cancelled",
    S.SCHEDULED: "meeting booked",
    S.DONE: "met: thank-you not yet sent",
    S.THANKED: "thank-you sent",
}


def why_no_wrapup(meeting: Meeting) -> str | None:
    """Why the meeting has no wrap-up yet (it has not been held), or None when it has one."""
    if meeting.status in (S.DONE.value, S.THANKED.value):
        return None
    return f"it has not been held yet (it is {meeting.status}): a wrap-up comes after the meeting"


class TransitionError(ValueError):
    """A status change the pipeline does not allow."""


def allowed_next(meeting: Meeting) -> tuple[Status, ...]:
    return ALLOWED[Status(meeting.status)]


def transition(meeting: Meeting, new_status: Status | str, at: pendulum.DateTime) -> Meeting:
    """Move ``meeting`` to ``new_status`` in place, recording when; raise TransitionError if not allowed."""
    try:
        target = Status(new_status)
    except ValueError:
        raise TransitionError(
            f"unknown status {new_status!r}; expected one of: {', '.join(s.value for s in Status)}"
        ) from None
    current = Status(meeting.status)
    if target not in ALLOWED[current]:
        options = ", ".join(s.value for s in ALLOWED[current]) or "none (it is final)"
        raise TransitionError(f"a meeting that is {current.value} cannot become {target.value}; next can be: {options}")
    if meeting.history and at < parse_iso(meeting.history[-1].at):
        raise TransitionError(
            f"that date is before the meeting became {current.value} "
            f"({parse_iso(meeting.history[-1].at).to_date_string()}); a step cannot go back in time"
        )
    meeting.status = target
    meeting.history.append(Transition(status=target.value, at=iso(at)))
    return meeting


def check_step_time(
    meeting: Meeting, at: pendulum.DateTime, now: pendulum.DateTime, target: str | None = None
) -> str | None:
    """Why ``at`` cannot be the date of the meeting's next step, or None when it can. A meeting
    may be done before the time it was booked for: it was held early, and that becomes its
    date (see :func:`infocoach.core.pipeline.meeting_times.record_done_time`)."""
    if at > now.add(minutes=1):
        return "That is in the future: record a step once it has happened."
    if meeting.history:
        last = parse_iso(meeting.history[-1].at)
        if at < last:
            when = last.in_timezone(at.timezone_name or "UTC").format("YYYY-MM-DD HH:mm")
            return f"The meeting became {meeting.status} at {when}; this step must come after that."
    return None


def days_waiting(meeting: Meeting, now: pendulum.DateTime) -> int | None:
    """Whole days since the outreach went out, for a meeting still waiting for a reply."""
    if meeting.status != S.REQUESTED.value or not (sent := meeting.entered_at(S.REQUESTED.value)):
        return None
    return (now - parse_iso(sent)).days


M = TypeVar("M", bound=Meeting | MeetingHead)


def let_go_due(
    meetings: Sequence[M], now: pendulum.DateTime, follow_up_days: int = 7
) -> list[tuple[M, pendulum.DateTime]]:
    """Rule 4: meetings whose one follow-up has gone unanswered for the delay, with the
    moment they become ``no-response`` (the follow-up's date plus the delay)."""
    moves = []
    for meeting in meetings:
        if meeting.archived or meeting.status != S.FOLLOWED_UP.value:
            continue
        sent = meeting.entered_at(S.FOLLOWED_UP.value)
        if sent and now >= (due := parse_iso(sent).add(days=follow_up_days)):
            moves.append((meeting, due))
    return moves


def undo_transition(meeting: Meeting) -> Meeting:
    """Take back the latest step (a slip of the key): the meeting returns to its previous status."""
    if len(meeting.history) < 2:
        raise TransitionError("there is no step to undo: this is where the meeting started")
    meeting.history.pop()
    meeting.status = as_status(meeting.history[-1].status)
    return meeting


def start_history(meeting: Meeting, at: pendulum.DateTime) -> Meeting:
    """Record the first status of a new meeting."""
    if not meeting.history:
        meeting.history.append(Transition(status=str(meeting.status), at=iso(at)))
    return meeting


SOON_DAYS = 7


class DueKind(StrEnum):
    FOLLOW_UP = "follow-up"  # requested, no reply after the delay
    LET_GO = "let-go"  # followed up, still no reply after the delay
    MEETING_TODAY = "meeting-today"
    MEETING_SOON = "meeting-soon"  # scheduled in the coming week (after today): time to prepare
    THANK_YOU = "thank-you"  # met, thank-you not sent within 24 hours is overdue
    NEXT_TOUCH = "next-touch"  # thanked, and the later update the user planned is due
    # The campaign (infocoach.core.campaign.campaign_due):
    WRITE_NEXT = "write-next"  # 3B7: 3 business days without a reply: write to the next person there
    TELL_REFERRER = "tell-referrer"  # met someone a contact referred you to: tell the referrer how it went


@dataclass(frozen=True, slots=True)
class DueItem:
    """Something due about a meeting. ``contact_id`` names another person it is about (the next
    person to write to, the referrer to tell; "" for the meeting's own contact) and ``note``
    says it in words ("" when the kind says it all)."""

    kind: DueKind
    meeting_id: str
    since: pendulum.DateTime
    overdue: bool = False
    contact_id: str = ""
    note: str = ""


_DUE_SINCE_ENTERED = frozenset({S.REQUESTED, S.FOLLOWED_UP, S.DONE})


def due_items(
    meetings: Sequence[Meeting | MeetingHead],
    now: pendulum.DateTime,
    follow_up_days: int = 7,
    timezone: str = "UTC",
) -> list[DueItem]:
    """What needs the user's attention now, oldest first."""
    items: list[DueItem] = []
    today = now.in_timezone(timezone).date()
    for meeting in meetings:
        if meeting.archived:
            continue
        status = Status(meeting.status)
        if status in _DUE_SINCE_ENTERED:
            # Only these need the moment the status began (parsing it for all 2,000 meetings
            # was most of this function's time).
            entered = meeting.entered_at(status.value)
            if not entered:
                continue
            since = parse_iso(entered)
            if status is S.DONE:
                overdue = now >= since.add(hours=24)
                items.append(DueItem(DueKind.THANK_YOU, meeting.id, since, overdue=overdue))
            elif now >= since.add(days=follow_up_days):
                kind = DueKind.FOLLOW_UP if status is S.REQUESTED else DueKind.LET_GO
                items.append(DueItem(kind, meeting.id, since))
        elif status is S.SCHEDULED and meeting.scheduled_for:
            when = parse_iso(meeting.scheduled_for)
            day = when.in_timezone(timezone).date()
            if day == today:
                items.append(DueItem(DueKind.MEETING_TODAY, meeting.id, when))
            elif today < day <= today.add(days=SOON_DAYS):
                items.append(DueItem(DueKind.MEETING_SOON, meeting.id, when))
        elif status is S.THANKED and meeting.next_touch:
            touch = parse_iso(meeting.next_touch)
            if touch.in_timezone(timezone).date() <= today:
                items.append(DueItem(DueKind.NEXT_TOUCH, meeting.id, touch))
    items.sort(key=lambda item: item.since)
    return items
