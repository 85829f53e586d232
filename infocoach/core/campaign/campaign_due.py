"""Everything due in the campaign: the pipeline's own items, paced by the user's setting, plus
whom to write to next at an employer (3B7) and which referrers to tell how it went.

- Default pacing (rule 4): :func:`infocoach.core.pipeline.statuses.due_items`, unchanged.
- 3B7: the follow-up is due 7 business days after the request and the let-go 7 business days
  after the follow-up; 3 business days after the newest request at an employer with no reply,
  "write-next" names the next person there to write to.
- Always: "tell-referrer" once you have met someone a contact referred you to, until the
  meeting records that you told them (``referrer_told_at``).

An employer is its organisation's name (see :mod:`infocoach.core.campaign.matching`): targets
add their switches (archived: no suggestions; ``parallel_requests``: more than one request may
wait there at once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import pendulum

from infocoach.core.campaign.business_days import NO_HOLIDAYS, add_business_days, business_days_between
from infocoach.core.campaign.matching import organization_key, people_at, people_by_target
from infocoach.core.campaign.names import short_name
from infocoach.core.campaign.pacing import (
    FOLLOW_UP_BUSINESS_DAYS,
    LET_GO_BUSINESS_DAYS,
    WRITE_NEXT_BUSINESS_DAYS,
    is_3b7,
)
from infocoach.core.campaign.referrer_reminders import tell_referrer_items
from infocoach.core.campaign.replies import RANK, reply_kind
from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.statuses import DueItem, DueKind, due_items, let_go_due
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Status, Target

if TYPE_CHECKING:
    from infocoach.core.settings import Settings

M = TypeVar("M", bound=Meeting | MeetingHead)

OPEN = frozenset({Status.REQUESTED.value, Status.FOLLOWED_UP.value})  # asked, no reply yet
Holidays = Collection[pendulum.Date]


def requested_at(meeting: Meeting | MeetingHead) -> pendulum.DateTime | None:
    """When the request went out (its latest "requested" step), or None."""
    sent = meeting.entered_at(Status.REQUESTED.value)
    return parse_iso(sent) if sent else None


_NEVER = pendulum.datetime(1, 1, 1)


def _sent_order(meeting: Meeting | MeetingHead) -> pendulum.DateTime:
    """When the request went out, for ordering (moments, not their text: offsets differ)."""
    return requested_at(meeting) or _NEVER


def meetings_by_contact(meetings: Iterable[M]) -> dict[str, list[M]]:
    grouped: dict[str, list[M]] = defaultdict(list)
    for meeting in meetings:
        grouped[meeting.contact_id].append(meeting)
    return grouped


def _open_requests(people: Iterable[Contact], meetings: Iterable[M]) -> list[M]:
    ids = {person.id for person in people}
    found = [m for m in meetings if not m.archived and m.contact_id in ids and m.status in OPEN]
    return sorted(found, key=_sent_order)


def open_requests_at(target: Target, contacts: Iterable[Contact], meetings: Iterable[M]) -> list[M]:
    """The requests still waiting for a reply at the target (requested or followed up, not
    archived), oldest first."""
    return _open_requests(people_at(target, contacts), meetings)


def can_request(
    target: Target,
    contacts: Iterable[Contact],
    meetings: Iterable[Meeting | MeetingHead],
    now: pendulum.DateTime | None = None,
    timezone: str = "UTC",
    holidays: Holidays = NO_HOLIDAYS,
) -> bool:
    """Whether a new request to someone at the target keeps to "one unanswered request open per
    employer": always with ``parallel_requests``. Given ``now``, a request left unanswered for 3
    business days no longer holds the employer (3B7 moves on to the next person); without it,
    any open request does."""
    if target.parallel_requests:
        return True
    waiting = open_requests_at(target, contacts, meetings)
    if now is None:
        return not waiting
    return all(_waited(m, now, timezone, holidays) >= WRITE_NEXT_BUSINESS_DAYS for m in waiting)


def _waited(meeting: Meeting | MeetingHead, now: pendulum.DateTime, timezone: str, holidays: Holidays) -> int:
    sent = requested_at(meeting)
    return business_days_between(sent, now, timezone, holidays) if sent else 0


def asked_ever(meetings: Iterable[Meeting | MeetingHead]) -> bool:
    """Whether any of these meetings ever had a request sent (planned ones have not)."""
    return any(m.status != Status.PLANNED.value for m in meetings)


def next_person(
    people: Sequence[Contact],
    by_contact: dict[str, list[M]],
    now: pendulum.DateTime,
    timezone: str = "UTC",
    holidays: Holidays = NO_HOLIDAYS,
) -> Contact | None:
    """Whom to write to next among ``people`` at one employer: not archived and not yet asked;
    best first by how they answer, then those whose outreach is already being prepared, then
    those referred by someone, then those with a reason written down, then by name."""
    candidates = [p for p in people if not p.archived and not asked_ever(by_contact.get(p.id, ()))]

    def order(person: Contact) -> tuple[int, bool, bool, bool, str, str]:
        own = by_contact.get(person.id, [])
        return (
            RANK[reply_kind(own, now, timezone, holidays)],
            not own,  # a planned meeting: the outreach is on its way
            not person.referred_by,
            not person.why.strip(),
            person.last_name.casefold(),
            person.first_name.casefold(),
        )

    return min(candidates, key=order, default=None)


def _pipeline_3b7(meetings: Sequence[M], now: pendulum.DateTime, timezone: str, holidays: Holidays) -> list[DueItem]:
    """Follow-ups and let-gos counted in business days."""
    items = []
    for meeting in meetings:
        if meeting.archived or meeting.status not in OPEN:
            continue
        status = meeting.status
        sent = meeting.entered_at(status)
        if not sent:
            continue
        since = parse_iso(sent)
        if status == Status.REQUESTED.value:
            if business_days_between(since, now, timezone, holidays) >= FOLLOW_UP_BUSINESS_DAYS:
                items.append(DueItem(DueKind.FOLLOW_UP, meeting.id, since))
        elif business_days_between(since, now, timezone, holidays) >= LET_GO_BUSINESS_DAYS:
            items.append(DueItem(DueKind.LET_GO, meeting.id, since))
    return items


def paced_let_go_due(
    meetings: Sequence[M], now: pendulum.DateTime, settings: Settings, holidays: Holidays = NO_HOLIDAYS
) -> list[tuple[M, pendulum.DateTime]]:
    """The followed-up meetings the pacing lets go now, each with the moment it became due:
    :func:`infocoach.core.pipeline.statuses.let_go_due`'s answer in the default pacing; in 3B7,
    the start of the 7th business day after the follow-up (in the user's time zone)."""
    if not is_3b7(settings):
        return let_go_due(meetings, now, settings.follow_up_days)
    moves = []
    zone = settings.timezone
    for meeting in meetings:
        if meeting.archived or meeting.status != Status.FOLLOWED_UP.value:
            continue
        sent = meeting.entered_at(Status.FOLLOWED_UP.value)
        if not sent:
            continue
        day = add_business_days(parse_iso(sent).in_timezone(zone).date(), LET_GO_BUSINESS_DAYS, holidays)
        due = pendulum.datetime(day.year, day.month, day.day, tz=zone)
        if now >= due:
            moves.append((meeting, due))
    return moves


def write_next_items(
    meetings: Sequence[M],
    contacts: Sequence[Contact],
    targets: Sequence[Target],
    now: pendulum.DateTime,
    timezone: str = "UTC",
    holidays: Holidays = NO_HOLIDAYS,
) -> list[DueItem]:
    """3B7's "write to the next person": one per employer whose newest open request has had
    no reply for 3 business days. It names the person (``contact_id``); at a target with nobody
    left to ask it says to find someone, and elsewhere it says nothing."""
    by_contact = meetings_by_contact(meetings)
    # An employer: a target and the people under it, else an organisation no target names.
    at_target = people_by_target(targets, contacts)
    employers: list[tuple[Target | None, list[Contact]]] = [(t, at_target[t.id]) for t in targets if at_target[t.id]]
    placed = {person.id for people in at_target.values() for person in people}
    elsewhere: dict[str, list[Contact]] = defaultdict(list)
    for contact in contacts:
        if not contact.archived and contact.id not in placed and (key := organization_key(contact.organization)):
            elsewhere[key].append(contact)
    employers += [(None, people) for people in elsewhere.values()]
    open_by_contact = meetings_by_contact(m for m in meetings if not m.archived and m.status in OPEN)
    items = []
    for target, people in employers:
        if target is not None and target.archived:
            continue
        waiting = [m for p in people for m in open_by_contact.get(p.id, ())]
        if not waiting:
            continue
        newest = max(waiting, key=_sent_order)
        sent = requested_at(newest)
        if sent is None or business_days_between(sent, now, timezone, holidays) < WRITE_NEXT_BUSINESS_DAYS:
            continue
        if _met_or_booked_since(people, by_contact, sent):
            continue  # someone there answered with a meeting: the employer needs no more asking
        asked = next(p for p in people if p.id == newest.contact_id)
        employer = target.name if target is not None else asked.organization
        suggested = next_person(people, by_contact, now, timezone, holidays)
        if suggested is not None:
            note = (
                f"Write to {short_name(suggested)} at {employer}: no reply from {short_name(asked)} in 3 business days"
            )
            items.append(DueItem(DueKind.WRITE_NEXT, newest.id, sent, contact_id=suggested.id, note=note))
        elif target is not None:
            note = f"Find another person at {employer}: no reply from {short_name(asked)} in 3 business days"
            items.append(DueItem(DueKind.WRITE_NEXT, newest.id, sent, note=note))
    return items


_ANSWERED = (Status.SCHEDULED.value, Status.DONE.value, Status.THANKED.value)


def _met_or_booked_since(people: Sequence[Contact], by_contact: dict[str, list[M]], sent: pendulum.DateTime) -> bool:
    """Whether someone at the employer has booked a meeting with you (or met you) since the
    newest request went out: 3B7 asks the next person only while the employer is silent."""
    for person in people:
        for meeting in by_contact.get(person.id, ()):
            if meeting.archived or meeting.status not in _ANSWERED:
                continue
            booked = meeting.entered_at(Status.SCHEDULED.value) or meeting.entered_at(meeting.status)
            if booked and parse_iso(booked) >= sent:
                return True
    return False


def all_due_items(
    meetings: Sequence[M],
    contacts: Sequence[Contact],
    targets: Sequence[Target],
    now: pendulum.DateTime,
    settings: Settings,
    holidays: Holidays = NO_HOLIDAYS,
) -> list[DueItem]:
    """Everything due now, oldest first: the pipeline's items paced by ``settings.pacing``,
    the referrers to tell, and (3B7) whom to write to next."""
    timezone = settings.timezone
    items = due_items(meetings, now, settings.follow_up_days, timezone)
    if is_3b7(settings):
        items = [item for item in items if item.kind not in (DueKind.FOLLOW_UP, DueKind.LET_GO)]
        items += _pipeline_3b7(meetings, now, timezone, holidays)
        items += write_next_items(meetings, contacts, targets, now, timezone, holidays)
    items += tell_referrer_items(meetings, contacts)
    items.sort(key=lambda item: item.since)
    return items
