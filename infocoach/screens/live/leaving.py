"""Ending the meeting and leaving the live screen, without ever dropping what is kept in memory.

Leaving (Escape) and ending (e, then yes) write everything first. While the file cannot be
written the user is asked before leaving, and nothing is dropped unless they choose to; a meeting
ended then stays on the screen, kept, and goes on to its wrap-up as soon as the saver has written
it. :class:`LiveLeaving` is composed into the live screen, which it reaches through
:class:`LiveHost`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from infocoach.core.describe import percent_text
from infocoach.core.live.meeting_clock import mmss
from infocoach.core.live.session import LiveSessionError
from infocoach.screens.live.wording import UNSAVED_ENDED, UNSAVED_LEAVING
from infocoach.screens.meeting_saving import NOT_SAVED

if TYPE_CHECKING:
    from collections.abc import Callable

    import pendulum
    from textual.app import App
    from textual.notifications import SeverityLevel

    from infocoach.core.live.session import LiveSession
    from infocoach.screens.meeting_saving import MeetingSaving


@dataclass(frozen=True, slots=True)
class LiveEnded:
    """What the live screen dismisses with when the meeting ended and is saved."""

    meeting_id: str
    summary: str  # "Meeting ended at 28:10; you spoke 31% of the time."


class LiveHost(Protocol):
    """What leaving needs of the live screen."""

    meeting_id: str
    session: LiveSession
    saving: MeetingSaving | None

    @property
    def app(self) -> App[object]: ...

    @property
    def is_current(self) -> bool: ...

    def notify(
        self,
        message: str,
        *,
        title: str = ...,
        severity: SeverityLevel = ...,
        timeout: float | None = ...,
        markup: bool = ...,
    ) -> None: ...

    def dismiss(self, result: LiveEnded | None = ...) -> object: ...

    def save_all(self) -> bool: ...

    def redraw_state(self) -> None: ...


class LiveLeaving:
    """The live screen's way out: ending, going back, and the wrap-up once an end is saved."""

    def __init__(
        self, host: LiveHost, *, now: Callable[[], pendulum.DateTime], stop_listening: Callable[[], None]
    ) -> None:
        self._host = host
        self._now = now
        self._stop_listening = stop_listening
        self.ended_unsaved: LiveEnded | None = None  # ended, but the file could not be written yet

    def ask_to_end(self) -> None:
        """e: end the meeting, once the user says yes."""
        from infocoach.dialogs.confirm import ConfirmModal

        session = self._host.session
        if not session.started:
            self._host.notify("The meeting has not started; Escape goes back without starting it.", markup=False)
            return
        elapsed = mmss(session.elapsed(self._now()))

        def answered(yes: bool | None) -> None:
            if yes:
                self.end_meeting()

        self._host.app.push_screen(
            ConfirmModal(
                f"End the meeting now, at {elapsed}? The clock stops, and the meeting "
                "moves to done, ready for your thank-you note.",
                confirm="End meeting",
            ),
            answered,
        )

    def end_meeting(self) -> None:
        """Stop the clock, save everything, and leave for the wrap-up (once it is saved)."""
        host, now = self._host, self._now()
        self._stop_listening()
        try:
            host.session.end(now)
        except LiveSessionError as problem:
            host.notify(str(problem), severity="warning", markup=False)
            return
        totals = host.session.clock.talk_totals(now)
        ended = LiveEnded(
            host.meeting_id,
            f"Meeting ended at {mmss(host.session.elapsed(now))}; you spoke {percent_text(totals.share)} of the time.",
        )
        if not host.save_all():
            self.ended_unsaved = ended  # kept here; the wrap-up opens once it is saved
            host.redraw_state()
            host.notify(f"{ended.summary} {UNSAVED_ENDED}", severity="error", timeout=20, markup=False)
            return
        host.dismiss(ended)

    def back(self) -> None:
        """Escape: back to History, or on to the wrap-up of an end kept unsaved until now."""
        self._leave(self.ended_unsaved)

    def wrap_up_once_saved(self) -> None:
        """Called as the display refreshes: an end kept unsaved goes on to its wrap-up as soon as
        the saver has written it (and not while a dialog is open over the screen)."""
        saving = self._host.saving
        saver = saving.saver if saving is not None else None
        if self.ended_unsaved is not None and saver is not None and not saver.failing and self._host.is_current:
            self._leave(self.ended_unsaved)

    def _leave(self, result: LiveEnded | None) -> None:
        """Everything is written first; if the file cannot be written, the user is asked, and
        nothing is dropped unless they choose to."""
        from infocoach.dialogs.confirm import ConfirmModal

        host = self._host
        if host.save_all():
            self._leave_saved(result)
            return

        def answered(leave: bool | None) -> None:
            if not leave:
                return
            if host.save_all():  # the file could be written again while the user chose
                self._leave_saved(result)
                return
            # The user chose to let the unsaved part go: no more tries, no more news, and no
            # wrap-up for an end that was never saved.
            saver = host.saving.saver if host.saving is not None else None
            if saver is not None:
                saver.close(timeout=0)
            host.saving = None
            self._dismiss(None)

        problem = host.saving.problem if host.saving is not None else None
        host.app.push_screen(
            ConfirmModal(
                UNSAVED_LEAVING.format(problem=problem or NOT_SAVED), confirm="Leave without saving", danger=True
            ),
            answered,
        )

    def _leave_saved(self, result: LiveEnded | None) -> None:
        host = self._host
        if host.saving is not None:  # all written: nothing left for leaving to write again
            host.saving.close(None)
            host.saving = None
        self._dismiss(result)

    def _dismiss(self, result: LiveEnded | None) -> None:
        self.ended_unsaved = None
        session = self._host.session
        if result is None and session.started and not session.ended:
            self._host.notify(
                "The meeting is still running; its clock keeps time while you are away. "
                "Open it again from History (l) to carry on.",
                timeout=6,
                markup=False,
            )
        self._host.dismiss(result)
