"""What Prep's draft buttons do: copy, save to a file, edit in $EDITOR, mark sent."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported

from infocoach.core.campaign.pacing import is_3b7
from infocoach.core.clock import iso
from infocoach.core.describe import count_of
from infocoach.core.pipeline.statuses import TransitionError, transition
from infocoach.core.prep.own_words import markers_in
from infocoach.core.records.model import Contact, Note, Status
from infocoach.core.settings import Settings
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.save_file import save_to_chosen_file
from infocoach.store.config import protected_paths

if TYPE_CHECKING:
    from infocoach.screens.prep.prep_screen import PrepScreen
    from infocoach.widgets.draft_panel import DraftPanel


def _full_text(panel: DraftPanel) -> str:
    subject = panel.query_one("#draft-subject").value
    body = panel.text().rstrip("\n") + "\n"  # a text file ends with a newline
    return f"Subject: {subject}\n\n{body}" if subject and panel.channel == "email" else body


def copy_draft(screen: PrepScreen, panel: DraftPanel) -> None:
    if markers_in(panel.text()):
        screen.notify(
            "This draft still holds a question for you ([[answer above: …]]): answer it before you send it.",
            severity="warning",
            markup=False,
        )
    # Textual copies with OSC 52: the terminal is asked to copy and never answers, and some
    # terminals (and tmux without set-clipboard) ignore it. Say so, and offer what always works.
    screen.app.copy_to_clipboard(panel.text())
    save, editor = _key(screen, "save_draft", "ctrl+o"), _key(screen, "edit_draft", "ctrl+t")
    screen.notify(
        "Sent to your terminal's clipboard; terminals do not confirm it. If nothing pastes, "
        f"{save} saves the draft to a file and {editor} opens it in $EDITOR.",
        title="Copy",
        timeout=8,
        markup=False,
    )


def _key(screen: PrepScreen, action: str, fallback: str) -> str:
    """The key that runs ``action`` on ``screen`` as the footer shows it (it may be remapped)."""
    for active in screen.active_bindings.values():
        if active.binding.action == action:
            return screen.app.get_key_display(active.binding)
    return fallback


def save_draft(screen: PrepScreen, panel: DraftPanel) -> None:
    save_to_chosen_file(
        screen,
        default_draft_path(panel.contact, panel.kind),
        lambda path: _full_text(panel).encode("utf-8"),
        title="Save the draft",
        protected=_protected(screen),
    )


def save_calendar(screen: PrepScreen) -> None:
    """Write the scheduled meeting as an iCalendar event, ready for any calendar app."""
    from infocoach.core.exports.ics_event import meeting_event_ics
    from infocoach.screens.rescheduling import calendar_file  # where a moved meeting's file is found

    app = screen.coach
    try:
        data = meeting_event_ics(screen.meeting, screen.contact, user_name=app.settings.user_name, now=app.clock.now())
    except ValueError as problem:
        screen.notify(str(problem), severity="warning", markup=False)
        return

    save_to_chosen_file(
        screen,
        calendar_file(screen.contact),
        lambda path: data,
        title="Save a calendar file",
        protected=_protected(screen),
        saved=lambda path: f"Saved {path}. Open it to add the meeting to your calendar.",
    )


def _protected(screen: PrepScreen) -> tuple[Path, ...]:
    return protected_paths(screen.coach.paths)


def editor_command() -> list[str] | None:
    """$VISUAL or $EDITOR split like a shell would ("code --wait" works), or None."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return shlex.split(value)
    return None


def edit_in_editor(screen: PrepScreen, panel: DraftPanel) -> None:
    command = editor_command()
    if command is None:
        screen.notify(
            "Set $EDITOR (for example, export EDITOR=nano) to edit drafts in your editor.",
            severity="warning",
            markup=False,
        )
        return
    with tempfile.TemporaryDirectory(prefix="infocoach-") as folder:
        path = Path(folder) / f"{panel.kind}.txt"
        path.write_text(panel.text(), encoding="utf-8")
        try:
            with screen.app.suspend():
                result = subprocess.run([*command, str(path)], check=False)
        except SuspendNotSupported:
            screen.notify("This terminal cannot hand over to an editor here.", severity="warning")
            return
        except OSError as exc:
            screen.notify(f"Could not start {command[0]}: {exc.strerror or exc}", severity="error", markup=False)
            return
        if result.returncode != 0:
            screen.notify(
                f"{command[0]} exited with status {result.returncode}; the draft is unchanged.",
                severity="warning",
                markup=False,
            )
            return
        edited = path.read_text(encoding="utf-8")
    panel.query_one("#draft-text").text = edited  # posts Changed: lint and autosave follow


