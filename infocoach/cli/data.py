"""Subcommands that read or write data without opening the app: export, import, list, paths.

``export`` writes JSON (the whole database, read back by ``import``), a Markdown journal, CSV
or iCalendar; the formats themselves are pure functions in ``infocoach.core``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from infocoach.cli.common import settings_with_warnings
from infocoach.cli.nothing_saved import nothing_saved_yet
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.cli.safe_output import write_data
from infocoach.core.clock import SystemClock
from infocoach.core.describe import NO_VALUE, MeetingRow, count_of, meeting_row
from infocoach.core.records.model import Meeting
from infocoach.core.terminal_text import terminal_safe
from infocoach.store import Store, StoreError
from infocoach.store.config import load_settings, resolve_paths
from infocoach.store.output_paths import output_problem
from infocoach.store.safe_files import atomic_write, same_file


def export_command(args: argparse.Namespace) -> int:
    # The formats are imported by the commands that use them: `list` starts without them.
    from infocoach.core.exports.formats import export_bytes
    from infocoach.core.exports.json_exchange import dumps_document, export_document

    paths = resolve_paths(args.db)
    target = None if args.output in (None, "-") else Path(args.output).expanduser()
    if target is not None and same_file(target, paths.data_file):
        # Writing the export over the database would replace it with a file it cannot open.
        raise UsageProblem(f"{target} is the database itself; choose another file for the export (-o).")
    if target is not None and (problem := output_problem(args.output, paths)) is not None:
        raise UsageProblem(problem)
    if nothing_saved_yet(paths.data_file):
        raise StoreError(
            f"There is no database at {paths.data_file}: nothing has been saved yet; "
            "open infocoach to add a contact, or check --db."
        )
    # JSON is the whole database and needs no settings; the other formats are in the user's
    # time zone (and the calendar names the user), so they read the settings file.
    settings = settings_with_warnings(paths) if args.format != "json" else None
    clock = SystemClock()
    # A shared lock: an export may run beside another export, never beside a half-done write.
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        contacts, meetings, targets = store.contacts(), store.meetings(), store.targets()
    if settings is None:
        text = dumps_document(export_document(contacts, meetings, targets))
        if target is None:
            write_data(text)
            return EXIT_OK
        data = text.encode("utf-8")
    else:
        try:
            data = export_bytes(args.format, contacts, meetings, settings, clock.now(), targets)
        except ValueError as problem:  # a stored meeting the calendar cannot hold
            raise StoreError(f"could not export the calendar: {problem}") from None
        if target is None:
            # The bytes as made: UTF-8 whatever the locale, and CSV and iCalendar keep CRLF.
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return EXIT_OK
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise StoreError(f"could not write {target}: {exc.strerror or exc}") from None
    print(f"Exported to {target}.", file=sys.stderr)
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    from infocoach.core.exports.json_exchange import DocumentProblem, parse_exchange

    raw = _read_input(args.file)
    try:
        contacts, meetings, targets = parse_exchange(raw)
    except DocumentProblem as problem:
        details = "\n".join(f"  - {p}" for p in problem.problems)
        raise UsageProblem(f"{args.file} was not imported; nothing was written:\n{details}") from None
    paths = resolve_paths(args.db)
    with Store.open(paths.data_file, clock=SystemClock()) as store:
        added, updated = store.import_records(contacts, meetings, targets)
    unchanged = len(contacts) + len(meetings) + len(targets) - added - updated
    source = "standard input" if args.file == "-" else args.file
    employers = f", {count_of(len(targets), 'target employer')}" if targets else ""
    print(
        f"Read {count_of(len(contacts), 'contact')}{employers} and {count_of(len(meetings), 'meeting')} "
        f"from {source}: {added} added, {updated} replaced, {unchanged} already up to date."
    )
    print(f"Database: {paths.data_file}")
    return EXIT_OK


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageProblem(f"{path} is a directory, not an export file") from None
    except OSError as exc:
        raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}") from None


def list_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    settings, warnings = load_settings(paths.config_file)
    for warning in warnings:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    if nothing_saved_yet(paths.data_file):
        # A fresh machine: nothing has been saved yet, which is not an error.
        if args.format == "json":
            print("[]")
        else:
            print(FIRST_RUN_HINT)
        return EXIT_OK
    with Store.open(paths.data_file, clock=SystemClock(), readonly=True) as store:
        contacts = {c.id: c for c in store.contacts()}
        meetings = store.meetings()
    if not args.archived:  # as History does: hide archived meetings and archived contacts
        meetings = [
            m for m in meetings if not m.archived and not (m.contact_id in contacts and contacts[m.contact_id].archived)
        ]
    pairs = [(meeting_row(m, contacts.get(m.contact_id), settings.timezone), m) for m in meetings]
    if args.status:
        pairs = [(r, m) for r, m in pairs if r.status == args.status]
    pairs.sort(key=lambda pair: pair[0].sort_date, reverse=True)
    # Cells on one line each, every control character shown (a newline in a name would
    # break the table; the output layer would show it anyway, but after the widths).
    rows = [_one_line_row(r) for r, _ in pairs]
    if args.format == "json":
        records = [
            {
                "id": r.meeting_id,
                "contact": r.contact,
                "organization": r.organization,
                "date": None if r.date == NO_VALUE else r.date,
                "status": r.status,
                "talk_share_percent": _talk_percent(r.talk, m),
            }
            for r, m in pairs
        ]
        write_data(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        print("No meetings." if not args.status else f"No {args.status} meetings.")
        return EXIT_OK
    id_w = max(len("ID"), *(len(r.meeting_id) for r in rows))
    date_w = max(len("DATE"), *(len(r.date) for r in rows))
    status_w = max(len("STATUS"), *(len(r.status) for r in rows))
    contact_w = max(len("CONTACT"), *(len(r.contact) for r in rows))

    def line(ident: str, date: str, status: str, contact: str, organization: str) -> str:
        text = f"{ident:<{id_w}}  {date:<{date_w}}  {status:<{status_w}}  {contact:<{contact_w}}"
        return f"{text}  {organization}".rstrip()

    print(line("ID", "DATE", "STATUS", "CONTACT", "ORGANIZATION"))
    for r in rows:
        print(line(r.meeting_id, r.date, r.status, r.contact, r.organization))
    return EXIT_OK


def _one_line_row(row: MeetingRow) -> MeetingRow:
    return replace(
        row,
        meeting_id=terminal_safe(row.meeting_id, single_line=True),
        contact=terminal_safe(row.contact, single_line=True),
        organization=terminal_safe(row.organization, single_line=True),
    )


FIRST_RUN_HINT = "No meetings yet. Add a contact in the app (infocoach), or try: infocoach demo"


def _talk_percent(shown: str, meeting: Meeting) -> int | None:
    """The talk share as a whole percent where History shows one, else None."""
    share = meeting.talk.share if meeting.talk is not None else None
    if shown == NO_VALUE or share is None:
        return None
    return round(share * 100)


def paths_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    print(f"data file:   {paths.data_file}")
    print(f"config file: {paths.config_file}")
    print(f"backups:     {paths.backups_dir}")
    print(f"themes:      {paths.themes_dir}")
    if paths.cache_dir is not None:  # what `infocoach agenda` keeps between runs (it names contacts)
        from infocoach.store.agenda_cache import cache_file

        print(f"agenda:      {cache_file(paths.cache_dir, paths.data_file)}")
    return EXIT_OK
