"""What an invitation does to the meeting it is for, worked out before anything is written.

:func:`plan_invitation` returns the meeting as it would be (a copy: the caller writes it, or,
for a dry run, only says what would happen) and what kind of change that is:

- a new invitation schedules the meeting: its time (the old one kept in ``earlier_times`` by
  :func:`~infocoach.core.pipeline.meeting_times.set_time`), its length, and the status
  ``scheduled`` (through the pipeline's own :func:`~infocoach.core.pipeline.statuses.transition`);
- the same invitation again (same UID) with a newer SEQUENCE moves it; with the same or an older
  SEQUENCE it is already up to date and nothing changes;
- a cancelled one would mark it declined (the caller asks the user first).

An all-day event is refused: it has a date but no time, and a meeting booked at a guessed
hour would put a wrong time on every screen, reminder and calendar file. The user is told to
ask for the time, or to set it themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.invites.invite_reading import Invitation
from infocoach.core.pipeline.meeting_times import set_time, why_not_reschedule
from infocoach.core.pipeline.statuses import ALLOWED, transition
from infocoach.core.records.model import PLANNED_MINUTES, Meeting, Status

SHOWN = "ddd D MMM YYYY, HH:mm"


class InviteRefused(ValueError):
    """The invitation cannot be applied to this meeting; the message says why, for the user."""


class Change(StrEnum):
    SCHEDULE = "schedule"  # a new invitation: the meeting gets its time
    MOVE = "move"  # the same invitation, rescheduled
    DECLINE = "decline"  # cancelled: mark the meeting declined (after asking)
    UP_TO_DATE = "up-to-date"  # nothing to do


@dataclass(frozen=True, slots=True)
class InvitePlan:
    change: Change
    meeting: Meeting  # as it would be after the change (the original, for UP_TO_DATE)
    why: str = ""  # for UP_TO_DATE: why nothing changes
    remarks: tuple[str, ...] = ()  # what the user should know (a length kept, a zone assumed)


def plan_invitation(meeting: Meeting, invitation: Invitation, now: pendulum.DateTime) -> InvitePlan:
    """What ``invitation`` does to ``meeting`` at ``now``; ``meeting`` itself is not changed.
    Raises InviteRefused when it cannot apply (all-day, a meeting already held, ...)."""
    same = bool(meeting.invite_uid) and meeting.invite_uid == invitation.uid
    if same and invitation.sequence < meeting.invite_sequence:
        return InvitePlan(Change.UP_TO_DATE, meeting, why="this is an older copy of the invitation you imported")
    if invitation.cancelled:
        return _plan_cancel(meeting, invitation, now)
    if same and invitation.sequence == meeting.invite_sequence:
        return InvitePlan(Change.UP_TO_DATE, meeting, why="this invitation has been imported already")
    if invitation.start is None:
        day = invitation.day.strftime("%a %d %b %Y") if invitation.day else "a day"
        raise InviteRefused(
            f"It is an all-day event on {day}, with no time in it, and infocoach will not guess one. "
            "Ask them for a time (or accept one they offer), or set it yourself with Reschedule "
            "(r in History, F8 in Prep)."
        )
    problem = why_not_reschedule(meeting)
    if problem is not None:
        raise InviteRefused(f"The meeting cannot be given a new time: {problem}.")
    status = Status(meeting.status)
    if status is not Status.SCHEDULED and Status.SCHEDULED not in ALLOWED[status]:
        raise InviteRefused(f"A meeting that is {status.value} cannot be scheduled.")
    updated = Meeting.from_dict(meeting.to_dict())
    had_time = updated.scheduled_for
    set_time(updated, iso(invitation.start), now)
    if status is not Status.SCHEDULED:
        transition(updated, Status.SCHEDULED, _step_time(updated, now))
    remarks = list(_length(updated, invitation))
    if invitation.floating:
        remarks.append(f"The invitation gives no time zone, so its time was read as yours ({invitation.zone}).")
    updated.invite_uid, updated.invite_sequence = invitation.uid, invitation.sequence
    change = Change.MOVE if same and had_time else Change.SCHEDULE
    return InvitePlan(change, updated, remarks=tuple(remarks))


def _plan_cancel(meeting: Meeting, invitation: Invitation, now: pendulum.DateTime) -> InvitePlan:
    status = Status(meeting.status)
    if status is Status.DECLINED:
        return InvitePlan(Change.UP_TO_DATE, meeting, why="the meeting is already marked declined")
    if why_not_reschedule(meeting) is not None or Status.DECLINED not in ALLOWED[status]:
        raise InviteRefused(f"The invitation is cancelled, but the meeting is {status.value}: it is left as it is.")
    updated = Meeting.from_dict(meeting.to_dict())
    transition(updated, Status.DECLINED, _step_time(updated, now))
    updated.invite_uid, updated.invite_sequence = invitation.uid, invitation.sequence
    return InvitePlan(Change.DECLINE, updated)


def _step_time(meeting: Meeting, now: pendulum.DateTime) -> pendulum.DateTime:
    """A pipeline step never goes back in time, even if the clock did."""
    if meeting.history:
        return max(now, parse_iso(meeting.history[-1].at))
    return now


def _length(meeting: Meeting, invitation: Invitation) -> list[str]:
    """Set the planned minutes from the invitation when they are a length a meeting may plan."""
    minutes = invitation.minutes
    if minutes is None:
        return [f"The invitation gives no end time: the meeting keeps its {meeting.planned_minutes} minutes."]
    low, high = PLANNED_MINUTES
    if not low <= minutes <= high:
        return [
            f"The invitation lasts {minutes} minutes; a meeting plans {low} to {high}, so it keeps "
            f"its {meeting.planned_minutes} minutes."
        ]
    meeting.planned_minutes = minutes
    return []


def when_text(invitation: Invitation, my_zone: str) -> str:
    """When the invitation is, in the user's zone and, if it reads differently, the event's:
    "Thu 10 Dec 2026, 18:00 your time (10:00 Pacific Standard Time)"."""
    start = invitation.start
    if start is None:
        return invitation.day.strftime("%a %d %b %Y") if invitation.day else "no date"
    mine = start.in_timezone(my_zone)
    text = f"{mine.format(SHOWN, locale='en')} your time"
    if invitation.minutes and PLANNED_MINUTES[0] <= invitation.minutes <= PLANNED_MINUTES[1]:
        text += f", {invitation.minutes} minutes"
    if not invitation.floating and start.format(SHOWN) != mine.format(SHOWN):
        theirs = start.format("HH:mm") if start.date() == mine.date() else start.format(SHOWN, locale="en")
        text += f" ({theirs} {invitation.zone})"
    return text
