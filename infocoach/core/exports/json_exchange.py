"""JSON export and import, and the record checks the store uses to validate its own file.

The records' checks come from the model's fields (``infocoach.core.records.record_checks``), with
the live clock judging its own saved state, so the importer and the store agree on what a valid
contact or meeting is. Every problem is
reported with its path (``meetings[3].status: …``) and all of them are collected before
anything is rejected, so a user can fix a file in one go.
"""

from __future__ import annotations

import functools
import json
from typing import Any, NamedTuple

from infocoach.core.live.clock_record import live_state_problems
from infocoach.core.records.json_checks import LARGEST_INTEGER, MAX_NESTING, Check, expected, show
from infocoach.core.records.migrations import upgrade_records
from infocoach.core.records.model import SCHEMA_VERSION, Contact, Meeting, Target
from infocoach.core.records.record_checks import check_contact, check_target, field_checks, meeting_check

__all__ = [  # check_contact and check_meeting are the store's and the importer's record checks
    "CONTACT_FIELDS_OPTIONAL",
    "CONTACT_FIELDS_REQUIRED",
    "MEETING_FIELDS_OPTIONAL",
    "MEETING_FIELDS_REQUIRED",
    "SCHEMA_VERSION",
    "DocumentProblem",
    "Exchange",
    "check_contact",
    "check_meeting",
    "check_target",
    "document_problems",
    "dumps_document",
    "export_document",
    "parse_document",
    "parse_exchange",
]


@functools.cache
def _meeting_check() -> Check:
    return meeting_check(live_state_problems)


def check_meeting(data: object, where: str) -> list[str]:
    """Every problem with a stored or imported meeting; [] means ``Meeting.from_dict`` is safe."""
    return _meeting_check()(data, where)


OLDEST_SCHEMA = 1  # exports from schema 1 on are upgraded on import
MAX_REPORTED = 20  # a broken file can have thousands of problems; the first ones are enough
# A record's deepest free-form field (the live clock's state) sits three levels down in a
# document: a generous margin over it, far below what would exhaust any recursion.
MAX_DOCUMENT_NESTING = MAX_NESTING + 8


class DocumentProblem(ValueError):
    """A document that cannot be imported; ``problems`` lists every reason, each with its path."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        super().__init__(f"cannot import: {count}:\n" + "\n".join(f"  {p}" for p in problems))


# --- records: their checks come from the model's fields ---------------------------------------

CONTACT_FIELDS_REQUIRED, CONTACT_FIELDS_OPTIONAL = field_checks(Contact)
MEETING_FIELDS_REQUIRED, MEETING_FIELDS_OPTIONAL = field_checks(Meeting)


# --- documents ----------------------------------------------------------------------------


def export_document(
    contacts: list[Contact], meetings: list[Meeting], targets: list[Target] | tuple[()] = ()
) -> dict[str, Any]:
    """The export shape. Records keep the caller's order; drafts are sorted so output is stable."""
    meeting_dicts = []
    for meeting in meetings:
        data = meeting.to_dict()
        data["drafts"] = dict(sorted(data["drafts"].items()))
        meeting_dicts.append(data)
    return {
        "schema": SCHEMA_VERSION,
        "contacts": [contact.to_dict() for contact in contacts],
        "meetings": meeting_dicts,
        "targets": [target.to_dict() for target in targets],
    }


def dumps_document(doc: dict[str, Any]) -> str:
    """Readable, deterministic JSON. NaN is refused: it is not JSON and other tools reject it."""
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = raw[exc.start]
            raise DocumentProblem([f"the file is not UTF-8 text (byte 0x{byte:02x} at offset {exc.start})"]) from None
    # Some editors on Windows start files with a byte-order mark; it carries no data.
    return raw.removeprefix("\ufeff")


def _load_json(source: str) -> object:
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise DocumentProblem([f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]) from None
    except RecursionError:
        raise DocumentProblem(["not a usable JSON document: nested too deeply"]) from None
    except ValueError as exc:  # e.g. an integer longer than Python's 4300-digit limit
        raise DocumentProblem([f"not a usable JSON document: {exc}"]) from None


def _newer_schema(doc: dict[str, Any]) -> int | None:
    schema = doc.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        return schema
    return None


def _check_schema(doc: dict[str, Any]) -> list[str]:
    if "schema" not in doc:
        return [f"schema: missing (expected {SCHEMA_VERSION})"]
    schema = doc["schema"]
    if isinstance(schema, bool) or not isinstance(schema, int):
        return expected("schema", f"the integer {SCHEMA_VERSION}", schema)
    if not OLDEST_SCHEMA <= schema <= SCHEMA_VERSION:
        return [f"schema: {schema} is not a known schema version (expected {SCHEMA_VERSION})"]
    return []


