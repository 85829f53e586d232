"""What Prep and Wrap-up share: a working copy of one meeting, saved once typing pauses, and
the buttons of the draft editor (widgets/draft_editor.py) that both show.

The screen reads the meeting and its contact when it is composed, edits the copy, and hands it
back to the store after ``autosave_delay()`` seconds without a change, when it is left, and
before the app quits. A failed save keeps the change in memory (and says so) for the next try.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, TabbedContent

from infocoach.core.records.model import Contact, Meeting

if TYPE_CHECKING:
    from infocoach.app.application import InfocoachApp


class MeetingScreen(Screen[None]):
    """A screen working on one stored meeting. Subclasses list their tabs in ``TAB_ORDER``."""

    TAB_ORDER: tuple[str, ...] = ()

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        # A working copy, read by load_meeting(); the store gets it back on every save.
        self.meeting: Meeting
        self.contact: Contact
        self._save_timer: Timer | None = None
        self._unsaved = False

    @property
    def coach(self) -> InfocoachApp:
        return cast("InfocoachApp", self.app)

    def load_meeting(self) -> tuple[Meeting, Contact]:
        """Read the meeting and its contact (the caller checked that both are stored)."""
        store = self.coach.store
        meeting = store.meeting(self.meeting_id)
        contact = store.contact(meeting.contact_id) if meeting else None
        assert meeting is not None and contact is not None, f"{type(self).__name__} needs a stored meeting"
        self.meeting, self.contact = meeting, contact
        return meeting, contact

    def autosave_delay(self) -> float:
        """Seconds of quiet before a change is saved."""
        raise NotImplementedError

    # ----- saving -----------------------------------------------------------------------

    def _changed(self) -> None:
        """Something was edited: save once typing pauses."""
        self._unsaved = True
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.autosave_delay(), self.save_now)

    def save_now(self) -> bool:
        if not self._unsaved:
            return True
        meeting = self.meeting
        if self.coach.guarded_save(lambda: self.coach.store.save_meeting(meeting)):
            self._unsaved = False
            return True
        return False

    def on_unmount(self) -> None:
        self.save_now()

    def has_unsaved_changes(self) -> bool:
        """For quitting: try once more to save; True only if something is still unsaved."""
        return not self.save_now()

    # ----- moving -----------------------------------------------------------------------

    def action_switch_tab(self, step: int) -> None:
        tabs = self.query_one("#tabs", TabbedContent)
        order = self.TAB_ORDER
        tabs.active = order[(order.index(tabs.active) + step) % len(order)]

    def action_back(self) -> None:
        if self.save_now():
            self.dismiss(None)

    # ----- the draft editor's buttons (each screen says what its draft actions do) -----------

    def action_copy_draft(self) -> None:
        raise NotImplementedError

    def action_save_draft(self) -> None:
        raise NotImplementedError

    def action_edit_draft(self) -> None:
        raise NotImplementedError

    def action_new_draft(self) -> None:
        raise NotImplementedError

    def mark_sent(self) -> None:
        raise NotImplementedError

    @on(Button.Pressed, "#draft-copy")
    def _copy_pressed(self) -> None:
        self.action_copy_draft()

    @on(Button.Pressed, "#draft-save")
    def _save_pressed(self) -> None:
        self.action_save_draft()

    @on(Button.Pressed, "#draft-editor")
    def _editor_pressed(self) -> None:
        self.action_edit_draft()

    @on(Button.Pressed, "#draft-new")
    def _new_pressed(self) -> None:
        self.action_new_draft()

    @on(Button.Pressed, "#draft-sent")
    def _sent_pressed(self) -> None:
        self.mark_sent()
