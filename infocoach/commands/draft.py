"""``infocoach draft outreach|followup --meeting ID [--channel email|linkedin]``: print a draft.

The same drafts the Prep screen writes, for pasting anywhere: an email prints as a
"Subject: …" line, a blank line and the body; a LinkedIn note prints as its one paragraph.
What the user must fix before sending goes to standard error as "infocoach: note: …" lines,
so standard output is the message alone. Reads the database without locking it (the app may
be open). Never loads Textual.
"""

from __future__ import annotations

import argparse
import sys

from infocoach.cli import EXIT_OK, UsageProblem
from infocoach.commands.common import meeting_and_contact, settings_with_warnings
from infocoach.config import resolve_paths
from infocoach.core.clock import SystemClock
from infocoach.core.drafts import busy_times, draft_followup, draft_outreach
from infocoach.core.slots import format_slot
from infocoach.core.validation import is_timezone
from infocoach.store import Store


def draft_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    settings = settings_with_warnings(paths)
    clock = SystemClock()
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        meeting, contact = meeting_and_contact(store, args.meeting)
        busy = busy_times(store.meetings(), exclude=meeting.id)
    if args.kind == "followup" and meeting.status in ("followed-up", "no-response"):
        # Rule 4: one follow-up, then let them go. A third message only on explicit request.
        if not args.anyway:
            raise UsageProblem(
                f"meeting {meeting.id} is {meeting.status}: you have already followed up once. "
                "A third message rarely helps and can feel like pressure. If you are sure, "
                "add --anyway."
            )
        print(
            "infocoach: warning: this would be a third message; the coach advises letting them go.",
            file=sys.stderr,
        )
    write = draft_followup if args.kind == "followup" else draft_outreach
    draft = write(contact, meeting, settings, clock.now(), channel=args.channel, busy=busy)
    sys.stdout.write(draft.as_text().rstrip("\n") + "\n")
    sys.stdout.flush()
    for note in draft.notes:
        print(f"infocoach: note: {note}", file=sys.stderr)
    if draft.slots:
        mine = settings.timezone if is_timezone(settings.timezone) else "UTC"
        theirs = contact.timezone if is_timezone(contact.timezone) else mine
        times = "; ".join(format_slot(slot, theirs, mine) for slot in draft.slots)
        print(f"infocoach: note: check these times against your calendar: {times}", file=sys.stderr)
    return EXIT_OK
