"""Move a meeting to another time: one line typed in the user's own time zone ("tomorrow 3pm"),
shown back in theirs and the contact's as it is typed. Dismisses with the moved copy of the
meeting (the old time kept in its ``earlier_times``), or None when cancelled."""

from __future__ import annotations

import pendulum
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input, Static

from infocoach.core.clock import Clock, parse_iso
from infocoach.core.pipeline.meeting_times import RescheduleError, becomes_scheduled, reschedule
from infocoach.core.pipeline.typed_dates import parse_when
from infocoach.core.records.model import Contact, Meeting
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled

SHOWN = "ddd D MMM YYYY, HH:mm"  # "Fri 27 Nov 2026, 15:00"


def both_times(moment: pendulum.DateTime, my_timezone: str, contact: Contact | None) -> str:
    """``Fri 27 Nov 2026, 15:00 your time (23:00 for Dr. Tan, Asia/Singapore)``; the contact's
    time only when their zone shows another wall time."""
    mine = moment.in_timezone(my_timezone)
    text = f"{mine.format(SHOWN, locale='en')} your time"
    if contact is not None and contact.timezone != my_timezone:
        theirs = moment.in_timezone(contact.timezone)
        if theirs.format(SHOWN) != mine.format(SHOWN):
            shown = theirs.format("HH:mm") if theirs.date() == mine.date() else theirs.format(SHOWN, locale="en")
            who = contact.formal_name or contact.display_name
            text += f" ({shown} for {who}, {contact.timezone})"
    return text


class RescheduleForm(FormScreen[Meeting | None]):
    FIELDS = ("when",)
    DEFAULT_CSS = """
    RescheduleForm #current-time, RescheduleForm #when-preview {
        padding: 0 1;
    }
    """
    HELP = (
        "Move the meeting to another time. Type the new time in your own time zone, as you "
        "would say it: 'tomorrow 3pm', 'next Tuesday 10:30' or 2026-12-03 15:30; the line "
        "below shows it in your time and the contact's. The old time is kept in the meeting's "
        "history, and a meeting still waiting for a reply becomes scheduled. If you saved a "
        "calendar file for it from Prep (F3), that file is written again with the new time: "
        "open it and your calendar moves the event.\n\n"
        "ctrl+s saves; Escape cancels without saving."
    )

    def __init__(self, meeting: Meeting, contact: Contact | None, *, my_timezone: str, clock: Clock) -> None:
        super().__init__()
        self.meeting = meeting
        self.contact = contact
        self.my_timezone = my_timezone
        self.clock = clock

    def form_title(self) -> str:
        who = self.contact.display_name if self.contact else "this contact"
        return f"Move the meeting with {who}" if self.meeting.scheduled_for else f"A time for the meeting with {who}"

    def first_field(self) -> Widget:
        return self.query_one("#when")

    def compose_fields(self) -> ComposeResult:
        current = self.meeting.scheduled_for
        now_line = (
            f"Now: {both_times(parse_iso(current), self.my_timezone, self.contact)}"
            if current
            else "It has no time yet."
        )
        yield Static(now_line, id="current-time", markup=False)
        yield from labelled(
            f"New time (your time, {self.my_timezone})",
            Input(placeholder="tomorrow 3pm, next Tuesday 10:30, 2026-12-03 15:30", id="when"),
            "when",
        )
        yield Static(Text(""), id="when-preview", markup=False)
        if becomes_scheduled(self.meeting):
            yield Static(
                f"It is {self.meeting.status} now: with a time agreed, it becomes scheduled.",
                classes="hint",
                markup=False,
            )

    def _moment(self) -> pendulum.DateTime:
        """The typed time; ValueError says what to type instead."""
        return parse_when(self.query_one("#when", Input).value, self.my_timezone, self.clock.now())

    @on(Input.Changed, "#when")
    def _show_preview(self) -> None:
        preview = self.query_one("#when-preview", Static)
        if not self.query_one("#when", Input).value.strip():
            preview.update("")
            return
        try:
            moment = self._moment()
        except ValueError:
            preview.update(Text("…", style="dim"))  # the reason comes on saving, not mid-word
            return
        preview.update(Text(f"New: {both_times(moment, self.my_timezone, self.contact)}"))

    def build(self) -> tuple[Meeting | None, dict[str, str]]:
        try:
            moment = self._moment()
            moved = reschedule(Meeting.from_dict(self.meeting.to_dict()), moment, self.clock.now())
        except (ValueError, RescheduleError) as problem:
            return None, {"when": str(problem)}
        return moved, {}

    def values(self) -> dict[str, str]:
        return {"when": self.query_one("#when", Input).value}
