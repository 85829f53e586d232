"""How records written by an older infocoach become today's, one schema version at a time.

Shared by the store (opening an old database file) and by import (reading an old export), so
both upgrade the same way. Each step reshapes one record in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from infocoach.core.clock import parse_iso

Record = dict[str, Any]
Step = Callable[[Record], None]


def _meeting_1_to_2(meeting: Record) -> None:
    # Schema 2 adds the meeting's 30-second intro (the user's pitch, written on Prep).
    meeting.setdefault("intro", "")


def _meeting_2_to_3(meeting: Record) -> None:
    # Schema 3 records the live meeting: notes are stamped with seconds since the start (the old
    # wall-clock stamp moves to written_at), referrals gain an organisation, and the meeting
    # gains action items, its start and end, the speaker segments, the live clock's state and a
    # next touch (a later update to the contact); a referral can link to the contact made from it.
    notes, referrals = meeting.get("notes"), meeting.get("referrals")
    # A damaged list is left as it is, for the record checks to report.
    for note in notes if isinstance(notes, list) else []:
        if isinstance(note, dict):
            note["written_at"] = note.pop("at", "")
            note["at"] = None
            note.setdefault("question", "")
    for referral in referrals if isinstance(referrals, list) else []:
        if isinstance(referral, dict):
            referral.setdefault("organization", "")
            referral.setdefault("at", None)
            referral.setdefault("contact_id", "")
    for key, empty in (
        ("action_items", []),
        ("started_at", None),
        ("ended_at", None),
        ("segments", []),
        ("next_touch", None),
        ("live", None),
    ):
        meeting.setdefault(key, empty)


def _contact_3_to_4(contact: Record) -> None:
    # Schema 4: how drafts greet the contact (formal, by honorific and surname, until invited).
    contact.setdefault("address_by", "title")


# As core.pipeline.meeting_times.HELD_ON_TIME (not imported: the pipeline is built on records).
_HELD_ON_TIME = 15 * 60


def _meeting_3_to_4(meeting: Record) -> None:
    # Schema 4 keeps the times a meeting was scheduled for before it was moved or held early,
    # and dates a held meeting by its live start, as the live screen now does when it starts:
    # a meeting held before the upgrade would otherwise keep its booked date in History.
    earlier = meeting.setdefault("earlier_times", [])
    started, booked = meeting.get("started_at"), meeting.get("scheduled_for")
    if not isinstance(started, str) or not started or started == booked or not isinstance(earlier, list):
        return
    try:
        start = parse_iso(started)
        away = abs((start - parse_iso(booked)).total_seconds()) if isinstance(booked, str) and booked else 0
    except ValueError:
        return  # a damaged moment is left as it is, for the record checks to report
    if away > _HELD_ON_TIME:
        earlier.append({"scheduled_for": booked, "changed_at": started})
    meeting["scheduled_for"] = started


def _contact_4_to_5(contact: Record) -> None:
    # Schema 5: a phone, who referred you to them, and where an imported contact came from.
    for key in ("phone", "referred_by", "source", "connected_on"):
        contact.setdefault(key, "")
    contact.setdefault("imported", {})


def _meeting_4_to_5(meeting: Record) -> None:
    # Schema 5: when the referrer was told how it went, and the invitation that scheduled it.
    meeting.setdefault("referrer_told_at", None)
    meeting.setdefault("invite_uid", "")
    meeting.setdefault("invite_sequence", 0)


def _referrers_4_to_5(contacts: list[Any], meetings: list[Any]) -> None:
    # A referral already added as a contact names that contact; schema 5 also keeps the link on
    # the contact (referred_by), which the reminder to tell the referrer how it went reads.
    contact_ids = {c.get("id") for c in contacts if isinstance(c, dict)}
    referred_by: dict[str, str] = {}
    for meeting in meetings:
        if not isinstance(meeting, dict) or not isinstance(meeting.get("referrals"), list):
            continue
        for referral in meeting["referrals"]:
            linked = referral.get("contact_id") if isinstance(referral, dict) else None
            if isinstance(linked, str) and linked and meeting.get("contact_id") in contact_ids:
                referred_by.setdefault(linked, meeting["contact_id"])
    for contact in contacts:
        if isinstance(contact, dict) and not contact.get("referred_by"):
            referrer = referred_by.get(contact.get("id"))  # type: ignore[arg-type]
            if referrer and referrer != contact.get("id"):
                contact["referred_by"] = referrer


# from-version -> (how a contact changes, how a meeting changes) on the way to version + 1.
RECORD_STEPS: dict[int, tuple[Step | None, Step | None]] = {
    1: (None, _meeting_1_to_2),
    2: (None, _meeting_2_to_3),
    3: (_contact_3_to_4, _meeting_3_to_4),
    4: (_contact_4_to_5, _meeting_4_to_5),
}

# from-version -> a step that needs both tables at once, run after the records' own steps.
TABLE_STEPS: dict[int, Callable[[list[Any], list[Any]], None]] = {
    4: _referrers_4_to_5,
}


def upgrade_records(contacts: list[Any], meetings: list[Any], version: int, target: int) -> None:
    """Bring record dicts from ``version`` up to ``target`` in place (non-dicts are left alone
    for the checks to report). Raises KeyError for a version with no known step."""
    while version < target:
        contact_step, meeting_step = RECORD_STEPS[version]
        for step, records in ((contact_step, contacts), (meeting_step, meetings)):
            if step is not None:
                for record in records:
                    if isinstance(record, dict):
                        step(record)
        if (table_step := TABLE_STEPS.get(version)) is not None:
            table_step(contacts, meetings)
        version += 1
