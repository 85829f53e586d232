"""The demo's campaign: Alex's target employers, a few LinkedIn connections imported at them,
and the referrals that led to later meetings.

Kept apart from :func:`infocoach.core.samples.demo.build_demo` (whose contacts and meetings the
screenshots and snapshot tests draw), and added by ``infocoach demo`` on top of them. Every
person and organisation is fictional.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso
from infocoach.core.records.model import IMPORTED_FIELDS, Contact, Meeting, Target

# (name, motivation 1-5, posting 1-3, notes): Alex teaches science and is moving into data work.
_TARGETS: tuple[tuple[str, int, int, str], ...] = (
    ("Northbridge Public Health Institute", 5, 3, "Junior data analyst opening on the vaccination programme."),
    ("Windward Energy Cooperative", 5, 2, "Hiring analysts this year; nothing for my level posted yet."),
    ("Fernhill Learning", 4, 3, "Learning analyst role posted; they like former teachers."),
    ("The Lakeshore Ledger", 4, 1, "The data desk is small: ask how people joined it."),
    ("Harbourline Transit", 4, 2, "Ridership analytics team; no one I know there yet."),
    ("OpenAtlas Foundation", 3, 2, ""),
    ("Straits Biologics", 3, 1, "Far away, but Dr. Tan's team trains career changers."),
)

# LinkedIn connections as an import leaves them: no honorific yet, no "why", the user's zone.
# (first, last, role, organisation, profile slug, connected on)
_CONNECTIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Priya", "Raman", "Research Operations Lead", "Fernhill Learning", "priya-raman-ops", "2023-09-14"),
    ("Owen", "Gallagher", "Data Analyst", "Windward Energy Cooperative", "owen-gallagher-energy", "2024-03-15"),
    ("Leila", "Haddad", "Senior Data Scientist", "Windward Energy Cooperative", "leila-haddad-ds", "2022-11-02"),
    ("Chidi", "Eze", "Data Manager", "Northbridge Public Health Institute", "chidi-eze-data", "2025-01-20"),
    ("Ruth", "Adebayo", "Graphics Editor", "The Lakeshore Ledger", "ruth-adebayo-graphics", "2021-06-07"),
    ("Ben", "Ashworth", "Head of Science", "Hollins Park School", "ben-ashworth-science", "2019-09-01"),
)


def demo_targets(now: pendulum.DateTime) -> list[Target]:
    """Alex's LAMP list, added a month before ``now``."""
    added = iso(now.subtract(days=30))
    return [
        Target(
            id=f"t-demo-{number:02d}",
            name=name,
            motivation=motivation,
            posting=posting,
            notes=notes,
            created_at=added,
        )
        for number, (name, motivation, posting, notes) in enumerate(_TARGETS, start=1)
    ]


def demo_connections(now: pendulum.DateTime, timezone: str) -> list[Contact]:
    """People at the target employers, as `import --from linkedin` adds them."""
    people = []
    for number, (first, last, role, organization, slug, connected_on) in enumerate(_CONNECTIONS, start=1):
        connected = pendulum.parse(connected_on)
        assert isinstance(connected, pendulum.DateTime)
        contact = Contact(
            id=f"c-demo-li-{number:02d}",
            first_name=first,
            last_name=last,
            role=role,
            organization=organization,
            linkedin=f"https://www.linkedin.com/in/{slug}",
            timezone=timezone,
            connection=f"LinkedIn connection since {connected.format('D MMM YYYY')}",
            source="linkedin",
            connected_on=connected_on,
            created_at=iso(now.subtract(days=20)),
        )
        contact.imported = {name: getattr(contact, name) for name in IMPORTED_FIELDS}
        people.append(contact)
    return people


def link_demo_referrals(contacts: list[Contact], meetings: list[Meeting]) -> None:
    """Link each referral that names a demo person to that contact (as adding it would have),
    and record the referrer on them: a referrer not yet told how it went is then due a note."""
    by_name = {contact.display_name: contact for contact in contacts}
    for meeting in meetings:
        for referral in meeting.referrals:
            person = by_name.get(referral.name)
            if person is None or person.referred_by:
                continue
            referral.contact_id = person.id
            person.referred_by = meeting.contact_id
