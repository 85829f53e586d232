"""Colour themes: one TOML file each -> a ``textual.theme.Theme``, with every problem reported.

A theme file has a ``name``, Textual's theme fields (colours, ``dark``, and optionally
``luminosity_spread`` / ``text_alpha``) and a ``[variables]`` table for CSS variables: ours
(:data:`OUR_VARIABLES`) and any that Textual generates (``footer-key-foreground``...).

Required in every file: ``name``, ``primary``, ``foreground``, ``background`` and the status
colours ``warning``, ``error``, ``success`` (they carry meaning, so Textual's fallback to the
primary colour would make an error look like a success). The other colours fall back to
Textual's derivations; ``dark`` falls back to the background's brightness; our variables fall
back to the status colours (``InfocoachApp.get_theme_variable_defaults``). The shipped themes
are loaded with ``complete=True``: every field and our variables must be there.

Unknown keys are problems, never ignored. A user theme may not reuse the name of a shipped
theme or of a Textual theme: the defaults stay reliable, and copying a file under a new name
is the way to vary one. Nothing here touches Textual's own theme table.
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import re
import tomllib
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import BUILTIN_THEMES, Theme

OUR_VARIABLES = ("talk-good", "talk-amber", "talk-red", "timer-overtime")
DEFAULT_THEME = "infocoach-dark"

COLOUR_FIELDS = (
    "primary", "secondary", "accent", "foreground", "background",
    "surface", "panel", "boost", "warning", "error", "success",
)  # fmt: skip
NUMBER_FIELDS = ("luminosity_spread", "text_alpha")
FIELDS = ("name", *COLOUR_FIELDS, "dark", *NUMBER_FIELDS, "variables")
REQUIRED = ("name", "primary", "foreground", "background", "warning", "error", "success")
REQUIRED_WHEN_COMPLETE = ("name", *COLOUR_FIELDS, "dark")

_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_PERCENT = re.compile(r"\d{1,3}%\Z")
_HEADER = re.compile(r"\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"""\s*([\w"'. -]+?)\s*=""")
_TOML_AT = re.compile(r"(.*) \(at line (\d+), column (\d+)\)$")


class ThemeProblem(Exception):
    """A theme file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: " + "; ".join(problems))
        self.path = path
        self.problems = problems


def builtin_themes_dir() -> Path:
    """The shipped themes: packaged as ``infocoach/_themes`` in a wheel, else the checkout's."""
    packaged = importlib.resources.files("infocoach") / "_themes"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    # A source checkout or editable install: the repository's top-level themes/ folder.
    return Path(__file__).resolve().parents[2] / "themes"


@functools.cache
def textual_variables() -> frozenset[str]:
    """The CSS variables Textual generates from a theme, which ``[variables]`` may override."""
    names: set[str] = set()
    for dark in (True, False):
        probe = Theme(name="probe", primary="#808080", dark=dark)
        names |= probe.to_color_system().generate().keys()
    return frozenset(names - set(COLOUR_FIELDS))


def load_theme_file(path: Path, *, complete: bool = False) -> Theme:
    """Read one theme file; raises :class:`ThemeProblem` listing everything wrong with it."""
    path = Path(path)
    if path.exists() and not path.is_dir() and not path.is_file():  # reading a named pipe never ends
        raise ThemeProblem(path, ["is not a regular file (a named pipe or a device)"])
    try:
        text = path.read_bytes().decode("utf-8")
    except IsADirectoryError as exc:
        raise ThemeProblem(path, ["is a folder, not a theme file"]) from exc
    except OSError as exc:
        raise ThemeProblem(path, [f"could not be read ({exc.strerror or exc})"]) from exc
    except UnicodeDecodeError as exc:
        raise ThemeProblem(path, ["is not UTF-8 text"]) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_AT.match(str(exc))
        where = f"line {found[2]}, column {found[3]}: " if found else ""
        reason = found[1] if found else str(exc)
        raise ThemeProblem(path, [f"{where}not valid TOML ({reason})"]) from exc
    checker = _Checker(_key_lines(text))
    theme = checker.build(data, complete=complete)
    if theme is None:
        raise ThemeProblem(path, checker.messages())
    return theme


def load_themes(builtin_dir: Path, user_dir: Path | None) -> tuple[dict[str, Theme], list[str]]:
    """Every usable theme by name, and one line per bad file (or folder). Never raises."""
    themes: dict[str, Theme] = {}
    origin: dict[str, Path] = {}
    problems: list[str] = []
    builtin_names: set[str] = set()
    sources = [(builtin_dir, True)] + ([(user_dir, False)] if user_dir is not None else [])
    for directory, builtin in sources:
        for path in _theme_files(directory, builtin, problems):
            try:
                theme = load_theme_file(path, complete=builtin)
            except ThemeProblem as exc:
                problems.append(f"{display_path(path)}: {'; '.join(exc.problems)}")
                continue
            clash = _name_clash(theme.name, builtin, builtin_names, origin)
            if clash:
                problems.append(f"{display_path(path)}: {clash}")
                continue
            themes[theme.name] = theme
            origin[theme.name] = path
            if builtin:
                builtin_names.add(theme.name)
    return themes, problems


def theme_names(themes: dict[str, Theme]) -> list[str]:
    """Names in alphabetical order, the default first."""
    return sorted(themes, key=lambda name: (name != DEFAULT_THEME, name))


def contrast_ratio(first: str | Color, second: str | Color) -> float:
    """WCAG 2 contrast ratio between two opaque colours: 1.0 (none) to 21.0 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def display_path(path: Path) -> str:
    """The path as a person would type it: ``~/...`` under the home folder."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except (ValueError, RuntimeError):
        return str(path)


def _luminance(colour: str | Color) -> float:
    parsed = Color.parse(colour) if isinstance(colour, str) else colour
    channels = [c / 255 for c in parsed.rgb]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _theme_files(directory: Path, builtin: bool, problems: list[str]) -> list[Path]:
    try:
        entries = list(directory.iterdir())
    except FileNotFoundError:
        if builtin:
            problems.append(f"{display_path(directory)}: the shipped themes are missing")
        return []  # no user themes folder is normal
    except NotADirectoryError:
        problems.append(f"{display_path(directory)}: is not a folder, so no themes were read")
        return []
    except OSError as exc:
        problems.append(f"{display_path(directory)}: could not be read ({exc.strerror or exc})")
        return []
    # Dot files are editor backups and lock files, not themes.
    return sorted(p for p in entries if p.suffix == ".toml" and not p.name.startswith("."))


def _name_clash(name: str, builtin: bool, builtin_names: set[str], origin: dict[str, Path]) -> str:
    if not builtin and name in builtin_names:
        return f"'{name}' is the name of a shipped theme; give yours a name of its own"
    if name in BUILTIN_THEMES:
        return f"'{name}' is the name of one of Textual's themes; give yours a name of its own"
    if name in origin:
        return f"'{name}' is already the name of the theme in {origin[name].name}"
    return ""


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Where each key is set, for messages; best effort (the TOML is already known valid)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), 1):
        if header := _HEADER.match(line):
            table = tuple(part.strip().strip("\"'") for part in header[1].split("."))
            lines.setdefault(table, number)
        elif key := _KEY.match(line):
            parts = tuple(part.strip().strip("\"'") for part in key[1].split("."))
            lines.setdefault(table + parts, number)
    return lines


