"""Small composable checks for JSON-shaped data, each reporting problems with their path.

A check takes a value and where it is (``meetings[3].talk``) and returns the problems found,
``[]`` when the value is fine. Records are built from tables of checks (see
``infocoach.core.exports.json_exchange``), so every field of a contact or a meeting is checked the same way
by the importer and by the store.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime

from infocoach.core.clock import parse_iso

Check = Callable[[object, str], list[str]]


def show(value: object) -> str:
    """A short, safe rendering of a bad value for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def kind(value: object) -> str:
    """The JSON name of a value's type, as users see it in their file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def expected(path: str, what: str, value: object) -> list[str]:
    if value is None or isinstance(value, bool):
        return [f"{path}: expected {what}, got {json.dumps(value)}"]
    return [f"{path}: expected {what}, got {kind(value)} ({show(value)})"]


def text(value: object, path: str) -> list[str]:
    if not isinstance(value, str):
        return expected(path, "text", value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # JSON can spell a lone surrogate (\ud800) but no UTF-8 file can hold it.
        return [f"{path}: contains an unpaired surrogate character, which cannot be stored"]
    return []


def identifier(value: object, path: str) -> list[str]:
    problems = text(value, path)
    if not problems and isinstance(value, str) and not value.strip():
        problems.append(f"{path}: must not be empty")
    return problems


def boolean(value: object, path: str) -> list[str]:
    return [] if isinstance(value, bool) else expected(path, "true or false", value)


def integer(value: object, path: str) -> list[str]:
    # bool is a subclass of int in Python, but `true` is not a number in a document.
    if isinstance(value, int) and not isinstance(value, bool):
        return []
    return expected(path, "an integer", value)


def int_range(low: int, high: int) -> Check:
    def check(value: object, path: str) -> list[str]:
        problems = integer(value, path)
        if not problems and not low <= value <= high:  # type: ignore[operator]
            problems.append(f"{path}: {value} is out of range {low}–{high}")
        return problems

    return check


def seconds(value: object, path: str) -> list[str]:
    """A duration: an integer or a finite non-negative number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return expected(path, "a number of seconds", value)
    if not math.isfinite(value) or value < 0:
        return [f"{path}: {show(value)} is not a non-negative number of seconds"]
    return []


def one_of(options: tuple[str, ...], noun: str, *, or_empty: bool = False) -> Check:
    """Text that is one of ``options`` (or "", with ``or_empty``: e.g. no honorific yet)."""
    allowed = frozenset(options) | ({""} if or_empty else set())
    tail = ", or empty for none" if or_empty else ""

    def check(value: object, path: str) -> list[str]:
        problems = text(value, path)
        if not problems and value not in allowed:
            problems.append(f"{path}: {show(value)} is not {noun}; expected one of {', '.join(options)}{tail}")
        return problems

    return check


# The shape `clock.iso` writes. Checking 100,000 stored dates with pendulum takes ~0.5 s, so
# this shape goes through the C parser first; anything else is left to pendulum, the authority.
_CANONICAL_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(Z|[+-]\d{2}:\d{2})\Z", re.ASCII)


def is_moment(value: str) -> bool:
    """True when ``clock.parse_iso`` accepts ``value``."""
    if _CANONICAL_MOMENT.match(value):
        try:
            datetime.fromisoformat(value)
            return True
        except ValueError:
            pass
    try:
        parse_iso(value)
    except ValueError:
        return False
    return True


def moment(*, allow_empty: bool) -> Check:
    """An ISO-8601 date and time; ``allow_empty`` for fields where "" means "not recorded"."""

    def check(value: object, path: str) -> list[str]:
        problems = text(value, path)
        if problems or (allow_empty and value == ""):
            return problems
        if not is_moment(value):  # type: ignore[arg-type]
            problems.append(f"{path}: {show(value)} is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)")
        return problems

    return check


def nullable(check: Check) -> Check:
    def check_or_null(value: object, path: str) -> list[str]:
        return [] if value is None else check(value, path)

    return check_or_null


def list_of(item: Check) -> Check:
    def check(value: object, path: str) -> list[str]:
        if not isinstance(value, list):
            return expected(path, "a list", value)
        problems: list[str] = []
        for index, element in enumerate(value):
            problems += item(element, f"{path}[{index}]")
        return problems

    return check


def text_map(value: object, path: str) -> list[str]:
    """An object whose keys and values are all text."""
    if not isinstance(value, dict):
        return expected(path, "an object of text", value)
    problems: list[str] = []
    for key, entry in value.items():
        problems += text(key, f"{path} key {show(key)}")
        problems += text(entry, f"{path}.{key}")
    return problems


def record(noun: str, required: Mapping[str, Check], optional: Mapping[str, Check]) -> Check:
    """An object with these fields: required ones must be present, and no others are allowed."""

    def check(value: object, path: str) -> list[str]:
        if not isinstance(value, dict):
            return expected(path, f"{noun} (an object)", value)
        problems: list[str] = []
        for name in required:
            if name not in value:
                problems.append(f"{path}.{name}: missing (every {noun} needs it)")
        for name, field_value in value.items():
            field_check = required.get(name) or optional.get(name)
            if field_check is None:
                problems.append(f"{path}: unknown field {show(name)}")
            else:
                problems += field_check(field_value, f"{path}.{name}")
        return problems

    return check
