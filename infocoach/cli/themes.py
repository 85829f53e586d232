"""`infocoach themes`, and checking a --theme name before the app starts."""

from __future__ import annotations

import argparse
import sys

from textual.theme import BUILTIN_THEMES, Theme

from infocoach.app.themes import DEFAULT_THEME, builtin_themes_dir, load_themes, theme_names
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.store.config import Paths, load_settings, resolve_paths


def available_themes(paths: Paths) -> tuple[dict[str, Theme], list[str]]:
    """Our themes and the user's (by name), and a problem line per unusable theme file."""
    return load_themes(builtin_themes_dir(), paths.themes_dir)


def all_names(ours: dict[str, Theme]) -> list[str]:
    """Every name --theme accepts: ours (the default first), then Textual's own."""
    return theme_names(ours) + sorted(name for name in BUILTIN_THEMES if name not in ours)


def check_theme(name: str, ours: dict[str, Theme]) -> str:
    """The name, if a theme has it; otherwise a UsageProblem listing the valid ones."""
    names = all_names(ours)
    if name not in names:
        raise UsageProblem(f"there is no theme called {name!r}. Themes: {', '.join(names)}")
    return name


def themes_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(getattr(args, "db", None))
    ours, problems = available_themes(paths)
    settings, _ = load_settings(paths.config_file)
    current = settings.theme or DEFAULT_THEME
    for name in theme_names(ours):
        mark = " (in use)" if name == current else ""
        print(f"{name}{mark}")
    print(f"Textual's own: {', '.join(sorted(n for n in BUILTIN_THEMES if n not in ours))}")
    print(f"Your themes folder: {paths.themes_dir}")
    for line in problems:
        print(f"infocoach: not used: {line}", file=sys.stderr)
    return EXIT_OK
