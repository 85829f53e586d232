"""Closing the loop: once you have met someone a contact referred you to (``referred_by``), a
"tell-referrer" item reminds you to tell the referrer how it went, until a meeting with that
person records it (``referrer_told_at``; see :mod:`infocoach.core.campaign.referrer`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import pendulum

from infocoach.core.campaign.names import short_name
from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Status

M = TypeVar("M", bound=Meeting | MeetingHead)

MET = frozenset({Status.DONE.value, Status.THANKED.value})
_NEVER = pendulum.datetime(1, 1, 1)


def tell_referrer_items(meetings: Sequence[M], contacts: Sequence[Contact]) -> list[DueItem]:
    """One reminder per person you have met whom a contact referred you to, until a meeting
    with them records that you told the referrer."""
    by_id = {contact.id: contact for contact in contacts}
    told = {m.contact_id for m in meetings if m.referrer_told_at}
    items = []
    reminded: set[str] = set()
    for meeting in sorted(meetings, key=lambda m: parse_iso(m.last_step_at) if m.last_step_at else _NEVER):
        if meeting.archived or meeting.status not in MET or meeting.contact_id in told | reminded:
            continue
        met = by_id.get(meeting.contact_id)
        referrer = by_id.get(met.referred_by) if met is not None and met.referred_by else None
        if met is None or referrer is None or referrer.archived:
            continue
        held = meeting.entered_at(Status.DONE.value) or meeting.entered_at(Status.THANKED.value)
        if not held:
            continue
        reminded.add(met.id)
        note = f"Tell {short_name(referrer)} how it went with {short_name(met)}"
        items.append(DueItem(DueKind.TELL_REFERRER, meeting.id, parse_iso(held), contact_id=referrer.id, note=note))
    return items
