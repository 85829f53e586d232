"""Which meeting a calendar invitation is for.

An invitation already imported is found again by its UID (a rescheduled or cancelled copy keeps
the UID of the first). A new one is matched by e-mail: the organiser's or an attendee's address
equal (ignoring case) to one of your contacts', whose meeting is still waiting for a time
(planned, requested, followed-up) or already scheduled. Archived meetings and contacts are left
out. Several matches are for the user to choose between; none is a clear "not for you".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from infocoach.core.invites.invite_reading import Invitation
from infocoach.core.records.model import Contact, Meeting, Status

WAITING: tuple[str, ...] = (
    Status.PLANNED.value,
    Status.REQUESTED.value,
    Status.FOLLOWED_UP.value,
    Status.NO_RESPONSE.value,
    Status.SCHEDULED.value,
)
"""The statuses of a meeting a new invitation can be for: not yet held, not declined."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A meeting the invitation may be for, with its contact; ``by_uid`` when it was scheduled
    by this same invitation before."""

    meeting: Meeting
    contact: Contact
    by_uid: bool


def find_candidates(
    invitation: Invitation, contacts: Iterable[Contact], meetings: Iterable[Meeting]
) -> list[Candidate]:
    """The meetings ``invitation`` may be for, in the order they were saved: the one it
    scheduled before (by UID) if there is one, else the waiting meetings of contacts whose
    e-mail it names."""
    people = {c.id: c for c in contacts}
    live = [m for m in meetings if not m.archived and m.contact_id in people]
    again = [Candidate(m, people[m.contact_id], True) for m in live if m.invite_uid == invitation.uid]
    if again:
        return again
    emails = set(invitation.emails)
    named = {c.id for c in people.values() if not c.archived and c.email.strip().lower() in emails}
    return [Candidate(m, people[m.contact_id], False) for m in live if m.contact_id in named and m.status in WAITING]


def for_this_meeting(invitation: Invitation, meeting: Meeting, contact: Contact) -> bool:
    """Whether ``invitation`` belongs to this one meeting (Prep imports for the meeting it
    shows): it scheduled it before, or it names the contact's e-mail."""
    if meeting.invite_uid and meeting.invite_uid == invitation.uid:
        return True
    email = contact.email.strip().lower()
    return bool(email) and email in invitation.emails


def who_is_named(invitation: Invitation) -> str:
    """The people an invitation names, for a message: "from a@x.org to b@y.com, c@z.net"."""
    parts = []
    if invitation.organizer:
        parts.append(f"from {invitation.organizer}")
    others = [a for a in invitation.attendees if a != invitation.organizer]
    if others:
        parts.append("to " + ", ".join(others))
    return " ".join(parts) or "naming nobody by e-mail"
