"""How one meeting is described in words: the single place for dates, shares and rows.

Screens and exports call these so a talk share or a meeting date reads the same everywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.live.meeting_clock import EPSILON, MeetingClock, seconds_between
from infocoach.core.pipeline.meeting_times import meeting_time
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Status, TalkTotals

NO_VALUE = "—"

_MET = {Status.DONE.value, Status.THANKED.value}
_BOOKED = {Status.SCHEDULED.value, Status.DONE.value, Status.THANKED.value}


def talk_share_text(talk: TalkTotals | None) -> str:
    """``"32%"`` for a meeting with talk totals, ``"—"`` otherwise."""
    return percent_text(talk.share if talk is not None else None)


def percent_text(share: float | None) -> str:
    """A share (0..1) as the whole percent the talk meter judges: ``"32%"``, or ``"—"``."""
    return NO_VALUE if share is None else f"{round(share * 100)}%"


def meeting_moment(meeting: Meeting) -> pendulum.DateTime | None:
    """The date that matters for a meeting: when it is (or was) held, else its latest step."""
    text = meeting_moment_text(meeting)
    return parse_iso(text) if text else None


def meeting_moment_text(meeting: Meeting | MeetingHead) -> str | None:
    """:func:`meeting_moment` as it is stored (ISO-8601), without parsing it. A booked or held
    meeting is dated by :func:`~infocoach.core.pipeline.meeting_times.meeting_time` (held: when
    it started; else when it is booked for), as everything that shows its date is."""
    if meeting.status in _BOOKED and (when := meeting_time(meeting)):
        return when
    return meeting.last_step_at or meeting.created_at or None


@lru_cache(maxsize=64)
def zone(name: str) -> pendulum.Timezone | pendulum.FixedTimezone:
    """A time zone by name, loaded once (pendulum reloads it on every ``in_timezone(str)``)."""
    return pendulum.timezone(name)


def date_text(moment: pendulum.DateTime | None, timezone: str, *, with_time: bool = False) -> str:
    if moment is None:
        return NO_VALUE
    local = moment.in_timezone(zone(timezone))
    # strftime, not pendulum's format(): the same text, several times faster over 2,000 rows.
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One History table row, already in words; ``sort_date`` keeps date sorting exact."""

    meeting_id: str
    contact: str
    organization: str
    date: str
    status: str
    talk: str
    sort_date: str


def meeting_row(meeting: Meeting | MeetingHead, contact: Contact | None, timezone: str) -> MeetingRow:
    date, sort_date = _row_dates(meeting_moment_text(meeting), timezone)
    return MeetingRow(
        meeting_id=meeting.id,
        contact=contact.display_name if contact else "(unknown contact)",
        organization=contact.organization if contact else "",
        date=date,
        status=meeting.status,
        talk=talk_share_text(meeting.talk) if meeting.status in _MET else NO_VALUE,
        sort_date=sort_date,
    )


