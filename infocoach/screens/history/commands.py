"""What History's keys open and do to the selected meeting: Prep, Live and Wrap-up, the other
screens, and the record actions (new, edit, status, archive, delete) in actions.py.

:class:`HistoryCommands` is composed into HistoryScreen, which it is given. A screen History
opens answers through ``dismiss``, and History decides what comes next: Prep's F5 asks for the
live screen, and a meeting ended live goes on to its wrap-up. Each screen and the actions are
imported when used: opening History does not need them.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from infocoach.services import StartTarget, coach_of

if TYPE_CHECKING:
    from infocoach.screens.history.history_screen import HistoryScreen
    from infocoach.screens.live.live_screen import LiveEnded
    from infocoach.widgets.meeting_table import Entry


def _actions() -> ModuleType:
    from infocoach.screens import record_actions as actions

    return actions


class HistoryCommands:
    """History's commands on its selected meeting, and the screens it opens."""

    def __init__(self, screen: HistoryScreen) -> None:
        self.screen = screen

    def open_start(self, start: StartTarget) -> None:
        """The screen the command line asked for (`infocoach prep|live|wrapup ID`), over History."""
        if start.screen == "prep":
            self.open_prep(start.meeting_id)
        elif start.screen == "live":
            self.open_live(start.meeting_id, listen=start.listen)
        else:
            self.open_wrapup(start.meeting_id)

    def open_prep(self, meeting_id: str) -> None:
        from infocoach.screens.prep.prep_screen import GO_LIVE, PrepScreen

        def closed(result: str | None) -> None:
            self.screen.reload(select=meeting_id)
            if result == GO_LIVE:
                self.screen.call_after_refresh(self.open_live, meeting_id)

        self.screen.app.push_screen(PrepScreen(meeting_id), closed)

    def open_live(self, meeting_id: str, *, listen: bool = False) -> None:
        from infocoach.core.live.session import why_not_live
        from infocoach.screens.live.live_screen import LiveScreen

        meeting = coach_of(self.screen).store.meeting(meeting_id)
        if meeting is None:
            return
        problem = why_not_live(meeting)
        if problem is not None:
            self.screen.notify(f"This meeting cannot go live: {problem}.", severity="warning", timeout=8, markup=False)
            return
        self.screen.app.push_screen(
            LiveScreen(meeting_id, listen=listen), lambda ended: self._after_live(meeting_id, ended)
        )

    def _after_live(self, meeting_id: str, ended: LiveEnded | None) -> None:
        """Back from the live screen: after a meeting that ended, the wrap-up comes next."""
        self.screen.reload(select=meeting_id)
        if ended is None:
            return
        self.screen.notify(
            f"{ended.summary} Next: your thank-you note, within 24 hours.",
            title="Meeting done",
            timeout=8,
            markup=False,
        )
        self.screen.call_after_refresh(self.open_wrapup, meeting_id)

    def open_wrapup(self, meeting_id: str) -> None:
        from infocoach.core.pipeline.statuses import why_no_wrapup
        from infocoach.screens.wrapup.wrapup_screen import WrapupScreen

        meeting = coach_of(self.screen).store.meeting(meeting_id)
        if meeting is None:
            return
        problem = why_no_wrapup(meeting)
        if problem is not None:
            self.screen.notify(f"No wrap-up yet: {problem}.", severity="warning", timeout=8, markup=False)
            return
        self.screen.app.push_screen(WrapupScreen(meeting_id), lambda _: self.screen.reload(select=meeting_id))

    def contacts(self) -> None:
        from infocoach.screens.contacts import ContactsScreen

        # Back on History, show whatever changed there (a new meeting, an edited name).
        self.screen.app.push_screen(ContactsScreen(), lambda _: self.screen.reload())

    def targets(self) -> None:
        from infocoach.screens.targets import TargetsScreen

        # Back on History, show what changed there (a new person, a meeting planned).
        self.screen.app.push_screen(TargetsScreen(), lambda _: self.screen.reload())

    def tell_referrer(self, meeting_id: str | None) -> None:
        """The note to whoever referred you (R): about the selected meeting if it has one due,
        else the oldest waiting."""
        from infocoach.screens.referrer_loop import NOTHING_TO_TELL, choose_item, tell_referrer

        item = choose_item(self.screen.due, meeting_id)
        if item is None:
            self.screen.notify(NOTHING_TO_TELL, markup=False)
            return
        tell_referrer(self.screen, item.meeting_id, lambda: self.screen.reload(select=item.meeting_id))

    def insights(self) -> None:
        from infocoach.screens.insights import InsightsScreen

        self.screen.app.push_screen(InsightsScreen())

    def settings(self) -> None:
        from infocoach.dialogs.settings_form import SettingsScreen

        self.screen.app.push_screen(SettingsScreen(), lambda changed: changed and self.screen.reload())

    def run(self, name: str) -> None:
        """A record action from actions.py on the selected meeting (or its contact)."""
        actions = _actions()
        screen = self.screen
        if name == "new_contact":
            actions.new_contact(screen)
            return
        if name == "new_meeting":
            actions.new_meeting(screen, contact_id=None)
            return
        entry = self.require_selection()
        if entry is None:
            return
        contact = entry.contact
        if name == "edit_meeting":
            actions.edit_meeting(screen, entry.meeting)
        elif name == "change_status":
            actions.change_status(screen, entry.meeting, contact)
        elif name == "undo_status":
            actions.undo_status(screen, entry.meeting)
        elif name == "reschedule":
            self.reschedule(entry.id)
        elif name == "archive_meeting":
            actions.toggle_archive_meeting(screen, entry.meeting, contact)
        elif name == "delete_meeting":
            actions.delete_meeting(screen, entry.meeting, contact)
        elif contact is None:
            return  # the rest act on the meeting's contact
        elif name == "edit_contact":
            actions.edit_contact(screen, contact)
        elif name == "archive_contact":
            actions.toggle_archive_contact(screen, contact)
        elif name == "delete_contact":
            actions.delete_contact(screen, contact)

    def reschedule(self, meeting_id: str) -> None:
        """Move a meeting to another time (r, or the palette's "reschedule: …")."""
        from infocoach.screens.rescheduling import reschedule_from_history

        store = coach_of(self.screen).store
        meeting = store.meeting(meeting_id)
        if meeting is not None:
            reschedule_from_history(self.screen, meeting, store.contact(meeting.contact_id), self.screen.reload)

    def edit_contact_by_id(self, contact_id: str) -> None:
        contact = coach_of(self.screen).store.contact(contact_id)
        if contact is not None:
            _actions().edit_contact(self.screen, contact)

    def require_selection(self) -> Entry | None:
        entry = self.screen.selected_entry()
        if entry is None:
            self.screen.notify("Select a meeting first.", severity="warning")
        return entry
