"""Move a meeting along the pipeline. Only the next allowed statuses are offered."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from infocoach.core.clock import iso, parse_iso
from infocoach.core.describe import count_of
from infocoach.core.pipeline.statuses import (
    DESCRIPTIONS,
    allowed_next,
    check_step_time,
    days_waiting,
)
from infocoach.core.pipeline.typed_dates import parse_when
from infocoach.core.records.model import Meeting, Status
from infocoach.dialogs.confirm import ConfirmModal

DATE_FORMAT = "YYYY-MM-DD HH:mm"


@dataclass(frozen=True, slots=True)
class StatusChoice:
    status: str
    at: str
    scheduled_for: str | None = None


class StatusModal(ModalScreen[StatusChoice | None]):
    CSS_PATH = "status_modal.tcss"
    HELP = (
        "Choose what happened and press Enter. Only the steps that can follow the current "
        "status are listed: one follow-up after a week, then let them go. The step is dated "
        "now; if it happened earlier, Tab to the date and change it first. Scheduling asks "
        "for the meeting's date and time in the contact's time zone. A slip can be taken "
        "back with u on History."
    )
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="status_modal.cancel"),
        Binding("f1", "app.help", "Help", id="status_modal.help"),
    ]

    def __init__(
        self,
        meeting: Meeting,
        *,
        their_timezone: str,
        my_timezone: str,
        now: pendulum.DateTime,
        follow_up_days: int,
    ) -> None:
        super().__init__()
        self.meeting = meeting
        self.their_timezone = their_timezone
        self.my_timezone = my_timezone
        self.now = now
        self.follow_up_days = follow_up_days
        self.options = allowed_next(meeting)
        self._chosen: str | None = None
        self._default_at = now.in_timezone(my_timezone).format(DATE_FORMAT)

    def compose(self) -> ComposeResult:
        status = Status(self.meeting.status)
        with Vertical(id="dialog"):
            if self.options:
                title = f"Now {status.value} ({DESCRIPTIONS[status]}). What happened?"
            else:
                title = f"This meeting is {status.value} ({DESCRIPTIONS[status]}): nothing more to do."
            yield Static(title, id="title", markup=False)
            if self.options:
                yield OptionList(
                    *[Option(f"{s.value}  ({DESCRIPTIONS[s]})", id=s.value) for s in self.options],
                    id="choices",
                )
                yield Static(f"Date of this step (your time, {self.my_timezone})", markup=False)
                yield Input(self._default_at, id="at")
            with Vertical(id="when-box"):
                yield Static(f"Meeting date and time (their time, {self.their_timezone})", markup=False)
                yield Input(self._known_meeting_time(), placeholder="2026-12-03 15:30, or tomorrow 3pm", id="when")
            yield Static("", id="status-error", classes="field-error -empty", markup=False)
        yield Footer()

    def _known_meeting_time(self) -> str:
        if not self.meeting.scheduled_for:
            return ""
        return parse_iso(self.meeting.scheduled_for).in_timezone(self.their_timezone).format(DATE_FORMAT)

    def on_mount(self) -> None:
        self.query_one("#when-box").display = False

    def _error(self, message: str) -> None:
        error = self.query_one("#status-error", Static)
        error.update(message)
        error.set_class(not message, "-empty")

    def _step_time(self) -> pendulum.DateTime | None:
        typed = self.query_one("#at", Input).value
        try:
            # The prefilled text means "now", to the second (it only shows minutes).
            at = self.now if typed.strip() == self._default_at else parse_when(typed, self.my_timezone, self.now)
        except ValueError as exc:
            self._error(f"Date of this step: {exc}")
            return None
        if problem := check_step_time(self.meeting, at, self.now, self._chosen):
            self._error(problem)
            return None
        return at

    @on(OptionList.OptionSelected, "#choices")
    def _chosen_option(self, event: OptionList.OptionSelected) -> None:
        self._chosen = str(event.option.id)
        if self._step_time() is None:
            return
        if self._chosen == Status.SCHEDULED.value:
            self._error("")
            self.query_one("#when-box").display = True
            self.query_one("#when", Input).focus()
            return
        if self._chosen == Status.FOLLOWED_UP.value and self._too_soon():
            return
        self._finish()

    def _too_soon(self) -> bool:
        """Rule 4, be patient: ask before a follow-up sent sooner than the follow-up delay."""
        waited = days_waiting(self.meeting, self.now)
        if waited is None or waited >= self.follow_up_days:
            return False
        days = "today" if waited == 0 else f"{count_of(waited, 'day')} ago"
        question = (
            f"You wrote {days}. People often need a week or more to reply, and a follow-up "
            f"sooner than {self.follow_up_days} days can feel pushy. Follow up anyway?"
        )
        self.app.push_screen(ConfirmModal(question, confirm="Follow up"), lambda yes: self._finish() if yes else None)
        return True

    @on(Input.Submitted, "#when")
    def _when_entered(self) -> None:
        self._finish()

    @on(Input.Submitted, "#at")
    def _at_entered(self) -> None:
        self.query_one("#choices", OptionList).focus()

    def _finish(self) -> None:
        at = self._step_time()
        if at is None or self._chosen is None:
            return
        scheduled_for = None
        if self._chosen == Status.SCHEDULED.value:
            try:
                moment = parse_when(self.query_one("#when", Input).value, self.their_timezone, self.now)
            except ValueError as exc:
                self._error(f"Meeting date and time: {exc}")
                return
            scheduled_for = iso(moment)
        self.dismiss(StatusChoice(self._chosen, at=iso(at), scheduled_for=scheduled_for))

    def action_cancel(self) -> None:
        self.dismiss(None)
