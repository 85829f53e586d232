"""Move a meeting along the pipeline. Only the next allowed statuses are offered."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, OptionList, Static
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
from infocoach.widgets.choice_row import ChoiceRow

DATE_FORMAT = "YYYY-MM-DD HH:mm"


@dataclass(frozen=True, slots=True)
class StatusChoice:
    status: str
    at: str
    scheduled_for: str | None = None


class StatusModal(ModalScreen[StatusChoice | None]):
    CSS_PATH = "status_modal.tcss"
    HELP = (
        "Choose what happened and press Enter (or ctrl+s, or Save). Only the steps that can "
        "follow the current status are listed: one follow-up after a week, then let them go. "
        "The step is dated now; if it happened earlier, Tab to the date and change it first. "
        "Choosing scheduled puts the cursor in the meeting's date and time, in the contact's "
        "time zone; Enter there saves. A slip can be taken back with u on History."
    )
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="status_modal.save"),
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
                # Scheduling's own field comes straight under the choice that needs it.
                with Vertical(id="when-box"):
                    yield Static(
                        f"Meeting date and time (their time, {self.their_timezone})", id="when-label", markup=False
                    )
                    yield Input(self._known_meeting_time(), placeholder="2026-12-03 15:30, or tomorrow 3pm", id="when")
                yield Static(f"Date of this step (your time, {self.my_timezone})", id="at-label", markup=False)
                yield Input(self._default_at, id="at")
            yield Static("", id="status-error", classes="field-error -empty", markup=False)
            with ChoiceRow(id="buttons"):
                yield Button("Cancel", id="cancel")
                if self.options:
                    yield Button("Save", variant="primary", id="save")
        yield Footer()

    def _known_meeting_time(self) -> str:
        if not self.meeting.scheduled_for:
            return ""
        return parse_iso(self.meeting.scheduled_for).in_timezone(self.their_timezone).format(DATE_FORMAT)

    def on_mount(self) -> None:
        if self.options:
            self._show_when(False)

    def _show_when(self, show: bool) -> None:
        self.query_one("#when-box").display = show

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

    @on(OptionList.OptionHighlighted, "#choices")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The meeting's date field shows while "scheduled" is highlighted, so the dialog does
        not change shape under the cursor when it is chosen."""
        self._show_when(str(event.option.id) == Status.SCHEDULED.value)

    @on(OptionList.OptionSelected, "#choices")
    def _chosen_option(self, event: OptionList.OptionSelected) -> None:
        self._chosen = str(event.option.id)
        if self._step_time() is None:
            return
        if self._chosen == Status.SCHEDULED.value:
            # Scheduling needs one more answer: typing goes straight into the meeting's date.
            self._error("")
            self._show_when(True)
            self.query_one("#when", Input).focus()
            return
        self._go_ahead()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Save with the highlighted step (ctrl+s or the Save button), from any field."""
        if not self.options:
            return
        option = self.query_one("#choices", OptionList).highlighted_option
        if option is None:
            self._error("Choose what happened first.")
            self.query_one("#choices", OptionList).focus()
            return
        self._chosen = str(option.id)
        if self._step_time() is None:
            return
        self._go_ahead()

    def _go_ahead(self) -> None:
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
            f"sooner than {count_of(self.follow_up_days, 'day')} can feel pushy. Follow up anyway?"
        )
        self.app.push_screen(ConfirmModal(question, confirm="Follow up"), lambda yes: self._finish() if yes else None)
        return True

    @on(Input.Submitted, "#when")
    def _when_entered(self) -> None:
        self.action_save()  # the field shows only while "scheduled" is the highlighted step

    @on(Input.Submitted, "#at")
    def _at_entered(self) -> None:
        self.query_one("#choices", OptionList).focus()

    def _finish(self) -> None:
        at = self._step_time()
        if at is None or self._chosen is None:
            return
        scheduled_for = None
        if self._chosen == Status.SCHEDULED.value:
            when = self.query_one("#when", Input)
            try:
                moment = parse_when(when.value, self.their_timezone, self.now)
            except ValueError as exc:
                self._error(f"Meeting date and time: {exc}")
                self._show_when(True)
                when.focus()
                return
            scheduled_for = iso(moment)
        self.dismiss(StatusChoice(self._chosen, at=iso(at), scheduled_for=scheduled_for))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
