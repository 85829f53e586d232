"""The thank-you asks in place for what only the user can write, and keeps their answers.

Typing an answer updates the draft at once (a fresh one, or in place in an edited one), is saved
with the meeting and is there again when the wrap-up is reopened; a contact with no known title
is asked for one, saved on the contact; a nudge shows while the user's name is not set; a note
still holding a question cannot be marked sent."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Static, TabbedContent, TextArea

from infocoach.core.settings import Settings
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.wrapup import wrapup_screen as wrapup_module
from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
from infocoach.widgets.lint_panel import LintPanel
from infocoach.widgets.thanks_panel import ThanksPanel

DONE = "m-demo-05"  # held this morning; its draft quotes a starred note
STAYED_MARKER = "[[answer above: What stayed with you from this conversation?]]"


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(wrapup_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)


async def _open_thanks(app, pilot, meeting_id: str = DONE) -> ThanksPanel:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("w")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, WrapupScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
    await pilot.pause()
    return screen.query_one(ThanksPanel)


async def _until(pilot, condition, timeout: float = 5.0) -> None:
    """Wait (in app time slices) until ``condition()`` holds: saving and redrafting are debounced."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


async def _quote_none(pilot, panel: ThanksPanel) -> None:
    cite = panel.query_one("#cite", OptionList)
    cite.focus()
    cite.highlighted = panel.cited()[0]
    await pilot.press("enter")
    await pilot.pause()


