"""The file's layout, its validation, and the migrations between schema versions.

Layout (TinyDB tables)::

    {"_meta": {"1": {"schema": 1}}, "contacts": {"1": {...}}, "meetings": {"1": {...}}}

TinyDB opens any JSON and fails later, on first use, by shape; so the whole file is checked
here before anything else touches it. Record fields are checked by the same functions the
importer uses (``infocoach.core.records.record_checks``, derived from the model's fields), so
the two never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson

from infocoach.core.records.migrations import RECORD_STEPS, upgrade_records
from infocoach.core.records.model import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported; tests patch it here

Data = dict[str, Any]

META = "_meta"
CONTACTS = "contacts"
MEETINGS = "meetings"
TARGETS = "targets"  # schema 5: the target employers (the LAMP list)
TABLES = (META, CONTACTS, MEETINGS, TARGETS)


def _records_step(version: int) -> Callable[[Data], Data]:
    """A file migration that applies core's record upgrade from ``version`` to every record."""

    def step(data: Data) -> Data:
        # A damaged table is left as it is, for the checks after migrating to report.
        contacts, meetings = data.get(CONTACTS), data.get(MEETINGS)
        upgrade_records(
            list(contacts.values()) if isinstance(contacts, dict) else [],
            list(meetings.values()) if isinstance(meetings, dict) else [],
            version,
            version + 1,
        )
        if version == 4:  # schema 5 adds the target employers' table
            data.setdefault(TARGETS, {})
        return data

    return step


# from-version -> a function returning the raw data upgraded by exactly one version.
# The runner records the new version in _meta, so a migration only reshapes records.
MIGRATIONS: dict[int, Callable[[Data], Data]] = {v: _records_step(v) for v in RECORD_STEPS}

UTF8_BOM = b"\xef\xbb\xbf"

_DOC_ID = re.compile(r"[1-9][0-9]*\Z", re.ASCII)  # TinyDB turns these keys back into ints


class InvalidDatabase(ValueError):
    """The file is not a usable database; ``problems`` says why, each with its place."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def empty_database() -> Data:
    return {META: {"1": {"schema": SCHEMA_VERSION}}, CONTACTS: {}, MEETINGS: {}, TARGETS: {}}


def decode(raw: bytes) -> Data | None:
    """The decoded file, or None for a brand-new database (an empty file or ``{}``)."""
    if raw.startswith(UTF8_BOM):
        # Some editors on Windows start a file with a byte-order mark; it carries no data, and
        # `import` accepts one, so a database saved by such an editor opens too.
        raw = raw[len(UTF8_BOM) :]
    if not raw or raw.isspace():  # not raw.strip(): that would copy all 10 MB to check
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        # orjson also refuses bytes that are not UTF-8, which covers binary files.
        raise InvalidDatabase([f"it is not valid JSON text ({exc})"]) from None
    if not isinstance(data, dict):
        raise InvalidDatabase([f"it holds {_kind(data)}, not a JSON object of tables"])
    return data or None


def schema_of(data: Data) -> int:
    """The schema version recorded in ``_meta``."""
    meta = data.get(META)
    if meta is None:
        raise InvalidDatabase(["it has no _meta table, so its schema version is unknown"])
    if not isinstance(meta, dict) or len(meta) != 1:
        raise InvalidDatabase(["its _meta table should hold exactly one document"])
    (doc,) = meta.values()
    schema = doc.get("schema") if isinstance(doc, dict) else None
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise InvalidDatabase(["its _meta table has no valid schema version"])
    return schema


def set_schema(data: Data, version: int) -> None:
    data[META] = {"1": {"schema": version}}


def migrate(data: Data, version: int) -> Data:
    """Upgrade ``data`` from ``version`` to SCHEMA_VERSION one step at a time."""
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise InvalidDatabase([f"it has schema {version}, which this infocoach cannot upgrade"])
        try:
            data = step(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidDatabase([f"upgrading it from schema {version} failed ({type(exc).__name__}: {exc})"]) from exc
        version += 1
        set_schema(data, version)
    return data


def problems_in(data: Data) -> list[str]:
    """Every problem with current-schema data; [] means TinyDB and the model can use it."""
    # Imported here: an unchanged file is not checked at start-up, which then need not load them.
    from infocoach.core.exports.json_exchange import check_contact, check_meeting, check_target

    problems = [f"it has an unknown table {name!r}" for name in data if name not in TABLES]
    valid: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for name, check in ((CONTACTS, check_contact), (MEETINGS, check_meeting), (TARGETS, check_target)):
        valid[name] = []
        table = data.get(name, {})
        if not isinstance(table, dict):
            problems.append(f"its {name} table is {_kind(table)}, not an object")
            continue
        seen: set[str] = set()
        for doc_id, doc in table.items():
            where = f'{name}["{doc_id}"]'
            if not _DOC_ID.match(doc_id):
                problems.append(f"{where}: document ids must be positive whole numbers")
            found = check(doc, where)
            if found:
                problems += found
                continue
            if doc["id"] in seen:
                problems.append(f"{where}.id: {doc['id']!r} is used by another record")
            seen.add(doc["id"])
            valid[name].append((doc_id, doc))
    contact_ids = {doc["id"] for _, doc in valid[CONTACTS]}
    for doc_id, doc in valid[MEETINGS]:
        if doc["contact_id"] not in contact_ids:
            problems.append(f'{MEETINGS}["{doc_id}"].contact_id: no contact has id {doc["contact_id"]!r}')
    return problems


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    names = {list: "a list", str: "text", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