def _close(word: str, choices: list[str] | frozenset[str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


class _Checker:
    """Collects problems (with line numbers where known) while building one theme."""

    def __init__(self, lines: dict[tuple[str, ...], int]) -> None:
        self.lines = lines
        self.found: list[tuple[float, str]] = []

    def problem(self, key: tuple[str, ...] | None, message: str) -> None:
        line = self.lines.get(key) if key else None
        self.found.append((line or float("inf"), f"line {line}: {message}" if line else message))

    def messages(self) -> list[str]:
        return [message for _, message in sorted(self.found, key=lambda item: item[0])]

    def build(self, data: dict[str, Any], *, complete: bool) -> Theme | None:
        fields: dict[str, Any] = {}
        for key, value in data.items():
            if key == "name":
                fields["name"] = self.check_name(value)
            elif key in COLOUR_FIELDS:
                fields[key] = self.check_colour((key,), value)
            elif key == "dark":
                if isinstance(value, bool):
                    fields["dark"] = value
                else:
                    self.problem((key,), f"'dark' should be true or false, not {value!r}")
            elif key in NUMBER_FIELDS:
                number = isinstance(value, int | float) and not isinstance(value, bool)
                if number and 0 <= value <= 1:
                    fields[key] = float(value)
                else:
                    self.problem((key,), f"'{key}' should be a number from 0 to 1, not {value!r}")
            elif key == "variables":
                fields["variables"] = self.check_variables(value)
            elif key in OUR_VARIABLES or key in textual_variables():
                self.problem((key,), f"'{key}' is a variable: put it under [variables]")
            else:
                self.problem((key,), f"'{key}' is not a theme field{_close(key, FIELDS)}")
        required = REQUIRED_WHEN_COMPLETE if complete else REQUIRED
        missing = [key for key in required if key not in data]
        if missing:
            self.problem(None, "missing " + ", ".join(f"'{key}'" for key in missing))
        variables = data.get("variables")
        given = variables if isinstance(variables, dict) else {}
        missing = [name for name in OUR_VARIABLES if name not in given]
        if complete and missing:
            self.problem(None, "missing variables " + ", ".join(f"'{name}'" for name in missing))
        if self.found:
            return None
        if "dark" not in fields:
            fields["dark"] = Color.parse(fields["background"]).brightness < 0.5
        return Theme(**fields)

    def check_name(self, value: object) -> str | None:
        if isinstance(value, str) and _NAME.match(value):
            return value
        if not isinstance(value, str) or not value.strip():
            self.problem(("name",), f"'name' should be text, like \"my-theme\", not {value!r}")
            return None
        slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-theme"
        rule = "should be lowercase letters, digits and hyphens"
        self.problem(("name",), f"name {value!r} {rule}, like '{slug}'")
        return None

    def check_colour(self, key: tuple[str, ...], value: object, *, css: bool = False) -> str | None:
        """A colour Textual can parse; ``css`` also allows "<colour> 50%" and "auto 87%"."""
        label = key[-1]
        if not isinstance(value, str):
            like = 'like "#5b9bd5"'
            self.problem(key, f"'{label}' should be a colour in quotes, {like}, not {value!r}")
            return None
        base, _, alpha = value.strip().rpartition(" ")
        if not (css and base and _PERCENT.match(alpha)):
            base = value
        if css and base == "auto" and base != value:
            return value
        try:
            Color.parse(base)
        except ColorParseError as exc:
            suggestion = exc.suggested_color
            hint = f" (did you mean '{suggestion}'?)" if suggestion else ' (use "#rrggbb")'
            self.problem(key, f"'{label}' = {value!r} is not a colour{hint}")
            return None
        return value

    def check_variables(self, value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            self.problem(("variables",), "'variables' should be a table: a [variables] section")
            return {}
        known = textual_variables()
        variables: dict[str, str] = {}
        for name, setting in value.items():
            key = ("variables", name)
            if name in COLOUR_FIELDS:
                self.problem(key, f"'{name}' is a theme field: set it above [variables], not in it")
            elif name not in OUR_VARIABLES and name not in known:
                choices = known | frozenset(OUR_VARIABLES)
                self.problem(key, f"'{name}' is not a theme variable{_close(name, choices)}")
            elif name.endswith("text-style") or name.startswith("link-style"):
                words = setting.split() if isinstance(setting, str) else [None]
                if not words or any(word not in VALID_STYLE_FLAGS for word in words):
                    example = 'like "bold", "italic underline" or "none"'
                    self.problem(key, f"'{name}' = {setting!r} is not a text style ({example})")
                else:
                    variables[name] = setting
            else:
                # Ours appear in CSS as "$talk-good 40%", so they must be plain colours.
                colour = self.check_colour(key, setting, css=name not in OUR_VARIABLES)
                if colour is not None:
                    variables[name] = colour
        return variables
