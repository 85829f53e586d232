"""The import and file checks of each stored record, derived from its fields (see :mod:`.field_shapes`).

A field's type hint and rules give its check (built from :mod:`.json_checks`), so the importer,
the store and the model never disagree on what a valid contact or meeting is. Every problem is
reported with its path (``meetings[3].status: …``).
"""

from __future__ import annotations

from infocoach.core.records.field_shapes import FieldShape, shape_of
from infocoach.core.records.json_checks import (
    Check,
    boolean,
    expected,
    identifier,
    int_range,
    integer,
    list_of,
    moment,
    nullable,
    one_of,
    record,
    seconds,
    shallow,
    show,
    text,
    text_map,
)
from infocoach.core.records.model import Contact, Meeting, Target
from infocoach.core.records.stored_record import StoredRecord


def _timezone(value: object, path: str) -> list[str]:
    # Imported here: the zone database is only needed once a record is checked.
    from infocoach.core.records.validation import is_timezone

    problems = text(value, path)
    if not problems and not is_timezone(value):  # type: ignore[arg-type]
        problems.append(f"{path}: {show(value)} is not an IANA time zone name (e.g. Europe/London)")
    return problems


def _live_state(value: object, path: str) -> list[str]:
    """The live clock's saved state, as far as records can tell: an object, or null. What is in
    it is the live clock's to judge (``infocoach.core.live.clock_record.live_state_problems``);
    :func:`meeting_check` adds that check, so records never import the clocks."""
    if value is None or isinstance(value, dict):
        return []
    return expected(path, "the live clock's state (an object) or null", value)


# Checks a field's rules name by kind, beside those its type gives.
_NAMED: dict[str, Check] = {
    "identifier": identifier,
    "timezone": _timezone,
    "live clock": _live_state,
    "text": text,
    "boolean": boolean,
    "seconds": seconds,
    "text map": text_map,
}


def field_check(shape: FieldShape) -> Check:
    """The check of one field's stored value."""
    rules = shape.rules
    check: Check
    if shape.kind == "moment":
        check = moment(allow_empty=shape.default == "")
    elif shape.kind == "choice":
        choices = tuple(member.value for member in shape.enum) if shape.enum else rules.choices
        check = one_of(choices, rules.noun, or_empty=rules.or_empty)
    elif shape.kind == "integer":
        check = int_range(*rules.within) if rules.within else integer
    elif shape.kind == "record":
        check = record_check(_record(shape))
    elif shape.kind == "records":
        check = list_of(record_check(_record(shape)))
    elif shape.kind in _NAMED:
        check = _NAMED[shape.kind]
    else:
        raise TypeError(f"{shape.name}: no check for the kind {shape.kind!r}")
    return nullable(check) if shape.nullable else check


def _record(shape: FieldShape) -> type[StoredRecord]:
    assert shape.record is not None
    return shape.record


def field_checks(cls: type[StoredRecord]) -> tuple[dict[str, Check], dict[str, Check]]:
    """The record's (required, optional) fields and their checks, in field order."""
    required: dict[str, Check] = {}
    optional: dict[str, Check] = {}
    for shape in shape_of(cls):
        (required if shape.required else optional)[shape.name] = field_check(shape)
    return required, optional


_RECORD_CHECKS: dict[type, Check] = {}  # not functools.cache: mypy cannot hash a class there


def record_check(cls: type[StoredRecord]) -> Check:
    """An object with the record's fields: the required ones present, no others allowed."""
    check = _RECORD_CHECKS.get(cls)
    if check is None:
        check = _RECORD_CHECKS[cls] = record(cls.NOUN, *field_checks(cls))
    return check


def check_contact(data: object, where: str) -> list[str]:
    """Every problem with a stored or imported contact; [] means ``Contact.from_dict`` is safe."""
    return record_check(Contact)(data, where)


def check_target(data: object, where: str) -> list[str]:
    """Every problem with a stored or imported target employer; [] means ``Target.from_dict`` is safe."""
    return record_check(Target)(data, where)


def meeting_check(live_state: Check) -> Check:
    """The check of a stored or imported meeting, with ``live_state`` judging what the live
    clock's saved state holds (once it is an object); [] means ``Meeting.from_dict`` is safe."""
    required, optional = field_checks(Meeting)
    fields = required if "live" in required else optional
    shape_only = fields["live"]

    def live(value: object, path: str) -> list[str]:
        return shape_only(value, path) or (live_state(value, path) if value is not None else [])

    # The one free-form field: its depth is checked before anything walks it.
    fields["live"] = shallow(live)
    return record(Meeting.NOUN, required, optional)