async def test_an_answer_typed_in_place_replaces_the_question_is_saved_and_survives_reopening(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        await _quote_none(pilot, panel)
        assert STAYED_MARKER in panel.text()
        ask = panel.query_one("#ask-stayed", Input)
        assert ask.placeholder == "What stayed with you from this conversation?"
        await pilot.pause(0.5)
        assert "to answer above" in str(panel.query_one(LintPanel).render())  # never passed silently
        ask.focus()
        await pilot.press(*"You showed me that lab data needs translators")
        await _until(pilot, lambda: "translators." in panel.text())
        await pilot.pause(0.5)
        assert "You showed me that lab data needs translators." in panel.text()
        assert "[[" not in panel.text()
        assert "to answer above" not in str(panel.query_one(LintPanel).render())
        await _until(pilot, lambda: "sentence:stayed" in app.store.meeting(DONE).drafts)
        stored = app.store.meeting(DONE)
        assert stored.drafts["sentence:stayed"] == "You showed me that lab data needs translators"
        await pilot.press("escape")
        await pilot.pause()
        panel = await _open_thanks(app, pilot)
        assert panel.query_one("#ask-stayed", Input).value == "You showed me that lab data needs translators"
        assert "You showed me that lab data needs translators." in panel.text()


async def test_an_answer_goes_in_place_of_the_question_in_an_edited_draft(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        await _quote_none(pilot, panel)
        editor = panel.query_one("#draft-text", TextArea)
        edited = panel.text().replace("Kind regards,", "With thanks again,")
        editor.text = edited
        await pilot.pause(0.2)
        assert panel.is_edited()
        panel.query_one("#ask-stayed", Input).value = "Your story about the lab open day stayed with me."
        await _until(pilot, lambda: STAYED_MARKER not in panel.text())
        text = panel.text()
        assert "With thanks again," in text  # the user's edit is kept
        assert "Your story about the lab open day stayed with me." in text and STAYED_MARKER not in text
        await _until(pilot, lambda: app.store.meeting(DONE).drafts.get("thanks") == text)


async def test_advice_on_a_sentence_shows_where_it_is_typed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        advice = panel.query_one("#ask-advice", Static)
        assert not advice.display
        panel.query_one("#ask-action", Input).value = "She said learn Python ★"
        await pilot.pause()
        assert advice.display
        assert str(advice.render()).startswith("You will: ")
        panel.query_one("#ask-action", Input).value = "I will start a Python course for lab data this month."
        await pilot.pause()
        assert not advice.display


async def test_an_unknown_title_is_asked_for_and_saved_on_the_contact(make_app) -> None:
    app = make_app()
    meeting = app.store.meeting(DONE)
    contact = app.store.contact(meeting.contact_id)
    contact.honorific = ""
    app.store.save_contact(contact)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        row = panel.query_one("#greet-row")
        assert row.display
        assert str(panel.query_one("#greet-label", Static).render()) == f"Greet {contact.display_name} as:"
        assert panel.text().startswith("Dear [[answer above:")
        [doctor] = [button for button in panel.query("#greet-row Button") if str(button.label) == "Dr."]
        doctor.press()
        await pilot.pause()
        assert app.store.contact(contact.id).honorific == "Dr."
        assert panel.text().startswith(f"Dear Dr. {contact.last_name},\n\n")
        assert not row.display


async def test_full_name_is_offered_when_no_title_suits_them(make_app) -> None:
    app = make_app()
    meeting = app.store.meeting(DONE)
    contact = app.store.contact(meeting.contact_id)
    contact.honorific = ""
    app.store.save_contact(contact)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        panel.query_one("#greet-full").press()
        await pilot.pause()
        assert app.store.contact(contact.id).address_by == "full-name"
        assert panel.text().startswith(f"Dear {contact.first_name} {contact.last_name},\n\n")


@pytest.mark.parametrize(("name", "shown"), [("", True), ("Alex Morgan", False)])
async def test_a_nudge_shows_while_your_name_is_not_set(make_app, name: str, shown: bool) -> None:
    app = make_app(settings=Settings(timezone="Europe/London", user_name=name))
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _open_thanks(app, pilot)
        nudge = panel.query_one("#name-nudge", Static)
        assert nudge.display is shown
        assert "Your name is not set" in str(nudge.render())
        assert ("(your name)" in panel.text()) is shown


async def test_a_note_still_asking_cannot_be_marked_sent(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        await _quote_none(pilot, panel)
        panel.query_one("#draft-sent").press()
        await pilot.pause()
        assert app.store.meeting(DONE).status == "done"
        panel.query_one("#ask-stayed", Input).value = "Your advice on translators stayed with me."
        await _until(pilot, lambda: "[[" not in panel.text())
        panel.query_one("#draft-sent").press()
        await pilot.pause()
        assert app.store.meeting(DONE).status == "thanked"


async def test_coming_to_the_thank_you_puts_the_cursor_where_the_draft_needs_you(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        await pilot.pause(0.3)
        tabs = app.screen.query_one("#tabs", TabbedContent)
        assert app.focused is panel.query_one("#draft-text", TextArea)  # nothing asked: the draft
        await _quote_none(pilot, panel)  # now the draft asks what stayed with you
        await pilot.pause(0.3)
        assert STAYED_MARKER in panel.text()
        tabs.active = "tab-summary"
        await pilot.pause()
        tabs.active = "tab-thanks"
        await pilot.pause(0.3)
        # Typing goes into the question, never onto the note list (where a space would change
        # which note is quoted).
        assert app.focused is panel.query_one("#ask-stayed", Input)
        quoted = panel.cited()
        await pilot.press(*"Your point about translators stayed with me")
        await _until(pilot, lambda: "translators stayed with me." in panel.text())
        assert panel.cited() == quoted


async def test_enter_puts_the_answer_in_and_moves_on_to_the_next_question(make_app) -> None:
    from dataclasses import replace

    app = make_app()
    # No action item that reads as one: the draft asks what you will do as well.
    app.store.save_meeting(replace(app.store.meeting(DONE), action_items=[]))
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        await _quote_none(pilot, panel)  # the draft asks what stayed with you, and what you will do
        await pilot.pause(0.3)
        assert "[[answer above: What will you do" in panel.text()
        panel.query_one("#ask-stayed", Input).focus()
        await pilot.press(*"Your point about translators stayed with me.", "enter")
        await pilot.pause()
        assert "translators stayed with me." in panel.text()  # at once, not after a pause
        assert app.focused is panel.query_one("#ask-action", Input)
        await pilot.press(*"I will start a Python course this month.", "enter")
        await pilot.pause()
        assert "Python course this month." in panel.text()
        assert app.focused is panel.query_one("#draft-text", TextArea)  # nothing left to ask
