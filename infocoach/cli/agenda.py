"""``infocoach agenda``: what is due today (and in the next days), for a shell start-up file.

It reads the last save without taking the lock, as ``list`` does, so it works while the app
is open. It is short and plain (no colour: it is read in every new terminal, and piped), and
it starts fast: what it imports is only what it needs (see benchmarks/README.md).
``--notify`` sends what is due now as desktop notifications instead (cli/desktop_notify.py).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from infocoach.cli.outcomes import EXIT_OK, UsageProblem

if TYPE_CHECKING:
    from infocoach.core.agenda import AgendaItem
    from infocoach.core.settings import Settings

MAX_DAYS = 60  # infocoach.core.agenda.MAX_DAYS, said here without importing the agenda's logic
NO_DATABASE = "Nothing to do yet: no meetings are saved. Add a contact in the app (infocoach), or try: infocoach demo"


def agenda_command(args: argparse.Namespace) -> int:
    days = args.days
    if not 0 <= days <= MAX_DAYS:
        raise UsageProblem(f"--days {days} is out of range: give a number of days from 0 (today only) to {MAX_DAYS}.")
    from infocoach.store.config import load_settings, resolve_paths

    paths = resolve_paths(args.db)
    if _is_new(paths.data_file):
        if args.notify:
            from infocoach.cli.desktop_notify import notify

            return notify([])
        if args.format == "json":
            print(json.dumps({"items": []}))
        else:
            print(NO_DATABASE)
        return EXIT_OK
    settings, warnings = load_settings(paths.config_file)
    for warning in warnings:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    items = _read_agenda(paths.data_file, settings, days)
    if args.notify:
        from infocoach.cli.desktop_notify import notify

        return notify([item for item in items if item.now])
    if args.format == "json":
        from infocoach.cli.safe_output import write_data

        write_data(json.dumps({"items": [_as_json(item) for item in items]}, ensure_ascii=False, indent=2) + "\n")
    else:
        print(agenda_text(items, days))
    return EXIT_OK


def _read_agenda(path: Path, settings: Settings, days: int) -> list[AgendaItem]:
    from infocoach.core.agenda import agenda_items
    from infocoach.core.clock import SystemClock
    from infocoach.store import Store

    clock = SystemClock()
    with Store.open(path, clock=clock, readonly=True) as store:
        contacts, meetings, targets = store.contacts(), store.meeting_heads(), store.targets()
    return agenda_items(meetings, contacts, targets, clock.now(), settings, days)


def _as_json(item: AgendaItem) -> dict[str, object]:
    return {
        "kind": item.kind.value,
        "meeting": item.meeting_id,
        "contact": item.contact,
        "due": item.due.isoformat(),
        "what": item.what,
        "now": item.now,
        "overdue": item.overdue,
        "person": item.person,
    }


def agenda_text(items: list[AgendaItem], days: int) -> str:
    """Today's items, then the coming days' with their day; a kind line when nothing is due."""
    from infocoach.core.agenda import day_text
    from infocoach.core.terminal_text import terminal_safe

    ahead = f"the next {days} days" if days != 1 else "tomorrow"
    today = [item for item in items if item.now]
    later = [item for item in items if not item.now]
    if not items:
        return "Nothing due today. Enjoy your day." if not days else f"Nothing due today or in {ahead}."
    lines = ["Today:" if today else "Nothing due today."]
    lines += [f"  - {terminal_safe(item.what, single_line=True)}" for item in today]
    if later:
        lines.append(f"In {ahead}:" if days != 1 else "Tomorrow:")
        lines += [f"  - {day_text(item.due)}: {terminal_safe(item.what, single_line=True)}" for item in later]
    return "\n".join(lines)


def _is_new(path: Path) -> bool:
    """Whether nothing has been saved at ``path`` yet: no file there, nothing in its way, and
    the nearest folder above it is a folder (anything else is the store's to explain)."""
    try:
        os.lstat(path)
        return False
    except FileNotFoundError:
        pass
    except OSError:  # e.g. a parent is a file, or cannot be looked into
        return False
    for parent in path.parents:
        try:
            return stat.S_ISDIR(os.stat(parent).st_mode)
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return False
