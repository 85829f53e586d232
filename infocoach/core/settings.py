"""User settings: what they are, how they are read from TOML data, saved, and checked in the form.

Pure: the file I/O lives in ``infocoach.store.config``. One table, :data:`FIELDS`, drives parsing,
serialising and form validation, so a later issue adds a setting (or a section) with one line.
A bad settings file never stops the app: each problem becomes a warning and the default is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from infocoach.core.records.validation import (
    MEETING_MINUTES,
    canonical_timezone,
    check_timezone,
    is_timezone,
)

PACING_DEFAULT = "one-follow-up"  # rule 4: one follow-up after follow_up_days, then let go
PACING_3B7 = "3b7"  # The 2-Hour Job Search: next person at 3 business days, follow-up at 7
PACINGS: tuple[str, ...] = (PACING_DEFAULT, PACING_3B7)


def check_pacing(value: str) -> str | None:
    """Why ``value`` is not a pacing, or None."""
    if value in PACINGS:
        return None
    return f"Choose {' or '.join(PACINGS)}."


@dataclass(frozen=True, slots=True)
class Settings:
    user_name: str = ""
    signature: str = ""
    timezone: str = "UTC"
    meeting_minutes: int = 30
    follow_up_days: int = 7
    # How requests are paced (one of PACINGS): the ten rules' one follow-up, or 3B7.
    pacing: str = "one-follow-up"
    talk_target_low: int = 20  # the user's talk share (percent) is good between low and high,
    talk_target_high: int = 40  # amber above high,
    talk_red_above: int = 50  # and red above this
    linkedin_note_limit: int = 200  # LinkedIn: 200 characters on a free account, 300 on paid
    theme: str = ""  # a theme name; "" is the default theme (checked by the app, which knows them)
    # Listening on the live screen: the recording devices by name ("" = the system's default
    # microphone; no call audio). The call audio is a PulseAudio/PipeWire monitor source.
    listen_microphone: str = ""
    listen_call_audio: str = ""
    # Remapped keys from the [keys] table: (binding id, keys), e.g. ("live.me", "i") or
    # ("history.search", "slash,ctrl+f"). Binding ids are checked by the app, which knows them.
    keys: tuple[tuple[str, str], ...] = ()


class Problem(NamedTuple):
    """What is wrong with a value, said two ways."""

    reason: str  # for a file warning: "[meetings] length_minutes = 500 <reason>: using 30"
    message: str  # for the Settings form, beside the field


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One setting: where it lives in the TOML file, which attribute it fills, and what is valid."""

    section: str
    key: str
    attribute: str
    kind: type  # str or int
    low: int | None = None
    high: int | None = None
    check: Callable[[str], str | None] | None = None  # extra check; returns a message or None
    normalize: Callable[[str], str | None] | None = None  # the canonical spelling of a valid value

    def canonical(self, value: Any) -> Any:
        """A valid value in its canonical spelling (e.g. a time zone's IANA capitals)."""
        if self.normalize is not None and isinstance(value, str):
            return self.normalize(value) or value
        return value

    @property
    def where(self) -> str:
        return f"[{self.section}] {self.key}"

    def problem(self, value: Any) -> Problem | None:
        """What is wrong with ``value`` for this setting, or None."""
        # bool is a subclass of int in Python, but `true` is not a number of minutes.
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            return Problem("is not a whole number", "Enter a whole number.")
        if self.kind is str and not isinstance(value, str):
            return Problem("is not text", "Enter text.")
        if self.low is not None and self.high is not None and not self.low <= value <= self.high:
            return Problem(
                f"is out of range {self.low}–{self.high}",
                f"Enter a number from {self.low} to {self.high}.",
            )
        message = self.check(value) if self.check else None
        if message:
            return Problem(f"is not valid ({message[0].lower()}{message[1:].rstrip('.')})", message)
        return None


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("user", "name", "user_name", str),
    FieldSpec("user", "signature", "signature", str),
    FieldSpec("user", "timezone", "timezone", str, check=check_timezone, normalize=canonical_timezone),
    FieldSpec("meetings", "length_minutes", "meeting_minutes", int, *MEETING_MINUTES),
    FieldSpec("meetings", "follow_up_days", "follow_up_days", int, 1, 60),
    FieldSpec("meetings", "pacing", "pacing", str, check=check_pacing),
    FieldSpec("talk", "target_low", "talk_target_low", int, 0, 100),
    FieldSpec("talk", "target_high", "talk_target_high", int, 0, 100),
    FieldSpec("talk", "red_above", "talk_red_above", int, 0, 100),
    FieldSpec("outreach", "linkedin_note_limit", "linkedin_note_limit", int, 100, 300),
    FieldSpec("appearance", "theme", "theme", str),
    FieldSpec("audio", "microphone", "listen_microphone", str),
    FieldSpec("audio", "call_audio", "listen_call_audio", str),
)
KEYS_SECTION = "keys"
_BY_ATTRIBUTE = {spec.attribute: spec for spec in FIELDS}

