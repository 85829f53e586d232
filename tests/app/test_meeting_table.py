"""MeetingTable, History's virtual table: keys, mouse, messages, the look of its lines, and
that only the visible rows are ever drawn (the reason it exists)."""

from __future__ import annotations

import pendulum
from textual import on
from textual.app import App, ComposeResult
from textual.message import Message
from textual.widgets import Static

from infocoach.core.describe import MeetingRow
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Meeting
from infocoach.widgets.meeting_table import Entry, MeetingTable

NOW = pendulum.datetime(2026, 11, 25, 13, 30)


def entry(index: int, *, name: str | None = None, archived: bool = False, due: DueKind | None = None) -> Entry:
    meeting = Meeting(id=f"m-{index}", contact_id=f"c-{index}", archived=archived)
    row = MeetingRow(
        meeting_id=meeting.id,
        contact=name or f"Person {index}",
        organization=f"Org {index}",
        date="2026-11-25",
        status="planned",
        talk="—",
        sort_date="2026-11-25",
    )
    item = DueItem(due, meeting.id, NOW) if due is not None else None
    return Entry(meeting, None, row, item)


def entries(count: int) -> list[Entry]:
    return [entry(i) for i in range(count)]


class TableApp(App[None]):
    """A MeetingTable alone, recording what it says."""

    def __init__(self, shown: list[Entry]) -> None:
        super().__init__()
        self.shown = shown
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield MeetingTable(id="meetings")
        yield Static("elsewhere", id="elsewhere")

    def on_mount(self) -> None:
        self.table.show(self.shown, select=None)
        self.table.focus()

    @property
    def table(self) -> MeetingTable:
        return self.query_one(MeetingTable)

    @on(MeetingTable.RowHighlighted)
    @on(MeetingTable.RowSelected)
    @on(MeetingTable.HeaderSelected)
    def _record(self, message: Message) -> None:
        self.messages.append(message)

    def said(self, kind: type[Message]) -> list[str]:
        found = [m for m in self.messages if type(m) is kind]
        return [m.column_key if isinstance(m, MeetingTable.HeaderSelected) else m.meeting_id for m in found]


async def test_keys_move_the_cursor_within_bounds_and_keep_it_in_view() -> None:
    app = TableApp(entries(50))
    async with app.run_test(size=(80, 12)) as pilot:  # a header and 10 rows (above the Static)
        table = app.table
        assert table.cursor_row == 0
        await pilot.press("up")
        assert table.cursor_row == 0
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        assert app.said(MeetingTable.RowHighlighted)[-2:] == ["m-1", "m-2"]
        await pilot.press("pagedown")
        assert table.cursor_row == 12 and table.scroll_y == 3  # just in view, under the header
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 49 and table.scroll_y == 40
        assert table.render_line(0).text.split()[0] == "Contact"  # the header stays on top
        assert table.render_line(10).text.split()[:2] == ["Person", "49"]
        await pilot.press("down")
        assert table.cursor_row == 49
        await pilot.press("pageup")
        assert table.cursor_row == 39
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0 and table.scroll_y == 0


async def test_enter_selects_the_highlighted_meeting() -> None:
    app = TableApp(entries(5))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.said(MeetingTable.RowSelected) == ["m-1"]


async def test_header_click_names_the_column() -> None:
    app = TableApp(entries(5))
    async with app.run_test(size=(80, 12)) as pilot:
        # Contact (22) and Organization (18) with their padding end at x=44; Date follows.
        await pilot.click(MeetingTable, offset=(46, 0))
        await pilot.click(MeetingTable, offset=(1, 0))
        await pilot.pause()
        assert app.said(MeetingTable.HeaderSelected) == ["date", "contact"]
        assert app.table.cursor_row == 0  # a header click is not a row click


async def test_click_moves_the_cursor_and_a_second_click_selects() -> None:
    app = TableApp(entries(10))
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.click(MeetingTable, offset=(3, 3))  # the third row, under the header
        await pilot.pause()
        assert app.table.cursor_row == 2 and app.said(MeetingTable.RowSelected) == []
        assert app.said(MeetingTable.RowHighlighted)[-1] == "m-2"
        await pilot.click(MeetingTable, offset=(3, 3))
        await pilot.pause()
        assert app.said(MeetingTable.RowSelected) == ["m-2"]
        await pilot.double_click(MeetingTable, offset=(3, 6))
        await pilot.pause()
        assert app.table.cursor_row == 5
        assert app.said(MeetingTable.RowSelected) == ["m-2", "m-5"]  # once, not twice
        await pilot.click(MeetingTable, offset=(3, 11))  # below the last row: nothing
        await pilot.pause()
        assert app.table.cursor_row == 5


