"""Copying a draft says honestly what happened, on a key no multiplexer takes; the coach's
findings follow the text as it is typed and deleted."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.lint_panel import LintPanel


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)


async def _outreach(app, pilot) -> DraftPanel:
    meeting = next(m for m in app.store.meetings() if m.status == "planned" and not m.archived)
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting.id)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PrepScreen)
    screen.query_one("#tabs").active = "tab-outreach"
    await pilot.pause()
    return screen.query_one("#drafts", DraftPanel)


def _plain(widget: Static) -> str:
    return str(widget.content) if isinstance(widget.content, str) else widget.content.plain


@pytest.mark.parametrize("key", ["ctrl+l", "ctrl+b"])
async def test_copy_says_it_cannot_be_confirmed_and_offers_save_and_editor(make_app, key) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _outreach(app, pilot)
        await pilot.press(key)
        await pilot.pause()
        assert app.clipboard == panel.text()
        messages = [str(n.message) for n in app._notifications]
        assert not any("Draft copied" in m for m in messages)
        assert any(
            m.startswith("Sent to your terminal's clipboard; terminals do not confirm it.")
            and "^o saves the draft to a file" in m
            and "^t opens it in $EDITOR" in m
            for m in messages
        )
        assert "^l" in str(panel.query_one("#draft-copy").label)


def test_no_binding_uses_a_multiplexer_prefix_alone() -> None:
    """tmux's ctrl+b and screen's ctrl+a never reach an app inside them: every action has
    another key (ctrl+b stays as a second key for copying, where nothing takes it)."""
    from infocoach.app.application import UI_PACKAGES, InfocoachApp
    from infocoach.app.keymap import classes_with_keys

    for cls in [InfocoachApp, *classes_with_keys(UI_PACKAGES)]:
        for binding in getattr(cls, "BINDINGS", []):
            keys = [k.strip() for k in getattr(binding, "key", "").split(",")]
            if set(keys) & {"ctrl+b", "ctrl+a"}:
                assert set(keys) - {"ctrl+b", "ctrl+a"}, f"{cls.__name__}: {binding.key} only"


async def test_a_finding_goes_when_its_sentence_is_deleted(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _outreach(app, pilot)
        area = panel.query_one("#draft-text", TextArea)
        lint = panel.query_one("#draft-lint", LintPanel)
        before = _plain(lint)
        assert "job-ask" not in before
        area.focus()
        area.move_cursor(area.document.end)
        sentence = " Do you have any openings for me?"
        await pilot.press(*sentence)
        await pilot.pause(0.6)
        assert "job-ask" in _plain(lint)
        await pilot.press(*["backspace"] * len(sentence))
        await pilot.pause(0.6)
        assert "job-ask" not in _plain(lint)
        assert _plain(lint) == before


async def test_a_thank_you_finding_goes_when_its_sentence_is_deleted(make_app) -> None:
    from infocoach.screens.wrapup import wrapup_screen as wrapup_module
    from infocoach.widgets.thanks_panel import ThanksPanel

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.reload(select="m-demo-05")  # held, thank-you not sent
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, wrapup_module.WrapupScreen)
        screen.query_one("#tabs").active = "tab-thanks"
        await pilot.pause()
        panel = screen.query_one(ThanksPanel)
        area = panel.query_one("#draft-text", TextArea)
        lint = panel.query_one("#draft-lint", LintPanel)
        before = _plain(lint)
        area.focus()
        area.move_cursor(area.document.end)
        sentence = " Please refer me for a job."
        await pilot.press(*sentence)
        await pilot.pause(0.6)
        assert "job-ask" in _plain(lint)
        area.select_line(area.document.line_count - 1)
        await pilot.press("ctrl+z")  # undo the typing, as a user might
        await pilot.pause(0.6)
        assert _plain(lint) == before


async def test_the_drafters_notes_go_once_the_text_is_edited(make_app) -> None:
    """A note such as "The message is 130 words…" describes the coach's text; after your edits
    it would outlive the sentences it was about, so it goes (the lint panel keeps checking)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await _outreach(app, pilot)
        notes = panel.query_one("#draft-notes", Static)
        panel.put_draft("", "Dear Dr. Tan,\n\nA long message.", ["The message is 130 words before the signature."])
        await pilot.pause()
        assert "130 words" in _plain(notes)
        area = panel.query_one("#draft-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("backspace")
        await pilot.pause(0.6)
        assert _plain(notes) == ""
        assert panel.text() == "Dear Dr. Tan,\n\nA long message"
