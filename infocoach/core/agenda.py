"""The agenda: what is due now and in the next few days, each said in one plain sentence.

It is built on the campaign's due items (:func:`infocoach.core.campaign.campaign_due.all_due_items`,
itself on the pipeline's :func:`~infocoach.core.pipeline.statuses.due_items`), so the agenda, the
app's home screen and the LAMP list never disagree about what is due. The agenda adds *when*
each thing is due (a follow-up the day its delay runs out, a thank-you 24 hours after the
meeting) and says a meeting's time in the user's zone and in the contact's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pendulum

from infocoach.core.campaign.business_days import add_business_days
from infocoach.core.campaign.campaign_due import all_due_items
from infocoach.core.campaign.names import short_name
from infocoach.core.campaign.pacing import (
    FOLLOW_UP_BUSINESS_DAYS,
    LET_GO_BUSINESS_DAYS,
    WRITE_NEXT_BUSINESS_DAYS,
    is_3b7,
)
from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.statuses import SOON_DAYS, DueItem, DueKind, due_items
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Target
from infocoach.core.settings import Settings

MAX_DAYS = 60
"""How far ahead the agenda looks at most: two months of days."""

MEETING_KINDS = frozenset({DueKind.MEETING_TODAY, DueKind.MEETING_SOON})
THANK_YOU_HOURS = 24

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One thing on the agenda. ``due`` is when it is (or was) due, in the user's zone: a
    meeting's start, a thank-you's 24-hour deadline, the day a follow-up's delay runs out.
    ``now`` marks what is due today (what ``agenda --notify`` announces); ``overdue`` what is
    past its moment; ``person`` the other person it is about (the next person to write to, the
    referrer to tell), by display name, "" for the meeting's own contact."""

    kind: DueKind
    meeting_id: str
    contact: str
    due: pendulum.DateTime
    what: str
    now: bool
    overdue: bool
    person: str = ""


def agenda_items(
    meetings: Sequence[Meeting | MeetingHead],
    contacts: Sequence[Contact],
    targets: Sequence[Target],
    now: pendulum.DateTime,
    settings: Settings,
    days: int = 0,
) -> list[AgendaItem]:
    """What is due now, then what comes due by the end of the day ``days`` days from today (in
    the user's time zone: 0 is the rest of today), each once, in the order to do them.
    ValueError for ``days`` outside 0..MAX_DAYS."""
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"days must be from 0 to {MAX_DAYS}")
    zone = settings.timezone
    today = now.in_timezone(zone).date()
    last_day = today.add(days=days)
    found: dict[tuple[str, str, str], tuple[DueItem, bool]] = {}

    def keep(items: Iterable[DueItem], *, is_now: bool) -> None:
        for item in items:
            if item.kind in MEETING_KINDS and item.since.in_timezone(zone).date() > last_day:
                continue
            # Today's meetings are due now; a meeting later in the week is not, even if the
            # pipeline calls it "soon".
            today_item = is_now and item.kind is not DueKind.MEETING_SOON
            found.setdefault((item.kind.value, item.meeting_id, item.contact_id), (item, today_item))

    keep(all_due_items(meetings, contacts, targets, now, settings), is_now=True)
    # What comes due later today and in the days asked for: everything due by the window's end.
    end = _start_of(last_day.add(days=1), zone).subtract(microseconds=1)
    later = all_due_items(meetings, contacts, targets, end, settings)
    keep((item for item in later if item.kind not in MEETING_KINDS), is_now=False)
    # The pipeline names the meetings of one day and the week after it: look from the start
    # of every eighth day to see them all.
    for offset in range(SOON_DAYS + 1, days + 1, SOON_DAYS + 1):
        probe = due_items(meetings, _start_of(today.add(days=offset), zone), settings.follow_up_days, zone)
        keep((item for item in probe if item.kind in MEETING_KINDS), is_now=False)

    by_meeting = {meeting.id: meeting for meeting in meetings}
    by_contact = {contact.id: contact for contact in contacts}
    items = [
        _agenda_item(item, is_now, by_meeting[item.meeting_id], by_contact, now, settings)
        for item, is_now in found.values()
        if item.meeting_id in by_meeting
    ]
    items.sort(key=lambda entry: (not entry.now, entry.due))
    return items


