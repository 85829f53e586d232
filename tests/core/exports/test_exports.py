"""The export formats as pure functions: the Markdown journal (parsed back with markdown-it),
CSV (read back with the csv module) and iCalendar (read back with icalendar), on the demo data
and on hostile text."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable
from datetime import timedelta

import icalendar
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin

from infocoach.core.describe import duration_text, meeting_moment
from infocoach.core.exports.csv_table import CSV_COLUMNS, FORMULA_STARTS, csv_export, neutralised
from infocoach.core.exports.ics_calendar import CALENDAR_NAME, ics_export
from infocoach.core.exports.ics_event import meeting_event_ics
from infocoach.core.exports.markdown_journal import TITLE, journal_order, markdown_export
from infocoach.core.records.model import (
    ActionItem,
    Contact,
    Meeting,
    Note,
    Question,
    Referral,
    TalkTotals,
    Transition,
)
from infocoach.core.samples.demo import DEMO_USER_NAME, build_demo

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")
USER_TZ = "Europe/London"
assert isinstance(NOW, pendulum.DateTime)


@pytest.fixture(scope="module")
def demo() -> tuple[list[Contact], list[Meeting]]:
    return build_demo(NOW, USER_TZ)


def copy_meeting(meeting: Meeting, **changes: object) -> Meeting:
    data = meeting.to_dict()
    data.update(changes)
    return Meeting.from_dict(data)


# --- Markdown: reading it back --------------------------------------------------------------------


def parser() -> MarkdownIt:
    """CommonMark with GitHub's tables and strikethrough, plus $math$ and footnotes: every
    structure hostile text might try to make."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(dollarmath_plugin).use(footnote_plugin)


def plain(inline: Token) -> str:
    """The text a reader sees in an inline token: escapes resolved, line breaks as newlines."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def headings(tokens: list[Token], tag: str) -> list[str]:
    return [plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == tag]


def section_items(tokens: list[Token], title: str) -> list[str]:
    """The text of each list item under the ``### title`` heading."""
    start = next(
        i for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h3" and plain(tokens[i + 1]) == title
    )  # fmt: skip
    assert tokens[start + 3].type == "bullet_list_open"
    level = tokens[start + 3].level
    items: list[str] = []
    for token in tokens[start + 4 :]:
        if token.type == "bullet_list_close" and token.level == level:
            break
        if token.type == "list_item_open" and token.level == level + 1:
            items.append("")
        elif token.type == "inline":
            items[-1] += ("\n" if items[-1] else "") + plain(token)
    return items


def quoted(tokens: list[Token]) -> list[str]:
    """The paragraphs of the blockquotes."""
    paragraphs, depth = [], 0
    for token in tokens:
        depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        if depth and token.type == "inline":
            paragraphs.append(plain(token))
    return paragraphs


MARKUP_TOKENS = {
    "table_open", "blockquote_open", "code_block", "fence", "html_block", "html_inline",
    "link_open", "image", "em_open", "s_open", "math_inline", "math_block", "footnote_ref",
    "footnote_block_open", "ordered_list_open", "hr", "code_inline",
}  # fmt: skip


