"""``infocoach calendar ID [-o FILE]``: a scheduled meeting as an iCalendar (.ics) event.

Reads the database without locking it (the app may be open), writes the event to standard
output or, atomically, to FILE. Never loads Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from infocoach.cli import EXIT_OK, UsageProblem
from infocoach.config import load_settings, resolve_paths
from infocoach.core.calendar import meeting_event_ics
from infocoach.core.clock import SystemClock
from infocoach.safe_files import atomic_write
from infocoach.store import Store, StoreError


def calendar_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    target = None if args.output in (None, "-") else Path(args.output)
    if target is not None and _same_file(target, paths.data_file):
        raise UsageProblem(f"{target} is the database itself; choose another file for the event (-o).")
    settings, warnings = load_settings(paths.config_file)
    for warning in warnings:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    clock = SystemClock()
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        meeting = store.meeting(args.meeting_id)
        if meeting is None:
            raise UsageProblem(
                f"There is no meeting with id {args.meeting_id!r}. "
                "See the meetings and their ids with: infocoach list"
            )
        contact = store.contact(meeting.contact_id)
    if contact is None:
        raise StoreError(
            f"Meeting {meeting.id} refers to contact {meeting.contact_id}, "
            "which is not in the database."
        )
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


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through symlinks, hard links or ``..``)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the names
        return a.expanduser().resolve() == b.expanduser().resolve()
