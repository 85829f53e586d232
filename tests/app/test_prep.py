"""The Prep screen: research, the question plan, the intro and outreach, saved as you go."""

from __future__ import annotations

import pytest
from textual.widgets import (
    DataTable,
    Input,
    OptionList,
    Select,
    Static,
    TabbedContent,
    TextArea,
)

from infocoach.dialogs.bank_picker import BankPicker
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.question_editor import QuestionEditor
from infocoach.dialogs.save_file import SaveFileModal
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.services import StartTarget
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.lint_panel import LintPanel


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    from infocoach.widgets import draft_panel

    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(draft_panel, "REDRAFT_DELAY", 0.01)


def _meeting(app, status: str):
    return next(m for m in app.store.meetings() if m.status == status and not m.archived)


async def _open(app, pilot, meeting_id: str) -> PrepScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, PrepScreen)
    return app.screen


def _plain(widget: Static) -> str:
    return str(widget.content) if isinstance(widget.content, str) else widget.content.plain


async def _show_tab(pilot, screen: PrepScreen, tab: str) -> None:
    screen.query_one("#tabs", TabbedContent).active = tab
    await pilot.pause()


async def test_enter_opens_prep_and_research_is_saved_as_you_type(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        contact = app.store.contact(meeting.contact_id)
        assert contact.display_name in _plain(screen.query_one("#card", Static))
        assert contact.why in _plain(screen.query_one("#why", Static))
        research = screen.query_one("#research-text", TextArea)
        assert research.text == meeting.research
        research.text = "## Her talk\n- thermal vacuum tests [bold]not markup[/bold]"
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        assert app.store.meeting(meeting.id).research == research.text
        await pilot.press("f2")
        assert screen.query_one("#preview-scroll").display and not research.display
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_question_plan_from_bank_edit_reorder_delete(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-questions")
        table = screen.query_one("#plan-table", DataTable)
        table.focus()
        before = len(meeting.questions)
        await pilot.press("b")
        assert isinstance(app.screen, BankPicker)
        bank = app.screen.query_one("#bank", OptionList)
        bank.focus()
        bank.highlighted = 1  # the first question under the first heading
        await pilot.press("enter", "ctrl+s")  # pick it, then add the picked one
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        stored = app.store.meeting(meeting.id)
        assert len(stored.questions) == before + 1
        added = stored.questions[-1]
        assert added.category == "Trends" and added.priority == before + 1
        # Move the new question to the top: it becomes priority 1.
        for _ in range(before):
            await pilot.press("shift+up")
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        stored = app.store.meeting(meeting.id)
        assert stored.questions[0].text == added.text and stored.questions[0].priority == 1
        # Write one of our own; the coach flags a job ask as you type.
        await pilot.press("a")
        editor = app.screen
        assert isinstance(editor, QuestionEditor)
        editor.query_one("#text", Input).value = "Could you refer me for an opening on your team?"
        await pilot.pause(0.5)
        assert "job-ask" in _plain(editor.query_one("#question-lint", LintPanel))
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        assert "✗ fix" in [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        await pilot.press("d")
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        assert all("refer me" not in q.text for q in app.store.meeting(meeting.id).questions)
        assert "min" in _plain(screen.query_one("#plan-fit", Static))


async def test_intro_counts_words_and_warns_past_a_minute(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-intro")
        intro = screen.query_one("#intro-text", TextArea)
        intro.text = "word " * 75
        await pilot.pause(0.1)
        stats = screen.query_one("#intro-stats", Static)
        assert "75 words" in _plain(stats) and "30 seconds" in _plain(stats) and not stats.has_class("-over")
        intro.text = "word " * 200
        await pilot.pause(0.1)
        assert stats.has_class("-over") and "over a minute" in _plain(stats)
        # Saving is debounced and runs off the event loop: wait for it, up to a few seconds.
        for _ in range(100):
            if app.store.meeting(meeting.id).intro == intro.text:
                break
            await pilot.pause(0.05)
        assert app.store.meeting(meeting.id).intro == intro.text


async def test_outreach_draft_is_formal_linted_and_marked_sent(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        contact = app.store.contact(meeting.contact_id)
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        panel = screen.query_one("#drafts", DraftPanel)
        text = panel.text()
        if contact.honorific:
            assert text.startswith(f"Dear {contact.honorific} {contact.last_name},")
        # A draft merely written on opening is not saved: unedited, it is rewritten with fresh
        # times next time. The demo's planned meetings have no outreach yet.
        assert "outreach" not in app.store.meeting(meeting.id).drafts
        await pilot.press("ctrl+b")
        assert app.clipboard == text
        panel.query_one("#draft-text", TextArea).text = "Hi there, any openings for me? Call me."
        await pilot.pause(0.6)
        lint_text = _plain(panel.query_one("#draft-lint", LintPanel))
        assert "casual-salutation" in lint_text and "job-ask" in lint_text
        await pilot.press("ctrl+r")  # a fresh draft replaces edits only when you say so
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause(0.1)
        assert panel.text().startswith("Dear ")
        await pilot.press("ctrl+r")  # an untouched draft is simply rewritten
        assert isinstance(app.screen, PrepScreen)
        # The demo meeting has no intro: the draft asks who you are, and is not sent until then.
        assert "[[answer above: Who are you, in one sentence?]]" in panel.text()
        await pilot.click("#draft-sent")
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        assert app.store.meeting(meeting.id).status == "planned"
        screen.query_one("#ask-answer", Input).value = "I taught physics for eight years."
        await pilot.pause(0.1)
        assert "I taught physics for eight years." in panel.text() and "[[" not in panel.text()
        await pilot.click("#draft-sent")
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        stored = app.store.meeting(meeting.id)
        assert stored.status == "requested" and stored.history[-1].status == "requested"
        assert stored.drafts["outreach"] == panel.text()  # what was sent, word for word


async def test_a_third_message_needs_an_override(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "followed-up")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        panel = screen.query_one("#drafts", DraftPanel)
        assert panel.kind == "followup"
        await pilot.click("#draft-sent")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        assert app.store.meeting(meeting.id).notes == meeting.notes
        await pilot.click("#draft-sent")
        await pilot.press("y")
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        stored = app.store.meeting(meeting.id)
        assert stored.status == "followed-up" and "against the coach's advice" in stored.notes[-1].text


async def test_draft_can_be_saved_to_a_file(make_app, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, SaveFileModal)
        target = tmp_path / "outreach.txt"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = target.read_text(encoding="utf-8")
        body = screen.query_one("#drafts", DraftPanel).text().rstrip("\n")
        assert saved.endswith(body + "\n")
        subject = screen.query_one("#drafts", DraftPanel).query_one("#draft-subject", Input).value
        assert subject and saved.startswith(f"Subject: {subject}\n\n")


async def test_switching_channel_rewrites_an_untouched_draft_for_linkedin(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        panel = screen.query_one("#drafts", DraftPanel)
        email = panel.text()
        panel.query_one("#draft-channel", Select).value = "linkedin"
        await pilot.pause(0.1)
        assert len(panel.text()) <= app.settings.linkedin_note_limit
        linkedin = panel.text()
        assert app.store.meeting(meeting.id).channel == "linkedin"
        assert "characters" in _plain(panel.query_one("#draft-count", Static))
        # Each channel keeps its own draft: an edited LinkedIn note survives a trip to email.
        panel.query_one("#draft-text", TextArea).text = linkedin + " Thank you!"
        await pilot.pause(0.4)  # the autosave is debounced and off the loop
        assert app.store.meeting(meeting.id).drafts["outreach_linkedin"] == linkedin + " Thank you!"
        panel.query_one("#draft-channel", Select).value = "email"
        await pilot.pause(0.1)
        assert panel.text() == email
        panel.query_one("#draft-channel", Select).value = "linkedin"
        await pilot.pause(0.1)
        assert panel.text() == linkedin + " Thank you!"


async def test_scheduled_meeting_saves_a_calendar_file(make_app, tmp_path, monkeypatch) -> None:
    from icalendar import Calendar

    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "scheduled")
        await _open(app, pilot, meeting.id)
        await pilot.press("f3")
        assert isinstance(app.screen, SaveFileModal)
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = list(tmp_path.glob("infocoach-*.ics"))
        event = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")[0]
        assert str(event["UID"]) == f"{meeting.id}@infocoach"


async def test_planned_meeting_has_no_calendar_file_yet(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await pilot.press("f3")
        assert app.screen is screen
        assert any("not scheduled yet" in str(n.message) for n in app._notifications)


async def test_prep_opens_from_the_palette(make_app) -> None:
    from infocoach.app.palette import InfocoachCommands

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        [hit] = [h async for h in InfocoachCommands(app.screen).search("prep: Chloé Tremblay")][:1]
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen) and app.screen.contact.last_name == "Tremblay"


async def test_tabs_switch_by_keyboard_and_focus_the_work(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        tabs = screen.query_one("#tabs", TabbedContent)
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert tabs.active == "tab-questions" and app.focused is screen.query_one("#plan-table")
        await pilot.press("ctrl+pagedown", "ctrl+pagedown")
        await pilot.pause()
        # The demo meeting has no intro, so the draft asks who you are: the cursor is in the answer.
        assert tabs.active == "tab-outreach" and app.focused is screen.query_one("#ask-answer")
        await pilot.press("ctrl+pageup")
        await pilot.pause()
        assert tabs.active == "tab-intro" and app.focused is screen.query_one("#intro-text")


def test_editor_command_reads_visual_then_editor(monkeypatch) -> None:
    from infocoach.screens.prep.draft_actions import editor_command

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    assert editor_command() is None
    monkeypatch.setenv("EDITOR", "nano")
    assert editor_command() == ["nano"]
    monkeypatch.setenv("VISUAL", "code --wait")
    assert editor_command() == ["code", "--wait"]


async def test_editing_in_editor_explains_what_is_missing(make_app, monkeypatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        before = screen.query_one("#drafts", DraftPanel).text()
        await pilot.press("ctrl+t")
        assert any("Set $EDITOR" in str(n.message) for n in app._notifications)
        monkeypatch.setenv("EDITOR", "true")
        await pilot.press("ctrl+t")
        await pilot.pause()
        # A headless test terminal cannot hand over to an editor: it says so, the draft stays.
        assert any("cannot hand over" in str(n.message) for n in app._notifications)
        assert screen.query_one("#drafts", DraftPanel).text() == before


async def test_switching_to_linkedin_keeps_the_email_subject(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        panel = screen.query_one("#drafts", DraftPanel)
        panel.query_one("#draft-subject", Input).value = "My carefully written subject"
        await pilot.pause(0.1)
        panel.query_one("#draft-channel", Select).value = "linkedin"
        await pilot.pause(0.1)
        assert app.store.meeting(meeting.id).drafts["outreach_subject"] == "My carefully written subject"
        panel.query_one("#draft-channel", Select).value = "email"
        await pilot.pause(0.1)
        assert panel.query_one("#draft-subject", Input).value == "My carefully written subject"


async def test_save_dialog_refuses_the_database_and_asks_before_replacing(make_app, paths, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        await _show_tab(pilot, screen, "tab-outreach")
        before = paths.data_file.read_bytes()
        await pilot.press("ctrl+o")
        dialog = app.screen
        dialog.query_one("#path", Input).value = str(paths.data_file)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and "infocoach's own file" in str(dialog.query_one("#path-error", Static).content)
        existing = tmp_path / "mine.txt"
        existing.write_text("keep me", encoding="utf-8")
        dialog.query_one("#path", Input).value = str(existing)
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        assert existing.read_text(encoding="utf-8") == "keep me"
        assert paths.data_file.read_bytes() == before


async def test_quit_after_a_failed_save_asks_first(make_app, monkeypatch) -> None:
    from infocoach.store import StoreError

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)

        def refuse(_meeting) -> None:
            raise StoreError("could not write the database: No space left on device")

        monkeypatch.setattr(app.store, "save_meeting", refuse)
        screen.query_one("#research-text", TextArea).text = "important notes"
        await pilot.pause(0.1)
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmModal) and app.is_running


async def test_the_app_can_open_straight_on_prep(make_app) -> None:
    app = make_app()
    meeting = _meeting(app, "scheduled")
    app.start = StartTarget("prep", meeting.id)  # what `infocoach prep ID` asks for
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen) and app.screen.meeting.id == meeting.id
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen) and app.screen.selected_id() == meeting.id


async def test_autosave_runs_off_the_event_loop_and_says_not_saved_until_a_retry_works(make_app, monkeypatch) -> None:
    """Prep saves through the live screen's saver: a worker thread writes, a failed write is
    kept and retried, and the title says NOT SAVED until one succeeds."""
    import threading

    from infocoach.screens import meeting_saving
    from infocoach.store import StoreError

    monkeypatch.setattr(meeting_saving, "RETRY_SECONDS", 0.05)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _meeting(app, "planned")
        screen = await _open(app, pilot, meeting.id)
        real_save = app.store.save_meeting
        writers: list[str] = []
        full = True

        def save(saved) -> None:
            writers.append(threading.current_thread().name)
            if full:
                raise StoreError("could not write the database: No space left on device")
            real_save(saved)

        monkeypatch.setattr(app.store, "save_meeting", save)
        screen.query_one("#research-text", TextArea).text = "what she said about thermal tests"
        for _ in range(40):
            await pilot.pause(0.05)
            if screen.save_problem:
                break
        assert "NOT SAVED" in screen.sub_title and screen.contact.display_name in screen.sub_title
        assert any("No space left on device" in n.message for n in app._notifications)
        assert threading.main_thread().name not in writers  # never written on the event loop
        full = False
        for _ in range(40):
            await pilot.pause(0.05)
            if screen.save_problem is None:
                break
        assert screen.sub_title == screen.contact.display_name
        assert any("Saved again" in n.message for n in app._notifications)
        assert app.store.meeting(meeting.id).research == "what she said about thermal tests"
