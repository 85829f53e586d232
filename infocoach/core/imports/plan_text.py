"""An import plan in words: each change as a line, the summary, and a new contact's connection.

People are named as drafts name them: honorific and surname when the honorific is known
("Ms. Lopez"), else the full name ("Ana Lopez").
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import TYPE_CHECKING

from infocoach.core.records.model import Contact

if TYPE_CHECKING:
    from infocoach.core.imports.merge import Change, ImportPlan

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
LABELS = {
    "first_name": "first name",
    "last_name": "last name",
    "role": "role",
    "organization": "organization",
    "email": "email address",
    "linkedin": "LinkedIn profile",
    "phone": "phone number",
}


def who(contact: Contact) -> str:
    """``Ms. Lopez`` when the honorific is known, else ``Ana Lopez``."""
    return contact.formal_name or full_name(contact)


def full_name(contact: Contact) -> str:
    return f"{contact.first_name} {contact.last_name}".strip()


def connection_text(source: str, connected_on: str) -> str:
    """How a new contact is connected to the user, written so a draft can open with it
    ("We connected on LinkedIn in March 2024."); "" when the file does not say (a phone's
    contacts), so the draft asks."""
    if source != "linkedin":
        return ""
    if not connected_on:
        return "We are connected on LinkedIn"
    day = datetime.date.fromisoformat(connected_on)
    return f"We connected on LinkedIn in {MONTH_NAMES[day.month - 1]} {day.year}"


def added_detail(contact: Contact) -> str:
    """``Ana Lopez, Director at Fabrikam``."""
    job = " at ".join(part for part in (contact.role, contact.organization) if part)
    return f"{full_name(contact)}, {job}" if job else full_name(contact)


def update_details(before: Contact, after: Contact, updates: dict[str, str]) -> tuple[str, ...]:
    """What changed, in sentences: ``Ms. Lopez is now Director at Fabrikam``."""
    name = who(after)
    said: list[str] = []
    if "first_name" in updates or "last_name" in updates:
        said.append(f"{full_name(before)} is now named {full_name(after)}")
    if "honorific" in updates:
        said.append(f"{full_name(after)} will be addressed as {after.formal_name}")
    if "role" in updates:
        at = f" at {after.organization}" if after.organization else ""
        said.append(f"{name} is now {after.role}{at}")
    elif "organization" in updates:
        said.append(f"{name} is now at {after.organization}")
    for field in ("email", "phone", "linkedin"):
        if field in updates:
            said.append(f"{name}'s {LABELS[field]} is now {updates[field]}")
    if "connected_on" in updates:
        day = datetime.date.fromisoformat(updates["connected_on"])
        said.append(f"you connected with {name} on LinkedIn on {day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}")
    return tuple(said)


def kept_detail(contact: Contact, field: str, new: str) -> str:
    """An edit the import leaves alone: ``your edit of Ms. Lopez's role stays “Head of Data”``."""
    value = getattr(contact, field)
    stays = f"stays “{value}”" if value else "stays empty"
    return f"your edit of {who(contact)}'s {LABELS[field]} {stays} (the file says “{new}”)"


def change_line(change: Change, *, dry_run: bool) -> str:
    """One change as a line of the report: ``line 9: updated: Ms. Lopez is now …``."""
    details = "; ".join(change.details)
    if change.kind == "unchanged":
        return f"line {change.line}: {details}"
    verb = f"would {_PLANNED[change.kind]}" if dry_run else change.kind
    if change.kind == "added":
        return f"line {change.line}: {verb} {details}"
    if change.kind == "skipped":
        where = f" ({details})" if details else ""
        return f"line {change.line}: {verb}: {change.reason}{where}"
    return f"line {change.line}: {verb}: {details}"


_PLANNED = {"added": "add", "updated": "update", "skipped": "skip"}


def summary(plan: ImportPlan) -> str:
    """``3 added, 1 updated, 9 unchanged, 2 skipped (no name: 1; the same person as an earlier line: 1).``"""
    counts = Counter(change.kind for change in plan.changes)
    text = ", ".join(f"{counts[kind]} {kind}" for kind in ("added", "updated", "unchanged", "skipped"))
    reasons = Counter(change.reason for change in plan.changes if change.kind == "skipped")
    if reasons:
        text += " (" + "; ".join(f"{reason}: {count}" for reason, count in reasons.items()) + ")"
    kept = sum(1 for change in plan.changes if change.kept)
    if kept:
        text += f"; your own edits kept for {kept} {'person' if kept == 1 else 'people'}"
    return text + "."
