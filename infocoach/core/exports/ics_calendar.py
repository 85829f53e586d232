"""Every scheduled meeting as one iCalendar (.ics) file, for ``infocoach export --format ics``.

Each event is the one ``infocoach calendar ID`` writes for that meeting (same UID, times in the
contact's time zone, summary, description with ``infocoach prep ID``, reminder), so importing
the export after a single event updates that event instead of duplicating it. Its description
also starts by naming the contact (role, organisation, e-mail), since here it is one of many.

A meeting is in the file when it is scheduled, has a date and is not archived: the meetings
the home screen and the slot proposals treat as booked. With none, the file is an empty
calendar (no events), which calendar apps open as such.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.exports.ics_event import calendar_ics, meeting_event
from infocoach.core.records.model import Contact, Meeting, Status

__all__ = ["CALENDAR_NAME", "ics_export", "is_on_calendar"]

CALENDAR_NAME = "infocoach meetings"
UNKNOWN_CONTACT = "(unknown contact)"


def is_on_calendar(meeting: Meeting) -> bool:
    """Whether ``meeting`` belongs in the calendar export: booked, dated, not archived."""
    return meeting.status == Status.SCHEDULED.value and bool(meeting.scheduled_for) and not meeting.archived


def ics_export(
    contacts: list[Contact],
    meetings: list[Meeting],
    *,
    user_name: str = "",
    now: pendulum.DateTime,
    reminder_minutes: int = 15,
) -> bytes:
    """One VCALENDAR with a VEVENT per scheduled meeting, soonest first, as bytes (UTF-8, CRLF).

    ``now`` is every event's DTSTAMP; ``user_name`` is named as the organiser. Raises
    ValueError for a meeting the calendar cannot hold (see :func:`meeting_event`).
    """
    by_id = {contact.id: contact for contact in contacts}
    booked = sorted(
        (m for m in meetings if is_on_calendar(m)),
        key=lambda m: (parse_iso(m.scheduled_for or ""), m.id),
    )
    events = [
        meeting_event(
            meeting,
            by_id.get(meeting.contact_id) or _unknown(meeting.contact_id),
            user_name=user_name,
            reminder_minutes=reminder_minutes,
            now=now,
            with_contact=True,
        )
        for meeting in booked
    ]
    return calendar_ics(events, name=CALENDAR_NAME)


def _unknown(contact_id: str) -> Contact:
    """A stand-in for a contact missing from the data, so its meeting is still on the calendar."""
    return Contact(id=contact_id, first_name=UNKNOWN_CONTACT, last_name="")
