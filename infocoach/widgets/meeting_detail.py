"""The detail panel for one meeting. User text goes in as ``Text``, so markup is never parsed."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from infocoach.core.clock import parse_iso
from infocoach.core.describe import date_text, duration_text, meeting_length, talk_share_text
from infocoach.core.pipeline.meeting_times import meeting_time
from infocoach.core.pipeline.statuses import DESCRIPTIONS
from infocoach.core.records.model import Contact, Meeting, Status
from infocoach.widgets.shown_text import shown

_NOTES_SHOWN = 6
_BOOKED = (Status.SCHEDULED, Status.DONE, Status.THANKED)


def _heading(label: str) -> Text:
    return Text(label, style="bold")


def _field(label: str, value: str) -> Text:
    line = Text(f"{label}: ", style="dim")
    line.append(value)
    return line


def describe_meeting(meeting: Meeting, contact: Contact | None, timezone: str, *, referrer: str = "") -> Text:
    """Everything worth knowing at a glance, one line (or paragraph) per part: one Text, which
    the panel wraps and draws in one pass (a Group of thirty is drawn part by part)."""
    parts: list[Text] = []
    if contact is not None:
        parts.append(Text(contact.display_name, style="bold"))
        role = " at ".join(p for p in (contact.role, contact.organization) if p)
        if role:
            parts.append(Text(role))
        if not contact.honorific:
            parts.append(Text("No honorific yet: add one so drafts can greet them formally.", style="italic"))
    status = Status(meeting.status)
    line = _field("Status", f"{status.value} ({DESCRIPTIONS[status]})")
    if meeting.archived:
        line.append("  archived", style="italic")
    parts.append(line)
    if when_text := meeting_time(meeting):
        when = parse_iso(when_text)
        label = "Held" if meeting.started_at else "Meeting" if status in _BOOKED else "Hoped-for time"
        length = meeting_length(meeting) if meeting.ended_at else None
        planned = f"{meeting.planned_minutes} min"
        parts.append(
            _field(
                label,
                f"{date_text(when, timezone, with_time=True)} "
                + (f"({duration_text(length)} of {planned})" if length else f"({planned})"),
            )
        )
        if contact is not None and contact.timezone != timezone:
            theirs = date_text(when, contact.timezone, with_time=True)
            parts.append(_field("Their time", f"{theirs} {contact.timezone}"))
        for earlier in meeting.earlier_times:
            moved = date_text(parse_iso(earlier.changed_at), timezone)
            was = date_text(parse_iso(earlier.scheduled_for), timezone, with_time=True)
            parts.append(_field("Earlier time", f"{was} (changed {moved})"))
    if meeting.talk is not None and status in (Status.DONE, Status.THANKED):
        talk = meeting.talk
        parts.append(
            _field(
                "Your talk share",
                f"{talk_share_text(talk)} (you {duration_text(talk.me)}, them {duration_text(talk.them)})",
            )
        )
    if meeting.purpose:
        parts.append(_field("Purpose", meeting.purpose))
    if contact is not None:
        if contact.why:
            parts += [Text(), _heading("Why them"), Text(contact.why)]
        if contact.connection:
            parts.append(_field("Connection", contact.connection))
        if referrer:
            parts.append(_field("Referred by", referrer))
        for label, value in (("Email", contact.email), ("LinkedIn", contact.linkedin), ("Time zone", contact.timezone)):
            if value:
                parts.append(_field(label, value))
    if meeting.research.strip():
        parts += [Text(), _heading("Research notes"), Text(meeting.research.strip())]
    if meeting.questions:
        asked = sum(q.state == "asked" for q in meeting.questions)
        parts.append(_field("Questions", f"{asked}/{len(meeting.questions)} asked"))
    if meeting.notes:
        parts += [Text(), _heading(f"Notes ({len(meeting.notes)})")]
        for note in meeting.notes[:_NOTES_SHOWN]:
            bullet = Text("★ " if note.starred else "• ")
            bullet.append(note.text)
            parts.append(bullet)
        if len(meeting.notes) > _NOTES_SHOWN:
            parts.append(Text(f"… and {len(meeting.notes) - _NOTES_SHOWN} more", style="dim"))
    if meeting.referrals:
        parts += [Text(), _heading("Referrals")]
        for referral in meeting.referrals:
            line = Text("→ ")
            line.append(referral.name)
            if referral.organization:
                line.append(f", {referral.organization}")
            if referral.detail:
                line.append(f" — {referral.detail}", style="dim")
            parts.append(line)
    if meeting.action_items:
        parts += [Text(), _heading("Action items")]
        for item in meeting.action_items:
            line = Text("☑ " if item.done else "☐ ")
            line.append(item.text)
            parts.append(line)
    if meeting.history:
        parts += [Text(), _heading("Timeline")]
        for step in meeting.history:
            when = date_text(parse_iso(step.at), timezone)
            parts.append(Text(f"{when}  {step.status}", style="dim"))
    return shown(Text("\n").join(parts))  # control characters in names and notes read ␛[…


class MeetingDetail(Static):
    """Shows the selected meeting, or a short hint when nothing is selected."""

    DEFAULT_CSS = """
    MeetingDetail {
        height: auto;
        padding: 0 1;
    }
    """

    def show_meeting(
        self, meeting: Meeting | None, contact: Contact | None, timezone: str, *, referrer: str = ""
    ) -> None:
        """``referrer``: the name of whoever referred you to the contact ("" for none)."""
        if meeting is None:
            self.update(Text("Select a meeting to see its details.", style="dim"))
        else:
            self.update(describe_meeting(meeting, contact, timezone, referrer=referrer))
