"""Compose in mail (ctrl+n) on Prep's outreach and follow-up and on the wrap-up's thank-you: the
draft goes to a stand-in for the mail program (webbrowser.open) as a mailto: link; drafts with
an open question, LinkedIn notes and links too long for mail programs are not handed over."""

from __future__ import annotations

import sys
import webbrowser
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from textual.widgets import Input, Select, TabbedContent, TextArea

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.save_file import SaveFileModal
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.screens.wrapup import wrapup_screen as wrapup_module
from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
from infocoach.widgets import draft_panel
from infocoach.widgets.draft_panel import DraftPanel
from infocoach.widgets.thanks_panel import ThanksPanel

DONE = "m-demo-05"  # Dr. Mei Lin Tan: met, thank-you not sent
REQUESTED = "m-demo-08"  # Mr. Rajesh Iyer: outreach sent, the follow-up is the draft
EMAIL_BODY = "Dear Mr. Iyer,\n\nThank you for your reply & your time?\n\nBest wishes,\nAlex Morgan"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The links handed to the mail program (a stand-in that accepts them)."""
    links: list[str] = []

    def stand_in(url: str, new: int = 0, autoraise: bool = True) -> bool:
        links.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", stand_in)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(wrapup_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(draft_panel, "REDRAFT_DELAY", 0.01)
    return links


def fields(link: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    return parts.path, parse_qs(parts.query)


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _wrapup(app, pilot) -> WrapupScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.open_wrapup(DONE)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, WrapupScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
    await pilot.pause()
    return screen


async def _prep(app, pilot, meeting_id: str = REQUESTED) -> PrepScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.open_prep(meeting_id)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PrepScreen)
    screen.query_one("#tabs", TabbedContent).active = "tab-outreach"
    await pilot.pause()
    return screen


async def test_the_thank_you_goes_to_the_mail_program_with_address_subject_and_body(make_app, opened) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _wrapup(app, pilot)
        panel = screen.query_one(ThanksPanel)
        assert "[[" not in panel.text()
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        [link] = opened
        to, query = fields(link)
        assert to == "meilin.tan@example.net"
        assert query["subject"] == [panel.subject()] and panel.subject()
        assert query["body"] == [panel.text().rstrip().replace("\n", "\r\n")]
        assert any("Opening your mail program with the draft to Dr. Mei Lin Tan" in m for m in messages(app))
        assert app.store.meeting(DONE).status == "done"  # composing is not sending


async def test_a_draft_with_an_open_question_is_refused_like_mark_sent(make_app, opened) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _wrapup(app, pilot)
        panel = screen.query_one(ThanksPanel)
        panel.query_one("#draft-text", TextArea).text = "Dear Dr. Tan,\n\n[[answer above: What stayed with you?]]\n"
        await pilot.pause()
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        assert opened == []
        assert any("still holds a question for you" in m for m in messages(app))


async def test_the_follow_up_on_prep_goes_with_its_subject_and_every_character_escaped(make_app, opened) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _prep(app, pilot)
        panel = screen.query_one(DraftPanel)
        assert panel.kind == "followup" and panel.channel == "email"
        panel.query_one("#draft-subject", Input).value = "Following up: 10 minutes?"
        panel.query_one("#draft-text", TextArea).text = EMAIL_BODY
        await pilot.pause()
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        [link] = opened
        to, query = fields(link)
        assert to == "rajesh.iyer@example.org"
        assert query["subject"] == ["Following up: 10 minutes?"]
        assert query["body"] == [EMAIL_BODY.replace("\n", "\r\n")]
        assert "%20" in link and "+" not in link and "&" not in link.split("&body=")[1]


async def test_no_address_leaves_to_empty_and_says_so(make_app, opened) -> None:
    app = make_app()
    contact = app.store.contact("c-demo-08")
    contact.email = ""
    app.store.save_contact(contact)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _prep(app, pilot)
        screen.query_one(DraftPanel).query_one("#draft-text", TextArea).text = EMAIL_BODY
        await pilot.pause()
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        [link] = opened
        assert link.startswith("mailto:?subject=")
        assert any("no e-mail address for Mr. Rajesh Iyer, so the To line is empty" in m for m in messages(app))


async def test_a_linkedin_note_is_not_composed_in_mail(make_app, opened) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _prep(app, pilot)
        screen.query_one(DraftPanel).query_one("#draft-channel", Select).value = "linkedin"
        await pilot.pause()
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        assert opened == []
        assert any("This is the LinkedIn note" in m for m in messages(app))


async def test_too_long_for_a_link_offers_the_eml_instead(make_app, opened, tmp_path: Path) -> None:
    app = make_app()
    long_body = EMAIL_BODY + "\n\n" + "A sentence of the kind people write when they go on. " * 45
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _prep(app, pilot)
        panel = screen.query_one(DraftPanel)
        panel.query_one("#draft-text", TextArea).text = long_body
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert opened == []
        assert isinstance(app.screen, ConfirmModal)
        assert "mail programs reliably accept about 2,000" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveFileModal) and str(dialog.suggestion).endswith("infocoach-followup-iyer.eml")
        target = tmp_path / "follow-up.eml"
        dialog.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        message = message_from_bytes(target.read_bytes(), policy=default)
        [to] = message["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Mr. Rajesh Iyer", "rajesh.iyer@example.org")
        assert message.get_content().replace("\r\n", "\n").rstrip() == long_body.rstrip()


async def test_a_mail_program_that_does_not_answer_is_said(make_app, opened, monkeypatch) -> None:
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0, autoraise=True: False)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _wrapup(app, pilot)
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        assert any("No mail program took the link" in m for m in messages(app))


async def test_without_a_desktop_session_nothing_is_started_in_the_terminal(make_app, opened, monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")  # where webbrowser would fall back to a text browser
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _wrapup(app, pilot)
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        assert opened == []
        assert any("no desktop session here" in m for m in messages(app))


def _referrer_app(make_app):
    """Mr. Park, whom Dr. Tan referred, was met: the note to Dr. Tan is due (she has an email)."""
    from dataclasses import replace

    from targets_data import seed

    app = make_app(demo=False)
    seed(app)
    app.store.save_contact(replace(app.store.contact("c-tan"), email="mei.tan@example.com"))
    return app


async def _open_referrer_note(app, pilot):
    from infocoach.dialogs.referrer_note import ReferrerNote

    await pilot.pause()
    await pilot.press("R")
    await pilot.pause()
    note = app.screen
    assert isinstance(note, ReferrerNote)
    return note


async def test_the_note_to_a_referrer_goes_to_the_mail_program_too(make_app, opened) -> None:
    app = _referrer_app(make_app)
    async with app.run_test(size=(100, 30)) as pilot:
        note = await _open_referrer_note(app, pilot)
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        [link] = opened
        to, query = fields(link)
        assert to == "mei.tan@example.com"
        assert query["subject"] == ["My conversation with Jun Park"]
        assert query["body"][0].replace("\r\n", "\n") == note.text()
        # A question still open in the note: refused, as Mark sent refuses it.
        note.query_one("#referrer-text", TextArea).text = "Dear [[answer above: their title?]],\n\nThank you."
        await pilot.press("ctrl+n")
        await _settle(app, pilot)
        assert len(opened) == 1


async def test_the_note_to_a_referrer_saves_as_an_eml_addressed_to_them_or_as_text(make_app, tmp_path: Path) -> None:
    app = _referrer_app(make_app)
    async with app.run_test(size=(100, 30)) as pilot:
        note = await _open_referrer_note(app, pilot)
        for name in ("note.eml", "note.txt"):
            await pilot.press("ctrl+o")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, SaveFileModal) and str(dialog.suggestion).endswith("infocoach-referrer-tan.eml")
            dialog.query_one("#path", Input).value = str(tmp_path / name)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is note
        message = message_from_bytes((tmp_path / "note.eml").read_bytes(), policy=default)
        [to] = message["To"].addresses
        assert (to.display_name, to.addr_spec) == ("Dr. Mei Tan", "mei.tan@example.com")
        assert message["Subject"] == "My conversation with Jun Park"
        assert message.get_content().replace("\r\n", "\n").rstrip() == note.text().rstrip()
        plain = (tmp_path / "note.txt").read_text(encoding="utf-8")
        assert plain.startswith("Subject: My conversation with Jun Park\n\nDear Dr. Tan,")
