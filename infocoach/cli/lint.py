"""``infocoach lint``: check a file or standard input against the coach's rules.

Output looks like a compiler's (``NAME:LINE:COL: SEVERITY RULE: MESSAGE``) or JSON. Exit
status: 0 no findings, 1 findings (warnings included), 2 usage problems. With ``--meeting ID``
the message is read as written to that meeting's contact: the greeting follows how they asked
to be addressed (first name, full name, else honorific + surname), and the channel defaults to
the meeting's. The database is only read, never locked or changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from infocoach.cli.common import meeting_and_contact
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock
from infocoach.core.coach import Addressee, Finding, Severity, lint
from infocoach.core.describe import count_of
from infocoach.store import Store
from infocoach.store.config import load_settings, resolve_paths

EXIT_FINDINGS = 1


def lint_command(args: argparse.Namespace) -> int:
    text = _read_text(args.file)
    paths = resolve_paths(getattr(args, "db", None))
    settings, warnings = load_settings(paths.config_file)
    for warning in warnings:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    addressee, channel = None, args.channel
    if args.meeting is not None:
        addressee, meeting_channel = _recipient(paths.data_file, args.meeting)
        channel = channel or meeting_channel
    try:
        findings = lint(
            text,
            args.kind,
            channel=channel or "email",
            note_limit=settings.linkedin_note_limit,
            addressee=addressee,
        )
    except ValueError as problem:  # argparse checks the choices; this guards direct callers
        raise UsageProblem(str(problem)) from None
    if args.format == "json":
        print(json.dumps({"findings": [_record(f) for f in findings]}, ensure_ascii=False, indent=2))
    else:
        name = "-" if args.file == "-" else args.file
        for f in findings:
            print(f"{name}:{f.line}:{f.column}: {f.severity} {f.rule}: {f.message}")
        print(summary(findings), file=sys.stderr)
    return EXIT_FINDINGS if findings else EXIT_OK


def _recipient(data_file: Path, meeting_id: str) -> tuple[Addressee, str]:
    """The contact of meeting ``meeting_id`` as an Addressee, and the meeting's channel."""
    if not data_file.exists():
        raise UsageProblem(f"There is no database at {data_file}, so no meeting {meeting_id!r} to look up.")
    with Store.open(data_file, clock=SystemClock(), readonly=True) as store:
        meeting, contact = meeting_and_contact(store, meeting_id)
    return Addressee.of(contact), meeting.channel


def summary(findings: list[Finding]) -> str:
    """The closing line, e.g. ``2 problems (1 error, 1 warning)`` or ``No problems found.``"""
    if not findings:
        return "No problems found."
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = len(findings) - errors
    return f"{count_of(len(findings), 'problem')} ({count_of(errors, 'error')}, {count_of(warnings, 'warning')})"


def _record(finding: Finding) -> dict[str, object]:
    return {
        "rule": finding.rule,
        "severity": str(finding.severity),
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "start": finding.start,
        "end": finding.end,
    }


def _read_text(name: str) -> str:
    """The text to check, from a file or (for "-") standard input, as UTF-8."""
    if name == "-":
        raw = sys.stdin.buffer.read()
        where = "standard input"
    else:
        path = Path(name)
        where = str(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise UsageProblem(f"{path}: no such file") from None
        except IsADirectoryError:
            raise UsageProblem(f"{path} is a directory, not a text file") from None
        except OSError as exc:
            raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageProblem(f"{where} is not UTF-8 text") from None
    return text.removeprefix("\ufeff")
