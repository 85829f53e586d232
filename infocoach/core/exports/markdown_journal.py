"""Every meeting as a Markdown journal, for ``infocoach export --format markdown``.

A title, then one ``##`` section per meeting, newest first (by when it is or was held, else its
latest step): who and when, status, talk share, then the questions, notes, referrals, action
items and the thank-you. Archived meetings are included and say so, as in the JSON export.

User text is data, not markup. Every character that could start Markdown or HTML structure is
backslash-escaped (CommonMark lets any ASCII punctuation be escaped), so a note such as
``# heading``, ``1. first``, ``> quote``, ``| a | b |`` or ``[bold]x[/]`` renders as written and
cannot add a heading, list, table, link or HTML. Only what needs it is escaped, so the raw file
still reads naturally. Line breaks inside a note become hard line breaks within its list item;
control characters become U+FFFD; text with explicit bidirectional controls is wrapped in an
isolate so an unclosed override cannot reverse the text around it. Plain right-to-left text
and emoji are left exactly as written.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infocoach.core.clock import parse_iso
from infocoach.core.describe import (
    count_of,
    date_text,
    duration_text,
    meeting_length,
    meeting_moment,
    talk_share_text,
)
from infocoach.core.pipeline.meeting_times import meeting_time
from infocoach.core.pipeline.statuses import DESCRIPTIONS
from infocoach.core.records.model import Contact, Meeting, Status, Target

__all__ = ["TITLE", "journal_order", "markdown_export", "markdown_text"]

TITLE = "Informational interviews"
UNKNOWN_CONTACT = "(unknown contact)"

_ANYWHERE = re.compile(r"[\\`*_\[\]<|~$]")  # emphasis, code, links, HTML, tables, math
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # "&amp;" would render as "&"
_LINE_START = re.compile(r"([#>+=-])|(\d{1,9})([.)])")  # heading, quote, list, setext, "1."
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n?|\n")


def journal_order(meetings: list[Meeting]) -> list[Meeting]:
    """Newest first by :func:`meeting_moment`; undated meetings last; ties by id."""
    by_id = sorted(meetings, key=lambda m: m.id)
    dated = [(meeting_moment(m), m) for m in by_id]
    dated.sort(key=lambda pair: pair[0].timestamp() if pair[0] else float("-inf"), reverse=True)
    return [m for _, m in dated]


def markdown_text(text: str) -> str:
    """User text on one line, escaped for Markdown; line breaks become single spaces."""
    lines = (line.strip(" \t") for line in _NEWLINES.split(text))
    return _escape_line(" ".join(line for line in lines if line))


def markdown_export(
    contacts: list[Contact], meetings: list[Meeting], *, timezone: str, targets: Sequence[Target] = ()
) -> str:
    """The journal as Markdown text (LF line ends). ``timezone`` is the user's: dates are there.
    Target employers, if any, come first: the LAMP list, best first."""
    by_id = {contact.id: contact for contact in contacts}
    people = len({m.contact_id for m in meetings})
    lines = [f"# {TITLE}", ""]
    if meetings:
        lines.append(
            f"{count_of(len(meetings), 'meeting')} with {people} "
            f"{'person' if people == 1 else 'people'}, newest first. "
            f"Dates and times are in {markdown_text(timezone)}."
        )
    else:
        lines.append("No meetings yet.")
    if any(not target.archived for target in targets):
        lines += ["", *_targets_section(targets, contacts)]
    for meeting in journal_order(meetings):
        lines += ["", *_section(meeting, by_id.get(meeting.contact_id), timezone)]
    return "\n".join(lines) + "\n"


# --- the target employers --------------------------------------------------------------


def _targets_section(targets: Sequence[Target], contacts: list[Contact]) -> list[str]:
    """The LAMP list: Motivation, then Posting, then Advocacy, best first; people by name."""
    from infocoach.core.campaign.matching import people_at

    rows = []
    for target in targets:
        if target.archived:
            continue
        people = people_at(target, contacts)
        advocacy = bool(people) if target.advocacy == "auto" else target.advocacy == "yes"
        rows.append((target, people, advocacy))
    rows.sort(key=lambda row: (-row[0].motivation, -row[0].posting, not row[2], row[0].name.casefold()))
    lines = ["## Target employers", ""]
    for rank, (target, people, advocacy) in enumerate(rows, start=1):
        facts = f"Motivation {target.motivation}/5, Posting {target.posting}/3, Advocacy {'yes' if advocacy else 'no'}"
        lines.append(f"{rank}. **{markdown_text(target.name)}**: {facts}.")
        if people:
            names = ", ".join(markdown_text(person.display_name) for person in people)
            lines.append(f"   People: {names}.")
        if target.notes.strip():
            lines.append(f"   {markdown_text(target.notes)}")
    return lines


# --- one meeting ---------------------------------------------------------------------------


def _section(meeting: Meeting, contact: Contact | None, timezone: str) -> list[str]:
    name = markdown_text(contact.display_name) if contact else UNKNOWN_CONTACT
    organization = markdown_text(contact.organization) if contact else ""
    when = meeting_moment(meeting)
    day = date_text(when, timezone) if when else "no date"
    heading = f"## {name} — {organization} ({day})" if organization else f"## {name} ({day})"
    lines = [heading, "", *_facts(meeting, contact, timezone)]
    questions = [_question_line(q.text, q.state) for q in meeting.questions]
    notes = [
        _item(f"{duration_text(n.at)} " if n.at is not None else "", n.text, star=n.starred) for n in meeting.notes
    ]
    referrals = [_referral(r.name, r.organization, r.detail) for r in meeting.referrals]
    actions = [_item("[x] " if a.done else "[ ] ", a.text) for a in meeting.action_items]
    for title, items in (
        ("Questions", questions),
        ("Notes", notes),
        ("Referrals", referrals),
        ("Action items", actions),
    ):
        if items:
            lines += ["", f"### {title}", "", *items]
    thanks = meeting.drafts.get("thanks", "")
    if thanks.strip():
        lines += ["", "### Thank-you note", "", *_quote(thanks)]
    return lines


def _facts(meeting: Meeting, contact: Contact | None, timezone: str) -> list[str]:
    facts = [f"- **Meeting:** {markdown_text(meeting.id)}"]
    if contact is not None:
        who = [contact.display_name, contact.role, contact.organization]
        line = ", ".join(markdown_text(part) for part in who if part.strip())
        if contact.email.strip():
            line += f" · {markdown_text(contact.email)}"
        facts.append(f"- **Contact:** {line}")
    when = meeting_time(meeting)
    if when:
        start = parse_iso(when)
        line = date_text(start, timezone, with_time=True)
        length = meeting_length(meeting) if meeting.ended_at else None
        if length:
            line += f", {duration_text(length)} of {meeting.planned_minutes} minutes planned"
        else:
            line += f", {meeting.planned_minutes} minutes"
        if contact is not None:  # their wall time too, when it differs from the user's
            theirs = date_text(start, contact.timezone, with_time=True)
            if theirs != date_text(start, timezone, with_time=True):
                line += f" ({theirs} for them, {markdown_text(contact.timezone)})"
        facts.append(f"- **{'Held' if meeting.started_at else 'Scheduled'}:** {line}")
    if meeting.earlier_times:
        earlier = (
            f"{date_text(parse_iso(e.scheduled_for), timezone, with_time=True)} "
            f"(changed {date_text(parse_iso(e.changed_at), timezone)})"
            for e in meeting.earlier_times
        )
        facts.append(f"- **Earlier times:** {'; '.join(earlier)}")
    facts.append(f"- **Status:** {_status(meeting, contact)}")
    if meeting.purpose.strip():
        facts.append(f"- **Purpose:** {markdown_text(meeting.purpose.strip())}")
    if meeting.talk is not None:
        talk = meeting.talk
        facts.append(
            f"- **Talk share:** {talk_share_text(talk)} of the talking was yours "
            f"(you {duration_text(talk.me)}, them {duration_text(talk.them)}, "
            f"silence {duration_text(talk.nobody)})"
        )
    if meeting.status in (Status.DONE.value, Status.THANKED.value):
        sent = meeting.entered_at(Status.THANKED.value)
        state = f"sent on {date_text(parse_iso(sent), timezone)}" if sent else "not sent yet"
        facts.append(f"- **Thank-you:** {state}")
    if meeting.next_touch:
        facts.append(f"- **Next update due:** {date_text(parse_iso(meeting.next_touch), timezone)}")
    return facts


def _status(meeting: Meeting, contact: Contact | None) -> str:
    try:
        text = f"{meeting.status} ({DESCRIPTIONS[Status(meeting.status)]})"
    except ValueError:
        text = markdown_text(meeting.status)
    if meeting.archived:
        text += ", archived"
    if contact is not None and contact.archived:
        text += ", contact archived"
    return text


def _question_line(text: str, state: str) -> str:
    if state == "asked":
        return _item("✓ ", text)
    return _item("Skipped: " if state == "skipped" else "Open: ", text)


def _referral(name: str, organization: str, detail: str) -> str:
    who = f"**{markdown_text(name)}**"
    if organization.strip():
        who += f" ({markdown_text(organization)})"
    return _item(f"{who}: " if detail.strip() else who, detail)


# --- escaping and blocks ---------------------------------------------------------------------


def _item(prefix: str, text: str, *, star: bool = False) -> str:
    """A list item: ``prefix`` (already Markdown), then ``text`` escaped, keeping its lines."""
    paragraphs = markdown_paragraphs(text)
    first = paragraphs[0] if paragraphs else [""]
    head = f"- {prefix}{'★ ' if star else ''}{first[0]}".rstrip()
    lines = [head, *(f"  {line}" for line in first[1:])]
    lines = hard_breaks(lines)
    for paragraph in paragraphs[1:]:
        lines += ["", *hard_breaks([f"  {line}" for line in paragraph])]
    return "\n".join(lines)


def _quote(text: str) -> list[str]:
    """``text`` as a blockquote, paragraphs and line breaks kept."""
    lines: list[str] = []
    for index, paragraph in enumerate(markdown_paragraphs(text)):
        if index:
            lines.append(">")
        lines += hard_breaks([f"> {line}" for line in paragraph])
    return lines


def hard_breaks(lines: list[str]) -> list[str]:
    """Lines of one paragraph, each but the last ending in a backslash: a hard line break."""
    return [line + "\\" for line in lines[:-1]] + lines[-1:]


def markdown_paragraphs(text: str) -> list[list[str]]:
    """Escaped lines of ``text``, grouped into paragraphs at blank lines (shared with the prep sheet)."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in _NEWLINES.split(text):
        line = _escape_line(raw)
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _escape_line(raw: str) -> str:
    """One line of user text, safe at the start of a Markdown block and anywhere after it."""
    line = _CONTROLS.sub("\ufffd", raw).strip(" \t")
    line = _ANYWHERE.sub(lambda m: "\\" + m.group(), line)
    line = _ENTITY.sub("\\&", line)
    start = _LINE_START.match(line)
    if start:
        line = _escape_start(start) + line[start.end() :]
    if _BIDI_CONTROLS.search(line):
        line = f"\u2068{line}\u2069"  # first-strong isolate ... pop: contains any override
    return line


def _escape_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"
