"""``infocoach draft outreach|followup|thanks --meeting ID [--channel email|linkedin]``: print a draft.

The same drafts the Prep and Wrap-up screens write, for pasting anywhere: an email prints as a
"Subject: …" line, a blank line and the body; a LinkedIn note prints as its one paragraph.
A thank-you is an email, and only for a meeting that has been held (done or thanked).
What the user must fix before sending goes to standard error as "infocoach: note: …" lines,
so standard output is the message alone. A sentence only the user can write (why them, who they
are) that Prep has not been given yet stays in the message as an ``[[answer above: …]]`` marker,
and a note says where to answer it; the greeting follows how the contact asked to be addressed
(``address_by``), and uses their full name, never a placeholder, when no honorific is known. Reads the database without locking it (the app may
be open). Never loads Textual.
"""

from __future__ import annotations

import argparse
import sys

import pendulum

from infocoach.cli.common import meeting_and_contact, settings_with_warnings
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock
from infocoach.core.prep.outreach import busy_times, draft_followup, draft_outreach
from infocoach.core.prep.slots import format_slot
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.records.validation import is_timezone
from infocoach.core.settings import Settings
from infocoach.core.wrapup.thanks import draft_thanks
from infocoach.store import Store
from infocoach.store.config import resolve_paths


def draft_command(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    settings = settings_with_warnings(paths)
    clock = SystemClock()
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        meeting, contact = meeting_and_contact(store, args.meeting)
        busy = busy_times(store.meetings(), exclude=meeting.id)
    if args.kind == "thanks":
        return _print_thanks(args, meeting, contact, settings, clock.now())
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
    for ask in draft.asks:
        if ask.name != "greeting":  # the greeting's note is among the notes above
            print(
                f"infocoach: note: the draft asks you: {ask.question} Answer it in Prep "
                f"(infocoach prep {meeting.id}), or write that part yourself before sending.",
                file=sys.stderr,
            )
    if draft.slots:
        mine = settings.timezone if is_timezone(settings.timezone) else "UTC"
        theirs = contact.timezone if is_timezone(contact.timezone) else mine
        times = "; ".join(format_slot(slot, theirs, mine) for slot in draft.slots)
        print(f"infocoach: note: check these times against your calendar: {times}", file=sys.stderr)
    return EXIT_OK


HELD = ("done", "thanked")


def _print_thanks(
    args: argparse.Namespace,
    meeting: Meeting,
    contact: Contact,
    settings: Settings,
    now: pendulum.DateTime,
) -> int:
    """The thank-you for a meeting that has been held; a usage error for any other."""
    if meeting.status not in HELD:
        raise UsageProblem(
            f"meeting {meeting.id} has not been held yet (it is {meeting.status}): a thank-you comes after the meeting."
        )
    if args.channel == "linkedin":
        raise UsageProblem("a thank-you is drafted as an email only: leave out --channel linkedin.")
    draft = draft_thanks(meeting, contact, settings, now)
    sys.stdout.write(draft.as_text().rstrip("\n") + "\n")
    sys.stdout.flush()
    for note in draft.notes:
        print(f"infocoach: note: {note}", file=sys.stderr)
    if meeting.status == "thanked":
        print(
            f"infocoach: note: meeting {meeting.id} is already marked thanked: this is a fresh "
            "draft, not the note you sent.",
            file=sys.stderr,
        )
    return EXIT_OK
