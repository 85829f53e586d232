"""The LAMP list (*The 2-Hour Job Search*): target employers sorted by Motivation, then Posting,
then Advocacy, the top five marked as this week's focus, each with its people, their meetings
and the next step in plain words.

Advocacy "auto" is yes when one of your contacts works there; "yes" and "no" are the user's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pendulum

from infocoach.core.campaign.business_days import NO_HOLIDAYS, business_days_between
from infocoach.core.campaign.campaign_due import OPEN, all_due_items, meetings_by_contact, next_person
from infocoach.core.campaign.matching import people_by_target
from infocoach.core.campaign.names import short_name
from infocoach.core.campaign.pacing import is_3b7
from infocoach.core.campaign.replies import ReplyKind, reply_kind, steps_of
from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Status, Target

if TYPE_CHECKING:
    from infocoach.core.settings import Settings

FOCUS_COUNT = 5  # the top five employers are this week's focus
AnyMeeting = Meeting | MeetingHead


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One employer on the LAMP list, as the Targets screen and ``infocoach targets`` show it."""

    target: Target
    people: list[Contact]  # not archived, by surname
    meetings: dict[str, list[AnyMeeting]]  # contact id -> their meetings (not archived), oldest first
    advocacy: bool
    focus: bool
    next_step: str
    next_contact_id: str = ""  # the person the next step is about ("" for none)
    replies: dict[str, ReplyKind] = field(default_factory=dict)  # contact id -> how they answer
    due: tuple[DueItem, ...] = ()  # what is due about its people's meetings, oldest first

    @property
    def name(self) -> str:
        return self.target.name

    def statuses(self, contact_id: str) -> list[str]:
        """The statuses of a person's meetings here, oldest first."""
        return [str(m.status) for m in self.meetings.get(contact_id, [])]


def has_advocacy(target: Target, people: Sequence[Contact]) -> bool:
    """Advocacy: the user's yes/no, or ("auto") whether anyone you know works there."""
    if target.advocacy == "auto":
        return bool(people)
    return target.advocacy == "yes"


def lamp_order(target: Target, advocacy: bool) -> tuple[int, int, int, bool, str, str]:
    """Motivation (high first), Posting (high first), Advocacy (yes first), then name."""
    return (-target.motivation, -target.posting, not advocacy, target.archived, target.name.casefold(), target.id)


def lamp_rows(
    targets: Sequence[Target],
    contacts: Sequence[Contact],
    meetings: Sequence[AnyMeeting],
    now: pendulum.DateTime,
    settings: Settings,
    *,
    include_archived: bool = False,
    holidays: Collection[pendulum.Date] = NO_HOLIDAYS,
) -> list[TargetRow]:
    """The sorted list; archived targets only when asked (after the others, never in focus)."""
    chosen = [t for t in targets if include_archived or not t.archived]
    staff = people_by_target(chosen, contacts)
    live = [m for m in meetings if not m.archived]
    by_contact = meetings_by_contact(sorted(live, key=_first_moment))
    due_by_meeting: dict[str, list[DueItem]] = defaultdict(list)
    for item in all_due_items(live, contacts, targets, now, settings, holidays):
        due_by_meeting[item.meeting_id].append(item)
    names = {c.id: c for c in contacts}
    drafts = []
    for target in chosen:
        people = staff[target.id]
        drafts.append((target, people, has_advocacy(target, people)))
    drafts.sort(key=lambda d: (d[0].archived, *lamp_order(d[0], d[2])))
    rows = []
    focus_left = FOCUS_COUNT
    timezone = settings.timezone
    for target, people, advocacy in drafts:
        own = {p.id: by_contact.get(p.id, []) for p in people}
        step, about = _next_step(people, own, due_by_meeting, names, now, settings, holidays)
        focus = not target.archived and focus_left > 0
        focus_left -= focus
        replies = {p.id: reply_kind(own[p.id], now, timezone, holidays) for p in people}
        due = tuple(item for p in people for m in own[p.id] for item in due_by_meeting.get(m.id, ()))
        due = tuple(sorted(due, key=lambda item: item.since))
        rows.append(TargetRow(target, people, own, advocacy, focus, step, about, replies, due))
    return rows


