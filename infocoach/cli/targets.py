"""``infocoach targets``: the LAMP list in a shell, best first, with the next step at each.

Read-only (a shared lock, like ``list``). Text is a table for people, the top five marked as
this week's focus; ``--format json`` is ``{"targets": [...]}`` for scripts, each target with
``name, advocacy, motivation, posting, people, next_step`` (and more).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

from infocoach.cli.common import settings_with_warnings
from infocoach.cli.nothing_saved import nothing_saved_yet
from infocoach.cli.outcomes import EXIT_OK
from infocoach.cli.safe_output import write_data
from infocoach.core.campaign.lamp import TargetRow, lamp_rows
from infocoach.core.campaign.pacing import is_3b7
from infocoach.core.clock import SystemClock
from infocoach.core.terminal_text import terminal_safe
from infocoach.store import Store
from infocoach.store.config import resolve_paths

NO_TARGETS = (
    "No target employers yet. Add the employers you want to work for on the Targets screen "
    "(open infocoach; it is reached from History), or try: infocoach demo"
)
NO_ARCHIVED_HINT = "All your targets are archived; see them with: infocoach targets --archived"
FOCUS_MARK = "*"
NAME_WIDTH = 28
PEOPLE_WIDTH = 28
LEGEND = "M = Motivation (1-5), P = Posting (3 = your role, 2 = some, 1 = none), A = Advocacy (someone there)"


def targets_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    settings = settings_with_warnings(paths)
    rows: list[TargetRow] = []
    archived_only = False
    if not nothing_saved_yet(paths.data_file):  # a fresh machine has no targets, which is not an error
        clock = SystemClock()
        with Store.open(paths.data_file, clock=clock, readonly=True) as store:
            targets, contacts, meetings = store.targets(), store.contacts(), store.meeting_heads()
        rows = lamp_rows(targets, contacts, meetings, clock.now(), settings, include_archived=args.archived)
        archived_only = not rows and any(t.archived for t in targets)
    if args.format == "json":
        write_data(json.dumps({"targets": [_record(row) for row in rows]}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        print(NO_ARCHIVED_HINT if archived_only else NO_TARGETS)
        return EXIT_OK
    _print_table(rows)
    print()
    print(LEGEND)
    pacing = "3B7 (business days)" if is_3b7(settings) else f"one follow-up after {settings.follow_up_days} days"
    print(f"{FOCUS_MARK} this week's focus: the top five. Pacing: {pacing}.")
    return EXIT_OK


def _person_name(row: TargetRow, contact_id: str) -> str | None:
    person = next((p for p in row.people if p.id == contact_id), None)
    return person.display_name if person is not None else None


def _record(row: TargetRow) -> dict[str, Any]:
    target = row.target
    return {
        "id": target.id,
        "name": target.name,
        "advocacy": row.advocacy,
        "advocacy_setting": target.advocacy,
        "motivation": target.motivation,
        "posting": target.posting,
        "people": [person.display_name for person in row.people],
        "next_step": row.next_step,
        "focus": row.focus,
        "archived": target.archived,
        "parallel_requests": target.parallel_requests,
        "notes": target.notes,
        "contacts": [
            {
                "id": person.id,
                "name": person.display_name,
                "role": person.role,
                "statuses": row.statuses(person.id),
                "reply": row.replies.get(person.id, "") or None,
            }
            for person in row.people
        ],
    }


MIN_STEP_WIDTH = 16  # narrower than this, the step is written whole and wraps


def _clip(text: str, width: int) -> str:
    """One line, every control character shown, and at most ``width`` characters."""
    text = terminal_safe(text, single_line=True)
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(rows: list[TargetRow]) -> None:
    """EMPLOYER, M(otivation), P(osting), A(dvocacy), PEOPLE and NEXT STEP: LAMP's own letters."""
    names = [_clip(r.name + (" (archived)" if r.target.archived else ""), NAME_WIDTH) for r in rows]
    people = [_clip(", ".join(p.display_name for p in r.people) or "-", PEOPLE_WIDTH) for r in rows]
    name_w = max(len("EMPLOYER"), *(len(n) for n in names))
    people_w = max(len("PEOPLE"), *(len(p) for p in people))

    # On a terminal the next step is clipped to its width (a line that wraps breaks the table);
    # into a pipe or a file it is written whole.
    columns = shutil.get_terminal_size().columns if sys.stdout.isatty() else 0
    room = columns - (1 + 1 + name_w + 2 + 1 + 2 + 1 + 2 + 3 + 2 + people_w + 2)

    def line(mark: str, name: str, motivation: str, posting: str, advocacy: str, who: str, step: str) -> str:
        text = f"{mark:<1} {name:<{name_w}}  {motivation:>1}  {posting:>1}  {advocacy:<3}  {who:<{people_w}}"
        if room >= MIN_STEP_WIDTH:
            step = step if len(step) <= room else step[: room - 1] + "…"
        return f"{text}  {step}".rstrip()

    print(line("", "EMPLOYER", "M", "P", "A", "PEOPLE", "NEXT STEP"))
    for row, name, who in zip(rows, names, people, strict=True):
        mark = FOCUS_MARK if row.focus else ""
        advocacy = "yes" if row.advocacy else "no"
        step = terminal_safe(row.next_step, single_line=True)
        print(line(mark, name, str(row.target.motivation), str(row.target.posting), advocacy, who, step))