async def test_show_keeps_the_meeting_or_the_place_and_handles_no_rows() -> None:
    shown = entries(10)
    app = TableApp(shown)
    async with app.run_test(size=(80, 12)) as pilot:
        table = app.table
        table.move_cursor(row=5)
        table.show(list(reversed(shown)), select="m-5")
        assert table.cursor_row == 4 and table.highlighted.meeting.id == "m-5"
        without = [e for e in shown if e.meeting.id != "m-5"]
        table.show(without, select="m-5")  # gone: stay at the same place
        assert table.cursor_row == 4 and table.highlighted.meeting.id == "m-4"
        table.show(shown[:3], select=None)
        assert table.cursor_row == 2  # clamped
        await pilot.pause()
        app.messages.clear()
        table.show([], select=None)
        await pilot.pause()
        assert table.row_count == 0 and table.cursor_row == -1 and table.highlighted is None
        await pilot.press("down", "end", "enter")
        assert app.messages == []
        assert table.render_line(1).text.strip() == ""
        table.show(shown, select=None)
        await pilot.pause()
        assert table.cursor_row == 0 and app.said(MeetingTable.RowHighlighted) == ["m-0"]


async def test_show_announces_a_new_meeting_under_the_cursor_only() -> None:
    shown = entries(10)
    app = TableApp(shown)
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        app.messages.clear()
        app.table.show(shown, select="m-0")  # the same meeting, the same place: nothing new
        await pilot.pause()
        assert app.messages == []
        app.table.show(shown[1:], select="m-0")
        await pilot.pause()
        assert app.said(MeetingTable.RowHighlighted) == ["m-1"]


async def test_markup_in_names_is_shown_literally_and_archived_rows_are_dim() -> None:
    app = TableApp([entry(0), entry(1, name="[bold]x[/] [link=y]z"), entry(2, archived=True)])
    async with app.run_test(size=(80, 12)):
        literal = app.table.render_line(2)
        assert literal.text.startswith(" [bold]x[/] [link=y]z  ")
        name = next(s for s in literal if "[bold]x" in s.text)
        assert not name.style.bold and not name.style.link
        archived = next(s for s in app.table.render_line(3) if "Person 2" in s.text)
        assert archived.style.dim and archived.style.italic


async def test_long_cells_are_cropped_with_an_ellipsis_and_columns_stay_aligned() -> None:
    app = TableApp([entry(0, name="Professor Bartholomew Featherstonehaugh-Smythe"), entry(1)])
    async with app.run_test(size=(80, 12)):
        header, first, second = (app.table.render_line(y).text for y in range(3))
        assert first.startswith(" Professor Bartholomew…  Org 0")
        assert header.index("Date") == first.index("2026") == second.index("2026") == 45


async def test_due_marks_in_the_status_cell() -> None:
    due, soon = entry(0, due=DueKind.THANK_YOU).cells()[3], entry(1, due=DueKind.MEETING_SOON).cells()[3]
    assert due.plain == "planned •" and due.spans[0].style == "bold"
    assert soon.plain == "planned ◦" and not soon.spans


async def test_the_cursor_is_dimmer_without_focus() -> None:
    app = TableApp(entries(3))
    async with app.run_test(size=(80, 12)) as pilot:
        focused = app.table.render_line(1)
        app.set_focus(None)
        await pilot.pause()
        blurred = app.table.render_line(1)
        assert focused.text == blurred.text
        assert list(focused)[1].style.bgcolor != list(blurred)[1].style.bgcolor
        stripe, plain = app.table.render_line(3), app.table.render_line(2)  # rows 2 and 1
        assert list(stripe)[1].style.bgcolor != list(plain)[1].style.bgcolor  # zebra stripes


async def test_two_thousand_meetings_draw_only_the_visible_rows(monkeypatch) -> None:
    built: list[str] = []
    original = Entry.cells

    def counted(self: Entry):
        built.append(self.meeting.id)
        return original(self)

    monkeypatch.setattr(Entry, "cells", counted)
    app = TableApp([])
    async with app.run_test(size=(80, 24)) as pilot:
        app.table.show(entries(2000), select="m-1500")
        assert built == []  # show() only stores the list
        await pilot.pause()
        assert app.table.row_count == 2000 and app.table.cursor_row == 1500
        assert 0 < len(set(built)) <= 22  # one screenful beneath the header
        assert "m-1500" in built and "m-0" not in built


async def test_fit_gives_names_the_spare_width() -> None:
    table = MeetingTable()
    assert table.fit(160) is True
    assert table.column_widths["contact"] > 22 and table.column_widths["organization"] > 18
    assert table.fit(160) is False
    assert table.fit(80) is True and table.column_widths["contact"] == 22


def test_every_binding_has_a_description_and_an_id() -> None:
    for binding in MeetingTable.BINDINGS:
        assert binding.description and binding.id and binding.id.startswith("meetings.")
