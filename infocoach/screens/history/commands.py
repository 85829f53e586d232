"""What History's keys open and do to the selected meeting: Prep, Live and Wrap-up, the other
screens, and the record actions (new, edit, status, archive, delete) in screens/actions.py.

Mixed into HistoryScreen, which provides ``coach``, ``reload()`` and ``selected_entry()``.
Each screen and the actions are imported when used: opening History does not need them.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infocoach.app.application import InfocoachApp
    from infocoach.widgets.meeting_table import Entry


def _actions() -> ModuleType:
    from infocoach.screens.history import actions

    return actions


class HistoryCommands:
    """History's commands; see the module docstring for what the screen provides."""

    @property
    def coach(self) -> InfocoachApp:
        raise NotImplementedError

    def reload(self, *, select: str | None = None) -> None:
        raise NotImplementedError

    def selected_entry(self) -> Entry | None:
        raise NotImplementedError

    def action_prep(self) -> None:
        if (entry := self._require_selection()) is not None:
            self.open_prep(entry.id)

    def open_prep(self, meeting_id: str) -> None:
        from infocoach.screens.prep.prep_screen import PrepScreen

        self.app.push_screen(PrepScreen(meeting_id), lambda _: self.reload(select=meeting_id))

    def action_live(self) -> None:
        if (entry := self._require_selection()) is not None:
            self.open_live(entry.id)

    def open_live(self, meeting_id: str) -> None:
        from infocoach.core.live.session import why_not_live
        from infocoach.screens.live.live_screen import LiveScreen

        meeting = self.coach.store.meeting(meeting_id)
        if meeting is None:
            return
        problem = why_not_live(meeting)
        if problem is not None:
            self.notify(f"This meeting cannot go live: {problem}.", severity="warning", timeout=8, markup=False)
            return
        self.app.push_screen(LiveScreen(meeting_id), lambda _: self.reload(select=meeting_id))

    def action_wrapup(self) -> None:
        if (entry := self._require_selection()) is not None:
            self.open_wrapup(entry.id)

    def open_wrapup(self, meeting_id: str) -> None:
        from infocoach.core.pipeline.statuses import why_no_wrapup
        from infocoach.screens.wrapup.wrapup_screen import WrapupScreen

        meeting = self.coach.store.meeting(meeting_id)
        if meeting is None:
            return
        problem = why_no_wrapup(meeting)
        if problem is not None:
            self.notify(f"No wrap-up yet: {problem}.", severity="warning", timeout=8, markup=False)
            return
        self.app.push_screen(WrapupScreen(meeting_id), lambda _: self.reload(select=meeting_id))

    def action_contacts(self) -> None:
        from infocoach.screens.contacts import ContactsScreen

        # Back on History, show whatever changed there (a new meeting, an edited name).
        self.app.push_screen(ContactsScreen(), lambda _: self.reload())

    def action_insights(self) -> None:
        from infocoach.screens.insights import InsightsScreen

        self.app.push_screen(InsightsScreen())

    def action_settings(self) -> None:
        from infocoach.dialogs.settings_form import SettingsScreen

        self.app.push_screen(SettingsScreen(), lambda changed: changed and self.reload())

    def action_new_contact(self) -> None:
        _actions().new_contact(self)

    def action_new_meeting(self) -> None:
        _actions().new_meeting(self, contact_id=None)

    def action_edit_meeting(self) -> None:
        if (entry := self._require_selection()) is not None:
            _actions().edit_meeting(self, entry.meeting)

    def action_edit_contact(self) -> None:
        if (entry := self._require_selection()) is not None and entry.contact is not None:
            _actions().edit_contact(self, entry.contact)

    def action_change_status(self) -> None:
        if (entry := self._require_selection()) is not None:
            _actions().change_status(self, entry.meeting, entry.contact)

    def action_undo_status(self) -> None:
        if (entry := self._require_selection()) is not None:
            _actions().undo_status(self, entry.meeting)

    def action_archive_meeting(self) -> None:
        if (entry := self._require_selection()) is not None:
            _actions().toggle_archive_meeting(self, entry.meeting, entry.contact)

    def action_archive_contact(self) -> None:
        if (entry := self._require_selection()) is not None and entry.contact is not None:
            _actions().toggle_archive_contact(self, entry.contact)

    def action_delete_meeting(self) -> None:
        if (entry := self._require_selection()) is not None:
            _actions().delete_meeting(self, entry.meeting, entry.contact)

    def action_delete_contact(self) -> None:
        if (entry := self._require_selection()) is not None and entry.contact is not None:
            _actions().delete_contact(self, entry.contact)

    def edit_contact_by_id(self, contact_id: str) -> None:
        contact = self.coach.store.contact(contact_id)
        if contact is not None:
            _actions().edit_contact(self, contact)

    def _require_selection(self) -> Entry | None:
        entry = self.selected_entry()
        if entry is None:
            self.notify("Select a meeting first.", severity="warning")
        return entry