def next_change(items: Sequence[AgendaItem], now: pendulum.DateTime, zone: str) -> pendulum.DateTime:
    """The first moment the agenda computed at ``now`` may read differently without any change
    to the data: the next item's due moment (it becomes due, or overdue), else the user's
    midnight (today's words: "today", the days ahead)."""
    midnight = _start_of(now.in_timezone(zone).date().add(days=1), zone)
    return min([midnight, *(item.due for item in items if item.due > now)])


def due_moment(item: DueItem, meeting: Meeting | MeetingHead, settings: Settings) -> pendulum.DateTime:
    """When ``item`` is (or was) due: its moment by the user's pacing, in the user's zone."""
    zone = settings.timezone
    since = item.since.in_timezone(zone)
    if item.kind is DueKind.THANK_YOU:
        return since.add(hours=THANK_YOU_HOURS)
    if item.kind in (DueKind.FOLLOW_UP, DueKind.LET_GO):
        if is_3b7(settings):
            wait = FOLLOW_UP_BUSINESS_DAYS if item.kind is DueKind.FOLLOW_UP else LET_GO_BUSINESS_DAYS
            return _start_of(add_business_days(since.date(), wait), zone)
        return since.add(days=settings.follow_up_days)
    if item.kind is DueKind.WRITE_NEXT:
        return _start_of(add_business_days(since.date(), WRITE_NEXT_BUSINESS_DAYS), zone)
    if item.kind is DueKind.NEXT_TOUCH and meeting.next_touch:
        return parse_iso(meeting.next_touch).in_timezone(zone)
    # Meetings (``since`` is their start) and referrers to tell (since the meeting).
    return since


def _start_of(day: pendulum.Date, zone: str) -> pendulum.DateTime:
    return pendulum.datetime(day.year, day.month, day.day, tz=zone)


def _agenda_item(
    item: DueItem,
    is_now: bool,
    meeting: Meeting | MeetingHead,
    contacts: dict[str, Contact],
    now: pendulum.DateTime,
    settings: Settings,
) -> AgendaItem:
    due = due_moment(item, meeting, settings)
    contact = contacts.get(meeting.contact_id)
    other = contacts.get(item.contact_id) if item.contact_id else None
    kind = item.kind
    if kind in MEETING_KINDS:  # as seen from today, whichever day the pipeline looked from
        today = now.in_timezone(settings.timezone).date()
        kind = DueKind.MEETING_TODAY if due.date() == today else DueKind.MEETING_SOON
    overdue = due < now and kind not in MEETING_KINDS and kind is not DueKind.TELL_REFERRER
    return AgendaItem(
        kind=kind,
        meeting_id=meeting.id,
        contact=contact.display_name if contact is not None else "",
        due=due,
        what=sentence(kind, item, due, contact, overdue, settings.timezone),
        now=is_now,
        overdue=overdue,
        person=other.display_name if other is not None else "",
    )


def sentence(
    kind: DueKind, item: DueItem, due: pendulum.DateTime, contact: Contact | None, overdue: bool, zone: str
) -> str:
    """The item in one plain sentence."""
    name = short_name(contact) if contact is not None else "your contact"
    since = day_text(item.since.in_timezone(zone))
    if kind is DueKind.FOLLOW_UP:
        return f"Send your one follow-up to {name}: no reply since you wrote on {since}."
    if kind is DueKind.LET_GO:
        return f"Let {name} go: no reply to your follow-up of {since}, so no more nudges."
    if kind is DueKind.THANK_YOU:
        deadline = f"{day_text(due)} {due.strftime('%H:%M')}"
        if overdue:
            return f"Your thank-you note to {name} is overdue (it was due {deadline}): send it today."
        return f"Send your thank-you note to {name} by {deadline}."
    if kind in MEETING_KINDS:
        on = "today" if kind is DueKind.MEETING_TODAY else f"on {day_text(due)}"
        return f"Meeting with {name} {on} at {meeting_times(due, contact.timezone if contact else zone)}."
    if kind is DueKind.NEXT_TOUCH:
        return f"Send {name} the update you planned: how their advice worked out."
    if item.note:  # write-next and tell-referrer say it themselves
        return f"{item.note}."
    return f"{kind.value}: {name}."


