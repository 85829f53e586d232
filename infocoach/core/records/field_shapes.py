"""A stored record's shape, written once: the fields of its dataclass.

A stored record (a contact, a meeting, and the parts of a meeting) is a slots dataclass that
names itself (``NOUN``, as problems say it: "talk segment"). A field's type hint says what its
value is (text, seconds, a list of notes, a :class:`~enum.StrEnum`), and
``field(metadata=rules(...))`` says what a type cannot (an identifier, an ISO-8601 moment, a
range, the allowed values, required on import). Everything else is derived from the two:
``to_dict``/``from_dict`` and the heads (:mod:`.stored_record`), and the import and file checks
(:mod:`.record_checks`).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import StrEnum
from typing import Any, NamedTuple, cast

Derive = Callable[[Any], Any]


class Rules(NamedTuple):
    """What a field's type hint cannot say; see :func:`rules`. (Named tuples, not dataclasses,
    here and below: the app imports them at start-up, and a dataclass costs more to define.)"""

    kind: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    noun: str = ""
    or_empty: bool = False
    within: tuple[int, int] | None = None
    derive: tuple[str, Derive] | None = None


def rules(
    *,
    kind: str = "",
    required: bool = False,
    choices: tuple[str, ...] = (),
    noun: str = "",
    or_empty: bool = False,
    within: tuple[int, int] | None = None,
    derive: tuple[str, Derive] | None = None,
) -> dict[str, Rules]:
    """A field's metadata. ``kind``: "identifier" (non-empty text), "moment" (ISO-8601; "" is
    allowed where "" is the default) or a check named in record_checks ("timezone", "live
    clock"). ``required``: an import must carry it though the model has a default. ``choices``
    and ``noun``: the values text may take (an enum's come from its type); ``or_empty`` also
    allows "". ``within``: an integer's range. ``derive``: (record field, function) for a
    head's field made from a record's field."""
    return {"rules": Rules(kind, required, choices, noun, or_empty, within, derive)}


NO_RULES = Rules()


class FieldShape(NamedTuple):
    """One field as the dict conversion and the checks see it."""

    name: str
    value: str  # how it converts: plain, enum, record, records, text map, json
    kind: str  # how it is checked: text, boolean, integer, seconds, choice, record(s), text map, a rule's kind
    nullable: bool  # `X | None`
    required: bool  # an import must carry it
    default: Any  # dataclasses.MISSING when the record cannot be built without it
    record: type[Any] | None = None  # the stored record a record(s) field holds
    enum: type[StrEnum] | None = None
    rules: Rules = NO_RULES


def is_record(hint: object) -> bool:
    """A stored record: a dataclass that names itself."""
    return isinstance(hint, type) and dataclasses.is_dataclass(hint) and hasattr(hint, "NOUN")


_SHAPES: dict[type, tuple[FieldShape, ...]] = {}


def shape_of(cls: type) -> tuple[FieldShape, ...]:
    """The fields of a stored record class, in order, read from their hints and rules (once)."""
    shapes = _SHAPES.get(cls)
    if shapes is None:
        hints = type_hints(cls)
        fields = dataclasses.fields(cast(Any, cls))
        shapes = _SHAPES[cls] = tuple(_field_shape(cls, f, hints[f.name]) for f in fields)
    return shapes


def type_hints(cls: type) -> dict[str, Any]:
    """The dataclass's field types. The model is written without postponed annotations, so they
    are objects already; typing.get_type_hints, which compiles each string, is for others."""
    fields = dataclasses.fields(cast(Any, cls))
    if any(isinstance(f.type, str) for f in fields):
        return typing.get_type_hints(cls)
    return {f.name: f.type for f in fields}


def _field_shape(cls: type, f: dataclasses.Field[Any], hint: Any) -> FieldShape:
    rule: Rules = f.metadata.get("rules", NO_RULES)
    if not f.init or f.kw_only is True:  # records are built with their fields in order
        raise TypeError(f"{cls.__name__}.{f.name}: a stored field is an __init__ argument in order")
    nullable = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        others = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(others) != 1:
            raise TypeError(f"{cls.__name__}.{f.name}: only `X | None` unions are stored, not {hint}")
        hint, nullable = others[0], True
    value, kind, record, enum = _kind_of(cls, f.name, hint, rule)
    if f.default is not dataclasses.MISSING:
        default = f.default
    elif f.default_factory is not dataclasses.MISSING and value in ("records", "text map"):
        default = f.default_factory()  # read as "empty" by the dict conversion, never shared
    elif f.default_factory is not dataclasses.MISSING:
        raise TypeError(f"{cls.__name__}.{f.name}: a default_factory only for lists of records and text maps")
    else:
        default = dataclasses.MISSING
    required = default is dataclasses.MISSING or rule.required
    return FieldShape(f.name, value, rule.kind or kind, nullable, required, default, record, enum, rule)


def _kind_of(cls: type, name: str, hint: Any, rule: Rules) -> tuple[str, str, type[Any] | None, type[StrEnum] | None]:
    """(how the value converts, how it is checked, its record class, its enum)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return "enum", "choice", None, hint
    if is_record(hint):
        return "record", "record", hint, None
    if origin is list and len(args) == 1 and is_record(args[0]):
        return "records", "records", args[0], None
    if hint is str:
        return "plain", "choice" if rule.choices else "text", None, None
    if hint in _SCALARS and not rule.choices:
        return "plain", _SCALARS[hint], None, None
    if origin is dict and args == (str, str):
        return "text map", "text map", None, None
    if origin is dict and args[:1] == (str,) and rule.kind:  # e.g. the live clock's state
        return "json", rule.kind, None, None
    raise TypeError(f"{cls.__name__}.{name}: no stored shape for {hint!r} with {rule}")


# A float in a stored record is always a number of seconds (of meeting time, or of talk).
_SCALARS: dict[type, str] = {bool: "boolean", int: "integer", float: "seconds"}
