"""After the meeting: when the thank-you is due, and the later update ("next touch").

Rule 10: a thank-you within 24 hours. Then, some weeks on, a short update on how their advice
worked out keeps the connection warm; the user schedules it and History shows it when due.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.pipeline.typed_dates import NEEDS_TIME, parse_when
from infocoach.core.records.model import Meeting, Status

NEXT_TOUCH_WEEKS = 4
THANKS_WITHIN_HOURS = 24
TOUCH_HOUR = 9  # a scheduled update is due from the morning of its day


def held_at(meeting: Meeting) -> pendulum.DateTime | None:
    """When the meeting ended (or, failing that, was marked done)."""
    when = meeting.ended_at or meeting.entered_at(Status.DONE.value)
    return parse_iso(when) if when else None


def thank_you_state(meeting: Meeting, now: pendulum.DateTime, timezone: str) -> str:
    """One line for the wrap-up: whether the thank-you is sent, due, or overdue."""
    if meeting.status == Status.THANKED.value:
        sent = meeting.entered_at(Status.THANKED.value)
        day = parse_iso(sent).in_timezone(timezone).format("ddd D MMM", locale="en") if sent else ""
        return f"Thank-you sent{' on ' + day if day else ''}."
    if meeting.status != Status.DONE.value:
        return f"This meeting is {meeting.status}."
    ended = held_at(meeting)
    if ended is None:
        return "Thank-you not sent yet: send it within a day."
    due = ended.add(hours=THANKS_WITHIN_HOURS)
    if now >= due:
        hours = int((now - ended).total_hours())
        return f"Thank-you overdue: the meeting ended {hours} hours ago. A late thank-you still counts."
    left = max(1, int((due - now).total_hours()))
    return f"Thank-you due within {left} hour{'s' if left != 1 else ''}: send it while the talk is fresh."


def next_touch_default(meeting: Meeting, now: pendulum.DateTime, timezone: str) -> pendulum.DateTime:
    """The date to suggest: the one already planned, else four weeks after the thank-you
    (or after today, if it is not sent yet)."""
    if meeting.next_touch:
        return parse_iso(meeting.next_touch).in_timezone(timezone)
    sent = meeting.entered_at(Status.THANKED.value)
    start = parse_iso(sent) if sent else now
    return start.in_timezone(timezone).add(weeks=NEXT_TOUCH_WEEKS).at(TOUCH_HOUR, 0)


def plan_next_touch(meeting: Meeting, text: str, now: pendulum.DateTime, timezone: str) -> pendulum.DateTime:
    """Set the meeting's next touch from what the user typed ("2027-01-06", "next Friday",
    "23 December 10:00"); a day without a time means its morning. ValueError says what to fix;
    the moment must be in the future."""
    try:
        when = parse_when(text, timezone, now)
    except ValueError as problem:
        if str(problem) != NEEDS_TIME:
            raise
        when = parse_when(f"{text.strip()} {TOUCH_HOUR:02d}:00", timezone, now)
    if when <= now:
        raise ValueError("pick a day in the future for the update")
    meeting.next_touch = iso(when)
    return when


def next_touch_text(meeting: Meeting, timezone: str) -> str:
    if not meeting.next_touch:
        return (
            "Not planned. In a few weeks, tell them how their advice worked out: "
            "a short update keeps the connection warm."
        )
    when = parse_iso(meeting.next_touch).in_timezone(timezone)
    return f"Planned for {when.format('dddd D MMMM YYYY', locale='en')}; History shows it when it is due."
