"""Moving a meeting to another time, from History (r) or Prep (F8): the dialog, the save, and
the calendar file written again.

The app keeps no calendar of its own: Prep's F3, ``infocoach calendar ID`` and the iCalendar
export write a file when asked. The one it knows where to find is the file F3 offers to save
(``~/infocoach-<surname>.ics``): when that file holds this meeting's event, it is written again
with the new time (same UID, SEQUENCE one higher), so opening it moves the event in the user's
calendar instead of adding a second one. Any other copy is made again the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from infocoach.core.clock import parse_iso
from infocoach.core.exports.ics_event import calendar_file_name, holds_event, meeting_event_ics
from infocoach.core.pipeline.meeting_times import why_not_reschedule
from infocoach.core.records.model import Contact, Meeting
from infocoach.dialogs.reschedule import RescheduleForm, both_times
from infocoach.services import CoachApp, coach_of
from infocoach.store.safe_files import atomic_write

if TYPE_CHECKING:
    from textual.screen import Screen

    from infocoach.screens.meeting_screen import MeetingScreen


def calendar_file(contact: Contact) -> Path:
    """Where Prep's F3 offers to save this contact's meeting as a calendar file."""
    return Path.home() / calendar_file_name(contact)


def rewrite_calendar_file(app: CoachApp, meeting: Meeting, contact: Contact) -> tuple[Path | None, str | None]:
    """Write the calendar file again if it holds this meeting's event: (the path written, or
    None) and a problem when it could not be written."""
    path = calendar_file(contact)
    try:
        if not path.is_file() or not holds_event(path.read_bytes(), meeting):
            return None, None
        data = meeting_event_ics(meeting, contact, user_name=app.settings.user_name, now=app.clock.now())
        atomic_write(path, data)
    except OSError as exc:
        return None, f"Could not update {path}: {exc.strerror or exc}."
    except ValueError as problem:  # the contact's time zone is damaged: the file cannot be made
        return None, str(problem)
    return path, None


def open_reschedule(
    screen: Screen[object], meeting: Meeting, contact: Contact | None, save: Callable[[Meeting], bool]
) -> None:
    """Ask for the new time; ``save`` stores the moved meeting (False if it could not), then
    the calendar file follows and one line says what happened."""
    app = coach_of(screen)
    problem = why_not_reschedule(meeting)
    if problem is not None:
        app.notify(f"This meeting cannot be moved: {problem}.", severity="warning", timeout=8, markup=False)
        return

    def chosen(moved: Meeting | None) -> None:
        if moved is None or not save(moved):
            return
        when = both_times(parse_iso(moved.scheduled_for or ""), app.settings.timezone, contact)
        message = f"Moved to {when}."
        if moved.status != meeting.status:
            message += f" It is {moved.status} now."
        written, trouble = rewrite_calendar_file(app, moved, contact) if contact else (None, None)
        if written is not None:
            message += f" {written} has the new time: open it to move the event in your calendar."
        elif meeting.scheduled_for:
            message += " A calendar file saved before still has the old time: save a new one from Prep (F3)."
        app.notify(message, timeout=10, markup=False)
        if trouble:
            app.notify(trouble, severity="error", timeout=10, markup=False)

    app.push_screen(RescheduleForm(meeting, contact, my_timezone=app.settings.timezone, clock=app.clock), chosen)


def reschedule_from_history(
    screen: Screen[object], meeting: Meeting, contact: Contact | None, reload: Callable[..., None]
) -> None:
    """History's r: the moved meeting goes to the store, and the table shows it."""
    app = coach_of(screen)

    def save(moved: Meeting) -> bool:
        saved = app.guarded_save(lambda: app.store.save_meeting(moved))
        reload(select=moved.id)
        return saved

    open_reschedule(screen, meeting, contact, save)


def reschedule_in_prep(screen: MeetingScreen, *, after: Callable[[], None]) -> None:
    """Prep's F8: the moved time goes into the screen's working copy (which the store gets back
    on every save), saved at once; ``after`` then shows the change."""

    def save(moved: Meeting) -> bool:
        working = screen.meeting
        working.scheduled_for, working.earlier_times = moved.scheduled_for, moved.earlier_times
        working.status, working.history = moved.status, moved.history
        screen._changed()  # the working copy is the screen's: its own saving path writes it
        saved = screen.save_now()
        after()
        return saved

    open_reschedule(screen, screen.meeting, screen.contact, save)