def all_tokens(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        out += all_tokens(token.children or [])
    return out


# --- Markdown: the demo ---------------------------------------------------------------------------


def test_markdown_has_a_title_and_one_heading_per_meeting_newest_first(demo) -> None:
    contacts, meetings = demo
    text = markdown_export(contacts, meetings, timezone=USER_TZ)
    tokens = parser().parse(text)
    assert headings(tokens, "h1") == [TITLE]
    by_id = {c.id: c for c in contacts}
    ordered = sorted(meetings, key=lambda m: meeting_moment(m), reverse=True)  # type: ignore[arg-type, return-value]
    expected = []
    for m in ordered:
        c = by_id[m.contact_id]
        day = meeting_moment(m).in_timezone(USER_TZ).format("YYYY-MM-DD")  # type: ignore[union-attr]
        expected.append(f"{c.display_name} — {c.organization} ({day})")
    assert headings(tokens, "h2") == expected
    assert len(expected) == len(meetings) == 16
    assert expected[0] == "Ms. Chloé Tremblay — Borealis Aerospace (2026-11-28)"
    assert [m.id for m in journal_order(meetings)] == [m.id for m in ordered]
    assert text.startswith("# Informational interviews\n\n16 meetings with 14 people, newest first.")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_of_a_thanked_meeting(demo) -> None:
    contacts, meetings = demo
    (meeting,) = [m for m in meetings if m.id == "m-demo-01"]
    text = markdown_export(contacts, [meeting], timezone=USER_TZ)
    assert "## Dr. Amara Okafor — Northbridge Public Health Institute (2026-06-13)\n" in text
    assert "- **Status:** thanked (thank-you sent)\n" in text
    assert "- **Talk share:** 36% of the talking was yours (you 9:20, them 16:40, silence 2:20)\n" in text
    assert "- **Thank-you:** sent on 2026-06-14\n" in text
    tokens = parser().parse(text)
    assert headings(tokens, "h3") == ["Questions", "Notes", "Referrals", "Action items", "Thank-you note"]
    questions = section_items(tokens, "Questions")
    assert questions[0].startswith("✓ Which changes in public health data")
    assert questions[5] == "Skipped: Is there a small project I could do to test whether I enjoy this work?"
    notes = section_items(tokens, "Notes")
    assert len(notes) == len(meeting.notes) == 6
    for note, item in zip(meeting.notes, notes, strict=True):
        star = "★ " if note.starred else ""
        assert item == f"{duration_text(note.at or 0)} {star}{note.text}"
    assert section_items(tokens, "Action items")[0] == (
        "[x] Reproduce the measles coverage analysis from the open dataset"
    )
    # The thank-you note is quoted as written: paragraphs and line breaks kept.
    assert "\n\n".join(quoted(tokens)) == meeting.drafts["thanks"]


def test_markdown_says_what_is_not_done_yet(demo) -> None:
    contacts, meetings = demo
    by_id = {m.id: m for m in meetings}
    done = markdown_export(contacts, [by_id["m-demo-05"]], timezone=USER_TZ)
    assert "- **Thank-you:** not sent yet\n" in done
    assert "Thank-you note" not in done
    scheduled = markdown_export(contacts, [by_id["m-demo-06"]], timezone=USER_TZ)
    assert "- **Scheduled:** 2026-11-25 15:00, 20 minutes (2026-11-25 16:00 for them, Europe/Berlin)\n" in scheduled
    assert "Talk share" not in scheduled and "Thank-you" not in scheduled
    assert "- Open: What does a forecast day look like" in scheduled
    archived = markdown_export(contacts, [by_id["m-demo-14"]], timezone=USER_TZ)
    assert "- **Status:** declined (declined or cancelled), archived\n" in archived


def test_markdown_with_no_meetings() -> None:
    assert markdown_export([], [], timezone=USER_TZ) == "# Informational interviews\n\nNo meetings yet.\n"


# --- Markdown: hostile text -----------------------------------------------------------------------

HOSTILE = [
    "[bold]x[/]",
    "[red]warning[/red] and [link=https://evil.example]click[/link]",
    "# heading",
    "## also a heading ##",
    "| a | b |\n| --- | --- |\n| 1 | 2 |",
    "a | b",
    "`code` and ``double`` ticks",
    "```\nfenced\n```",
    "~~~\ntilde fence\n~~~",
    "> not a quote",
    "1. not a list",
    "2) nor this",
    "- dash\n+ plus\n* star",
    "---",
    "title\n===",
    "***",
    "_under_ *star* **strong** ~~strike~~ ~sub~",
    "<script>alert(1)</script> <b>bold</b> <!-- comment -->",
    "<https://example.com> [link](https://evil.example) ![img](x.png) [ref]\n[ref]: https://evil.example",
    "&amp; &#65; &copy; AT&T",
    "$x^2$ and $$y$$ costs $5",
    "footnote[^1]\n[^1]: sneaky",
    "back\\slash and a trailing one\\",
    "    indented like code",
    "emoji 🎉 👩🏽‍🔬 🇬🇧",
    "RTL: مرحبا بالعالم and עברית, mixed 123",
    "Zoë, Chloé, Łódź, 東京",
    "first line\nsecond line\n\nnew paragraph",
]


def hostile_data(text: str) -> tuple[list[Contact], list[Meeting]]:
    contact = Contact(
        id="c-x", first_name=text.splitlines()[0], last_name="Rivera", honorific="Dr.",
        organization="# Org | [b]co[/b] *", role=text, email="a@example.org", timezone="America/Chicago",
    )  # fmt: skip
    meeting = Meeting(
        id="m-x",
        contact_id="c-x",
        status="thanked",
        history=[Transition("done", "2026-11-20T16:00:00+00:00"), Transition("thanked", "2026-11-21T09:00:00+00:00")],
        scheduled_for="2026-11-20T09:30:00-06:00",
        started_at="2026-11-20T15:30:00+00:00",
        ended_at="2026-11-20T16:00:00+00:00",
        purpose=text,
        questions=[Question(text, state=s) for s in ("asked", "skipped", "open")],
        notes=[Note(text, at=65.0, starred=True), Note(text)],
        referrals=[Referral(text, organization=text, detail=text)],
        action_items=[ActionItem(text, done=True), ActionItem(text)],
        talk=TalkTotals(600, 1000, 200),
        drafts={"thanks": text},
    )
    return [contact], [meeting]


def reads_as(text: str) -> str:
    """What a reader sees: each line trimmed, blank lines between paragraphs dropped."""
    return "\n".join(line.strip(" \t") for line in text.splitlines() if line.strip(" \t"))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_cannot_change_the_structure(text: str) -> None:
    contacts, meetings = hostile_data(text)
    markdown = markdown_export(contacts, meetings, timezone=USER_TZ)
    tokens = parser().parse(markdown)
    first = text.splitlines()[0].strip()
    assert headings(tokens, "h1") == [TITLE]
    assert headings(tokens, "h2") == [f"Dr. {first} Rivera — # Org | [b]co[/b] * (2026-11-20)"]
    assert headings(tokens, "h3") == ["Questions", "Notes", "Referrals", "Action items", "Thank-you note"]
    types = [t.type for t in all_tokens(tokens)]
    assert not set(types) & (MARKUP_TOKENS - {"blockquote_open"}), set(types) & MARKUP_TOKENS
    assert types.count("blockquote_open") == 1  # the thank-you note, and only it
    assert "\n".join(quoted(tokens)) == reads_as(text)
    seen = reads_as(text)
    assert section_items(tokens, "Questions") == [f"✓ {seen}", f"Skipped: {seen}", f"Open: {seen}"]
    assert section_items(tokens, "Notes") == [f"1:05 ★ {seen}", seen]
    one_line = " ".join(seen.splitlines())
    assert section_items(tokens, "Referrals") == [f"{one_line} ({one_line}): {seen}"]
    assert section_items(tokens, "Action items") == [f"[x] {seen}", f"[ ] {seen}"]


def test_the_thank_you_is_one_blockquote_whatever_it_says() -> None:
    for text in HOSTILE:
        contacts, meetings = hostile_data("plain")
        meetings[0].drafts["thanks"] = text
        tokens = parser().parse(markdown_export(contacts, meetings, timezone=USER_TZ))
        types = [t.type for t in all_tokens(tokens)]
        assert types.count("blockquote_open") == 1, text
        assert not set(types) & (MARKUP_TOKENS - {"blockquote_open"}), text
        assert "\n".join(quoted(tokens)) == reads_as(text)


def test_escaped_text_still_reads_naturally() -> None:
    contacts, meetings = hostile_data("plain")
    meetings[0].notes = [Note(text) for text in ("[bold]x[/]", "# heading", "a | b", "1. first", "> quote")]
    meetings[0].notes.append(Note("It's fine: commas, (brackets), dots... and a question?"))
    meetings[0].notes.append(Note("emoji 🎉 and RTL مرحبا stay exactly as written"))
    markdown = markdown_export(contacts, meetings, timezone=USER_TZ)
    assert "- \\[bold\\]x\\[/\\]\n" in markdown
    assert "- \\# heading\n" in markdown
    assert "- a \\| b\n" in markdown
    assert "- 1\\. first\n" in markdown
    assert "- \\> quote\n" in markdown
    assert "- It's fine: commas, (brackets), dots... and a question?\n" in markdown
    assert "- emoji 🎉 and RTL مرحبا stay exactly as written\n" in markdown


def test_bidi_overrides_are_isolated_and_controls_replaced() -> None:
    contacts, meetings = hostile_data("plain")
    meetings[0].notes = [Note("evil \u202egnp.exe"), Note("bell\x07 and escape\x1b[31m")]
    markdown = markdown_export(contacts, meetings, timezone=USER_TZ)
    assert "- \u2068evil \u202egnp.exe\u2069\n" in markdown
    assert "- bell\ufffd and escape\ufffd\\[31m\n" in markdown
    assert "\x1b" not in markdown and "\x07" not in markdown


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.characters(categories=("L", "N", "P", "S"), include_characters=" \n"),
        max_size=80,
    )
)
def test_any_note_renders_as_written(text: str) -> None:
    contacts, meetings = hostile_data("plain")
    meetings[0].notes = [Note(text)]
    tokens = parser().parse(markdown_export(contacts, meetings, timezone=USER_TZ))
    assert len(headings(tokens, "h2")) == 1
    assert headings(tokens, "h3") == ["Questions", "Notes", "Referrals", "Action items", "Thank-you note"]
    assert section_items(tokens, "Notes") == [reads_as(text)]


