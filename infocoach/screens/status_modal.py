"""Move a meeting along the pipeline. Only the next allowed statuses are offered."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from infocoach.core.clock import iso
from infocoach.core.model import Meeting, Status
from infocoach.core.pipeline import DESCRIPTIONS, allowed_next
from infocoach.core.validation import parse_local_datetime


@dataclass(frozen=True, slots=True)
class StatusChoice:
    status: str
    scheduled_for: str | None = None


class StatusModal(ModalScreen[StatusChoice | None]):
    CSS_PATH = "status_modal.tcss"
    HELP = (
        "Choose what happened. Only the steps that can follow the current status are listed: "
        "one follow-up after a week, then let them go. Scheduling asks for the date and time "
        "in the contact's time zone."
    )
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="status_modal.cancel")]

    def __init__(self, meeting: Meeting, *, timezone: str) -> None:
        super().__init__()
        self.meeting = meeting
        self.timezone = timezone
        self.options = allowed_next(meeting)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"Now {self.meeting.status}. What happened?", id="title", markup=False)
            if self.options:
                yield OptionList(
                    *[Option(f"{s.value}  ({DESCRIPTIONS[s]})", id=s.value) for s in self.options],
                    id="choices",
                )
            else:
                yield Static("This meeting is at the end of its path.", classes="hint")
            with Vertical(id="when-box"):
                yield Static(f"When? (their time, {self.timezone})", markup=False)
                yield Input(placeholder="YYYY-MM-DD HH:MM", id="when")
                yield Static("", id="when-error", classes="field-error -empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#when-box").display = False

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        status = str(event.option.id)
        if status == Status.SCHEDULED.value:
            self.query_one("#when-box").display = True
            self.query_one("#when", Input).focus()
            return
        self.dismiss(StatusChoice(status))

    @on(Input.Submitted, "#when")
    def _when_entered(self, event: Input.Submitted) -> None:
        error = self.query_one("#when-error", Static)
        try:
            moment = parse_local_datetime(event.value, self.timezone)
        except ValueError as exc:
            error.update(str(exc))
            error.remove_class("-empty")
            return
        self.dismiss(StatusChoice(Status.SCHEDULED.value, scheduled_for=iso(moment)))

    def action_cancel(self) -> None:
        self.dismiss(None)
