"""``infocoach import --from ics FILE``: a calendar invitation schedules, moves or cancels the
meeting it is for.

The invitation is read and matched first (infocoach.core.invites); nothing is written until
it is clear which meeting it is for and what changes. Several matching meetings: a numbered
question (or ``--meeting ID``). A cancelled invitation: a yes/no question before the meeting is
marked declined. A question is answered on the terminal, or by a line on standard input
(``echo y | infocoach import ...``); with no answer at all, the command stops with exit 2 and
writes nothing. ``--dry-run`` says what would happen and asks nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infocoach.cli.common import settings_with_warnings
from infocoach.cli.outcomes import EXIT_OK, UsageProblem
from infocoach.core.clock import SystemClock, parse_iso
from infocoach.core.invites.invite_applying import Change, InvitePlan, InviteRefused, plan_invitation, when_text
from infocoach.core.invites.invite_matching import Candidate, find_candidates, who_is_named
from infocoach.core.invites.invite_reading import MAX_BYTES, Invitation, InvitationProblem, read_invitation
from infocoach.store import Store
from infocoach.store.config import resolve_paths

NOTHING_WRITTEN = "Nothing was written."


def import_invite(args: argparse.Namespace) -> int:
    source = "standard input" if args.file == "-" else args.file
    data = _read(args.file)
    paths = resolve_paths(args.db)
    settings = settings_with_warnings(paths)
    try:
        invitation = read_invitation(data, floating_zone=settings.timezone)
    except InvitationProblem as problem:
        raise UsageProblem(f"{source} was not imported: {problem}. {NOTHING_WRITTEN}") from None
    if not paths.data_file.exists():
        raise UsageProblem(
            f"There is no database at {paths.data_file} yet, so no meeting for this invitation: "
            f"add the contact and a meeting in infocoach first (or check --db). {NOTHING_WRITTEN}"
        )
    clock = SystemClock()
    # Everything is read, matched and asked without the lock: opening the file to write may
    # rewrite it (an older schema is upgraded on opening), and an invitation that is refused,
    # already imported or answered "no" must leave the data file exactly as it was.
    with Store.open(paths.data_file, clock=clock, readonly=True) as store:
        candidates = find_candidates(invitation, store.contacts(), store.meetings())
    if not candidates:
        raise UsageProblem(_no_meeting(source, invitation))
    chosen = _choose(candidates, getattr(args, "meeting", None))
    plan = _plan(source, chosen, invitation, clock)
    if plan.change is Change.UP_TO_DATE:
        print(f"Already up to date: {plan.why} ({_who(chosen)}). {NOTHING_WRITTEN}")
        return EXIT_OK
    if args.dry_run:
        print(f"Dry run: {_would(plan, chosen, invitation, settings.timezone)}")
        _remarks(plan)
        print(f"{NOTHING_WRITTEN} (--dry-run)")
        return EXIT_OK
    if plan.change is Change.DECLINE and not _yes(
        f"The invitation for {_who(chosen)} is cancelled. Mark the meeting declined? [y/N] "
    ):
        print(f"The meeting stays {chosen.meeting.status}. {NOTHING_WRITTEN}")
        return EXIT_OK
    with Store.open(paths.data_file, clock=clock) as store:
        now = store.meeting(chosen.meeting.id)
        if now is None:
            raise UsageProblem(f"Meeting {chosen.meeting.id} was deleted meanwhile. {NOTHING_WRITTEN}")
        if now != chosen.meeting:  # changed in the app meanwhile: apply it to the meeting as it is now
            chosen = Candidate(now, chosen.contact, chosen.by_uid)
            plan = _plan(source, chosen, invitation, clock)
            if plan.change is Change.UP_TO_DATE:
                print(f"Already up to date: {plan.why} ({_who(chosen)}). {NOTHING_WRITTEN}")
                return EXIT_OK
        store.save_meeting(plan.meeting)
    print(_done(plan, chosen, invitation, settings.timezone))
    _remarks(plan)
    print(f"Database: {paths.data_file}")
    return EXIT_OK


def _plan(source: str, chosen: Candidate, invitation: Invitation, clock: SystemClock) -> InvitePlan:
    try:
        return plan_invitation(chosen.meeting, invitation, clock.now())
    except InviteRefused as problem:
        raise UsageProblem(f"{source} was not imported for {_who(chosen)}: {problem} {NOTHING_WRITTEN}") from None


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(name)
    try:
        with path.open("rb") as file:
            return file.read(MAX_BYTES + 1)  # enough to tell it is too big, never a whole disk image
    except FileNotFoundError:
        raise UsageProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageProblem(f"{path} is a directory, not an invitation (.ics)") from None
    except OSError as exc:
        raise UsageProblem(f"cannot read {path}: {exc.strerror or exc}") from None


def _who(candidate: Candidate) -> str:
    return f"your meeting with {candidate.contact.display_name} ({candidate.meeting.id})"


def _no_meeting(source: str, invitation: Invitation) -> str:
    return (
        f"{source} is not for any meeting waiting for a time: it is {who_is_named(invitation)}, and none "
        "of your contacts with a meeting still to hold (planned, requested, followed-up, no-response or "
        "scheduled) has one of those "
        "e-mail addresses. Add their address to the contact (e in Contacts) and import it again. "
        f"{NOTHING_WRITTEN}"
    )


def _choose(candidates: list[Candidate], meeting_id: str | None) -> Candidate:
    """The one candidate, the one named by --meeting, or the one the user picks by number."""
    if meeting_id:
        for candidate in candidates:
            if candidate.meeting.id == meeting_id:
                return candidate
        raise UsageProblem(f"The invitation is not for meeting {meeting_id!r}; it may be for: {_ids(candidates)}.")
    if len(candidates) == 1:
        return candidates[0]
    print("This invitation may be for more than one of your meetings:", file=sys.stderr)
    for number, candidate in enumerate(candidates, start=1):
        meeting = candidate.meeting
        purpose = " ".join(meeting.purpose.split())
        about = f": {purpose[:60]}{'…' if len(purpose) > 60 else ''}" if purpose else ""
        print(f"  {number}. {candidate.contact.display_name} ({meeting.id}, {meeting.status}){about}", file=sys.stderr)
    answer = _answer(f"Which one is it for? [1-{len(candidates)}] ")
    if answer is None:
        raise UsageProblem(
            f"There was no answer, so nothing was chosen. Choose with --meeting ID ({_ids(candidates)}), "
            f"or answer on standard input. {NOTHING_WRITTEN}"
        )
    if answer.isdigit() and 1 <= int(answer) <= len(candidates):
        return candidates[int(answer) - 1]
    raise UsageProblem(f"{answer!r} is not one of 1 to {len(candidates)}. {NOTHING_WRITTEN}")


def _ids(candidates: list[Candidate]) -> str:
    return ", ".join(c.meeting.id for c in candidates)


def _answer(question: str) -> str | None:
    """One line from the terminal or standard input, or None when there is none to read."""
    print(question, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line or not sys.stdin.isatty():  # a terminal echoed the answer and its new line
        print(line.strip(), file=sys.stderr)
    return line.strip() if line else None


def _yes(question: str) -> bool:
    answer = _answer(question)
    if answer is None:
        raise UsageProblem(
            "There was no answer, so the meeting was not marked declined. Run it on a terminal, or "
            f"answer on standard input (echo y | infocoach import --from ics FILE). {NOTHING_WRITTEN}"
        )
    return answer.lower() in ("y", "yes")


def _would(plan: InvitePlan, chosen: Candidate, invitation: Invitation, my_zone: str) -> str:
    if plan.change is Change.DECLINE:
        return f"the invitation is cancelled; it would ask whether to mark {_who(chosen)} declined."
    verb = "move" if plan.change is Change.MOVE else "schedule"
    to = "to" if plan.change is Change.MOVE else "for"
    return f"would {verb} {_who(chosen)} {to} {when_text(invitation, my_zone)}{_status_change(plan, chosen)}."


def _done(plan: InvitePlan, chosen: Candidate, invitation: Invitation, my_zone: str) -> str:
    if plan.change is Change.DECLINE:
        return f"Marked {_who(chosen)} declined: the invitation was cancelled."
    if plan.change is Change.MOVE:
        old = chosen.meeting.scheduled_for
        was = f"; it was {parse_iso(old).in_timezone(my_zone).format('ddd D MMM, HH:mm', locale='en')}" if old else ""
        return f"Moved {_who(chosen)} to {when_text(invitation, my_zone)}{was}."
    return f"Scheduled {_who(chosen)} for {when_text(invitation, my_zone)}{_status_change(plan, chosen)}."


def _status_change(plan: InvitePlan, chosen: Candidate) -> str:
    if plan.meeting.status == chosen.meeting.status:
        return ""
    return f"; it was {chosen.meeting.status}, it is {plan.meeting.status} now"


def _remarks(plan: InvitePlan) -> None:
    for remark in plan.remarks:
        print(remark)