# --- CSV ------------------------------------------------------------------------------------------


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def unneutralised(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and neutralised(cell[1:]) == cell else cell


def local(moment: str | None) -> str:
    return pendulum.parse(moment).in_timezone(USER_TZ).isoformat() if moment else ""  # type: ignore[union-attr]


def expected_row(meeting: Meeting, contact: Contact) -> dict[str, str]:
    talk = meeting.talk
    states = [q.state for q in meeting.questions]
    return {
        "meeting_id": meeting.id,
        "contact_id": contact.id,
        "contact": contact.display_name,
        "honorific": contact.honorific,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "organization": contact.organization,
        "role": contact.role,
        "email": contact.email,
        "contact_timezone": contact.timezone,
        "status": meeting.status,
        "purpose": meeting.purpose,
        "scheduled_for": local(meeting.scheduled_for),
        "planned_minutes": str(meeting.planned_minutes),
        "started_at": local(meeting.started_at),
        "ended_at": local(meeting.ended_at),
        "talk_me_s": str(round(talk.me)) if talk else "",
        "talk_them_s": str(round(talk.them)) if talk else "",
        "talk_nobody_s": str(round(talk.nobody)) if talk else "",
        "talk_share_pct": str(round(talk.share * 100)) if talk and talk.share is not None else "",
        "questions_planned": str(len(states)),
        "questions_asked": str(states.count("asked")),
        "questions_skipped": str(states.count("skipped")),
        "notes": "\n".join(
            (f"{duration_text(n.at)} " if n.at is not None else "") + ("★ " if n.starred else "") + n.text
            for n in meeting.notes
        ),
        "referrals": "\n".join(
            (f"{r.name} ({r.organization})" if r.organization else r.name) + (f": {r.detail}" if r.detail else "")
            for r in meeting.referrals
        ),
        "action_items": "\n".join(f"[{'x' if a.done else ' '}] {a.text}" for a in meeting.action_items),
        "thanked_at": local(meeting.entered_at("thanked")),
        "next_touch": local(meeting.next_touch),
        "archived": "yes" if meeting.archived else "no",
        "contact_archived": "yes" if contact.archived else "no",
    }


def test_csv_round_trips_every_demo_meeting(demo) -> None:
    contacts, meetings = demo
    text = csv_export(contacts, meetings, timezone=USER_TZ)
    rows = read_csv(text)
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 1 + len(meetings)
    by_id = {c.id: c for c in contacts}
    ordered = journal_order(meetings)
    for meeting, row in zip(ordered, rows[1:], strict=True):
        got = {name: unneutralised(cell) for name, cell in zip(CSV_COLUMNS, row, strict=True)}
        assert got == expected_row(meeting, by_id[meeting.contact_id])
    assert [r[0] for r in rows[1:]] == [m.id for m in ordered]
    first = dict(zip(CSV_COLUMNS, rows[1 + [m.id for m in ordered].index("m-demo-01")], strict=True))
    assert first["scheduled_for"] == "2026-06-13T13:00:00+01:00"
    assert (first["talk_me_s"], first["talk_them_s"], first["talk_share_pct"]) == ("560", "1000", "36")
    assert first["thanked_at"] == "2026-06-14T08:30:00+01:00"
    assert first["notes"].splitlines()[1].startswith("9:00 ★ Teachers already know")


def test_csv_rows_end_in_crlf_and_multiline_cells_are_quoted(demo) -> None:
    contacts, meetings = demo
    text = csv_export(contacts, meetings, timezone=USER_TZ)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 1 + len(meetings)  # no stray CRLF inside a cell
    assert '"4:00 About a third of her team' in text  # a cell of several lines is quoted


INJECTIONS = [
    '=HYPERLINK("http://x","click")', "+1", "-2", "@SUM(A1)", "\tTab", "\rCR", "\nLF", "=1+1\n=2+2",
    # After leading whitespace, and the full-width signs (issue 17).
    '   =HYPERLINK("http://x","click")', " +1", "\u00a0-2", " \t@SUM(A1)", "\uff1d1+1", " \uff20SUM(A1)",
]  # fmt: skip


@pytest.mark.parametrize("payload", INJECTIONS)
def test_csv_neutralises_formulas_in_every_text_cell(payload: str) -> None:
    contact = Contact(
        id="c-x", first_name=payload, last_name=payload, honorific="", role=payload,
        organization=payload, email=payload, timezone="UTC",
    )  # fmt: skip
    meeting = Meeting(
        id="m-x", contact_id="c-x", status="done", purpose=payload,
        notes=[Note(payload)], referrals=[Referral(payload)], action_items=[],
        questions=[Question(payload, state="asked")], talk=TalkTotals(0.0, 59.6, 0.4),
    )  # fmt: skip
    rows = read_csv(csv_export([contact], [meeting], timezone=USER_TZ))
    row = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    for name in ("first_name", "last_name", "role", "organization", "email", "purpose", "notes", "referrals"):
        assert row[name] == "'" + payload, name
        assert unneutralised(row[name]) == payload
    assert unneutralised(row["contact"]) == contact.display_name
    # No cell anywhere starts a formula; numbers written by infocoach stay plain numbers.
    assert not any(
        cell.startswith(FORMULA_STARTS) or cell.lstrip().startswith(("=", "+", "-", "@")) for r in rows for cell in r
    )
    assert (row["talk_me_s"], row["talk_them_s"], row["talk_nobody_s"], row["talk_share_pct"]) == ("0", "60", "0", "0")
    assert row["planned_minutes"] == "30" and row["questions_asked"] == "1"


def test_csv_leaves_ordinary_text_alone() -> None:
    text = '\'tis fine, "quoted"; 50% off — 🎉 مرحبا\nsecond line'
    contact = Contact(id="c-x", first_name="Zoë", last_name="O'Neil", organization=text)
    meeting = Meeting(id="m-x", contact_id="c-x", notes=[Note(text)], purpose=" leading space - then a dash")
    row = dict(zip(CSV_COLUMNS, read_csv(csv_export([contact], [meeting], timezone=USER_TZ))[1], strict=True))
    assert row["organization"] == text and row["notes"] == text
    assert row["contact"] == "Zoë O'Neil" and row["purpose"] == " leading space - then a dash"
    assert row["talk_me_s"] == row["talk_share_pct"] == row["scheduled_for"] == ""


def test_csv_of_nothing_is_the_header() -> None:
    assert csv_export([], [], timezone=USER_TZ) == ",".join(CSV_COLUMNS) + "\r\n"


# --- iCalendar ------------------------------------------------------------------------------------


def events_of(data: bytes) -> tuple[icalendar.Calendar, list[icalendar.Event]]:
    calendar = icalendar.Calendar.from_ical(data)
    return calendar, calendar.walk("VEVENT")


def test_ics_has_one_event_per_scheduled_meeting(demo) -> None:
    contacts, meetings = demo
    data = ics_export(contacts, meetings, user_name=DEMO_USER_NAME, now=NOW)
    calendar, events = events_of(data)
    assert str(calendar["X-WR-CALNAME"]) == CALENDAR_NAME
    assert [str(e["UID"]) for e in events] == ["m-demo-06@infocoach", "m-demo-07@infocoach"]
    by_id = {c.id: c for c in contacts}
    for event in events:
        meeting_id = str(event["UID"]).removesuffix("@infocoach")
        (meeting,) = [m for m in meetings if m.id == meeting_id]
        contact = by_id[meeting.contact_id]
        # The same event `infocoach calendar ID` writes, plus the contact named first.
        _, (single,) = events_of(meeting_event_ics(meeting, contact, user_name=DEMO_USER_NAME, now=NOW))
        for name in ("DTSTART", "DTEND", "DTSTAMP", "SUMMARY", "STATUS"):
            assert event.decoded(name) == single.decoded(name), name
        description = str(event["DESCRIPTION"])
        assert (
            description
            == f"With {contact.display_name}, {contact.role}, {contact.organization} ({contact.email})\n\n"
            + str(single["DESCRIPTION"])
        )
        assert description.endswith(f"Prepare: infocoach prep {meeting.id}")
        assert event.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-15)
    assert sorted(str(z["TZID"]) for z in calendar.walk("VTIMEZONE")) == ["America/Toronto", "Europe/Berlin"]