@lru_cache(maxsize=16_384)
def _row_dates(text: str | None, timezone: str) -> tuple[str, str]:
    """A row's local date and its UTC sort key. The standard library's parser and zones do this
    several times faster than pendulum, which matters when History opens on 2,000 meetings; the
    zone data is the same (pendulum's zones are zoneinfo's)."""
    if not text:
        return NO_VALUE, ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:  # a form only pendulum reads: take the general path
        moment = parse_iso(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(_zoneinfo(timezone))
    day = f"{local.year:04d}-{local.month:02d}-{local.day:02d}"  # strftime, several times slower
    return day, moment.astimezone(UTC).isoformat()


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def meeting_length(meeting: Meeting) -> float | None:
    """How long a held meeting ran, in seconds of meeting time (pauses left out): the one length
    History, the detail panel, the journal and the wrap-up all show. None before it has ended.

    It is the live clock's elapsed time at the end (what the timer read when the meeting was
    ended); a meeting without a saved clock falls back to its speaker segments (which cover the
    meeting time), then its talk totals, then ``ended_at - started_at``.
    """
    if meeting.live is not None and isinstance(clock_state := meeting.live.get("meeting"), dict):
        try:
            clock = MeetingClock.from_dict(clock_state)
        except ValueError:
            clock = None  # a damaged clock: the record's other figures still say how long
        if clock is not None and clock.ended and clock.started_at:
            return clock.elapsed(parse_iso(clock.started_at))  # frozen at the end: any moment reads it
    spoken = [length for s in meeting.segments if math.isfinite(length := s.end - s.start) and length > 0]
    if spoken:
        return float(sum(spoken))
    if (
        meeting.talk is not None
        and math.isfinite(total := meeting.talk.me + meeting.talk.them + meeting.talk.nobody)
        and total > 0
    ):
        return float(total)
    if meeting.started_at and meeting.ended_at:
        try:
            wall = seconds_between(parse_iso(meeting.ended_at), parse_iso(meeting.started_at))
        except ValueError:  # a damaged time says nothing about the length
            return None
        return max(0.0, wall)
    return None


def duration_text(seconds: float) -> str:
    """``"12:05"`` for minutes and seconds; hours as ``"1:02:05"``. Whole seconds, rounded down
    as the meeting timer counts them, so a length reads the same here as on the live screen."""
    whole = max(0, math.floor(seconds + EPSILON))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def due_summary(items: list[DueItem]) -> str:
    """One calm line of what needs doing, e.g. ``Due: 1 follow-up · 2 thank-yous (1 overdue)``."""
    if not items:
        return "Nothing due. Good time to plan your next conversation."
    counts = {kind: 0 for kind in DueKind}
    overdue = 0
    for item in items:
        counts[item.kind] += 1
        overdue += item.kind is DueKind.THANK_YOU and item.overdue
    parts = []
    if n := counts[DueKind.MEETING_TODAY]:
        parts.append(f"{n} meeting{'s' if n > 1 else ''} today")
    if n := counts[DueKind.MEETING_SOON]:
        parts.append(f"{n} meeting{'s' if n > 1 else ''} later this week")
    if n := counts[DueKind.THANK_YOU]:
        late = f" ({overdue} overdue)" if overdue else ""
        parts.append(f"{n} thank-you{'s' if n > 1 else ''} to send{late}")
    if n := counts[DueKind.FOLLOW_UP]:
        parts.append(f"{n} follow-up{'s' if n > 1 else ''}")
    if n := counts[DueKind.LET_GO]:
        parts.append(f"{n} to let go")
    if n := counts[DueKind.NEXT_TOUCH]:
        parts.append(f"{n} update{'s' if n > 1 else ''} to send")
    if n := counts[DueKind.WRITE_NEXT]:
        parts.append(f"{n} {'person' if n == 1 else 'people'} to write to next")
    if n := counts[DueKind.TELL_REFERRER]:
        parts.append(f"{n} referrer{'s' if n > 1 else ''} to tell how it went")
    return "Due: " + " · ".join(parts)


def due_words(item: DueItem, contact: Contact | None) -> str:
    """One due item in words, about the meeting's ``contact``: "Follow up with Dr. Tan". The
    campaign's items (write-next, tell-referrer) carry their own words in ``note``."""
    if item.note:
        return item.note
    who = (contact.formal_name or contact.display_name) if contact is not None else "this contact"
    words = {
        DueKind.FOLLOW_UP: f"Follow up with {who}",
        DueKind.LET_GO: f"Let {who} go: no reply to the follow-up",
        DueKind.MEETING_TODAY: f"Meeting today with {who}",
        DueKind.MEETING_SOON: f"Meeting this week with {who}: time to prepare",
        DueKind.THANK_YOU: f"Thank {who}" + (" (overdue)" if item.overdue else ""),
        DueKind.NEXT_TOUCH: f"Send {who} the update you planned",
        DueKind.WRITE_NEXT: "Write to the next person there",
        DueKind.TELL_REFERRER: f"Tell whoever referred you to {who} how it went",
    }
    return words[item.kind]


def count_of(count: int, noun: str) -> str:
    """``"1 meeting"``, ``"2 meetings"``: the one place English plurals are made."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
