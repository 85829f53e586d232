"""A scheduled meeting as an iCalendar (.ics) event, made with the ``icalendar`` library.

The library does the escaping (commas, semicolons, newlines), the line folding and the
VTIMEZONE component; nothing here writes iCalendar text by hand.

The event is written in the contact's time zone, with that zone's VTIMEZONE, so a calendar app
shows it at the hour agreed with them, converted to wherever the user is. The end is the start
plus the planned minutes of real time, so a meeting that spans a change of the clocks still lasts
30 minutes. A time in the hour that repeats when the clocks go back, which iCalendar would read
as its first occurrence, is written in UTC instead. A reminder (VALARM) pops up before the start.
The UID is the meeting's, and SEQUENCE counts the times it was moved (RFC 5545): a calendar that
imported the event before replaces it when the file for the new time is opened.
Text keeps commas, semicolons, emoji and brackets exactly; line breaks become plain new lines.

:func:`meeting_event` and :func:`calendar_ics` are the two halves of :func:`meeting_event_ics`;
``infocoach.core.exports.ics_calendar`` puts many events in one calendar with them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.meeting_times import calendar_sequence
from infocoach.core.records.model import Contact, Meeting

PRODID = "-//infocoach//infocoach//EN"


def meeting_event_ics(
    meeting: Meeting,
    contact: Contact,
    *,
    user_name: str = "",
    reminder_minutes: int = 15,
    now: pendulum.DateTime,
) -> bytes:
    """One VCALENDAR with one VEVENT (and its VTIMEZONE) for ``meeting``, as bytes (UTF-8, CRLF).

    ``now`` is the DTSTAMP. ``user_name``, when given, is named in the description as the
    organiser. Raises ValueError when the meeting has no date and time yet.
    """
    event = meeting_event(meeting, contact, user_name=user_name, reminder_minutes=reminder_minutes, now=now)
    return calendar_ics([event])


def meeting_event(
    meeting: Meeting,
    contact: Contact,
    *,
    user_name: str = "",
    reminder_minutes: int = 15,
    now: pendulum.DateTime,
    with_contact: bool = False,
) -> icalendar.Event:
    """The VEVENT (with its reminder) for ``meeting``; see :func:`meeting_event_ics`.

    ``with_contact`` starts the description with who the contact is (role, organisation,
    e-mail), for a calendar of many meetings where the event is read on its own.
    """
    if not meeting.scheduled_for:
        raise ValueError(
            f"Meeting {meeting.id} with {contact.display_name} is not scheduled yet: set its date and time first."
        )
    if meeting.planned_minutes <= 0:
        raise ValueError(f"Meeting {meeting.id} has no length: set its planned minutes first.")
    if reminder_minutes < 0:
        raise ValueError("The reminder must come before the meeting (0 minutes or more).")
    zone = _zone(contact.timezone)
    start_utc = _utc(parse_iso(meeting.scheduled_for))
    end_utc = start_utc + timedelta(minutes=meeting.planned_minutes)

    event = icalendar.Event()
    event.add("uid", f"{meeting.id}@infocoach")
    # Moved meetings keep their UID and count up: a calendar replaces the event it has.
    event.add("sequence", calendar_sequence(meeting))
    event.add("dtstamp", _utc(now))
    event.add("dtstart", _local(start_utc, zone))
    event.add("dtend", _local(end_utc, zone))
    event.add("summary", _plain_newlines(event_summary(contact)))
    description = _description(meeting, contact, user_name)
    if with_contact:
        description = f"{contact_line(contact)}\n\n{description}"
    event.add("description", _plain_newlines(description))
    event.add("status", "CONFIRMED")

    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-reminder_minutes))
    alarm.add("description", _plain_newlines(_reminder_text(contact, reminder_minutes)))
    event.add_component(alarm)
    return event


def calendar_file_name(contact: Contact) -> str:
    """The name Prep offers for a meeting's calendar file: ``infocoach-tan.ics`` (letters and
    digits of the surname), so a moved meeting's file can be found and written again."""
    name = "".join(ch for ch in contact.last_name.lower() if ch.isalnum()) or "meeting"
    return f"infocoach-{name}.ics"


def holds_event(data: bytes, meeting: Meeting) -> bool:
    """Whether an iCalendar file's text holds this meeting's event (its UID)."""
    uid = f"UID:{meeting.id}@infocoach".encode()
    return any(line.strip() == uid for line in data.splitlines())


def calendar_ics(events: list[icalendar.Event], *, name: str = "") -> bytes:
    """A VCALENDAR holding ``events`` and one VTIMEZONE per zone they use, as bytes.

    ``name``, when given, is the calendar's display name (X-WR-CALNAME, read by most apps).
    With no events it is an empty calendar that calendar apps open as such.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event)
    if events:
        # The zones' rules around the meetings: enough for any calendar app, and a small file.
        starts = [_utc(event.decoded("dtstart")) for event in events]
        ends = [_utc(event.decoded("dtend")) for event in events]
        calendar.add_missing_timezones(
            first_date=date(min(starts).year - 1, 1, 1), last_date=date(max(ends).year + 2, 1, 1)
        )
    return bytes(calendar.to_ical())


def event_summary(contact: Contact) -> str:
    """``Informational interview: Ms. Maria Rivera (Acme)``; no brackets without an organisation."""
    text = f"Informational interview: {contact.display_name}"
    return f"{text} ({contact.organization})" if contact.organization else text


def contact_line(contact: Contact) -> str:
    """``With Dr. Maria Rivera, Head of Data, Acme (maria@example.org)``, leaving out blanks."""
    parts = [contact.display_name, contact.role.strip(), contact.organization.strip()]
    line = "With " + ", ".join(part for part in parts if part)
    return f"{line} ({contact.email.strip()})" if contact.email.strip() else line


def _description(meeting: Meeting, contact: Contact, user_name: str) -> str:
    """The purpose, why this person, the organiser, and how to prepare, a blank line apart."""
    parts = []
    if meeting.purpose.strip():
        parts.append(meeting.purpose.strip())
    if contact.why.strip():
        parts.append(f"Why them: {contact.why.strip()}")
    if user_name.strip():
        parts.append(f"Organiser: {user_name.strip()}")
    parts.append(f"Prepare: infocoach prep {meeting.id}")
    return "\n\n".join(parts)


def _plain_newlines(text: str) -> str:
    """Line breaks as ``\\n`` only: iCalendar text has no escape for a carriage return."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _reminder_text(contact: Contact, minutes: int) -> str:
    when = "now" if minutes == 0 else f"in {minutes} minute{'s' if minutes != 1 else ''}"
    return f"Informational interview with {contact.display_name} {when}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone name: fix the contact's time zone.") from None


def _utc(moment: datetime) -> datetime:
    """A standard-library datetime in UTC (pendulum's subclass is kept out of the file)."""
    moment = moment.astimezone(UTC)
    return datetime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
        tzinfo=UTC,
    )  # fmt: skip


def _local(moment_utc: datetime, zone: ZoneInfo) -> datetime:
    """``moment_utc`` as a wall time in ``zone``, or in UTC if that wall time is ambiguous.

    iCalendar reads a repeated wall time (the hour the clocks go back) as its first occurrence;
    a moment in the second one is therefore written in UTC, which cannot be misread.
    """
    if zone.key in ("UTC", "Etc/UTC"):
        return moment_utc
    local = moment_utc.astimezone(zone)
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        return moment_utc
    return local
