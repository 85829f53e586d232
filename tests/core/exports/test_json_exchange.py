"""JSON export/import: exact round trips, and every kind of bad document reported by path."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infocoach.core.clock import parse_iso
from infocoach.core.exports.json_exchange import (
    CONTACT_FIELDS_OPTIONAL,
    CONTACT_FIELDS_REQUIRED,
    MEETING_FIELDS_OPTIONAL,
    MEETING_FIELDS_REQUIRED,
    SCHEMA_VERSION,
    DocumentProblem,
    check_contact,
    check_meeting,
    dumps_document,
    export_document,
    parse_document,
)
from infocoach.core.records.json_checks import is_moment
from infocoach.core.records.model import (
    CHANNELS,
    HONORIFICS,
    STATUS_NAMES,
    ActionItem,
    Contact,
    Meeting,
    Note,
    Question,
    Referral,
    TalkSegment,
    TalkTotals,
    Transition,
)

AT = "2024-05-01T14:30:00+01:00"

# --- strategies ---------------------------------------------------------------------------

# Any text a user could type or paste: emoji, newlines, control characters, Rich markup.
texts = st.one_of(
    st.text(),
    st.sampled_from(["[bold red]x[/]", "😀 café\n\tline 2", "\x00\x1b[31m", "\u2028", ""]),
)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))]),
).map(lambda d: d.isoformat())
ids = st.text(min_size=1).filter(str.strip)
seconds = st.one_of(st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False))

contacts = st.builds(
    Contact,
    id=ids,
    first_name=texts,
    last_name=texts,
    honorific=st.sampled_from(("",) + HONORIFICS),
    role=texts,
    organization=texts,
    email=texts,
    linkedin=texts,
    timezone=st.sampled_from(["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"]),
    connection=texts,
    why=texts,
    archived=st.booleans(),
    created_at=st.one_of(st.just(""), moments),
)


def meetings_for(contact_ids: list[str]) -> st.SearchStrategy[Meeting]:
    return st.builds(
        Meeting,
        id=ids,
        contact_id=st.sampled_from(contact_ids),
        status=st.sampled_from(STATUS_NAMES),
        history=st.lists(st.builds(Transition, status=st.sampled_from(STATUS_NAMES), at=moments), max_size=3),
        purpose=texts,
        channel=st.sampled_from(CHANNELS),
        scheduled_for=st.one_of(st.none(), moments),
        planned_minutes=st.integers(5, 240),
        research=texts,
        questions=st.lists(
            st.builds(
                Question,
                text=texts,
                category=texts,
                priority=st.integers(-(2**53 - 1), 2**53 - 1),  # what every JSON reader keeps exactly
                state=st.sampled_from(["open", "asked", "skipped"]),
            ),
            max_size=3,
        ),
        notes=st.lists(
            st.builds(
                Note,
                text=texts,
                at=st.one_of(st.none(), seconds),
                written_at=st.one_of(st.just(""), moments),
                question=texts,
                starred=st.booleans(),
            ),
            max_size=3,
        ),
        referrals=st.lists(
            st.builds(Referral, name=texts, organization=texts, detail=texts, at=st.one_of(st.none(), seconds)),
            max_size=2,
        ),
        action_items=st.lists(
            st.builds(ActionItem, text=texts, at=st.one_of(st.none(), seconds), done=st.booleans()), max_size=2
        ),
        started_at=st.one_of(st.none(), moments),
        ended_at=st.one_of(st.none(), moments),
        talk=st.one_of(st.none(), st.builds(TalkTotals, me=seconds, them=seconds, nobody=seconds)),
        segments=st.lists(
            st.builds(TalkSegment, who=st.sampled_from(["me", "them", "nobody"]), start=seconds, end=seconds),
            max_size=3,
        ),
        drafts=st.dictionaries(texts, texts, max_size=3),
        archived=st.booleans(),
        created_at=st.one_of(st.just(""), moments),
    )


@st.composite
def databases(draw: st.DrawFn) -> tuple[list[Contact], list[Meeting]]:
    people = draw(st.lists(contacts, min_size=1, max_size=4, unique_by=lambda c: c.id))
    meets = draw(st.lists(meetings_for([c.id for c in people]), max_size=5, unique_by=lambda m: m.id))
    return people, meets


def contact(**overrides: object) -> dict:
    data = Contact(id="c-1", first_name="Maria", last_name="Rivera", honorific="Ms.").to_dict()
    data.update(overrides)
    return data


def meeting(**overrides: object) -> dict:
    data = Meeting(
        id="m-1",
        contact_id="c-1",
        history=[Transition("planned", AT)],
        questions=[Question("What surprised you?")],
        notes=[Note("Read the RFC", 95.5, AT, "What surprised you?", True)],
        referrals=[Referral("Sam Lee", "Acme", "platform team", 1500.0)],
        action_items=[ActionItem("Read the RFC", 120.0)],
        started_at=AT,
        talk=TalkTotals(300.5, 900, 12),
        drafts={"outreach": "Dear Ms. Rivera"},
    ).to_dict()
    data.update(overrides)
    return data


def document(contacts: list | None = None, meetings: list | None = None, **top: object) -> str:
    doc = {
        "schema": SCHEMA_VERSION,
        "contacts": [contact()] if contacts is None else contacts,
        "meetings": [meeting()] if meetings is None else meetings,
    }
    doc.update(top)
    return json.dumps(doc)


def problems_of(text: str | bytes) -> list[str]:
    with pytest.raises(DocumentProblem) as caught:
        parse_document(text)
    return caught.value.problems


# --- round trip ---------------------------------------------------------------------------


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(databases())
def test_round_trip_is_exact_for_any_text(db: tuple[list[Contact], list[Meeting]]) -> None:
    first = dumps_document(export_document(*db))
    contacts_back, meetings_back = parse_document(first.encode("utf-8"))
    assert contacts_back == db[0]
    assert dumps_document(export_document(contacts_back, meetings_back)) == first


def test_export_shape_and_format() -> None:
    c = Contact.from_dict(contact(why="[bold]café 😀\nline"))
    m = Meeting.from_dict(meeting(drafts={"thanks": "b", "outreach": "a"}))
    text = dumps_document(export_document([c], [m]))
    doc = json.loads(text)
    assert list(doc) == ["schema", "contacts", "meetings", "targets"]
    assert doc["schema"] == SCHEMA_VERSION == 5
    assert doc["meetings"][0]["id"] == "m-1" and doc["meetings"][0]["status"] == "planned"
    assert list(doc["meetings"][0]["drafts"]) == ["outreach", "thanks"]  # sorted: stable output
    assert text.endswith("}\n") and '\n  "contacts": [' in text  # indent=2, trailing newline
    assert "café 😀\\nline" in text  # unicode kept readable, not \\u-escaped


def test_parse_returns_model_objects_with_defaults_filled() -> None:
    minimal = json.dumps(
        {
            "schema": 1,
            "contacts": [{"id": "c-1", "first_name": "Ana", "last_name": "Silva"}],
            "meetings": [{"id": "m-1", "contact_id": "c-1", "status": "requested", "talk": {}}],
        }
    )
    (c,), (m,) = parse_document(minimal)
    assert c == Contact(id="c-1", first_name="Ana", last_name="Silva")
    assert m.status == "requested" and m.planned_minutes == 30 and m.channel == "email"
    assert m.talk == TalkTotals() and m.history == [] and m.scheduled_for is None


def test_byte_order_mark_is_accepted() -> None:
    (c,), _ = parse_document(b"\xef\xbb\xbf" + document().encode())
    assert c.last_name == "Rivera"


# --- bad documents ------------------------------------------------------------------------


def test_not_utf8_says_so() -> None:
    assert problems_of(b'{"schema": 1, "x": "\xff"}') == ["the file is not UTF-8 text (byte 0xff at offset 20)"]


def test_json_syntax_error_gives_line_and_column() -> None:
    # The stray comma is the 16th character of line 3.
    assert problems_of('{\n  "schema": 1,\n  "contacts": [,]\n}') == [
        "not valid JSON: Expecting value at line 3, column 16"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]", "the document: expected an object with schema, contacts and meetings, got a list ([])"),
        ('{"contacts": [], "meetings": []}', "schema: missing (expected 5)"),
        ('{"schema": "1", "contacts": [], "meetings": []}', "schema: expected the integer 5, got text ('1')"),
        ('{"schema": true, "contacts": [], "meetings": []}', "schema: expected the integer 5, got true"),
        ('{"schema": 0, "contacts": [], "meetings": []}', "schema: 0 is not a known schema version (expected 5)"),
        ('{"schema": 1, "meetings": []}', "contacts: missing"),
        ('{"schema": 1, "contacts": {}, "meetings": []}', "contacts: expected a list, got an object ({})"),
        ('{"schema": 1, "contacts": [], "meetings": [], "extra": 1}', "unknown top-level field 'extra'"),
    ],
)
def test_top_level_problems(text: str, expected: str) -> None:
    assert problems_of(text) == [expected]


def test_newer_schema_asks_to_upgrade_and_says_nothing_else() -> None:
    (message,) = problems_of('{"schema": 6, "contacts": "whatever", "future": true}')
    assert "newer infocoach" in message and "upgrade infocoach" in message and "schema 6" in message


def test_every_contact_problem_is_reported_with_its_path() -> None:
    bad = {
        "id": "",
        "first_name": 7,
        "honorific": "Sir",
        "timezone": "Mars/Base",
        "archived": 0,
        "created_at": "yesterday",
        "colour": "red",
    }
    problems = problems_of(document(contacts=[contact(), bad], meetings=[]))
    assert problems == [
        "contacts[1].last_name: missing (every contact needs it)",
        "contacts[1].id: must not be empty",
        "contacts[1].first_name: expected text, got an integer (7)",
        "contacts[1].honorific: 'Sir' is not an honorific; expected one of Mr., Ms., Mrs., Mx., Dr., Prof., or empty for none",
        "contacts[1].timezone: 'Mars/Base' is not an IANA time zone name (e.g. Europe/London)",
        "contacts[1].archived: expected true or false, got an integer (0)",
        "contacts[1].created_at: 'yesterday' is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)",
        "contacts[1]: unknown field 'colour'",
    ]


def test_odd_email_and_linkedin_never_make_a_file_unreadable() -> None:
    # Forms check these on entry; an old odd value must still import.
    assert check_contact(contact(email="not an address", linkedin="my profile"), "contacts[0]") == []


def test_every_meeting_problem_is_reported_with_its_path() -> None:
    bad = meeting(
        status="dun",
        channel="fax",
        planned_minutes=True,
        scheduled_for="",
        history=[{"status": "done"}, {"status": "sent", "at": AT}],
        questions=[{"text": "Why?", "priority": 1.5, "state": "maybe"}, "How?"],
        notes=[{"at": "", "starred": "yes"}],
        referrals=[{"name": None}],
        talk={"me": -1, "them": "10", "nobody": float("inf")},
        drafts={"outreach": 3},
        action_items=[{"text": 1, "done": None}],
        started_at="soon",
        segments=[{"who": "her", "start": 0, "end": 1}],
        live={"version": 9},
    )
    problems = check_meeting(bad, "meetings[3]")
    assert problems == [
        "meetings[3].status: 'dun' is not a status; expected one of planned, requested, "
        "followed-up, no-response, declined, scheduled, done, thanked",
        "meetings[3].history[0].at: missing (every transition needs it)",
        "meetings[3].history[1].status: 'sent' is not a status; expected one of planned, requested, "
        "followed-up, no-response, declined, scheduled, done, thanked",
        "meetings[3].channel: 'fax' is not a channel; expected one of email, linkedin",
        "meetings[3].scheduled_for: '' is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)",
        "meetings[3].planned_minutes: expected an integer, got true",
        "meetings[3].questions[0].priority: expected an integer, got a number (1.5)",
        "meetings[3].questions[0].state: 'maybe' is not a question state; expected one of open, asked, skipped",
        "meetings[3].questions[1]: expected question (an object), got text ('How?')",
        "meetings[3].notes[0].text: missing (every note needs it)",
        "meetings[3].notes[0].at: expected a number of seconds, got text ('')",
        "meetings[3].notes[0].starred: expected true or false, got text ('yes')",
        "meetings[3].referrals[0].name: expected text, got null",
        "meetings[3].action_items[0].text: expected text, got an integer (1)",
        "meetings[3].action_items[0].done: expected true or false, got null",
        "meetings[3].started_at: 'soon' is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)",
        "meetings[3].talk.me: -1 is not a non-negative number of seconds",
        "meetings[3].talk.them: expected a number of seconds, got text ('10')",
        "meetings[3].talk.nobody: inf is not a non-negative number of seconds",
        "meetings[3].segments[0].who: 'her' is not a speaker; expected one of me, them, nobody",
        "meetings[3].live: live clock: unknown state version 9",
        "meetings[3].drafts.outreach: expected text, got an integer (3)",
    ]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"planned_minutes": 241}, "meetings[0].planned_minutes: 241 is out of range 5–240"),
        ({"planned_minutes": 4}, "meetings[0].planned_minutes: 4 is out of range 5–240"),
        ({"contact_id": "  "}, "meetings[0].contact_id: must not be empty"),
        ({"history": {}}, "meetings[0].history: expected a list, got an object ({})"),
        ({"talk": []}, "meetings[0].talk: expected talk total (an object), got a list ([])"),
        ({"drafts": []}, "meetings[0].drafts: expected an object of text, got a list ([])"),
        (
            {"purpose": "\ud800"},
            "meetings[0].purpose: contains an unpaired surrogate character, which cannot be stored",
        ),
    ],
)
def test_single_meeting_field_problems(overrides: dict, expected: str) -> None:
    assert check_meeting(meeting(**overrides), "meetings[0]") == [expected]


def test_valid_optional_values_pass() -> None:
    ok = meeting(
        scheduled_for=None,
        talk=None,
        planned_minutes=5,
        notes=[{"text": "x", "at": None, "written_at": ""}],
        started_at=None,
        ended_at=None,
        live=None,
        segments=[],
        action_items=[{"text": "y"}],
    )
    assert check_meeting(ok, "m") == []
    assert check_meeting(meeting(talk={"me": 0, "them": 1.5}), "m") == []
    assert check_contact(contact(honorific="", created_at=""), "c") == []


def test_duplicate_ids_and_unknown_contacts() -> None:
    problems = problems_of(
        document(
            contacts=[contact(), contact(id="c-2"), contact()],
            meetings=[meeting(), meeting(id="m-2", contact_id="c-9"), meeting()],
        )
    )
    assert problems == [
        "contacts[2].id: 'c-1' is already used by contacts[0]",
        "meetings[2].id: 'm-1' is already used by meetings[0]",
        "meetings[1].contact_id: no contact has id 'c-9'",
    ]


def test_many_problems_are_capped_with_a_count() -> None:
    bad = [{"id": f"c-{i}", "first_name": "A", "last_name": "B", "archived": "no"} for i in range(30)]
    problems = problems_of(document(contacts=bad, meetings=[]))
    assert len(problems) == 21
    assert problems[0] == "contacts[0].archived: expected true or false, got text ('no')"
    assert problems[-1] == "… and 10 more"


def test_exception_message_lists_the_problems() -> None:
    with pytest.raises(DocumentProblem) as caught:
        parse_document(document(meetings=[meeting(status="dun")]))
    assert str(caught.value).startswith("cannot import: 1 problem:\n  meetings[0].status: 'dun'")
    assert isinstance(caught.value, ValueError)


def test_check_tables_cover_every_model_field() -> None:
    # A new model field without a check would be rejected as "unknown field" on import.
    assert {*CONTACT_FIELDS_REQUIRED, *CONTACT_FIELDS_OPTIONAL} == {f.name for f in fields(Contact)}
    assert {*MEETING_FIELDS_REQUIRED, *MEETING_FIELDS_OPTIONAL} == {f.name for f in fields(Meeting)}


# --- garbage never escapes as anything but DocumentProblem -------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30,
)
near_miss = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 1, 1, 2, "1", None])},
    optional={
        "contacts": st.lists(
            st.one_of(
                json_values,
                st.just(contact()),
                st.builds(
                    lambda k, v: contact(**{k: v}), st.sampled_from(sorted(CONTACT_FIELDS_OPTIONAL)), json_values
                ),
            ),
            max_size=3,
        ),
        "meetings": st.lists(
            st.one_of(
                json_values,
                st.just(meeting()),
                st.builds(
                    lambda k, v: meeting(**{k: v}), st.sampled_from(sorted(MEETING_FIELDS_OPTIONAL)), json_values
                ),
            ),
            max_size=3,
        ),
    },
)


def parse_or_problem(data: str | bytes) -> None:
    try:
        contacts_back, meetings_back = parse_document(data)
    except DocumentProblem as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:  # whatever was accepted must export again
        dumps_document(export_document(contacts_back, meetings_back))


@settings(max_examples=300)
@given(st.binary())
def test_garbage_bytes_only_raise_document_problem(data: bytes) -> None:
    parse_or_problem(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, near_miss))
def test_garbage_json_only_raises_document_problem(value: object) -> None:
    parse_or_problem(json.dumps(value))


@pytest.mark.parametrize("text", ["[" * 100_000, '{"schema": 1' + "0" * 5000 + "}", '{"schema": NaN}', "", "\x00"])
def test_pathological_inputs(text: str) -> None:
    assert problems_of(text)


# --- the fast date path agrees with pendulum ---------------------------------------------


@given(moments)
def test_stored_moments_are_accepted(text: str) -> None:
    assert is_moment(text)
    parse_iso(text)


@given(st.from_regex(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(Z|[+-]\d{2}:\d{2})\Z"))
def test_fast_path_never_accepts_what_pendulum_rejects(text: str) -> None:
    if is_moment(text):
        parse_iso(text)  # raises if the fast path was too lenient


def test_an_export_from_schema_1_is_upgraded_on_import() -> None:
    old = json.loads(dumps_document(export_document([Contact.from_dict(contact())], [Meeting.from_dict(meeting())])))
    old["schema"] = 1
    for entry in old["meetings"]:  # back to schema 1's shape
        del entry["intro"]
        for key in ("action_items", "started_at", "ended_at", "segments", "live"):
            del entry[key]
        entry["notes"] = [{"text": "Read the RFC", "at": AT, "starred": True}]
        entry["referrals"] = [{"name": "Sam Lee", "detail": "platform team"}]
    contacts, meetings = parse_document(json.dumps(old))
    assert meetings[0].intro == "" and contacts[0].id == old["contacts"][0]["id"]
    assert meetings[0].notes == [Note("Read the RFC", None, AT, "", True)]
    assert meetings[0].referrals == [Referral("Sam Lee", "", "platform team", None)]
    assert meetings[0].live is None and meetings[0].action_items == []


def test_target_employers_go_out_and_come_back_and_older_exports_have_none() -> None:
    from infocoach.core.exports.json_exchange import parse_exchange
    from infocoach.core.records.model import Target

    employer = Target(id="t-1", name="Fabrikam", motivation=5, posting=2, advocacy="yes", notes="Café team")
    doc = export_document([], [], [employer])
    assert doc["targets"] == [employer.to_dict()]
    assert parse_exchange(dumps_document(doc)).targets == [employer]
    older = '{"schema": 4, "contacts": [], "meetings": []}'
    assert parse_exchange(older).targets == []


def test_a_target_employer_with_bad_fields_is_reported_with_its_path() -> None:
    from infocoach.core.exports.json_exchange import document_problems

    doc = {"schema": 5, "contacts": [], "meetings": [], "targets": [{"id": "t-1", "name": "", "motivation": 9}]}
    problems = document_problems(doc)
    assert any(p.startswith("targets[0].name") for p in problems)
    assert any(p.startswith("targets[0].motivation") for p in problems)
