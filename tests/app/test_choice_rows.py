"""Left/Right (and Home/End) move between the buttons of a row offering one choice, stopping at
the ends: the greeting's title in Prep's outreach and in the thank-you, and the dialogs' buttons.

A reviewer pressed Right then Enter to reach "Ms." and "Mr." was saved on the contact."""

from __future__ import annotations

import pytest
from textual.widgets import Button, TabbedContent

from infocoach.core.records.model import Contact, Meeting
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.screens.wrapup import wrapup_screen as wrapup_module
from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
from infocoach.widgets.choice_row import ChoiceRow
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.thanks_panel import ThanksPanel

DONE = "m-demo-05"  # a demo meeting held this morning


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    from infocoach.widgets import draft_panel

    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(draft_panel, "REDRAFT_DELAY", 0.01)
    monkeypatch.setattr(wrapup_module, "SAVE_DELAY", 0.01)


def _label(app) -> str:
    focused = app.focused
    assert isinstance(focused, Button), focused
    return str(focused.label)


async def _open_outreach(app, pilot) -> DraftPanel:
    contact = Contact(
        id="c-raman", first_name="Priya", last_name="Raman", organization="St Mary's", timezone="Europe/London",
        why="Runs the nursing informatics fellowship",
    )  # fmt: skip
    app.store.save_contact(contact)
    app.store.save_meeting(Meeting(id="m-raman", contact_id=contact.id, intro="I was an ICU nurse for eight years."))
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select="m-raman")
    await pilot.press("enter")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PrepScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-outreach"
    for _ in range(3):
        await pilot.pause(0.05)
    return screen.query_one("#drafts", DraftPanel)


async def _open_thanks(app, pilot) -> ThanksPanel:
    meeting = app.store.meeting(DONE)
    contact = app.store.contact(meeting.contact_id)
    contact.honorific = ""
    app.store.save_contact(contact)
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=DONE)
    await pilot.press("w")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, WrapupScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
    for _ in range(3):
        await pilot.pause(0.05)
    return screen.query_one(ThanksPanel)


async def test_right_right_enter_chooses_the_third_title_in_prep(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await _open_outreach(app, pilot)
        assert isinstance(panel.query_one("#ask-greeting"), ChoiceRow)
        assert _label(app) == "Mr."  # the cursor starts on the question's first answer
        await pilot.press("right")
        assert _label(app) == "Ms."
        await pilot.press("left")
        assert _label(app) == "Mr."
        await pilot.press("right", "right")
        assert _label(app) == "Mrs."
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.store.contact("c-raman").honorific == "Mrs."
        assert panel.text().startswith("Dear Mrs. Raman,")


async def test_the_ends_of_the_row_stop_the_cursor_and_home_end_reach_them(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_outreach(app, pilot)
        await pilot.press("left")
        assert _label(app) == "Mr."  # no wrapping round from the first
        await pilot.press("end")
        assert _label(app) == "Use their full name"
        await pilot.press("right")
        assert _label(app) == "Use their full name"  # nor from the last back to "Mr."
        await pilot.press("home")
        assert _label(app) == "Mr."
        assert app.store.contact("c-raman").honorific == ""  # moving chooses nothing


async def test_right_right_enter_chooses_the_third_title_in_the_thank_you(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        panel = await _open_thanks(app, pilot)
        contact_id = panel.contact.id
        assert isinstance(panel.query_one("#greet-row"), ChoiceRow)
        assert _label(app) == "Mr."
        await pilot.press("right", "right")
        assert _label(app) == "Mrs."
        await pilot.press("left")
        assert _label(app) == "Ms."
        await pilot.press("right", "enter")
        await pilot.pause(0.2)
        assert app.store.contact(contact_id).honorific == "Mrs."
        assert panel.text().startswith(f"Dear Mrs. {panel.contact.last_name},")


async def test_the_arrows_move_between_a_confirmation_s_buttons(make_app) -> None:
    app = make_app()
    answers: list[bool | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ConfirmModal("Delete this meeting?", confirm="Delete", danger=True), answers.append)
        await pilot.pause()
        assert _label(app) == "Cancel"
        await pilot.press("right")
        assert _label(app) == "Delete"
        await pilot.press("left")
        assert _label(app) == "Cancel"
        await pilot.press("end", "enter")
        await pilot.pause()
    assert answers == [True]
