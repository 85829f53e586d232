"""``infocoach calendar ID [-o FILE]``: a scheduled meeting as an iCalendar (.ics) event.

Reads the database without locking it (the app may be open), writes the event to standard
output or, atomically, to FILE. Never loads Textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infocoach.cli.common import meeting_and_contact, settings_with_warnings
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock
from infocoach.core.exports.ics_event import meeting_event_ics
from infocoach.store import Store, StoreError
from infocoach.store.config import resolve_paths
from infocoach.store.output_paths import output_problem
from infocoach.store.safe_files import atomic_write, same_file


def calendar_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    target = None if args.output in (None, "-") else Path(args.output)
    if target is not None and same_file(target, paths.data_file):
        raise UsageProblem(f"{target} is the database itself; choose another file for the event (-o).")
    if target is not None and (problem := output_problem(args.output, paths)) is not None:
        raise UsageProblem(problem)  # infocoach's own files, a folder, an empty name, a pipe
    settings = settings_with_warnings(paths)
    clock = SystemClock()
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        meeting, contact = meeting_and_contact(store, args.meeting_id)
    try:
        data = meeting_event_ics(meeting, contact, user_name=settings.user_name, now=clock.now())
    except ValueError as problem:
        raise UsageProblem(str(problem)) from None
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise StoreError(f"could not write {target}: {exc.strerror or exc}") from None
    print(f"Saved {target}.", file=sys.stderr)
    return EXIT_OK
