"""What Prep and Wrap-up share: a working copy of one meeting, saved once typing pauses, and
the buttons of the draft editor (widgets/draft_editor.py) that both show.

The screen reads the meeting and its contact when it is composed and edits the copy. After
``autosave_delay()`` seconds without a change, a snapshot goes to the same background saver as
the live screen's (:class:`~infocoach.screens.meeting_saving.MeetingSaving`), which writes it off
the event loop; leaving and quitting wait for it. A failed write is kept and retried, and the
screen's title says NOT SAVED until one succeeds.
"""

from __future__ import annotations

from textual import on
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, TabbedContent

from infocoach.core.records.model import Contact, Meeting
from infocoach.screens.meeting_saving import MeetingSaving
from infocoach.services import CoachApp, coach_of

AUTOSAVE_DELAY = 0.8  # seconds after the last keystroke


class MeetingScreen(Screen[str | None]):
    """A screen working on one stored meeting. Subclasses list their tabs in ``TAB_ORDER``, and
    answer the draft editor's buttons with ``action_copy_draft``, ``action_save_draft``,
    ``action_edit_draft``, ``action_new_draft`` and ``action_mark_sent``."""

    TAB_ORDER: tuple[str, ...] = ()

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        # A working copy, read by load_meeting(); the store gets it back on every save.
        self.meeting: Meeting
        self.contact: Contact
        self._save_timer: Timer | None = None
        self._unsaved = False  # changed since the last snapshot handed to the saver
        self._saving: MeetingSaving | None = None
        self._plain_sub_title: str | None = None  # the title while NOT SAVED shows beside it

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

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
        return AUTOSAVE_DELAY

    # ----- saving -----------------------------------------------------------------------

    @property
    def save_problem(self) -> str | None:
        """Why the last write failed, while it is retried; None when everything is saved."""
        return self._saving.problem if self._saving is not None else None

    def _saver(self) -> MeetingSaving:
        if self._saving is None:
            # The screen waits its own quiet time (the timer below); the saver writes at once.
            self._saving = MeetingSaving(
                self.app, self.coach.store.save_meeting, on_problem=self._show_save_state, delay=0.0
            )
        return self._saving

    def _take_unsaved(self) -> Meeting | None:
        """A copy of the meeting for the saver's thread if it changed since the last one (the
        screen goes on editing its own), else None."""
        if not self._unsaved:
            return None
        self._unsaved = False
        return Meeting.from_dict(self.meeting.to_dict())

    def _changed(self) -> None:
        """Something was edited: save once typing pauses."""
        self._unsaved = True
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.autosave_delay(), self._hand_to_saver)

    def _hand_to_saver(self) -> None:
        if (changed := self._take_unsaved()) is not None:
            self._saver().submit(changed)

    def save_now(self) -> bool:
        """Write everything now (and wait for it); False if the file cannot be written."""
        if self._save_timer is not None:
            self._save_timer.stop()
        if not self._unsaved and self._saving is None:
            return True
        return self._saver().flush(self._take_unsaved())

    def _show_save_state(self) -> None:
        notice = self._saving.notice if self._saving is not None else None
        if notice and self._plain_sub_title is None:
            self._plain_sub_title = self.sub_title
        if self._plain_sub_title is not None:
            self.sub_title = f"{self._plain_sub_title} · {notice}" if notice else self._plain_sub_title
        if not notice:
            self._plain_sub_title = None

    def on_unmount(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        if self._saving is not None or self._unsaved:
            self._saver().close(self._take_unsaved())

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

    # ----- the draft editor's buttons: each screen's own actions of these names -----------

    @on(Button.Pressed, "#draft-copy")
    async def _copy_pressed(self) -> None:
        await self.run_action("copy_draft")

    @on(Button.Pressed, "#draft-save")
    async def _save_pressed(self) -> None:
        await self.run_action("save_draft")

    @on(Button.Pressed, "#draft-editor")
    async def _editor_pressed(self) -> None:
        await self.run_action("edit_draft")

    @on(Button.Pressed, "#draft-new")
    async def _new_pressed(self) -> None:
        await self.run_action("new_draft")

    @on(Button.Pressed, "#draft-sent")
    async def _sent_pressed(self) -> None:
        await self.run_action("mark_sent")
