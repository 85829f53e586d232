"""Subcommands that read or write data without opening the app: export, import, list, paths."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from infocoach.cli import EXIT_OK, UsageProblem
from infocoach.config import load_settings, resolve_paths
from infocoach.core.clock import SystemClock
from infocoach.core.exchange import DocumentProblem, dumps_document, export_document, parse_document
from infocoach.core.present import meeting_row
from infocoach.safe_files import atomic_write
from infocoach.store import Store, StoreError


def export_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    target = None if args.output in (None, "-") else Path(args.output)
    if target is not None and _same_file(target, paths.data_file):
        # Writing the export over the database would replace it with a file it cannot open.
        raise UsageProblem(
            f"{target} is the database itself; choose another file for the export (-o)."
        )
    # A shared lock: an export may run beside another export, never beside a half-done write.
    with Store.open(paths.data_file, clock=SystemClock(), readonly=True) as store:
        text = dumps_document(export_document(store.contacts(), store.meetings()))
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        atomic_write(target, text.encode("utf-8"))
    except OSError as exc:
        raise StoreError(f"could not write {target}: {exc.strerror or exc}") from None
    print(f"Exported to {target}.", file=sys.stderr)
    return EXIT_OK


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through symlinks, hard links or ``..``)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the names
        return a.expanduser().resolve() == b.expanduser().resolve()


def import_command(args: argparse.Namespace) -> int:
    raw = _read_input(args.file)
    try:
        contacts, meetings = parse_document(raw)
    except DocumentProblem as problem:
        details = "\n".join(f"  - {p}" for p in problem.problems)
        raise UsageProblem(f"{args.file} was not imported; nothing was written:\n{details}") from None
    paths = resolve_paths(args.db)
    with Store.open(paths.data_file, clock=SystemClock()) as store:
        added, updated = store.import_records(contacts, meetings)
    print(
        f"Imported {len(contacts)} contacts and {len(meetings)} meetings into "
        f"{paths.data_file} ({added} added, {updated} replaced)."
    )
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
    with Store.open(paths.data_file, clock=SystemClock(), readonly=True) as store:
        contacts = {c.id: c for c in store.contacts()}
        meetings = store.meetings(include_archived=args.archived)
    rows = [meeting_row(m, contacts.get(m.contact_id), settings.timezone) for m in meetings]
    if args.status:
        rows = [r for r in rows if r.status == args.status]
    rows.sort(key=lambda r: r.sort_date, reverse=True)
    if args.format == "json":
        records = [
            {
                "id": r.meeting_id,
                "contact": r.contact,
                "organization": r.organization,
                "date": r.date,
                "status": r.status,
                "talk_share": r.talk,
            }
            for r in rows
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No meetings." if not args.status else f"No {args.status} meetings.")
        return EXIT_OK
    width = max(len(r.contact) for r in rows)
    for r in rows:
        print(f"{r.meeting_id:<14} {r.date:<10}  {r.status:<11}  {r.contact:<{width}}  {r.organization}")
    return EXIT_OK


def paths_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    print(f"data file:   {paths.data_file}")
    print(f"config file: {paths.config_file}")
    print(f"backups:     {paths.backups_dir}")
    print(f"themes:      {paths.themes_dir}")
    return EXIT_OK