def mark_sent(screen: PrepScreen, panel: DraftPanel) -> None:
    meeting = screen.meeting
    status = Status(meeting.status)
    if markers_in(panel.text()):
        screen.notify(
            "This draft still holds a question for you ([[answer above: …]]): answer it above the "
            "draft, or write that part yourself, before it is sent.",
            severity="warning",
            markup=False,
        )
        return
    if panel.kind == "outreach" and status is Status.PLANNED:
        hold = _request_hold(screen)
        if hold is None:
            _keep_sent_text(screen, panel)
            _advance(screen, Status.REQUESTED, "Outreach sent")
            return

        def answered(anyway: bool | None) -> None:
            if anyway:
                _keep_sent_text(screen, panel)
                _advance(screen, Status.REQUESTED, "Outreach sent")

        question = f"{hold} Mark this one sent anyway?"
        screen.app.push_screen(ConfirmModal(question, confirm="Sent anyway"), answered)
    elif panel.kind == "followup" and status is Status.REQUESTED:
        _keep_sent_text(screen, panel)
        _advance(screen, Status.FOLLOWED_UP, "Follow-up sent")
    elif panel.kind == "followup" and status in (Status.FOLLOWED_UP, Status.NO_RESPONSE):
        _third_message(screen)
    elif panel.kind == "outreach" and status in (Status.REQUESTED, Status.FOLLOWED_UP, Status.NO_RESPONSE):
        screen.notify(
            "Your outreach is already sent. If a week passes, send the one follow-up instead.", severity="warning"
        )
    else:
        screen.notify(f"This meeting is {status.value}: there is nothing to mark as sent.", severity="warning")


def _request_hold(screen: PrepScreen) -> str | None:
    """3B7: why this request should wait for another at the same employer, or None."""
    app = screen.coach
    if not is_3b7(app.settings):  # the store is read only when the pacing can hold it
        return None
    from infocoach.core.campaign.request_hold import request_hold

    store = app.store
    return request_hold(
        screen.contact, store.contacts(), store.meeting_heads(), store.targets(), app.clock.now(), app.settings
    )


def _keep_sent_text(screen: PrepScreen, panel: DraftPanel) -> None:
    """What was sent is kept with the meeting, word for word (History searches it)."""
    from infocoach.widgets.draft_panel import draft_key, subject_key

    screen.meeting.drafts[draft_key(panel.kind, panel.channel)] = panel.text()
    subject = panel.query_one("#draft-subject").value
    if panel.channel == "email" and subject:
        screen.meeting.drafts[subject_key(panel.kind)] = subject


def _advance(screen: PrepScreen, target: Status, what: str) -> None:
    app = screen.coach
    try:
        transition(screen.meeting, target, app.clock.now())
    except TransitionError as problem:
        screen.notify(str(problem), severity="error", markup=False)
        return
    screen._changed()
    screen.save_now()
    screen.refresh_card()
    later = what_comes_next(app.settings, target, screen.contact.organization)
    screen.notify(f"{what}: now {target.value}.{later}", markup=False)


def what_comes_next(settings: Settings, sent: Status, organization: str) -> str:
    """What the coach does next after a message is sent, in the user's pacing (" ..." or "")."""
    days = settings.follow_up_days
    if is_3b7(settings):  # business days, and the next person at the same employer
        there = f" at {organization.strip()}" if organization.strip() else ""
        return {
            Status.REQUESTED: " 3B7: after 3 business days without a reply, the coach suggests the next "
            f"person{there}; after 7, one brief follow-up is due.",
            Status.FOLLOWED_UP: " That was the one follow-up: after 7 more quiet business days the coach lets them go.",
        }.get(sent, "")
    return {
        Status.REQUESTED: f" If there is no reply in {count_of(days, 'day')}, one brief follow-up will be due.",
        Status.FOLLOWED_UP: f" That was the one follow-up: after {days} more quiet days the coach lets them go.",
    }.get(sent, "")


def _third_message(screen: PrepScreen) -> None:
    """Rule 4 allows one follow-up. A third message needs the user to insist, knowingly."""
    question = (
        "You have already followed up once. A third message rarely gets a reply and can feel "
        "like pressure; letting them go keeps the door open. Record that you sent it anyway?"
    )

    def answered(yes: bool | None) -> None:
        if yes:
            now = screen.coach.clock.now()
            screen.meeting.notes.append(
                Note(text="Sent another follow-up (against the coach's advice).", written_at=iso(now))
            )
            screen._changed()
            screen.save_now()
            screen.notify("Recorded. The meeting stays as it is; no more reminders for it.")

    screen.app.push_screen(ConfirmModal(question, confirm="Record it anyway", danger=True), answered)


def default_draft_path(contact: Contact, kind: str) -> Path:
    """Where a draft is offered to be saved: the home folder, named after the contact."""
    name = "".join(ch for ch in contact.last_name.lower() if ch.isalnum()) or "contact"
    return Path.home() / f"infocoach-{kind}-{name}.txt"
