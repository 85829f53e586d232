"""``infocoach sheet ID [-o FILE]``: a meeting's one-page prep sheet, as Markdown.

Who, when (their time and yours), why them, your intro, the question plan grouped by TIARA with
its time budget, and your research notes: to print, or to keep open on a second screen. Reads
the database without locking it (the app may be open); writes to standard output or,
atomically, to FILE, never over infocoach's own files. Never loads Textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infocoach.cli.common import meeting_and_contact, settings_with_warnings
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock
from infocoach.core.exports.prep_sheet import prep_sheet
from infocoach.core.records.validation import is_timezone
from infocoach.store import Store, StoreError
from infocoach.store.config import protected_paths, resolve_paths
from infocoach.store.output_paths import output_problem
from infocoach.store.safe_files import atomic_write, same_file


def sheet_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    target = None if args.output in (None, "-") else Path(args.output).expanduser()
    if target is not None:
        if any(_same_place(target, kept) for kept in protected_paths(paths)):
            raise UsageProblem(f"{target} is one of infocoach's own files; choose another file for the sheet (-o).")
        if target.is_dir():
            raise UsageProblem(f"{target} is a folder; add a file name (-o).")
        if (problem := output_problem(args.output, paths)) is not None:
            raise UsageProblem(problem)  # also an empty name, temp files, a named pipe
    settings = settings_with_warnings(paths)
    with Store.open(paths.data_file, clock=SystemClock(), readonly=True) as store:
        meeting, contact = meeting_and_contact(store, args.meeting_id)
    mine = settings.timezone if is_timezone(settings.timezone) else "UTC"
    text = prep_sheet(meeting, contact, my_timezone=mine)
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        atomic_write(target, text.encode("utf-8"))
    except OSError as exc:
        raise StoreError(f"could not write {target}: {exc.strerror or exc}") from None
    print(f"Saved the prep sheet to {target}.", file=sys.stderr)
    return EXIT_OK


def _same_place(path: Path, kept: Path) -> bool:
    """Whether ``path`` is ``kept`` (through links and ``..``) or inside it (the backups folder)."""
    return same_file(path, kept) or kept.resolve() in path.resolve().parents
