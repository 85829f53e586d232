"""When a meeting happens: the one date every screen and export shows, the schedule's history,
and moving a meeting to another time.

A meeting's date is the time it is booked for (``scheduled_for``) until it is held; from the
moment the live meeting starts, its date is when it started. :func:`record_held_time` (called by
the live session when the clock starts) writes the start into ``scheduled_for``, and keeps the
booked time in ``earlier_times`` when the meeting was held at another time. History's light rows
read only ``scheduled_for``; with the start written there they agree with the detail panel, the
Markdown journal, the wrap-up and the calendar, which all ask :func:`meeting_time`.

:func:`record_done_time` does the same for a meeting marked done before its booked time
without the live screen. :func:`reschedule` moves a meeting that has not been held: the old time
goes to ``earlier_times`` and a meeting that was waiting for a reply becomes scheduled (the
pipeline's own rules say which may). :func:`set_time` is what the forms use: any time replaced
is kept. The calendar event's SEQUENCE is the number of earlier times.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.pipeline.statuses import ALLOWED, transition
from infocoach.core.records.model import EarlierTime, Meeting, MeetingHead, Status

HELD_ON_TIME = 15 * 60
"""Seconds either side of the booked time within which a meeting counts as held at its time:
starting a few minutes late moves the date to the start without calling it another time."""


class RescheduleError(ValueError):
    """A move the meeting cannot take; the message says why, in words for the user."""


def meeting_time(meeting: Meeting | MeetingHead) -> str | None:
    """When the meeting happened or will happen (ISO-8601): the live start once it has been
    held, else the time it is booked for; None when it has neither."""
    if isinstance(meeting, Meeting) and meeting.started_at:
        return meeting.started_at
    return meeting.scheduled_for


def record_held_time(meeting: Meeting) -> bool:
    """Make the live start the meeting's date, in place. The booked time is kept in
    ``earlier_times`` when it is more than :data:`HELD_ON_TIME` away from the start. Returns
    whether anything changed (nothing does before the start, or a second time)."""
    started = meeting.started_at
    if not started or meeting.scheduled_for == started:
        return False
    booked = meeting.scheduled_for
    if booked and abs((parse_iso(started) - parse_iso(booked)).total_seconds()) > HELD_ON_TIME:
        meeting.earlier_times.append(EarlierTime(scheduled_for=booked, changed_at=started))
    meeting.scheduled_for = started
    return True


def record_done_time(meeting: Meeting, at: pendulum.DateTime) -> bool:
    """A meeting marked done at ``at`` (without the live screen) before the time it was booked
    for was held early: ``at`` becomes its date, in place, and the booking is kept in
    ``earlier_times``. Returns whether it moved; one done after its time keeps its date."""
    booked = meeting.scheduled_for
    if meeting.started_at or not booked or at >= parse_iso(booked).subtract(seconds=HELD_ON_TIME):
        return False
    set_time(meeting, iso(at), at)
    return True


def why_not_reschedule(meeting: Meeting) -> str | None:
    """Why this meeting cannot be moved to another time, or None when it can."""
    if meeting.started_at and not meeting.ended_at:
        return "it is under way on the live screen: its date is when it started"
    if meeting.started_at or meeting.status in (Status.DONE.value, Status.THANKED.value):
        return "it has been held: its date is when it took place"
    return None


def becomes_scheduled(meeting: Meeting) -> bool:
    """Whether moving the meeting to a time also marks it scheduled: a meeting waiting for a
    reply (or let go, or declined) that now has a time has been agreed. A planned meeting keeps
    its status: its time is the one it hopes for, before anyone has been asked."""
    status = Status(meeting.status)
    return status not in (Status.SCHEDULED, Status.PLANNED) and Status.SCHEDULED in ALLOWED[status]


def reschedule(meeting: Meeting, when: pendulum.DateTime, now: pendulum.DateTime) -> Meeting:
    """Move ``meeting`` to ``when``, in place: the time it had goes to ``earlier_times`` (dated
    ``now``), and a meeting waiting for a reply becomes scheduled. Raises RescheduleError for a
    meeting already held, a time that has passed, or the time it already has."""
    problem = why_not_reschedule(meeting)
    if problem is not None:
        raise RescheduleError(f"This meeting cannot be moved: {problem}.")
    if when < now:
        raise RescheduleError("That time has passed: choose a time still to come.")
    if meeting.scheduled_for and parse_iso(meeting.scheduled_for) == when:
        raise RescheduleError("The meeting is already at that time.")
    if meeting.scheduled_for:
        meeting.earlier_times.append(EarlierTime(scheduled_for=meeting.scheduled_for, changed_at=iso(now)))
    meeting.scheduled_for = iso(when)
    if becomes_scheduled(meeting):
        at = now
        if meeting.history:  # a step never goes back in time, even if the clock did
            at = max(now, parse_iso(meeting.history[-1].at))
        transition(meeting, Status.SCHEDULED, at)
    return meeting


def set_time(meeting: Meeting, scheduled_for: str | None, now: pendulum.DateTime) -> Meeting:
    """Give ``meeting`` the time ``scheduled_for`` (ISO-8601, or None), in place, as a form or
    the status dialog does: a time it had that is replaced keeps its place in ``earlier_times``
    (dated ``now``). The same minute written another way, or no change, changes nothing: a
    form shows a time to the minute, and a held meeting's time has seconds."""
    old = meeting.scheduled_for
    if old and scheduled_for and _minute(old) == _minute(scheduled_for):
        return meeting
    if old and (scheduled_for is None or parse_iso(old) != parse_iso(scheduled_for)):
        meeting.earlier_times.append(EarlierTime(scheduled_for=old, changed_at=iso(now)))
    meeting.scheduled_for = scheduled_for
    return meeting


def _minute(moment: str) -> pendulum.DateTime:
    return parse_iso(moment).in_timezone("UTC").set(second=0, microsecond=0)


def calendar_sequence(meeting: Meeting) -> int:
    """The iCalendar SEQUENCE of the meeting's event: how many times its time has moved, so a
    calendar that has the event replaces it with the newer one (RFC 5545, 3.8.7.4)."""
    return len(meeting.earlier_times)
