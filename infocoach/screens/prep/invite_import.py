"""Prep's F12: a calendar invitation (.ics) for the meeting on screen sets its time, length and
status, as ``infocoach import --from ics`` does from the shell.

The file must be for this meeting: the same invitation as before (its UID), or one naming the
contact's e-mail. A cancelled one asks before the meeting is marked declined. The change goes
into the screen's working copy and is saved at once, like a move with F8.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from infocoach.core.invites.invite_applying import Change, InvitePlan, InviteRefused, plan_invitation, when_text
from infocoach.core.invites.invite_matching import for_this_meeting, who_is_named
from infocoach.core.invites.invite_reading import MAX_BYTES, InvitationProblem, read_invitation
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.open_invitation import OpenInvitationModal, suggested_invitation

if TYPE_CHECKING:
    from infocoach.screens.prep.prep_screen import PrepScreen


def import_invitation(screen: PrepScreen) -> None:
    """Ask for the file, then apply it to the meeting on screen."""

    def chosen(path: Path | None) -> None:
        if path is not None:
            apply_invitation_file(screen, path)

    screen.app.push_screen(OpenInvitationModal(suggested_invitation(Path.home())), chosen)


def apply_invitation_file(screen: PrepScreen, path: Path) -> None:
    app = screen.coach
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        screen.notify(f"Could not read {path}: {exc.strerror or exc}", severity="error", markup=False)
        return
    contact = screen.contact
    try:
        invitation = read_invitation(data, floating_zone=app.settings.timezone)
        if not for_this_meeting(invitation, screen.meeting, contact):
            address = f"{contact.display_name}'s is {contact.email}" if contact.email else "no e-mail is set for them"
            raise InviteRefused(
                f"It is not for this meeting: it is {who_is_named(invitation)}, and {address}. "
                "Add their address to the contact, or import it from the shell with "
                "infocoach import --from ics FILE to find its meeting."
            )
        plan = plan_invitation(screen.meeting, invitation, app.clock.now())
    except (InvitationProblem, InviteRefused) as problem:
        text = f"{problem}." if isinstance(problem, InvitationProblem) else str(problem)
        screen.notify(f"{path.name} was not imported: {text}", severity="warning", timeout=12, markup=False)
        return
    if plan.change is Change.UP_TO_DATE:
        screen.notify(f"Already up to date: {plan.why}.", markup=False)
        return
    if plan.change is Change.DECLINE:
        question = f"The invitation from {contact.display_name} is cancelled. Mark the meeting declined?"
        screen.app.push_screen(
            ConfirmModal(question, confirm="Mark declined"),
            lambda yes: _adopt(screen, plan, "Marked declined: the invitation was cancelled.") if yes else None,
        )
        return
    verb = "Moved to" if plan.change is Change.MOVE else "Scheduled for"
    _adopt(screen, plan, f"{verb} {when_text(invitation, app.settings.timezone)}.")


def _adopt(screen: PrepScreen, plan: InvitePlan, message: str) -> None:
    """The planned meeting's schedule into the screen's working copy, saved at once."""
    working, planned = screen.meeting, plan.meeting
    was = working.status
    working.scheduled_for, working.earlier_times = planned.scheduled_for, planned.earlier_times
    working.status, working.history = planned.status, planned.history
    working.planned_minutes = planned.planned_minutes
    working.invite_uid, working.invite_sequence = planned.invite_uid, planned.invite_sequence
    screen._changed()  # the working copy is the screen's: its own saving path writes it
    if not screen.save_now():
        return
    screen.refresh_card()
    screen.planned_minutes_changed()
    if working.status != was:
        message += f" It is {working.status} now."
    screen.notify(" ".join([message, *plan.remarks]), title="Invitation", timeout=10, markup=False)
