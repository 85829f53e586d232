"""Prep, a meeting on LinkedIn: after why them is answered with a sentence too long for the note,
the question for a shorter one says how long it is and how much room the note has (no email
was drafted, so it does not talk of one), and the note keeps its flexibility line meanwhile: the
coach has no no-flexibility warning for a draft the drafter wrote."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static, TabbedContent

from infocoach.core.prep.outreach import FLEXIBLE_NOTE
from infocoach.core.records.model import Contact, Meeting
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.draft_question import DraftQuestion
from infocoach.widgets.lint_panel import LintPanel

LONG_WHY = "You moved from the ICU into informatics and now run the fellowship I hope to join next spring."


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    from infocoach.widgets import draft_panel

    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(draft_panel, "REDRAFT_DELAY", 0.01)


def _plain(widget: Static) -> str:
    return str(widget.content) if isinstance(widget.content, str) else widget.content.plain


async def test_the_shorter_why_question_says_the_room_and_the_note_stays_flexible(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        contact = Contact(
            id="c-raman", first_name="Priya", last_name="Raman", honorific="Dr.", timezone="Europe/London",
            connection="referred by Dr. Okafor", why="Runs the nursing informatics fellowship",
        )  # fmt: skip
        intro = "Hello, I'm Sam. I spent eight years as an ICU nurse and now build ward dashboards."
        app.store.save_contact(contact)
        app.store.save_meeting(Meeting(id="m-raman", contact_id=contact.id, channel="linkedin", intro=intro))
        history = app.screen
        assert isinstance(history, HistoryScreen)
        history.reload(select="m-raman")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrepScreen)
        screen.query_one("#tabs", TabbedContent).active = "tab-outreach"
        await pilot.pause()
        panel = screen.query_one("#drafts", DraftPanel)
        question = panel.query_one(DraftQuestion)
        assert panel.channel == "linkedin" and question.ask is not None and question.ask.name == "why"
        question.query_one("#ask-answer", Input).value = LONG_WHY
        await pilot.pause(0.2)
        question.focus_answer()
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert question.ask is not None and question.ask.name == "why-short"
        room = panel.write_draft().why_room
        assert room is not None and room < len(LONG_WHY)
        assert _plain(question.query_one("#ask-question", Static)) == (
            "Why them, in a shorter sentence for the LinkedIn note? "
            f"Your sentence ({len(LONG_WHY)} characters) does not fit: the note has room for about {room}."
        )
        text = panel.text()
        assert len(text) <= app.settings.linkedin_note_limit
        assert any(line in text for line in FLEXIBLE_NOTE), text
        await pilot.pause(0.5)
        assert "no-flexibility" not in _plain(panel.query_one("#draft-lint", LintPanel))
