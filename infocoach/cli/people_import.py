"""``infocoach import --from linkedin|vcard FILE``: your connections, or a phone's contacts, in one command.

The whole file is read and planned against the stored contacts first
(:mod:`infocoach.core.imports`); a file that cannot be read stops everything with the line it
stopped at (exit 2), so nothing is ever half imported. The plan is written in one write. It
can be run again and again: who is already here is found and counts as unchanged, who changed
jobs is updated and said so, and a field edited in infocoach is kept. ``--dry-run`` prints
every change it would make and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infocoach.cli.common import settings_with_warnings
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock, iso
from infocoach.core.imports.linkedin_csv import read_connections
from infocoach.core.imports.merge import ADDED, UNCHANGED, ImportPlan, plan_import
from infocoach.core.imports.people import ReadProblem, ReadResult
from infocoach.core.imports.plan_text import change_line, summary
from infocoach.core.imports.vcard_cards import read_cards
from infocoach.core.records.model import Contact
from infocoach.store import Store
from infocoach.store.config import resolve_paths, system_timezone

NOTHING_WRITTEN = "Nothing was written."
# LinkedIn's export of 30,000 connections is about 4 MB; a phone's cards with photos, tens of MB.
MAX_BYTES = 200 * 1024 * 1024
WHAT = {"linkedin": "LinkedIn's Connections.csv", "vcard": "a vCard file (.vcf)"}


def import_people(args: argparse.Namespace) -> int:
    kind = args.source
    name = "standard input" if args.file == "-" else args.file
    found = _read_people(_read(args.file, kind), kind, name)
    paths = resolve_paths(args.db)
    settings = settings_with_warnings(paths)
    # Before the first run has set a time zone, people get this machine's (as the first-run
    # form suggests), not UTC: most connections live where the user does.
    timezone = settings.timezone if paths.config_file.exists() else system_timezone()
    clock = SystemClock()
    dry_run = bool(args.dry_run)

    def planned(existing: list[Contact]) -> ImportPlan:
        return plan_import(found, existing, source=kind, timezone=timezone, now=iso(clock.now()))

    if dry_run and not paths.data_file.exists() and not paths.data_file.is_symlink():
        plan = planned([])  # no database yet: everyone would be new
    else:
        with Store.open(paths.data_file, clock=clock, readonly=dry_run) as store:
            plan = planned(store.contacts())
            if not dry_run and plan.contacts:
                store.import_records(plan.contacts, [])
    for change in plan.changes:
        if (change.kind == UNCHANGED and not change.details) or (change.kind == ADDED and not dry_run):
            continue  # the summary counts them: a first import of 10,000 people is not 10,000 lines
        print(change_line(change, dry_run=dry_run))
    if dry_run:
        print(f"Dry run of {name}: {summary(plan)}")
        print("Nothing was written (--dry-run).")
    else:
        print(f"Imported {name}: {summary(plan)}")
        print(f"Database: {paths.data_file}")
    return EXIT_OK


def _read_people(data: bytes, kind: str, name: str) -> ReadResult:
    try:
        return read_connections(data) if kind == "linkedin" else read_cards(data)
    except ReadProblem as problem:
        raise UsageProblem(f"{name}, line {problem.line}: {problem.message} {NOTHING_WRITTEN}") from None


def _read(name: str, kind: str) -> bytes:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(name)
        try:
            with path.open("rb") as file:
                data = file.read(MAX_BYTES + 1)  # enough to tell it is too big, never a whole disk
        except FileNotFoundError:
            raise UsageProblem(f"{path}: no such file. {NOTHING_WRITTEN}") from None
        except IsADirectoryError:
            raise UsageProblem(f"{path} is a folder, not {WHAT[kind]}. {NOTHING_WRITTEN}") from None
        except OSError as exc:
            raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}. {NOTHING_WRITTEN}") from None
    if len(data) > MAX_BYTES:
        raise UsageProblem(
            f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB, far more than {WHAT[kind]} holds. {NOTHING_WRITTEN}"
        )
    return data
