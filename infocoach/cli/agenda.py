"""``infocoach agenda``: what is due today (and in the next days), for a shell start-up file.

It reads the last save without taking the lock, as ``list`` does, so it works while the app
is open. It is short and plain (no colour: it is read in every new terminal, and piped). It
starts fast: the answer is computed by :mod:`infocoach.core.agenda` and kept until it could
read differently (:mod:`infocoach.store.agenda_cache`), so most runs import only the standard
library's json. ``--notify`` sends what is due now as desktop notifications instead
(:mod:`infocoach.cli.desktop_notify`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from infocoach.cli.nothing_saved import nothing_saved_yet
from infocoach.cli.outcomes import EXIT_OK, UsageProblem

if TYPE_CHECKING:
    from infocoach.store.config import Paths

MAX_DAYS = 60  # infocoach.core.agenda.MAX_DAYS (a test keeps them equal), said without importing it
NO_DATABASE = "Nothing to do yet: no meetings are saved. Add a contact in the app (infocoach), or try: infocoach demo"

Entry = dict[str, Any]  # an item as JSON: kind, meeting, contact, due, what, now, overdue, ...


def agenda_command(args: argparse.Namespace) -> int:
    days = args.days
    if not 0 <= days <= MAX_DAYS:
        raise UsageProblem(f"--days {days} is out of range: give a number of days from 0 (today only) to {MAX_DAYS}.")
    from infocoach.store.config import resolve_paths

    paths = resolve_paths(args.db)
    new = nothing_saved_yet(paths.data_file)
    entries = [] if new else _agenda(paths, days)
    if args.notify:
        from infocoach.cli.desktop_notify import notify

        return notify([entry for entry in entries if entry["now"]])
    if args.format == "json":
        from infocoach.cli.safe_output import write_data

        write_data(json.dumps({"items": entries}, ensure_ascii=False, indent=2) + "\n")
    elif new:
        print(NO_DATABASE)
    else:
        print(agenda_text(entries, days))
    return EXIT_OK


def _agenda(paths: Paths, days: int) -> list[Entry]:
    """The entries, from the kept answer when it is still current, else computed (and kept).
    The app keeps the answer for today current while it is open (``app/agenda_keeper.py``)."""
    from infocoach.store import agenda_cache

    assert paths.cache_dir is not None  # resolve_paths always names the user's cache folder
    kept_at = agenda_cache.cache_file(paths.cache_dir, paths.data_file)
    key = agenda_cache.cache_key(paths.data_file, paths.config_file, days)
    kept = agenda_cache.read_cached(kept_at, key)
    if kept is None:
        kept, valid_until = _computed(paths, days)
        agenda_cache.write_cached(kept_at, key, valid_until, kept)
    for warning in kept["warnings"]:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    entries: list[Entry] = kept["items"]
    return entries


def _computed(paths: Paths, days: int) -> tuple[dict[str, Any], float]:
    """The agenda computed from the last save, and until when it holds (epoch seconds)."""
    from infocoach.core.clock import SystemClock
    from infocoach.store import Store, agenda_cache

    clock = SystemClock()

    def records() -> agenda_cache.Records:
        with Store.open(paths.data_file, clock=clock, readonly=True) as store:
            return store.contacts(), store.meeting_heads(), store.targets()

    return agenda_cache.computed(paths, records, clock.now(), days)


def agenda_text(entries: list[Entry], days: int) -> str:
    """Today's items, then the coming days' with their day; a kind line when nothing is due."""
    ahead = "tomorrow" if days == 1 else f"the next {days} days"
    if not entries:
        return "Nothing due today. Enjoy your day." if not days else f"Nothing due today or {ahead}."
    today = [entry for entry in entries if entry["today"]]
    later = [entry for entry in entries if not entry["today"]]
    lines = ["Today:" if today else "Nothing due today."]
    lines += [f"  - {_one_line(entry['what'])}" for entry in today]
    if later:
        lines.append("Tomorrow:" if days == 1 else f"In {ahead}:")
        lines += [f"  - {entry['day']}: {_one_line(entry['what'])}" for entry in later]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    # A newline in a name would make a line look like another item: shown, not obeyed.
    if text.isprintable():
        return text
    from infocoach.core.terminal_text import terminal_safe

    return terminal_safe(text, single_line=True)
