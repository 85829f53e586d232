"""3B7's "one unanswered request open per employer": whether a new request should wait.

Asked when the user marks an outreach sent. Under 3B7 a request to someone at an employer where
another request has waited fewer than 3 business days is held back (the user may still send
it: the choice is theirs, and a target can allow parallel requests). The default pacing never
holds a request.
"""

from __future__ import annotations

from collections.abc import Iterable

import pendulum

from infocoach.core.campaign.business_days import business_days_between
from infocoach.core.campaign.campaign_due import can_request, open_requests_at, requested_at
from infocoach.core.campaign.matching import target_of
from infocoach.core.campaign.names import short_name
from infocoach.core.campaign.pacing import WRITE_NEXT_BUSINESS_DAYS, is_3b7
from infocoach.core.describe import count_of
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Target
from infocoach.core.settings import Settings


def request_hold(
    contact: Contact,
    contacts: Iterable[Contact],
    meetings: Iterable[Meeting | MeetingHead],
    targets: Iterable[Target],
    now: pendulum.DateTime,
    settings: Settings,
) -> str | None:
    """Why a request to ``contact`` should wait under 3B7, in words, or None when it need not."""
    if not is_3b7(settings) or not contact.organization.strip():
        return None
    # An employer is its organisation: a target's switches when there is one, else its name.
    employer = target_of(contact.organization, targets) or Target(id="-", name=contact.organization)
    people = [person for person in contacts if person.id != contact.id]
    others = [m for m in meetings if m.contact_id != contact.id]
    if can_request(employer, people, others, now, settings.timezone):
        return None
    waiting = open_requests_at(employer, people, others)[-1]
    person = next((p for p in people if p.id == waiting.contact_id), None)
    sent = requested_at(waiting)
    days = business_days_between(sent, now, settings.timezone) if sent else 0
    left = WRITE_NEXT_BUSINESS_DAYS - days
    who = short_name(person) if person is not None else "someone"
    ago = "today" if days == 0 else f"{count_of(days, 'business day')} ago"
    return (
        f"Your request to {who} at {employer.name} is still waiting (sent {ago}). 3B7 keeps one "
        f"request open per employer: give {who} {count_of(left, 'more business day')} before you "
        "write to someone else there."
    )
