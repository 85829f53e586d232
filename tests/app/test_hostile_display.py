"""Data full of escape sequences is never drawn raw (issue 17, item 2).

Rich's Text strips only a few controls; an ESC in a name, a note or a question went to the
terminal inside the drawn line, and the terminal obeyed it (in tmux, OSC 52 overwrote the
clipboard). History's rows show such text visibly (``␛``); every other line passes the app's
control-character filter. What the terminal would be sent is read from the screen as drawn
(``export_screenshot`` renders the same lines, filters included).
"""

from __future__ import annotations

import pytest

from infocoach.core.records.model import Contact, Meeting, Note, Question, Status
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.services import StartTarget
from infocoach.widgets.meeting_table import MeetingTable

OSC52 = "\x1b]52;c;aGVsbG8=\x1b\\"
HOSTILE = OSC52 + "\x1b]0;pwned\x1b\\\x1b[2J\x9b\u202e"
RAW = ("\x1b", "\x9b", "\u202e", "&#27;", "&#155;")


def hostile_records() -> tuple[Contact, Meeting]:
    contact = Contact(
        id="c-hostile",
        first_name="Ann" + HOSTILE,
        last_name="Lee",
        honorific="Dr.",
        organization="Org" + HOSTILE,
        why="Her talk" + HOSTILE,
        timezone="UTC",
    )
    meeting = Meeting(
        id="m-hostile",
        contact_id=contact.id,
        status=Status.SCHEDULED,
        purpose="Learn" + HOSTILE,
        scheduled_for="2026-11-27T10:00:00+00:00",
        research="Read" + HOSTILE,
        intro="I am" + HOSTILE,
        questions=[Question("What" + HOSTILE)],
        notes=[Note("note" + HOSTILE)],
    )
    return contact, meeting


def held_meeting() -> Meeting:
    return Meeting(
        id="m-held",
        contact_id="c-hostile",
        status=Status.DONE,
        purpose="Learn" + HOSTILE,
        scheduled_for="2026-11-20T10:00:00+00:00",
        started_at="2026-11-20T10:00:00+00:00",
        ended_at="2026-11-20T10:30:00+00:00",
        notes=[Note("note" + HOSTILE, starred=True)],
    )


def seeded(make_app, **options):
    app = make_app(demo=False, **options)
    contact, meeting = hostile_records()
    app.store.import_records([contact], [meeting, held_meeting()])
    return app


def assert_nothing_raw(svg: str) -> None:
    for raw in RAW:
        assert raw not in svg, repr(raw)


async def test_a_hostile_name_is_shown_escaped_in_history(make_app) -> None:
    app = seeded(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(MeetingTable)
        line = "".join(segment.text for segment in table.render_line(1))  # the first row
        assert "Dr. Ann␛]52;c;aGVs" in line  # shown, then cut to the column
        assert "\x1b" not in line
        svg = app.export_screenshot()
    assert_nothing_raw(svg)
    assert "␛]52;c;aGVsbG8=" in svg


async def test_no_control_character_reaches_the_terminal_from_prep(make_app) -> None:
    app = seeded(make_app, start=StartTarget("prep", "m-hostile"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen)
        svg = app.export_screenshot()
    assert_nothing_raw(svg)
    assert "pwned" in svg  # the text is there, without its effect


async def test_no_control_character_reaches_the_terminal_from_a_notification(make_app) -> None:
    app = seeded(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        app.notify("Saved " + HOSTILE, markup=False)
        await pilot.pause()
        svg = app.export_screenshot()
    assert_nothing_raw(svg)


@pytest.mark.parametrize("start", [StartTarget("live", "m-hostile"), StartTarget("wrapup", "m-held")])
async def test_no_control_character_reaches_the_terminal_from_live_or_wrapup(make_app, start: StartTarget) -> None:
    app = seeded(make_app, start=start)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ != "HistoryScreen"
        svg = app.export_screenshot()
    assert_nothing_raw(svg)
    assert "pwned" in svg


async def test_no_control_character_reaches_the_terminal_from_contacts(make_app) -> None:
    app = seeded(make_app)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ContactsScreen"
        svg = app.export_screenshot()
    assert_nothing_raw(svg)
    assert "aGVsbG8" in svg  # the name, cut to its column
