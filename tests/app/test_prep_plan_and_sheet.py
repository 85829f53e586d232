"""Prep's question bank (several picks, filtering, TIARA in words), the plan's full-question line
at 80 columns, the research box's title, and F4's prep sheet."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import DataTable, Input, OptionList, Static, TabbedContent, TextArea

from infocoach.core.prep.question_bank import tiara_explained
from infocoach.core.records.model import Question
from infocoach.dialogs.bank_picker import NOT_PICKED, PICKED, BankPicker
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.save_file import SaveFileModal
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)


def _meeting(app, status: str):
    return next(m for m in app.store.meetings() if m.status == status and not m.archived)


async def _open(app, pilot, meeting_id: str, tab: str | None = None) -> PrepScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PrepScreen)
    if tab is not None:
        screen.query_one("#tabs", TabbedContent).active = tab
        await pilot.pause()
    return screen


def _plain(widget: Static) -> str:
    return str(widget.content) if isinstance(widget.content, str) else widget.content.plain


def _prompts(bank: OptionList) -> list[str]:
    return [str(bank.get_option_at_index(i).prompt) for i in range(bank.option_count)]


async def test_the_bank_picks_several_questions_in_one_visit(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id, "tab-questions")
        before = [q.text for q in meeting.questions]
        await pilot.press("b")
        picker = app.screen
        assert isinstance(picker, BankPicker)
        assert app.focused is picker.query_one("#bank-search", Input)  # typing filters at once
        tiara = _plain(picker.query_one("#tiara", Static))
        assert tiara.startswith("Grouped by TIARA: Trends, Insights, Advice, Resources and Assignments.")
        assert tiara_explained() in picker.HELP  # F1 spells out each group
        bank = picker.query_one("#bank", OptionList)
        assert str(bank.get_option_at_index(0).prompt).startswith("— Trends: where their field is heading")
        await pilot.press("down")  # into the list, on the first question
        assert app.focused is bank
        await pilot.press("enter", "down", "space", "down", "space", "space")  # the third: picked, then unpicked
        count = _plain(picker.query_one("#bank-count", Static))
        assert count.startswith("2 questions picked")
        assert sum(p.startswith(PICKED) for p in _prompts(bank)) == 2
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        assert app.screen is screen
        # Back where the user was: the plan, on the Questions tab.
        assert screen.query_one("#tabs", TabbedContent).active == "tab-questions"
        assert app.focused is screen.query_one("#plan-table", DataTable)
        first_two = [q.text for q in picker.choices[:2]]
        stored = app.store.meeting(meeting.id).questions
        assert [q.text for q in stored] == before + first_two
        assert [q.priority for q in stored] == list(range(1, len(stored) + 1))
        assert stored[-1].category == "Trends"
        # Back in the bank, the ones just added are no longer offered.
        await pilot.press("b")
        assert not set(first_two) & {q.text for q in app.screen.choices}


async def test_typing_filters_the_bank_even_from_the_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        await _open(app, pilot, meeting.id, "tab-questions")
        await pilot.press("b")
        picker = app.screen
        bank = picker.query_one("#bank", OptionList)
        await pilot.press(*"younger")
        prompts = _prompts(bank)
        assert prompts[0].startswith("— Advice") and len(prompts) == 2
        assert "younger self" in prompts[1]
        await pilot.press("down", "space")
        picked = prompts[1]
        await pilot.press("up")  # from the first question, ↑ goes back to the filter
        assert app.focused is picker.query_one("#bank-search", Input)
        await pilot.press("down")
        assert app.focused is bank
        # Typed in the list, letters go on filtering; the pick is kept while hidden.
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
        assert picker.query_one("#bank-search", Input).value == ""
        assert len([p for p in _prompts(bank) if p.startswith(PICKED)]) == 1
        await pilot.press(*"zeppelin")
        assert _prompts(bank) == ["No question matches: try fewer or other words."]
        picker.query_one("#bank-search", Input).value = ""
        await pilot.pause()
        assert PICKED + picked.removeprefix(NOT_PICKED) in _prompts(bank)
        await pilot.press("escape")  # something picked: closing asks first
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen)
        assert len(app.store.meeting(meeting.id).questions) == len(meeting.questions)


async def test_a_long_question_can_be_read_in_full_at_80_columns(make_app) -> None:
    app = make_app()
    long_text = (
        "When you moved from bedside nursing into informatics, which parts of your clinical judgement "
        "turned out to matter most in the new work, and which habits did you have to unlearn first?"
    )
    long_text = (long_text + " " + "And how long did that take?")[:200]
    assert len(long_text) == 200
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        meeting.questions = [Question("What does a typical week look like?", "Insights", 1), Question(long_text, "", 2)]
        app.store.save_meeting(meeting)
        screen = await _open(app, pilot, meeting.id, "tab-questions")
        table = screen.query_one("#plan-table", DataTable)
        table.move_cursor(row=1)
        await pilot.pause()
        detail = screen.query_one("#plan-detail", Static)
        assert _plain(detail) == f"2: {long_text}"
        # Every word is on screen: the line wraps inside the terminal (above the footer) instead
        # of being cut, and it is tall enough for all its wrapped lines.
        box = detail.content_region
        assert box.right <= 80 and box.bottom <= 23
        assert len(Text(_plain(detail)).wrap(app.console, box.width)) == box.height
        table.move_cursor(row=0)
        await pilot.pause()
        assert _plain(detail) == "1 · Insights: What does a typical week look like?"


async def test_the_research_box_says_what_it_is_for(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        research = screen.query_one("#research-text", TextArea)
        assert research.border_title == "Research notes (F2 preview)"
        assert research.region.height > 2 and research.styles.border_top[0] != ""


async def test_f4_saves_the_prep_sheet_where_the_user_chooses(make_app, tmp_path, monkeypatch, paths) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "scheduled")
        contact = app.store.contact(meeting.contact_id)
        screen = await _open(app, pilot, meeting.id, "tab-intro")
        screen.query_one("#intro-text", TextArea).text = "I teach physics and I am learning forecasting."
        await pilot.pause(0.1)
        await pilot.press("f4")
        dialog = app.screen
        assert isinstance(dialog, SaveFileModal)
        suggested = dialog.query_one("#path", Input).value
        assert suggested.startswith(str(tmp_path)) and suggested.endswith(".md")
        dialog.query_one("#path", Input).value = str(paths.data_file)  # never over the database
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        target = tmp_path / "sheet.md"
        dialog.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        sheet = target.read_text(encoding="utf-8")
        assert sheet.startswith(f"# Prep sheet: {contact.display_name}\n")
        assert "I teach physics and I am learning forecasting." in sheet  # what was just typed
        assert all(q.text.split("?")[0] in sheet for q in meeting.questions)
        messages = [str(n.message) for n in app._notifications]
        assert any(f"Saved the prep sheet to {target}" in m for m in messages)


async def test_f1_in_prep_explains_tiara_and_names_the_sheet_key(make_app) -> None:
    from infocoach.dialogs.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        await _open(app, pilot, meeting.id, "tab-questions")
        await pilot.press("f1")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        about = _plain(help_screen.query_one("#about", Static))
        assert "TIARA: Trends (where their field is heading)" in about and "Assignments (something small" in about
        assert "F4 saves a one-page prep sheet" in about
        keys = help_screen.keys_table()
        rows = list(zip(*(column.cells for column in keys.columns), strict=True))
        assert ("f4", "Prep sheet", "prep.sheet") in [(k, str(d), i) for k, d, i in rows]
