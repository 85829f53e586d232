"""The meeting form: who, what you hope to learn, when and for how long. Dismisses with a Meeting.

"Reach out by" starts as the way the chosen contact can be reached: a LinkedIn message for
someone with a LinkedIn profile and no email address (as a LinkedIn import brings them), else
email. It follows the contact chosen in the form until the user picks a channel themselves; a
meeting being edited keeps the channel it was saved with.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Select, TextArea

from infocoach.core.clock import Clock, iso, parse_iso
from infocoach.core.pipeline.meeting_times import set_time
from infocoach.core.pipeline.statuses import start_history
from infocoach.core.pipeline.typed_dates import parse_when
from infocoach.core.records.model import CHANNELS, Contact, Meeting, Status, new_id
from infocoach.core.records.validation import check_minutes
from infocoach.core.settings import Settings
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled

FIELDS = ("contact", "purpose", "channel", "when", "minutes", "research")
CHANNEL_LABELS = {"email": "Email", "linkedin": "LinkedIn message"}  # stored values stay as keyed


def default_channel(contact: Contact | None) -> str:
    """How to reach out to ``contact`` by default: LinkedIn when that is the only way known."""
    if contact is not None and not contact.email.strip() and contact.linkedin.strip():
        return "linkedin"
    return "email"


class MeetingForm(FormScreen[Meeting | None]):
    FIELDS = FIELDS
    HELP = (
        "Plan a meeting: choose the contact, say what you hope to learn, and how you will "
        "reach out (email, or a LinkedIn message: the form starts with that for someone with a "
        "LinkedIn profile and no email address). The time is in the contact's time zone and is needed "
        "once the meeting is scheduled. Keep it to about half an hour: respect their time.\n\n"
        "Tab moves between fields; ctrl+s saves; Escape cancels without saving."
    )

    def __init__(
        self,
        meeting: Meeting | None,
        *,
        contacts: list[Contact],
        clock: Clock,
        settings: Settings,
        contact_id: str | None = None,
    ) -> None:
        super().__init__()
        self.meeting = meeting
        # Sorted by surname, so a long list reads like an address book.
        ordered = sorted(contacts, key=lambda c: (c.last_name.casefold(), c.first_name.casefold()))
        self.contacts = {c.id: c for c in ordered}
        self.clock = clock
        self.settings = settings
        if meeting is not None:
            contact_id = meeting.contact_id
        elif contact_id is None and len(ordered) == 1:
            contact_id = ordered[0].id
        self.initial_contact = contact_id
        # The channel the form chose itself; once the user picks one, it is theirs to keep.
        self._auto_channel = default_channel(self.contacts.get(contact_id or ""))
        self._channel_chosen = meeting is not None

    def form_title(self) -> str:
        return "Edit meeting" if self.meeting else "Plan a meeting"

    def first_field(self) -> Widget:
        return self.query_one("#purpose" if self.initial_contact else "#contact")

    def compose_fields(self) -> ComposeResult:
        m = self.meeting
        # Text(): names are data, never markup (a surname like "[/]" must not break anything).
        options = [(Text(f"{c.display_name} — {c.organization}"), c.id) for c in self.contacts.values()]
        when = ""
        if m and m.scheduled_for:
            tz = self._timezone_of(m.contact_id)
            when = parse_iso(m.scheduled_for).in_timezone(tz).format("YYYY-MM-DD HH:mm")
        yield from labelled(
            "Contact *",
            Select(options, value=self.initial_contact or Select.NULL, prompt="Choose a contact", id="contact"),
            "contact",
        )
        yield from labelled(
            "What you hope to learn",
            Input(
                m.purpose if m else "",
                placeholder="e.g. how she moved from teaching into data journalism",
                id="purpose",
            ),
            "purpose",
        )
        with Horizontal(classes="form-row"):
            yield from labelled(
                "Reach out by",
                Select(
                    [(CHANNEL_LABELS.get(ch, ch), ch) for ch in CHANNELS],
                    value=m.channel if m else self._auto_channel,
                    allow_blank=False,
                    id="channel",
                ),
                "channel",
            )
            yield from labelled(
                "Length (minutes)",
                Input(str(m.planned_minutes if m else self.settings.meeting_minutes), id="minutes"),
                "minutes",
                hint="About 30 respects their time.",
            )
        yield from labelled(
            "When (their time)",
            Input(when, placeholder="2026-12-03 15:30, or next Tuesday 10:30", id="when"),
            "when",
            hint="Needed once the meeting is scheduled; leave empty while you are still asking.",
        )
        yield from labelled(
            "Research notes",
            TextArea(m.research if m else "", id="research", soft_wrap=True),
            "research",
        )

    @on(Select.Changed, "#contact")
    def _contact_chosen(self, event: Select.Changed) -> None:
        """Another contact: the channel follows them, unless the user chose one themselves."""
        if self._channel_chosen:
            return
        channel = self.query_one("#channel", Select)
        self._auto_channel = default_channel(self.contacts.get(str(event.value)))
        if channel.value != self._auto_channel:
            with channel.prevent(Select.Changed):
                channel.value = self._auto_channel

    @on(Select.Changed, "#channel")
    def _channel_changed(self, event: Select.Changed) -> None:
        if event.value != self._auto_channel:
            self._channel_chosen = True

    def _timezone_of(self, contact_id: object) -> str:
        contact = self.contacts.get(str(contact_id))
        return contact.timezone if contact else self.settings.timezone

    def build(self) -> tuple[Meeting | None, dict[str, str]]:
        problems: dict[str, str] = {}
        contact_id = self.query_one("#contact", Select).value
        if contact_id is Select.NULL:
            problems["contact"] = "Choose who you are meeting."
        minutes_text = self.query_one("#minutes", Input).value
        if message := check_minutes(minutes_text):
            problems["minutes"] = message
        when_text = self.query_one("#when", Input).value.strip()
        scheduled_for: str | None = None
        if when_text:
            try:
                scheduled_for = iso(parse_when(when_text, self._timezone_of(contact_id), self.clock.now()))
            except ValueError as exc:
                problems["when"] = str(exc)
        elif self.meeting and self.meeting.status in (Status.SCHEDULED, Status.DONE, Status.THANKED):
            problems["when"] = "A scheduled meeting needs its date and time."
        if problems:
            return None, problems
        base = self.meeting
        now = self.clock.now()
        if base is None:
            meeting = Meeting(id=new_id("m"), contact_id=str(contact_id), created_at=iso(now))
            start_history(meeting, now)
        else:
            meeting = Meeting.from_dict(base.to_dict())
            meeting.contact_id = str(contact_id)
        meeting.purpose = self.query_one("#purpose", Input).value.strip()
        meeting.channel = str(self.query_one("#channel", Select).value)
        meeting.planned_minutes = int(minutes_text.strip())
        set_time(meeting, scheduled_for, now)  # a time replaced is kept in earlier_times
        meeting.research = self.query_one("#research", TextArea).text
        return meeting, {}

    def values(self) -> dict[str, str]:
        values = {name: self.query_one(f"#{name}", Input).value for name in ("purpose", "when", "minutes")}
        values["contact"] = str(self.query_one("#contact", Select).value)
        values["channel"] = str(self.query_one("#channel", Select).value)
        values["research"] = self.query_one("#research", TextArea).text
        return values