def test_ics_times_are_in_the_contacts_zone(demo) -> None:
    contacts, meetings = demo
    chicago = next(c for c in contacts if c.timezone == "America/Chicago")
    base = next(m for m in meetings if m.id == "m-demo-06")
    extra = [
        copy_meeting(
            base, id="m-chicago-1", contact_id=chicago.id, scheduled_for="2026-12-03T15:30:00-06:00", planned_minutes=30
        ),
        # Stored in UTC, written in Chicago time; and a second Chicago meeting shares one VTIMEZONE.
        copy_meeting(
            base, id="m-chicago-2", contact_id=chicago.id, scheduled_for="2026-12-04T21:30:00+00:00", planned_minutes=45
        ),
    ]
    data = ics_export(contacts, meetings + extra, user_name="", now=NOW)
    calendar, events = events_of(data)
    assert b"DTSTART;TZID=America/Chicago:20261203T153000\r\n" in data
    assert b"DTEND;TZID=America/Chicago:20261203T160000\r\n" in data
    assert b"DTSTART;TZID=America/Chicago:20261204T153000\r\n" in data
    assert b"DTEND;TZID=America/Chicago:20261204T161500\r\n" in data
    event = next(e for e in events if str(e["UID"]) == "m-chicago-1@infocoach")
    start = event.decoded("DTSTART")
    assert start.tzinfo.key == "America/Chicago"  # type: ignore[union-attr]
    assert start.utcoffset() == timedelta(hours=-6)
    assert start == pendulum.parse("2026-12-03T21:30:00+00:00")
    assert "Mr. Tomás Herrera" in str(event["DESCRIPTION"])
    assert "infocoach prep m-chicago-1" in str(event["DESCRIPTION"])
    zones = [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")]
    assert sorted(zones) == ["America/Chicago", "America/Toronto", "Europe/Berlin"]  # one per zone
    assert [str(e["UID"]).split("@")[0] for e in events] == ["m-demo-06", "m-demo-07", "m-chicago-1", "m-chicago-2"]


def test_ics_leaves_out_archived_and_unscheduled_meetings(demo) -> None:
    contacts, meetings = demo
    base = next(m for m in meetings if m.id == "m-demo-07")
    others = [
        copy_meeting(base, id="m-archived", archived=True),
        copy_meeting(base, id="m-held", status="done"),
        copy_meeting(base, id="m-undated", scheduled_for=None),
    ]
    _, events = events_of(ics_export(contacts, others, now=NOW))
    assert events == []


def test_ics_with_nothing_scheduled_is_an_empty_calendar() -> None:
    data = ics_export([], [], user_name="Alex", now=NOW)
    calendar, events = events_of(data)
    assert events == [] and calendar.walk("VTIMEZONE") == []
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//infocoach")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")


def test_ics_is_the_same_bytes_for_the_same_data(demo) -> None:
    contacts, meetings = demo
    first = ics_export(contacts, meetings, user_name="A", now=NOW)
    assert ics_export(contacts, list(reversed(meetings)), user_name="A", now=NOW) == first


# --- many meetings ---------------------------------------------------------------------------------


def test_every_format_handles_2000_meetings_quickly(demo) -> None:
    contacts, meetings = demo
    many = [copy_meeting(meetings[i % len(meetings)], id=f"m-gen-{i:05d}") for i in range(2000)]
    scheduled = sum(1 for m in many if m.status == "scheduled" and not m.archived)
    exports: dict[str, Callable[[], str | bytes]] = {
        "markdown": lambda: markdown_export(contacts, many, timezone=USER_TZ),
        "csv": lambda: csv_export(contacts, many, timezone=USER_TZ),
        "ics": lambda: ics_export(contacts, many, user_name="A", now=NOW),
    }
    for name, export in exports.items():
        began = time.perf_counter()
        out = export()
        elapsed = time.perf_counter() - began
        assert elapsed < 10, f"{name} took {elapsed:.1f} s"
        if name == "markdown":
            assert isinstance(out, str) and len(re.findall(r"^## ", out, re.MULTILINE)) == 2000
        elif name == "csv":
            assert isinstance(out, str) and len(read_csv(out)) == 2001
        else:
            assert isinstance(out, bytes) and len(events_of(out)[1]) == scheduled > 0


def test_the_journal_lists_target_employers_best_first_with_their_people() -> None:
    from infocoach.core.exports.markdown_journal import markdown_export
    from infocoach.core.records.model import Contact, Target

    people = [
        Contact(id="c-1", first_name="Ana", last_name="Ruiz", honorific="Ms.", organization="ACME Inc."),
        Contact(id="c-2", first_name="Bo", last_name="Li", organization="Globex"),
    ]
    targets = [
        Target(id="t-1", name="Globex", motivation=4, posting=3, advocacy="no"),
        Target(id="t-2", name="Acme", motivation=4, posting=3, notes="Their *data* team"),
        Target(id="t-3", name="Initech", motivation=5, posting=1),
        Target(id="t-4", name="Umbrella", motivation=5, posting=3, archived=True),
    ]
    text = markdown_export(people, [], timezone="UTC", targets=targets)
    section = text[text.index("## Target employers") :]
    assert section.index("Initech") < section.index("Acme") < section.index("Globex")
    assert "**Acme**: Motivation 4/5, Posting 3/3, Advocacy yes." in section
    assert "People: Ms. Ana Ruiz." in section and "Advocacy no" in section  # set by hand
    assert "Their \\*data\\* team" in section and "Umbrella" not in section
    assert "## Target employers" not in markdown_export(people, [], timezone="UTC")
