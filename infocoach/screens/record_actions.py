"""What History's keys do: open a modal, build the change with core functions, save it.

Data flows one way: modal result -> core function -> store -> screen reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from infocoach.core.clock import parse_iso
from infocoach.core.pipeline.meeting_times import record_done_time, set_time
from infocoach.core.pipeline.statuses import TransitionError, transition, undo_transition
from infocoach.core.records.model import Contact, Meeting
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.contact_form import ContactForm
from infocoach.dialogs.meeting_form import MeetingForm
from infocoach.dialogs.status_modal import StatusChoice, StatusModal
from infocoach.services import coach_of

if TYPE_CHECKING:
    from textual.screen import Screen


class Reloadable(Protocol):
    def reload(self, *, select: str | None = None) -> None: ...


def new_contact(screen: Screen[None]) -> None:
    app = coach_of(screen)

    def saved(contact: Contact | None) -> None:
        if contact is None:
            return
        saved_ok = app.guarded_save(lambda: app.store.save_contact(contact), done=f"Added {contact.display_name}.")
        if saved_ok:
            cast(Reloadable, screen).reload()
            # The natural next step: plan a meeting with the person just added.
            new_meeting(screen, contact_id=contact.id)

    app.push_screen(ContactForm(None, clock=app.clock, default_timezone=app.settings.timezone), saved)


def edit_contact(screen: Screen[None], contact: Contact) -> None:
    app = coach_of(screen)

    def saved(updated: Contact | None) -> None:
        if updated is not None:
            app.guarded_save(lambda: app.store.save_contact(updated), done=f"Saved {updated.display_name}.")
            cast(Reloadable, screen).reload()

    app.push_screen(ContactForm(contact, clock=app.clock, default_timezone=app.settings.timezone), saved)


def new_meeting(screen: Screen[None], contact_id: str | None) -> None:
    app = coach_of(screen)
    contacts = app.store.contacts(include_archived=False)
    if not contacts:
        app.notify("Add a contact first: press c.", severity="warning")
        return

    def saved(meeting: Meeting | None) -> None:
        if meeting is not None:
            app.guarded_save(lambda: app.store.save_meeting(meeting), done="Meeting planned.")
            cast(Reloadable, screen).reload(select=meeting.id)

    form = MeetingForm(
        None,
        contacts=contacts,
        clock=app.clock,
        settings=app.settings,
        contact_id=contact_id,
    )
    app.push_screen(form, saved)


def edit_meeting(screen: Screen[None], meeting: Meeting) -> None:
    app = coach_of(screen)
    contacts = app.store.contacts()

    def saved(updated: Meeting | None) -> None:
        if updated is not None:
            app.guarded_save(lambda: app.store.save_meeting(updated), done="Meeting saved.")
            cast(Reloadable, screen).reload(select=updated.id)

    app.push_screen(MeetingForm(meeting, contacts=contacts, clock=app.clock, settings=app.settings), saved)


def change_status(screen: Screen[None], meeting: Meeting, contact: Contact | None) -> None:
    app = coach_of(screen)
    modal = StatusModal(
        meeting,
        their_timezone=contact.timezone if contact else app.settings.timezone,
        my_timezone=app.settings.timezone,
        now=app.clock.now(),
        follow_up_days=app.settings.follow_up_days,
    )

    def chosen(choice: StatusChoice | None) -> None:
        if choice is None:
            return
        updated = Meeting.from_dict(meeting.to_dict())  # change a copy: the store decides
        if choice.scheduled_for is not None:
            set_time(updated, choice.scheduled_for, app.clock.now())  # a time replaced is kept
        try:
            transition(updated, choice.status, parse_iso(choice.at))
        except TransitionError as problem:
            app.notify(str(problem), severity="error", markup=False)
            return
        done = f"Marked as {updated.status}."
        if updated.status == "done" and record_done_time(updated, parse_iso(choice.at)):
            done += " It was held before its booked time: that is its date now."
        if choice.scheduled_for is not None:
            zone = contact.timezone if contact else app.settings.timezone
            when = parse_iso(choice.scheduled_for).in_timezone(zone)
            done = f"Scheduled for {when.format('ddd D MMM YYYY, HH:mm')} their time ({zone})."
        app.guarded_save(lambda: app.store.save_meeting(updated), done=done)
        cast(Reloadable, screen).reload(select=updated.id)

    app.push_screen(modal, chosen)


def undo_status(screen: Screen[None], meeting: Meeting) -> None:
    app = coach_of(screen)
    if len(meeting.history) < 2:
        app.notify("There is no step to undo: this is where the meeting started.", severity="warning")
        return
    last, previous = meeting.history[-1], meeting.history[-2]

    def answered(yes: bool | None) -> None:
        if yes:
            updated = undo_transition(Meeting.from_dict(meeting.to_dict()))
            app.guarded_save(lambda: app.store.save_meeting(updated), done=f"Back to {updated.status}.")
            cast(Reloadable, screen).reload(select=updated.id)

    question = (
        f"Undo the last step, {last.status} on {parse_iso(last.at).to_date_string()}? "
        f"The meeting goes back to {previous.status}."
    )
    app.push_screen(ConfirmModal(question, confirm="Undo"), answered)


def toggle_archive_meeting(screen: Screen[None], meeting: Meeting, contact: Contact | None) -> None:
    app = coach_of(screen)
    restoring = meeting.archived
    what = f"the {meeting.status} meeting with {contact.display_name if contact else 'this contact'}"
    question = (
        f"Restore {what} to History?"
        if restoring
        else (
            f"Archive {what}? It leaves the list but stays in your data and exports; press h to show archived meetings."
        )
    )

    def answered(yes: bool | None) -> None:
        if yes:
            updated = Meeting.from_dict(meeting.to_dict())
            updated.archived = not restoring
            app.guarded_save(
                lambda: app.store.save_meeting(updated),
                done="Meeting restored." if restoring else "Meeting archived.",
            )
            cast(Reloadable, screen).reload()

    app.push_screen(ConfirmModal(question, confirm="Restore" if restoring else "Archive"), answered)


def toggle_archive_contact(screen: Screen[None], contact: Contact) -> None:
    app = coach_of(screen)
    restoring = contact.archived
    name = contact.display_name
    question = (
        f"Restore {name} and their meetings?"
        if restoring
        else (f"Archive {name}? Their meetings leave the list but stay in your data.")
    )

    def answered(yes: bool | None) -> None:
        if yes:
            updated = Contact.from_dict(contact.to_dict())
            updated.archived = not restoring
            app.guarded_save(
                lambda: app.store.save_contact(updated),
                done=f"{name} restored." if restoring else f"{name} archived.",
            )
            cast(Reloadable, screen).reload()

    app.push_screen(ConfirmModal(question, confirm="Restore" if restoring else "Archive"), answered)


def delete_meeting(screen: Screen[None], meeting: Meeting, contact: Contact | None) -> None:
    app = coach_of(screen)
    who = contact.display_name if contact else "this contact"

    def answered(yes: bool | None) -> None:
        if yes:
            app.guarded_save(lambda: app.store.delete_meeting(meeting.id), done="Meeting deleted.")
            cast(Reloadable, screen).reload()

    app.push_screen(
        ConfirmModal(
            f"Delete this {meeting.status} meeting with {who}? Its notes go too. "
            "This cannot be undone (a daily backup is kept).",
            confirm="Delete",
            danger=True,
        ),
        answered,
    )


def delete_contact(screen: Screen[None], contact: Contact) -> None:
    app = coach_of(screen)
    count = sum(1 for m in app.store.meetings() if m.contact_id == contact.id)
    also = {0: "", 1: " and their meeting"}.get(count, f" and their {count} meetings")

    def answered(yes: bool | None) -> None:
        if yes:
            app.guarded_save(
                lambda: app.store.delete_contact(contact.id, cascade=True),
                done=f"Deleted {contact.display_name}{also}.",
            )
            cast(Reloadable, screen).reload()

    app.push_screen(
        ConfirmModal(
            f"Delete {contact.display_name}{also}? This cannot be undone (a daily backup is kept).",
            confirm="Delete",
            danger=True,
        ),
        answered,
    )
