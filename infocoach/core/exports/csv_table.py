"""Meetings as CSV for a spreadsheet, for ``infocoach export --format csv``.

One header row, then one row per meeting (archived ones too, marked), newest first as in the
Markdown journal. The :mod:`csv` module does the quoting (minimal, RFC 4180 style) and ends
rows with CRLF as RFC 4180 and spreadsheet apps expect; a cell may hold several lines (notes,
referrals, action items: one per line). Times are ISO-8601 in the user's time zone, with the
offset, so no cell is ambiguous; durations are whole seconds; booleans are ``yes``/``no``.

Spreadsheet-safe: a text cell that starts with ``=``, ``+``, ``-``, ``@`` (also after leading
whitespace, or in their full-width forms), a tab, a carriage return, a line feed or NUL would
be read as a formula by Excel, LibreOffice or Google Sheets (CSV injection, see OWASP); it gets
a leading ``'``, which they show as text. Numbers this module
writes itself (minutes, seconds, counts, percent) are left as numbers.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import csv
import io

from infocoach.core.clock import parse_iso
from infocoach.core.describe import duration_text
from infocoach.core.exports.markdown_journal import journal_order
from infocoach.core.records.model import Contact, Meeting, Status

__all__ = ["CSV_COLUMNS", "FORMULA_STARTS", "csv_export", "neutralised"]

CSV_COLUMNS: tuple[str, ...] = (
    "meeting_id",
    "contact_id",
    "contact",
    "honorific",
    "first_name",
    "last_name",
    "organization",
    "role",
    "email",
    "contact_timezone",
    "status",
    "purpose",
    "scheduled_for",
    "planned_minutes",
    "started_at",
    "ended_at",
    "talk_me_s",
    "talk_them_s",
    "talk_nobody_s",
    "talk_share_pct",
    "questions_planned",
    "questions_asked",
    "questions_skipped",
    "notes",
    "referrals",
    "action_items",
    "thanked_at",
    "next_touch",
    "archived",
    "contact_archived",
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, plus LF and NUL)."""

UNKNOWN_CONTACT = "(unknown contact)"

Cell = str | int


# A formula may also follow leading spaces (" =1+1" is evaluated by some spreadsheets), and some
# read the full-width forms of the signs (as typed with an East Asian input method) as the signs.
_SIGNS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralised(text: str) -> str:
    """``text`` as a cell no spreadsheet evaluates: a leading ``'`` before a formula start,
    including one after leading whitespace."""
    if text.startswith(FORMULA_STARTS) or text.lstrip().startswith(_SIGNS):
        return "'" + text
    return text


def csv_export(contacts: list[Contact], meetings: list[Meeting], *, timezone: str) -> str:
    """The CSV text: a header row (:data:`CSV_COLUMNS`) and a row per meeting, CRLF line ends.

    ``timezone`` is the user's: every date and time is written there, with its offset.
    """
    by_id = {contact.id: contact for contact in contacts}
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for meeting in journal_order(meetings):
        row = _row(meeting, by_id.get(meeting.contact_id), timezone)
        writer.writerow(neutralised(cell) if isinstance(cell, str) else cell for cell in row)
    return out.getvalue()


def _row(meeting: Meeting, contact: Contact | None, timezone: str) -> list[Cell]:
    talk = meeting.talk
    share = talk.share if talk is not None else None
    states = [q.state for q in meeting.questions]
    person = contact or Contact(id=meeting.contact_id, first_name="", last_name="")
    return [
        meeting.id,
        meeting.contact_id,
        person.display_name if contact else UNKNOWN_CONTACT,
        person.honorific,
        person.first_name,
        person.last_name,
        person.organization,
        person.role,
        person.email,
        person.timezone if contact else "",
        meeting.status,
        meeting.purpose,
        _local(meeting.scheduled_for, timezone),
        meeting.planned_minutes,
        _local(meeting.started_at, timezone),
        _local(meeting.ended_at, timezone),
        _seconds(talk.me) if talk else "",
        _seconds(talk.them) if talk else "",
        _seconds(talk.nobody) if talk else "",
        round(share * 100) if share is not None else "",
        len(states),
        states.count("asked"),
        states.count("skipped"),
        "\n".join(_note_line(note.text, note.at, note.starred) for note in meeting.notes),
        "\n".join(_referral_line(r.name, r.organization, r.detail) for r in meeting.referrals),
        "\n".join(f"[{'x' if a.done else ' '}] {a.text}" for a in meeting.action_items),
        _local(meeting.entered_at(Status.THANKED.value), timezone),
        _local(meeting.next_touch, timezone),
        _yes_no(meeting.archived),
        _yes_no(contact.archived) if contact else "",
    ]


def _local(moment: str | None, timezone: str) -> str:
    """A stored moment as ISO-8601 in the user's zone (``2026-11-25T15:00:00+00:00``), or ""."""
    return parse_iso(moment).in_timezone(timezone).isoformat() if moment else ""


def _seconds(value: float) -> int:
    """Whole seconds: a number in every spreadsheet locale (no decimal separator to misread)."""
    return round(value)


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _note_line(text: str, at: float | None, starred: bool) -> str:
    """``12:05 ★ text``: the meeting time it was taken, a star, the note; each part if any."""
    stamp = f"{duration_text(at)} " if at is not None else ""
    return f"{stamp}{'★ ' if starred else ''}{text}"


def _referral_line(name: str, organization: str, detail: str) -> str:
    """``Name (Organisation): detail``, leaving out what is empty."""
    line = f"{name} ({organization})" if organization else name
    return f"{line}: {detail}" if detail else line
