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


# Whole numbers every JSON reader keeps exactly (JavaScript's safe integers), and that the
# store's encoder can write: a 400-digit priority passes Python's json but not a save.
LARGEST_INTEGER = 2**53 - 1
# Seconds of meeting time or of talk: about 31 years is far beyond any meeting, and keeps
# every duration a plain number (1e308 seconds is finite, but no clock can show it).
LONGEST_SECONDS = 1_000_000_000
# How deep an object or list may nest inside a record's free-form field (the live clock's
# state is four levels deep): deeper data would only exhaust the display's recursion.
MAX_NESTING = 16


def integer(value: object, path: str) -> list[str]:
    # bool is a subclass of int in Python, but `true` is not a number in a document.
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > LARGEST_INTEGER:
            return [f"{path}: {show(value)} is too large a number (at most {LARGEST_INTEGER} either way)"]
        return []
    return expected(path, "an integer", value)


def nested_deeper_than(value: object, limit: int) -> bool:
    """Whether lists and objects in ``value`` nest more than ``limit`` levels (no recursion)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def shallow(check: Check, limit: int = MAX_NESTING) -> Check:
    """``check``, after making sure the value nests at most ``limit`` levels deep."""

    def checked(value: object, path: str) -> list[str]:
        if nested_deeper_than(value, limit):
            return [f"{path}: nested more than {limit} levels deep, which infocoach never writes"]
        return check(value, path)

    return checked


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
    if value > LONGEST_SECONDS:
        return [f"{path}: {show(value)} seconds is more than infocoach can show (at most {LONGEST_SECONDS})"]
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


# The moments a record may hold. Every part of the app turns a stored moment into other time
# zones (the user's, the contact's), adds days to it (follow-ups, 3B7, the next touch) and
# writes it in other formats (CSV, Markdown, iCalendar, which needs four-digit years). Python's
# dates stop at years 1 and 9999, so a moment near either end overflows there: "0001-01-01
# 00:30+23:59" is the year 0 in UTC. Years 1900 to 2200 keep a margin of centuries on both
# sides for any zone and any number of days the app adds, and hold every meeting a person
# can have (and any date a typo in a century still makes readable). Offsets beyond ±18:00
# (ISO 8601's and most libraries' limit; real zones span -12:00 to +14:00) are refused too.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
MAX_OFFSET_HOURS = 18


def moment_out_of_range(value: str) -> str | None:
    """Why a parsable moment cannot be stored (its year or offset), or None when it can."""
    if _CANONICAL_MOMENT.match(value):  # the common case: read the parts, no parsing
        year = int(value[:4])
        zone = value[-6:]
        hours = 0 if value.endswith("Z") else int(zone[1:3])
        minutes = 0 if value.endswith("Z") else int(zone[4:6])
    else:
        parsed = parse_iso(value)
        year = parsed.year
        offset = parsed.utcoffset()
        total = abs(int(offset.total_seconds())) if offset is not None else 0
        hours, minutes = divmod(total // 60, 60)
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"the year {year} is outside {EARLIEST_YEAR}–{LATEST_YEAR}, the years infocoach can work with"
    if hours * 60 + minutes > MAX_OFFSET_HOURS * 60:
        return f"its offset from UTC is more than {MAX_OFFSET_HOURS} hours"
    return None


def moment(*, allow_empty: bool) -> Check:
    """An ISO-8601 date and time within the years and offsets infocoach can work with
    (:data:`EARLIEST_YEAR`–:data:`LATEST_YEAR`); ``allow_empty`` for fields where "" means
    "not recorded"."""

    def check(value: object, path: str) -> list[str]:
        problems = text(value, path)
        if problems or (allow_empty and value == ""):
            return problems
        assert isinstance(value, str)
        if not is_moment(value):
            problems.append(f"{path}: {show(value)} is not an ISO-8601 date and time (e.g. 2024-05-01T14:30:00+01:00)")
        elif (reason := moment_out_of_range(value)) is not None:
            problems.append(f"{path}: {show(value)} cannot be used: {reason}")
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
