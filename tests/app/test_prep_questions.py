"""Prep asks in place for what only the user can write: why them, who they are, and how to greet
someone whose honorific is unknown. The draft follows the answer as it is typed, the answer is
saved, and a draft that still holds a question cannot be marked sent."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TabbedContent, TextArea

from infocoach.core.records.model import Contact, Meeting
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.draft_question import DraftQuestion
from infocoach.widgets.lint_panel import LintPanel

WHY_NOTE = "Runs the nursing informatics fellowship; mention Priya sent me"
WHY_MARKER = "[[answer above: Why them, in one sentence to them?]]"
ME_MARKER = "[[answer above: Who are you, in one sentence?]]"


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    from infocoach.widgets import draft_panel

    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(draft_panel, "REDRAFT_DELAY", 0.01)


def _plain(widget: Static) -> str:
    return str(widget.content) if isinstance(widget.content, str) else widget.content.plain


def _seed(app, *, honorific: str = "Dr.", intro: str = "") -> tuple[Contact, Meeting]:
    contact = Contact(
        id="c-raman", first_name="Priya", last_name="Raman", honorific=honorific, organization="St Mary's",
        timezone="Europe/London", connection="referred by Dr. Okafor", why=WHY_NOTE,
    )  # fmt: skip
    meeting = Meeting(id="m-raman", contact_id=contact.id, planned_minutes=20, intro=intro)
    app.store.save_contact(contact)
    app.store.save_meeting(meeting)
    return contact, meeting


async def _open_outreach(app, pilot, meeting_id: str) -> tuple[PrepScreen, DraftPanel]:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PrepScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-outreach"
    await pilot.pause()
    return screen, screen.query_one("#drafts", DraftPanel)


async def _type(pilot, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


async def test_why_and_who_are_asked_in_place_and_the_draft_follows_the_typing(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        _seed(app)
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        question = panel.query_one(DraftQuestion)
        # The private note is never in the draft: a marker the coach reports stands in its place.
        assert WHY_NOTE not in panel.text() and ME_MARKER in panel.text() and WHY_MARKER in panel.text()
        await pilot.pause(0.5)
        assert "to answer above" in _plain(panel.query_one("#draft-lint", LintPanel))
        # The first question is asked, with the note beside it, and the cursor is in the answer.
        assert question.display and question.ask is not None and question.ask.name == "me"
        assert app.focused is question.query_one("#ask-answer", Input)
        await _type(pilot, "I spent eight years as an ICU nurse")
        await pilot.pause(0.1)
        assert "I spent eight years as an ICU nurse." in panel.text() and ME_MARKER not in panel.text()
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert question.ask is not None and question.ask.name == "why"
        assert WHY_NOTE in _plain(question.query_one("#ask-question", Static))  # the note, for reference
        # Advice on what is typed, beside the input: third person about them.
        await _type(pilot, "She runs the fellowship")
        await pilot.pause(0.1)
        assert "speaks about them" in _plain(question.query_one("#ask-advice", Static))
        answer = question.query_one("#ask-answer", Input)
        answer.value = ""
        await pilot.pause(0.05)
        await _type(pilot, "You run the fellowship I hope to join")
        await pilot.press("enter")
        await pilot.pause(0.3)
        text = panel.text()
        assert "You run the fellowship I hope to join." in text and "[[" not in text
        assert not question.display and app.focused is panel.query_one("#draft-text", TextArea)
        stored = app.store.meeting("m-raman")
        assert stored.drafts["sentence:me"] == "I spent eight years as an ICU nurse"
        assert stored.drafts["sentence:why"] == "You run the fellowship I hope to join"
        await pilot.pause(0.5)
        assert "✗" not in _plain(panel.query_one("#draft-lint", LintPanel))


async def test_a_draft_holding_a_question_is_not_marked_sent(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        _seed(app, intro="Hello, I'm Sam. I spent eight years as an ICU nurse and now build ward dashboards.")
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        # The intro gives who they are; only why them is asked.
        assert "I spent eight years as an ICU nurse and now build ward dashboards." in panel.text()
        assert panel.query_one(DraftQuestion).ask.name == "why"
        await pilot.click("#draft-sent")
        await pilot.pause(0.1)
        assert app.store.meeting("m-raman").status == "planned"


async def test_an_edited_draft_gets_the_answer_in_place_of_the_question(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        _seed(app, intro="I spent eight years as an ICU nurse.")
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        editor = panel.query_one("#draft-text", TextArea)
        editor.text = editor.text.replace("Thank you for considering it.", "Thank you so much for considering it.")
        await pilot.pause(0.1)
        panel.query_one(DraftQuestion).focus_answer()
        await _type(pilot, "You run the fellowship I hope to join.")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert "Thank you so much" in panel.text() and "You run the fellowship I hope to join." in panel.text()
        assert "[[" not in panel.text()
        assert app.store.meeting("m-raman").drafts["outreach"] == panel.text()


async def test_no_honorific_is_asked_and_saved_on_the_contact(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        _seed(app, honorific="", intro="I spent eight years as an ICU nurse.")
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        question = panel.query_one(DraftQuestion)
        assert panel.text().startswith("Dear Priya Raman,") and "(title)" not in panel.text()
        assert question.ask is not None and question.ask.name == "greeting"
        await pilot.click("#ask-honorific-dr")
        await pilot.pause(0.2)
        assert panel.text().startswith("Dear Dr. Raman,")
        assert app.store.contact("c-raman").honorific == "Dr."
        assert question.ask is not None and question.ask.name == "why"  # the next question


async def test_use_their_full_name_is_saved_as_how_to_greet_them(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        _seed(app, honorific="", intro="I spent eight years as an ICU nurse.")
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        await pilot.click("#ask-full-name")
        await pilot.pause(0.2)
        stored = app.store.contact("c-raman")
        assert stored.address_by == "full-name" and stored.honorific == ""
        assert panel.text().startswith("Dear Priya Raman,")
        await pilot.pause(0.5)
        assert "casual-salutation" not in _plain(panel.query_one("#draft-lint", LintPanel))


async def test_ctrl_g_goes_back_over_your_sentences(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        _, meeting = _seed(app, intro="I spent eight years as an ICU nurse.")
        meeting.drafts["sentence:why"] = "You run the fellowship I hope to join."
        app.store.save_meeting(meeting)
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        question = panel.query_one(DraftQuestion)
        assert not question.display
        await pilot.press("ctrl+g")
        await pilot.pause(0.1)
        answer = question.query_one("#ask-answer", Input)
        assert question.ask.name == "why" and answer.value == "You run the fellowship I hope to join."
        answer.value = "Your fellowship is the step I hope to take next."
        await pilot.pause(0.1)
        assert "Your fellowship is the step I hope to take next." in panel.text()
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert question.ask.name == "me"  # then who you are, from the intro
        assert question.query_one("#ask-answer", Input).value == "I spent eight years as an ICU nurse."


async def test_the_name_nudge_shows_until_the_name_is_set(make_app) -> None:
    from infocoach.core.settings import Settings

    app = make_app(demo=False, settings=Settings(timezone="Europe/London"))
    async with app.run_test(size=(80, 24)) as pilot:
        _seed(app, intro="I spent eight years as an ICU nurse.")
        app.screen.reload()
        screen, panel = await _open_outreach(app, pilot, "m-raman")
        nudge = panel.query_one("#draft-nudge", Static)
        assert nudge.display and "Your name is not set" in _plain(nudge)
        panel.query_one("#draft-text", TextArea).text = "Dear Dr. Raman, hello"
        await pilot.pause(0.2)
        assert nudge.display  # an edit does not hide it
