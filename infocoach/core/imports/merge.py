"""Plan an import: who is new, who changed jobs, who is as before, and what was left out.

The plan is made before anything is written, so a dry run and the real import say the same.
It is repeatable: a person already imported is found again (see
:mod:`infocoach.core.imports.identity`) and counts as unchanged; a newer file updates what
changed. It respects the user's edits: ``Contact.imported`` holds each field as last imported,
and a field whose value differs from it was changed in infocoach, so the import keeps it. The
file's new value is still recorded there, so the next import of the same file does not mention
it again, and the plan says once that the edit was kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from infocoach.core.imports.identity import ContactIndex, same_value
from infocoach.core.imports.people import ImportedPerson, ReadResult
from infocoach.core.imports.plan_text import added_detail, connection_text, kept_detail, update_details
from infocoach.core.records.model import IMPORTED_FIELDS, Contact, new_id

ADDED, UPDATED, UNCHANGED, SKIPPED = "added", "updated", "unchanged", "skipped"
KINDS = (ADDED, UPDATED, UNCHANGED, SKIPPED)
SAME_PERSON = "the same person as an earlier line"


@dataclass(frozen=True, slots=True)
class Change:
    """What the import does with one person (or one left-out row), for the user to read."""

    kind: str  # one of KINDS
    line: int
    details: tuple[str, ...] = ()  # sentences: "Ms. Lopez is now Director at Fabrikam"
    reason: str = ""  # why it was skipped
    kept: int = 0  # how many of the user's edits the import left alone


@dataclass(slots=True)
class ImportPlan:
    """Every change in the file's order, and the contacts to write in one go."""

    changes: list[Change] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)  # new, and changed (if only what was imported)

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


def plan_import(
    found: ReadResult,
    existing: Sequence[Contact],
    *,
    source: str,
    timezone: str,
    now: str,
) -> ImportPlan:
    """The plan for the people ``found`` in a file from ``source`` ("linkedin" or "vcard").

    New contacts are in the user's ``timezone`` and created ``now`` (ISO-8601).
    """
    index = ContactIndex(existing)
    plan = ImportPlan()
    changes = [Change(SKIPPED, s.line, (s.detail,) if s.detail else (), s.reason) for s in found.skipped]
    matched: dict[str, int] = {}  # contact id -> the line that matched it
    for person in found.people:
        contact = index.find(person)
        if contact is None:
            contact = new_contact(person, source=source, timezone=timezone, now=now)
            index.add(contact)
            matched[contact.id] = person.line
            plan.contacts.append(contact)
            changes.append(Change(ADDED, person.line, (added_detail(contact),)))
            continue
        if contact.id in matched:
            changes.append(Change(SKIPPED, person.line, (f"line {matched[contact.id]}",), SAME_PERSON))
            continue
        matched[contact.id] = person.line
        merged = merge_person(contact, person)
        if merged.contact is not contact:
            plan.contacts.append(merged.contact)
        kind = UPDATED if merged.updated else UNCHANGED
        changes.append(Change(kind, person.line, merged.details, kept=merged.kept))
    changes.sort(key=lambda change: change.line)
    plan.changes = changes
    return plan


def new_contact(person: ImportedPerson, *, source: str, timezone: str, now: str) -> Contact:
    """A contact for someone new: formal by default, the honorific left to fill if unknown."""
    return Contact(
        id=new_id("c"),
        first_name=person.first_name,
        last_name=person.last_name,
        honorific=person.honorific,
        address_by="title",
        role=person.role,
        organization=person.organization,
        email=person.email,
        linkedin=person.linkedin,
        phone=person.phone,
        timezone=timezone,
        connection=connection_text(source, person.connected_on),
        source=source,
        connected_on=person.connected_on,
        imported={name: value for name in IMPORTED_FIELDS if (value := getattr(person, name))},
        created_at=now,
    )


@dataclass(frozen=True, slots=True)
class Merged:
    """A stored contact with what a file says of them now."""

    contact: Contact  # the same object when nothing at all changed
    details: tuple[str, ...]  # what changed, and the edits kept, in sentences
    kept: int  # how many of the user's edits the import left alone
    updated: bool  # whether a field the user sees changed


def merge_person(contact: Contact, person: ImportedPerson) -> Merged:
    """The contact with what the file says now, and sentences saying what changed.

    A value the file leaves empty changes nothing (LinkedIn hides most emails); a field the
    user edited keeps their value.
    """
    imported = dict(contact.imported)
    updates: dict[str, str] = {}
    kept: list[str] = []
    for name in IMPORTED_FIELDS:
        new = getattr(person, name)
        if not new:
            continue
        current, last = getattr(contact, name), imported.get(name)
        imported[name] = new
        if same_value(name, new, current):
            continue
        # Typed here before any import, or changed here since the last one: the user's value.
        edited = bool(current) if last is None else not same_value(name, current, last)
        if not edited:
            updates[name] = new
        elif last is None or not same_value(name, new, last):
            kept.append(name)
    if person.connected_on and person.connected_on != contact.connected_on:
        updates["connected_on"] = person.connected_on
    if person.honorific and not contact.honorific:
        updates["honorific"] = person.honorific
    if not updates and imported == contact.imported:
        return Merged(contact, (), 0, False)  # kept edits are said once: then ``imported`` changes
    merged = replace(contact, **updates, imported=imported)  # type: ignore[arg-type]
    details = update_details(contact, merged, updates)
    details += tuple(kept_detail(merged, name, getattr(person, name)) for name in kept)
    return Merged(merged, details, len(kept), bool(updates))
