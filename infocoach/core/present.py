"""How one meeting is described in words: the single place for dates, shares and rows.

Screens and exports call these so a talk share or a meeting date reads the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.model import Contact, Meeting, Status, TalkTotals

NO_VALUE = "—"

_MET = {Status.DONE.value, Status.THANKED.value}
_BOOKED = {Status.SCHEDULED.value, Status.DONE.value, Status.THANKED.value}


def talk_share_text(talk: TalkTotals | None) -> str:
    """``"32%"`` for a meeting with talk totals, ``"—"`` otherwise."""
    share = talk.share if talk is not None else None
    return NO_VALUE if share is None else f"{round(share * 100)}%"


def meeting_moment(meeting: Meeting) -> pendulum.DateTime | None:
    """The date that matters for a meeting: when it is (or was) held, else its latest step."""
    if meeting.status in _BOOKED and meeting.scheduled_for:
        return parse_iso(meeting.scheduled_for)
    if meeting.history:
        return parse_iso(meeting.history[-1].at)
    if meeting.created_at:
        return parse_iso(meeting.created_at)
    return None


def date_text(moment: pendulum.DateTime | None, timezone: str, *, with_time: bool = False) -> str:
    if moment is None:
        return NO_VALUE
    local = moment.in_timezone(timezone)
    return local.format("YYYY-MM-DD HH:mm" if with_time else "YYYY-MM-DD")


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


def meeting_row(meeting: Meeting, contact: Contact | None, timezone: str) -> MeetingRow:
    moment = meeting_moment(meeting)
    return MeetingRow(
        meeting_id=meeting.id,
        contact=contact.display_name if contact else "(unknown contact)",
        organization=contact.organization if contact else "",
        date=date_text(moment, timezone),
        status=meeting.status,
        talk=talk_share_text(meeting.talk) if meeting.status in _MET else NO_VALUE,
        sort_date=moment.in_timezone("UTC").isoformat() if moment else "",
    )


def duration_text(seconds: float) -> str:
    """``"12:05"`` for minutes and seconds; hours as ``"1:02:05"``."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