# Settings that must be in order, each (smaller, larger, strictly): the talk band
# 0 <= low < high <= red <= 100 (the 0 and 100 come from the per-field ranges).
ORDER_RULES: tuple[tuple[str, str, bool], ...] = (
    ("talk_target_low", "talk_target_high", True),
    ("talk_target_high", "talk_red_above", False),
)


def _toml_value(value: Any) -> str:
    """A value as it would be spelled in the TOML file, for warnings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)  # a TOML basic string looks the same
        return text if len(text) <= 40 else text[:38] + '…"'
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _broken_order(values: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """The ordering rules that ``values`` break."""
    broken = []
    for smaller, larger, strict in ORDER_RULES:
        a, b = values[smaller], values[larger]
        if (a >= b) if strict else (a > b):
            broken.append((smaller, larger, strict))
    return broken


# The talk band's names as the Settings screen shows them, so a message points at a real field.
FORM_LABELS: dict[str, str] = {
    "talk_target_low": "“good from”",
    "talk_target_high": "“amber above”",
    "talk_red_above": "“red above”",
}


def _label(attribute: str) -> str:
    """How the form names a setting in a message: '“amber above”'."""
    return FORM_LABELS.get(attribute) or _BY_ATTRIBUTE[attribute].key.replace("_", " ")


def _defaults(default_timezone: str) -> Settings:
    # The system's zone name can be odd (e.g. a bare abbreviation); never start from a bad one.
    return Settings(timezone=default_timezone if is_timezone(default_timezone) else "UTC")


def parse_settings(data: dict[str, Any], *, default_timezone: str) -> tuple[Settings, list[str]]:
    """Settings from parsed TOML data, and a warning per ignored or replaced value. Never raises."""
    defaults = _defaults(default_timezone)
    values = {spec.attribute: getattr(defaults, spec.attribute) for spec in FIELDS}
    warnings: list[str] = []
    sections = {spec.section for spec in FIELDS}
    keys: tuple[tuple[str, str], ...] = ()
    for section, table in data.items():
        if section == KEYS_SECTION:
            keys, problems = _read_keys(table)
            warnings += problems
        elif section not in sections:
            warnings.append(f"unknown settings section [{section}]: ignored")
        elif not isinstance(table, dict):
            shown = _toml_value(table)
            warnings.append(f"{section} = {shown} should be a [{section}] table: ignored")
        else:
            warnings += _read_section(section, table, values)
    warnings += _restore_order(values, defaults)
    return Settings(**values, keys=keys), warnings


def _read_keys(table: Any) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """The [keys] table: binding id = "key" (or "key1,key2"); anything else is reported."""
    if not isinstance(table, dict):
        return (), [f"{KEYS_SECTION} = {_toml_value(table)} should be a [{KEYS_SECTION}] table: ignored"]
    keys: list[tuple[str, str]] = []
    warnings: list[str] = []
    for binding_id, value in table.items():
        if isinstance(value, dict):  # [keys.live] me = "i" reads as "live.me"
            nested, problems = _read_keys({f"{binding_id}.{k}": v for k, v in value.items()})
            keys += nested
            warnings += problems
        elif not isinstance(value, str) or not value.strip() or " " in value.strip():
            warnings.append(
                f'[{KEYS_SECTION}] {binding_id} = {_toml_value(value)} is not a key name like "ctrl+f" or "f5": ignored'
            )
        else:
            keys.append((binding_id, value.strip()))
    return tuple(keys), warnings


def _restore_order(values: dict[str, Any], defaults: Settings) -> list[str]:
    """Put the default band back if the file's band is out of order: half of each is no band."""
    broken = _broken_order(values)
    if not broken:
        return []
    smaller, larger, strict = broken[0]
    relation = "below" if strict else "at most"
    problem = (
        f"{_BY_ATTRIBUTE[smaller].where} = {values[smaller]} must be {relation} "
        f"{_BY_ATTRIBUTE[larger].key} = {values[larger]}"
    )
    band = list(dict.fromkeys(attr for rule in ORDER_RULES for attr in rule[:2]))
    for attribute in band:
        values[attribute] = getattr(defaults, attribute)
    shown = ", ".join(f"{_BY_ATTRIBUTE[a].key} = {values[a]}" for a in band)
    return [f"{problem}: using the defaults ({shown})"]


