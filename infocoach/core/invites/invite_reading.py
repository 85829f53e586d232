"""A calendar invitation (.ics) read into what infocoach needs: which event, when, how long,
who is invited, and whether it is cancelled.

The ``icalendar`` library reads the file: the line unfolding, the escaping, the time zones
(a VTIMEZONE in the file, an IANA name as Google writes it, or a Windows name such as
"Pacific Standard Time" as Outlook and Exchange write it). Nothing here parses iCalendar text
by hand. A time with no zone at all ("floating": the same wall-clock time wherever you are) is
read in the user's own zone, and the reader says so.

An invitation is one event: the one without a RECURRENCE-ID (a changed occurrence of a
series comes with the series). A file that is not iCalendar, holds no event, or holds an event
infocoach cannot place raises :class:`InvitationProblem` with the reason in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import pendulum

MAX_BYTES = 1_000_000
"""An invitation is a few kilobytes; a bigger file is something else (a whole calendar export)."""


NOT_ICALENDAR = "it is not an iCalendar file (an invitation is a .ics file that begins with BEGIN:VCALENDAR)"


class InvitationProblem(ValueError):
    """The file is not an invitation infocoach can read; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Invitation:
    """One event of a calendar invitation.

    ``start`` is None for an all-day event (``day`` holds its date). ``zone`` names where
    ``start`` was given ("America/Los_Angeles", "UTC", the TZID as written); ``floating`` says
    the file gave no zone and ``start`` is in the zone the reader was given. ``minutes`` is the
    length from DTEND or DURATION, or None when the file gives neither.
    """

    uid: str
    sequence: int
    method: str  # REQUEST, PUBLISH, CANCEL, ... ("" when the file has none)
    cancelled: bool
    start: pendulum.DateTime | None
    day: date | None
    zone: str
    floating: bool
    minutes: int | None
    organizer: str
    attendees: tuple[str, ...]
    summary: str

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def emails(self) -> tuple[str, ...]:
        """Everyone named in it, organiser first, each once (lower case)."""
        seen: list[str] = []
        for email in (self.organizer, *self.attendees):
            if email and email not in seen:
                seen.append(email)
        return tuple(seen)


def read_invitation(data: bytes, *, floating_zone: str) -> Invitation:
    """The invitation's event. ``floating_zone`` is where a time without a zone is read (the
    user's own zone). Raises InvitationProblem for anything that is not a readable invitation."""
    if len(data) > MAX_BYTES:
        raise InvitationProblem(
            f"it is {len(data) // 1000} kB; an invitation is a few kB (is it a whole calendar export?)"
        )
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, TypeError, UnicodeDecodeError, IndexError, KeyError):
        # The library's reason quotes the file's bytes, which may be anything: ours is plainer.
        raise InvitationProblem(NOT_ICALENDAR) from None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise InvitationProblem(NOT_ICALENDAR)
    event = _the_event(calendar)
    method = str(calendar.get("METHOD", "")).strip().upper()
    status = str(event.get("STATUS", "")).strip().upper()
    uid = str(event.get("UID", "")).strip()
    if not uid:
        raise InvitationProblem("its event has no UID, so a later change to it could not be matched")
    cancelled = method == "CANCEL" or status == "CANCELLED"
    start, day, zone, floating = _start(event, floating_zone, needed=not cancelled)
    return Invitation(
        uid=uid,
        sequence=_sequence(event),
        method=method,
        cancelled=cancelled,
        start=start,
        day=day,
        zone=zone,
        floating=floating,
        minutes=_minutes(event) if start is not None else None,
        organizer=_email(event.get("ORGANIZER")),
        attendees=tuple(e for e in (_email(a) for a in _as_list(event.get("ATTENDEE"))) if e),
        summary=" ".join(str(event.get("SUMMARY", "")).split()),
    )


def _the_event(calendar: icalendar.Calendar) -> icalendar.Event:
    events = [c for c in calendar.walk("VEVENT") if isinstance(c, icalendar.Event)]
    if not events:
        raise InvitationProblem("it holds no event (VEVENT): it is a calendar file, but not an invitation")
    main = [e for e in events if "RECURRENCE-ID" not in e] or events
    uids = {str(e.get("UID", "")) for e in main}
    if len(uids) > 1:
        raise InvitationProblem(
            f"it holds {len(uids)} different events; an invitation is one (export that one event from your calendar)"
        )
    return main[0]


def _start(
    event: icalendar.Event, floating_zone: str, *, needed: bool
) -> tuple[pendulum.DateTime | None, date | None, str, bool]:
    """(start, all-day date, zone name, floating) of the event."""
    prop = event.get("DTSTART")
    if prop is None:
        if needed:
            raise InvitationProblem("its event has no start time (DTSTART)")
        return None, None, "", False
    value = _decoded(event, "DTSTART")
    if isinstance(value, datetime):
        tzid = str(prop.params.get("TZID", "")).strip()
        if value.tzinfo is None:
            if tzid:  # a zone was named, but neither the file nor the library knows it
                raise InvitationProblem(f"its start is in a time zone infocoach does not know: {tzid!r}")
            try:
                ZoneInfo(floating_zone)
            except (ZoneInfoNotFoundError, ValueError):
                floating_zone = "UTC"
            local = pendulum.instance(value.replace(tzinfo=ZoneInfo(floating_zone)))
            return local, None, floating_zone, True
        offset = value.utcoffset()
        if offset is None:
            raise InvitationProblem(f"its start is in a time zone infocoach does not know: {tzid!r}")
        zone = getattr(value.tzinfo, "key", "") or tzid or "UTC"
        moment = pendulum.instance(value.astimezone(pendulum.FixedTimezone(int(offset.total_seconds()))))
        return moment, None, zone, False
    if isinstance(value, date):
        return None, value, "", False
    raise InvitationProblem(f"its start is not a date or a time: {str(prop.to_ical(), 'utf-8', 'replace')!r}")


def _minutes(event: icalendar.Event) -> int | None:
    """The length in whole minutes, from DTEND or DURATION (None when it has neither). The
    file's own datetimes are subtracted, not pendulum's: its zones may be VTIMEZONE objects."""
    start = _decoded(event, "DTSTART")
    length: timedelta | None = None
    if "DTEND" in event:
        end = _decoded(event, "DTEND")
        if isinstance(end, datetime):
            if (end.tzinfo is None) != (start.tzinfo is None):  # one floating: read both alike
                end = end.replace(tzinfo=start.tzinfo)
            length = end - start
    elif "DURATION" in event:
        duration = _decoded(event, "DURATION")
        length = duration if isinstance(duration, timedelta) else None
    if length is None:
        return None
    return round(length.total_seconds() / 60)


def _sequence(event: icalendar.Event) -> int:
    raw = event.get("SEQUENCE", 0)
    try:
        sequence = int(raw)
    except (TypeError, ValueError):
        raise InvitationProblem(f"its SEQUENCE is not a number: {str(raw)!r}") from None
    if sequence < 0:
        raise InvitationProblem(f"its SEQUENCE is negative: {sequence}")
    return sequence


def _decoded(event: icalendar.Event, name: str) -> Any:
    try:
        return event.decoded(name)
    except (ValueError, TypeError, KeyError) as exc:  # icalendar's broken-property errors are ValueErrors
        raise InvitationProblem(f"its {name} cannot be read ({_short(exc)})") from None


def _email(address: object) -> str:
    """The e-mail in a calendar address ("mailto:Ana@Example.com" -> "ana@example.com")."""
    text = str(address or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    text = text.strip().lower()
    return text if "@" in text else ""


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:117] + "..."