def _first_moment(meeting: AnyMeeting) -> pendulum.DateTime:
    """When a meeting began (its first step, else its creation), for "oldest first"."""
    steps = steps_of(meeting)
    text = steps[0][1] if steps else meeting.created_at
    return parse_iso(text) if text else pendulum.datetime(1, 1, 1)


def _when(moment: pendulum.DateTime, now: pendulum.DateTime, timezone: str) -> str:
    """ "today 10:00", "Tue 10:00" within the week, else "Tue 8 Dec 10:00"."""
    local, today = moment.in_timezone(timezone), now.in_timezone(timezone).date()
    days = (local.date() - today).days
    if days == 0:
        return f"today {local.format('HH:mm')}"
    if 0 < days < 7:
        return local.format("ddd HH:mm", locale="en")
    return local.format("ddd D MMM HH:mm", locale="en")


def _ago(
    since: pendulum.DateTime, now: pendulum.DateTime, settings: Settings, holidays: Collection[pendulum.Date]
) -> str:
    if is_3b7(settings):
        n = business_days_between(since, now, settings.timezone, holidays)
        unit = "business day"
    else:
        n = (now.in_timezone(settings.timezone).date() - since.in_timezone(settings.timezone).date()).days
        unit = "day"
    if n <= 0:
        return "today"
    return f"{n} {unit}{'s' if n != 1 else ''} ago"


def _next_step(
    people: list[Contact],
    own: dict[str, list[AnyMeeting]],
    due_by_meeting: dict[str, list[DueItem]],
    names: dict[str, Contact],
    now: pendulum.DateTime,
    settings: Settings,
    holidays: Collection[pendulum.Date],
) -> tuple[str, str]:
    """The one thing to do next at an employer, in words, and whom it is about."""
    if not people:
        return "Find a contact here (none yet)", ""
    pairs = [(p, m) for p in people for m in own[p.id]]
    due = {item.kind: (item, p) for p, m in pairs for item in due_by_meeting.get(m.id, [])}
    for p, m in pairs:
        if m.status == Status.DONE.value:
            return f"Thank {short_name(p)}", p.id
    if DueKind.TELL_REFERRER in due:
        item, p = due[DueKind.TELL_REFERRER]
        referrer = names.get(item.contact_id)
        who = short_name(referrer) if referrer else "whoever referred you"
        return f"Tell {who} how it went with {short_name(p)}", item.contact_id
    booked = sorted(
        ((parse_iso(m.scheduled_for), p) for p, m in pairs if m.status == Status.SCHEDULED.value and m.scheduled_for),
        key=lambda pair: pair[0],
    )
    if booked:
        when, p = booked[0]
        if when.add(hours=1) < now:
            return f"Record how the meeting with {short_name(p)} went", p.id
        return f"Meeting {_when(when, now, settings.timezone)} with {short_name(p)}", p.id
    if DueKind.FOLLOW_UP in due:
        _, p = due[DueKind.FOLLOW_UP]
        return f"Follow up with {short_name(p)}", p.id
    if DueKind.LET_GO in due:
        _, p = due[DueKind.LET_GO]
        return f"Let {short_name(p)} go (no reply to the follow-up)", p.id
    if DueKind.WRITE_NEXT in due:
        item, p = due[DueKind.WRITE_NEXT]
        if item.contact_id and (suggested := names.get(item.contact_id)):
            return f"Write to {short_name(suggested)} (no reply from {short_name(p)} in 3 business days)", suggested.id
        return f"Find another contact here (no reply from {short_name(p)} in 3 business days)", ""
    waiting = [(p, m) for p, m in pairs if m.status in OPEN]
    if waiting:
        p, m = waiting[-1]
        followed = m.status == Status.FOLLOWED_UP.value
        since = m.entered_at(str(m.status)) or m.last_step_at or ""
        ago = _ago(parse_iso(since), now, settings, holidays) if since else "earlier"
        what = f"followed up with {short_name(p)}" if followed else f"request to {short_name(p)} sent"
        return f"Wait: {what} {ago}", p.id
    suggested = next_person(people, own, now, settings.timezone, holidays)
    if suggested is not None:
        return f"Write to {short_name(suggested)} (no request open)", suggested.id
    return "Find another contact here (everyone here has been asked)", ""