def _read_section(section: str, table: dict[str, Any], values: dict[str, Any]) -> list[str]:
    specs = {spec.key: spec for spec in FIELDS if spec.section == section}
    warnings = []
    for key, value in table.items():
        spec = specs.get(key)
        if spec is None:
            warnings.append(f"unknown setting [{section}] {key}: ignored")
            continue
        problem = spec.problem(value)
        if problem:
            shown, default = _toml_value(value), _toml_value(values[spec.attribute])
            warnings.append(f"{spec.where} = {shown} {problem.reason}: using {default}")
        else:
            values[spec.attribute] = spec.canonical(value)
    return warnings


def settings_to_toml_data(settings: Settings) -> dict[str, dict[str, Any]]:
    """The nested {section: {key: value}} shape of the settings file, ready for tomli_w."""
    data: dict[str, dict[str, Any]] = {}
    for spec in FIELDS:
        data.setdefault(spec.section, {})[spec.key] = getattr(settings, spec.attribute)
    if settings.keys:  # kept as written, so saving the Settings form never drops a remapping
        data[KEYS_SECTION] = dict(settings.keys)
    return data


def _from_text(spec: FieldSpec, text: str) -> tuple[Any, str | None]:
    """Convert one form field's raw text, and say what is wrong with it if anything."""
    if spec.kind is int:
        try:
            value: Any = int(text.strip())
        except ValueError:
            return None, f"Enter a whole number{_range_hint(spec)}."
    elif spec.check is not None:
        value = text.strip()  # a pasted time zone often carries a stray space
    else:
        value = text  # names and signatures are kept exactly as typed
    problem = spec.problem(value)
    return (spec.canonical(value), None) if problem is None else (value, problem.message)


def _range_hint(spec: FieldSpec) -> str:
    return f" from {spec.low} to {spec.high}" if spec.low is not None else ""


def settings_from_form(values: dict[str, str], *, base: Settings) -> tuple[Settings | None, dict[str, str]]:
    """Settings from the Settings screen's raw text, keyed by attribute; absent ones keep ``base``.

    Returns (settings, {}) or (None, {attribute: message}) with every bad field explained.
    """
    unknown = set(values) - set(_BY_ATTRIBUTE)
    if unknown:  # a screen bug, not a user error
        raise ValueError(f"not settings: {', '.join(sorted(unknown))}")
    merged = {spec.attribute: getattr(base, spec.attribute) for spec in FIELDS}
    errors: dict[str, str] = {}
    for attribute, text in values.items():
        value, message = _from_text(_BY_ATTRIBUTE[attribute], text)
        if message:
            errors[attribute] = message
        else:
            merged[attribute] = value
    unreadable = set(errors)
    for smaller, larger, strict in _broken_order(merged):
        if smaller in unreadable or larger in unreadable:
            continue  # fix the number first; the order message would only confuse
        below, above = ("below", "above") if strict else ("at most", "at least")
        # setdefault: a field in two broken rules keeps the first, most basic, message.
        errors.setdefault(smaller, f"Must be {below} {_label(larger)} ({merged[larger]}).")
        errors.setdefault(larger, f"Must be {above} {_label(smaller)} ({merged[smaller]}).")
    if errors:
        return None, errors
    return replace(base, **merged), {}
