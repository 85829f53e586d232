"""Building records for the campaign's tests: people at employers and meetings with dated steps."""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso
from infocoach.core.records.model import Contact, Meeting, Target, Transition

# Monday 23 November 2026, 09:00 in London (UTC in winter).
MONDAY = pendulum.datetime(2026, 11, 23, 9, 0, tz="Europe/London")
ZONE = "Europe/London"


def person(ident: str, first: str, last: str, organization: str, **fields: object) -> Contact:
    return Contact(id=ident, first_name=first, last_name=last, organization=organization, **fields)  # type: ignore[arg-type]


def meeting(ident: str, contact_id: str, *steps: tuple[str, pendulum.DateTime], **fields: object) -> Meeting:
    """A meeting that went through ``steps`` (status, when), ending in the last one."""
    history = [Transition(status=status, at=iso(at)) for status, at in steps]
    status = steps[-1][0] if steps else "planned"
    return Meeting(id=ident, contact_id=contact_id, status=status, history=history, **fields)  # type: ignore[arg-type]


def target(ident: str, name: str, **fields: object) -> Target:
    return Target(id=ident, name=name, **fields)  # type: ignore[arg-type]
