"""A record's shape is written once, in its dataclass: the dict, the checks and the head follow.

These fail when the derivation breaks: a field missing from ``to_dict`` or from the checks, a
head that reads a field differently from its meeting, a round trip that is not exact.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import field, fields
from typing import Any

import orjson
import pendulum
import pytest

from infocoach.core.exports.json_exchange import check_meeting, dumps_document, export_document, parse_document
from infocoach.core.records.field_shapes import rules, shape_of
from infocoach.core.records.model import STATUS_NAMES, Contact, Meeting, MeetingHead, Status, Transition
from infocoach.core.records.record_checks import field_checks, record_check
from infocoach.core.records.stored_record import RecordHead, StoredRecord
from infocoach.core.samples.demo import build_demo
from infocoach.core.samples.large_history import large_history

NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="Europe/London")
STATUSES = ", ".join(STATUS_NAMES)


def _meeting_with(*extra: tuple[str, Any, Any]) -> type[Any]:
    """The Meeting record as it is, plus fields (name, type, field): as if added to model.py."""
    own = [(f.name, f.type, _same_field(f)) for f in fields(Meeting)]
    return dataclasses.make_dataclass(
        "MeetingPlus",
        [*own, *extra],
        bases=(StoredRecord,),
        namespace={"NOUN": "meeting", "__post_init__": Meeting.__post_init__},
        slots=True,
    )


def _same_field(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return field(default=f.default, metadata=f.metadata)
    if f.default_factory is not dataclasses.MISSING:
        return field(default_factory=f.default_factory, metadata=f.metadata)
    return field(metadata=f.metadata)


def _head_of(record: type[Any], *own: tuple[str, Any]) -> type[Any]:
    return dataclasses.make_dataclass(
        "PlusHead", list(own), bases=(RecordHead,), namespace={"HEAD_OF": record}, frozen=True, slots=True
    )


MOODS = ("calm", "busy")
MeetingPlus = _meeting_with(
    ("mood", str, field(default="calm", metadata=rules(choices=MOODS, noun="a mood"))),
    ("detours", list[Transition], field(default_factory=list)),
)


# --- every field, everywhere ----------------------------------------------------------------


@pytest.mark.parametrize("record", [Contact, Meeting])
def test_every_field_is_written_in_order_and_checked(record: type[StoredRecord]) -> None:
    names = [f.name for f in fields(record)]
    sample = Contact(id="c-1", first_name="A", last_name="B") if record is Contact else Meeting("m-1", "c-1")
    assert list(sample.to_dict()) == names
    required, optional = field_checks(record)
    assert list(required) == [name for name in names if name in required]  # in field order
    assert list(optional) == [name for name in names if name in optional]
    assert set(required) | set(optional) == set(names)


def test_what_an_import_must_carry() -> None:
    assert list(field_checks(Contact)[0]) == ["id", "first_name", "last_name"]
    assert list(field_checks(Meeting)[0]) == ["id", "contact_id", "status"]  # status: a default, yet required


def test_a_field_added_to_the_meeting_is_written_read_and_checked() -> None:
    plus = MeetingPlus(
        "m-1", "c-1", status="done", mood="busy", detours=[Transition("planned", "2026-11-01T10:00:00Z")]
    )
    data = plus.to_dict()
    assert list(data)[-2:] == ["mood", "detours"]
    assert data["mood"] == "busy" and data["detours"] == [{"status": "planned", "at": "2026-11-01T10:00:00Z"}]
    assert MeetingPlus.from_dict(data) == plus
    del data["mood"]
    assert MeetingPlus.from_dict(data).mood == "calm"  # an older file: the default
    check = record_check(MeetingPlus)
    assert check(plus.to_dict(), "m") == []
    assert check({**plus.to_dict(), "mood": "loud"}, "m") == [
        "m.mood: 'loud' is not a mood; expected one of calm, busy"
    ]
    assert check({**plus.to_dict(), "detours": [{"at": "x"}]}, "m") == [
        "m.detours[0].status: missing (every transition needs it)",
        "m.detours[0].at: 'x' is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)",
    ]
    # The real meeting knows nothing of it: an unknown field for its checks.
    assert check_meeting(plus.to_dict(), "m") == ["m: unknown field 'mood'", "m: unknown field 'detours'"]


def test_a_head_carries_the_fields_it_declares_read_as_its_record_reads_them() -> None:
    head = _head_of(MeetingPlus, ("id", str), ("status", Status), ("mood", str))
    plus = MeetingPlus("m-1", "c-1", status="thanked", mood="busy")
    read = head.from_dict(plus.to_dict())
    assert (read.id, read.status, read.mood) == ("m-1", Status.THANKED, "busy")
    assert type(read.status) is Status
    assert not hasattr(MeetingHead.from_dict(plus.to_dict()), "mood")  # not declared: not carried


def test_a_head_field_must_be_its_records_field_of_the_same_type() -> None:
    with pytest.raises(TypeError, match="PlusHead.colour is not a field of MeetingPlus"):
        _head_of(MeetingPlus, ("id", str), ("colour", str)).from_dict({"id": "m-1"})
    with pytest.raises(TypeError, match="PlusHead.status is <class 'str'> but MeetingPlus.status is"):
        _head_of(MeetingPlus, ("status", str)).from_dict({"id": "m-1"})


def test_the_meeting_head_is_the_meetings_fields_and_its_steps() -> None:
    own = {f.name: f.type for f in fields(Meeting)}
    for f in fields(MeetingHead):
        assert f.name == "steps" or own[f.name] == f.type, f.name


def test_shapes_the_store_cannot_hold_are_refused_when_the_record_is_defined() -> None:
    tags = dataclasses.make_dataclass("Tagged", [("tags", list[str])], bases=(StoredRecord,), namespace={"NOUN": "x"})
    with pytest.raises(TypeError, match="Tagged.tags: no stored shape"):
        shape_of(tags)
    with pytest.raises(TypeError, match="derives from StoredRecord only"):
        dataclasses.make_dataclass("Sub", [("x", str, "")], bases=(Meeting,), slots=True)


# --- exact round trips --------------------------------------------------------------------


def _records() -> tuple[list[Contact], list[Meeting]]:
    demo_contacts, demo_meetings = build_demo(NOW)
    bulk_contacts, bulk_meetings = large_history(2000, now=NOW)
    return [*demo_contacts, *bulk_contacts], [*demo_meetings, *bulk_meetings]


def test_round_trips_are_exact_for_the_demo_and_a_heavy_history() -> None:
    contacts, meetings = _records()
    for meeting in meetings:
        data = meeting.to_dict()
        back = Meeting.from_dict(orjson.loads(orjson.dumps(data)))  # as the store reads its file
        assert back == meeting and back.to_dict() == data
        assert json.dumps(back.to_dict()) == json.dumps(data)  # same values and types, same order
    for contact in contacts:
        assert Contact.from_dict(contact.to_dict()) == contact
    text = dumps_document(export_document(contacts, meetings))
    assert dumps_document(export_document(*parse_document(text))) == text


def test_a_head_reads_what_its_meeting_reads() -> None:
    _, meetings = _records()
    for meeting in meetings:
        head = MeetingHead.from_dict(meeting.to_dict())
        assert (head.id, head.contact_id, head.status, head.scheduled_for, head.next_touch) == (
            meeting.id,
            meeting.contact_id,
            meeting.status,
            meeting.scheduled_for,
            meeting.next_touch,
        )
        assert (head.talk, head.archived, head.created_at) == (meeting.talk, meeting.archived, meeting.created_at)
        assert head.steps == tuple((step.status, step.at) for step in meeting.history)


def test_from_dict_ignores_unknown_keys_and_defaults_missing_ones() -> None:
    meeting = Meeting.from_dict({"id": "m-1", "contact_id": "c-1", "later": 1})
    assert meeting == Meeting("m-1", "c-1")
    assert meeting.history == [] and meeting.drafts == {} and meeting.history is not Meeting("m-2", "c-1").history


def test_to_dict_shares_nothing_with_the_record() -> None:
    _, meetings = build_demo(NOW)
    meeting = next(m for m in meetings if m.live is not None and m.drafts)
    data = meeting.to_dict()
    data["drafts"]["x"] = "y"
    data["live"]["extra"] = 1
    data["history"].clear()
    assert "x" not in meeting.drafts and "extra" not in (meeting.live or {}) and meeting.history


# --- the status ---------------------------------------------------------------------------


def test_status_comes_back_as_the_enum_and_is_written_as_plain_text() -> None:
    meeting = Meeting.from_dict({"id": "m-1", "contact_id": "c-1", "status": "done"})
    assert meeting.status is Status.DONE and meeting.status == "done"
    assert Meeting("m-1", "c-1", status="thanked").status is Status.THANKED  # a name is taken too
    assert MeetingHead.from_dict({"id": "m-1", "contact_id": "c-1", "status": "scheduled"}).status is Status.SCHEDULED
    assert Meeting("m-1", "c-1").status is Status.PLANNED
    data = Meeting("m-1", "c-1", status=Status.DONE).to_dict()
    assert type(data["status"]) is str and data["status"] == "done"
    assert orjson.dumps(data) == json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def test_an_unknown_status_is_kept_for_the_checks_to_reject_with_their_message() -> None:
    meeting = Meeting("m-1", "c-1", status="dun")
    assert meeting.status == "dun" and Meeting.from_dict(meeting.to_dict()).status == "dun"
    assert check_meeting(meeting.to_dict(), "meetings[3]") == [
        f"meetings[3].status: 'dun' is not a status; expected one of {STATUSES}"
    ]
    stepped = Meeting("m-1", "c-1", history=[Transition("sent", "2026-11-01T10:00:00+00:00")])
    assert check_meeting(stepped.to_dict(), "m") == [
        f"m.history[0].status: 'sent' is not a status; expected one of {STATUSES}"
    ]