def meeting_times(start: pendulum.DateTime, their_zone: str) -> str:
    """``15:00 your time, 10:00 in New York``; ``15:00 (your time and theirs)`` when the clocks
    agree. Their day is named when it is not the user's (``00:30 Thu in Tokyo``)."""
    theirs = start.in_timezone(their_zone)
    if theirs.utcoffset() == start.utcoffset():
        return f"{start.strftime('%H:%M')} (your time and theirs)"
    day = f" {_DAYS[theirs.weekday()]}" if theirs.date() != start.date() else ""
    return f"{start.strftime('%H:%M')} your time, {theirs.strftime('%H:%M')}{day} in {place_name(their_zone)}"


def place_name(zone: str) -> str:
    """How a time zone is said: its city (``America/New_York``: New York), else its name."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def day_text(moment: pendulum.DateTime | pendulum.Date) -> str:
    """``Wed 25 Nov``, in English whatever the machine's locale."""
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"


NOTICE_MINUTES = 10
"""The open app tells of a meeting this many minutes before it starts."""


def due_notices(meetings: Sequence[Meeting | MeetingHead], now: pendulum.DateTime, settings: Settings) -> list[DueItem]:
    """What the open app announces as it happens: a meeting starting within NOTICE_MINUTES,
    and a thank-you note past its 24 hours."""
    soon = now.add(minutes=NOTICE_MINUTES)
    return [
        item
        for item in due_items(meetings, now, settings.follow_up_days, settings.timezone)
        if (item.kind is DueKind.THANK_YOU and item.overdue)
        or (item.kind in MEETING_KINDS and now <= item.since <= soon)
    ]


def notice_text(item: DueItem, contact: Contact | None, now: pendulum.DateTime, zone: str) -> tuple[str, str]:
    """A notice's title and message."""
    name = short_name(contact) if contact is not None else "your contact"
    if item.kind is DueKind.THANK_YOU:
        return (
            "Thank-you note",
            f"Your thank-you note to {name} is now overdue (24 hours since you met): send it today.",
        )
    start = item.since.in_timezone(zone)
    minutes = max(1, -(-int((start - now).total_seconds()) // 60))  # rounded up: never "in 0 minutes"
    when = "in 1 minute" if minutes == 1 else f"in {minutes} minutes"
    return "Meeting soon", f"Your meeting with {name} starts at {start.strftime('%H:%M')}, {when}."


def agenda_answer(
    meetings: Sequence[Meeting | MeetingHead],
    contacts: Sequence[Contact],
    targets: Sequence[Target],
    now: pendulum.DateTime,
    settings: Settings,
    days: int,
) -> tuple[list[dict[str, object]], pendulum.DateTime]:
    """The agenda as JSON entries (what ``infocoach agenda --format json`` prints and what is
    kept for the next run), and the moment it could first read differently."""
    items = agenda_items(meetings, contacts, targets, now, settings, days)
    today = now.in_timezone(settings.timezone).date()
    entries = [as_entry(item, is_today=item.now or item.due.date() == today) for item in items]
    return entries, next_change(items, now, settings.timezone)


def as_entry(item: AgendaItem, *, is_today: bool) -> dict[str, object]:
    """An item as JSON: the keys the issue names first, then what the text and --notify use."""
    return {
        "kind": item.kind.value,
        "meeting": item.meeting_id,
        "contact": item.contact,
        "due": item.due.isoformat(),
        "what": item.what,
        "now": item.now,
        "overdue": item.overdue,
        "today": is_today,
        "day": day_text(item.due),
        "person": item.person,
    }