def _duplicate_ids(records: list[Any], table: str) -> list[str]:
    first_seen: dict[str, int] = {}
    problems: list[str] = []
    for index, entry in enumerate(records):
        record_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(record_id, str):
            continue
        if record_id in first_seen:
            problems.append(
                f"{table}[{index}].id: {show(record_id)} is already used by {table}[{first_seen[record_id]}]"
            )
        else:
            first_seen[record_id] = index
    return problems


def _dangling_contacts(contacts: list[Any], meetings: list[Any]) -> list[str]:
    known = {c.get("id") for c in contacts if isinstance(c, dict)}
    problems = []
    for index, meeting in enumerate(meetings):
        contact_id = meeting.get("contact_id") if isinstance(meeting, dict) else None
        if isinstance(contact_id, str) and contact_id.strip() and contact_id not in known:
            problems.append(f"meetings[{index}].contact_id: no contact has id {show(contact_id)}")
    return problems


def _unusable_values(doc: object) -> list[str]:
    """Values anywhere in the document that no part of infocoach could store or show: nesting
    deeper than any record has, and whole numbers beyond what every JSON reader keeps exactly.
    Checked first, without recursion, so the record checks never meet them."""
    problems: list[str] = []
    stack: list[tuple[object, str, int]] = [(doc, "", 0)]
    while stack and len(problems) < MAX_REPORTED:
        value, path, depth = stack.pop()
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and abs(value) > LARGEST_INTEGER:
            problems.append(f"{path or 'the document'}: {show(value)} is too large a number")
        elif isinstance(value, dict | list):
            if depth > MAX_DOCUMENT_NESTING:
                problems.append(f"{path}: nested more than {MAX_DOCUMENT_NESTING} levels deep")
                continue
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in items:
                where = f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else str(key))
                stack.append((child, where, depth + 1))
    return sorted(problems)


def document_problems(doc: object) -> list[str]:
    """Every problem with a decoded document (uncapped); [] means it can be imported."""
    if not isinstance(doc, dict):
        return expected("the document", "an object with schema, contacts and meetings", doc)
    unusable = _unusable_values(doc)
    if unusable:  # the record checks would trip over them: report them alone
        return unusable
    newer = _newer_schema(doc)
    if newer is not None:  # its records follow rules this version does not know: don't guess
        return [
            f"schema: this file was written by a newer infocoach (schema {newer}; this version "
            f"reads schema {SCHEMA_VERSION}): upgrade infocoach to import it"
        ]
    problems = _check_schema(doc)
    schema = doc.get("schema")
    if not problems and isinstance(schema, int) and schema < SCHEMA_VERSION:
        contacts, meetings = doc.get("contacts"), doc.get("meetings")
        upgrade_records(
            contacts if isinstance(contacts, list) else [],
            meetings if isinstance(meetings, list) else [],
            schema,
            SCHEMA_VERSION,
        )
    for key in doc:
        if key not in ("schema", "contacts", "meetings", "targets"):
            problems.append(f"unknown top-level field {show(key)}")
    tables: dict[str, list[Any]] = {}
    for table, check in (("contacts", check_contact), ("meetings", check_meeting), ("targets", check_target)):
        records = doc.get(table)
        if table == "targets" and table not in doc:
            records = []  # older exports have no target employers
        elif table not in doc:
            problems.append(f"{table}: missing")
        elif not isinstance(records, list):
            problems += expected(table, "a list", records)
        if not isinstance(records, list):
            records = []
        tables[table] = records
        for index, entry in enumerate(records):
            problems += check(entry, f"{table}[{index}]")
        problems += _duplicate_ids(records, table)
    problems += _dangling_contacts(tables["contacts"], tables["meetings"])
    return problems


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_REPORTED:
        return problems
    return problems[:MAX_REPORTED] + [f"… and {len(problems) - MAX_REPORTED} more"]


class Exchange(NamedTuple):
    """The records of an exported document."""

    contacts: list[Contact]
    meetings: list[Meeting]
    targets: list[Target]


def parse_exchange(text: str | bytes) -> Exchange:
    """Decode and check an exported document; raise one DocumentProblem listing what is wrong."""
    doc = _load_json(_decode(text))
    problems = document_problems(doc)
    if problems:
        raise DocumentProblem(_capped(problems))
    assert isinstance(doc, dict)  # document_problems checked it
    return Exchange(
        [Contact.from_dict(entry) for entry in doc["contacts"]],
        [Meeting.from_dict(entry) for entry in doc["meetings"]],
        [Target.from_dict(entry) for entry in doc.get("targets", [])],
    )


def parse_document(text: str | bytes) -> tuple[list[Contact], list[Meeting]]:
    """The contacts and meetings of an exported document (see :func:`parse_exchange`)."""
    exchange = parse_exchange(text)
    return exchange.contacts, exchange.meetings
