"""The wrap-up screen: the summary, the thank-you note (edit, lint, save, mark sent), next steps."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from textual.widgets import (
    Input,
    OptionList,
    SelectionList,
    Static,
    TabbedContent,
    TextArea,
)

from infocoach.dialogs.contact_form import ContactForm
from infocoach.dialogs.save_file import SaveFileModal
from infocoach.screens import meeting_saving as live_saving
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.live.live_screen import LiveScreen
from infocoach.screens.wrapup import wrapup_screen as wrapup_module
from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
from infocoach.widgets.lint_panel import LintPanel
from infocoach.widgets.thanks_panel import ThanksPanel

DONE = "m-demo-05"  # ended about five hours before FIXED_NOW; thank-you not sent
LATE = "m-demo-04"  # ended about 30 hours ago: the thank-you is overdue


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch) -> None:
    monkeypatch.setattr(wrapup_module, "SAVE_DELAY", 0.01)
    monkeypatch.setattr(live_saving, "SAVE_DELAY", 0.01)


async def _open(app, pilot, meeting_id: str = DONE) -> WrapupScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("w")
    await pilot.pause()
    assert isinstance(app.screen, WrapupScreen)
    return app.screen


def _plain(widget: Static) -> str:
    return str(widget.render())


async def test_summary_shows_the_figures_and_observations(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot, LATE)
        summary = _plain(screen.query_one("#summary", Static))
        assert "You spoke" in summary and "52%" in summary and "5/7 asked" in summary
        observations = _plain(screen.query_one("#observations", Static))
        assert "52% of the time" in observations
        assert "overdue" in _plain(screen.query_one("#state", Static))
        assert screen.query_one("#trend").data  # the share over time, minute by minute


async def test_the_note_is_drafted_edited_linted_and_marked_sent(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
        await pilot.pause()
        panel = screen.query_one(ThanksPanel)
        text = panel.text()
        contact = app.store.contact(screen.meeting.contact_id)
        assert text.startswith(f"Dear {contact.formal_name},")
        assert not app.store.meeting(DONE).drafts.get("thanks")  # an untouched draft is not stored
        editor = panel.query_one("#draft-text", TextArea)
        editor.text = text + "\nCould you let me know if a job opens up?"
        await pilot.pause(0.6)
        lint_panel = panel.query_one(LintPanel)
        assert lint_panel.has_class("-error") and "job-ask" in str(lint_panel.render())
        editor.text = text
        await pilot.pause(0.2)
        assert app.store.meeting(DONE).drafts["thanks"] == text  # edits are saved
        await pilot.press("f9")  # Mark sent (its button may be scrolled out of view at 80x24)
        await pilot.pause()
        stored = app.store.meeting(DONE)
        assert stored.status == "thanked" and stored.history[-1].at == clock.now().isoformat()
        assert stored.drafts["thanks"] == text
        assert screen.query_one("#tabs", TabbedContent).active == "tab-next"
        assert screen.query_one("#draft-sent").disabled


def _seen(widget) -> list[str]:
    """The lines a widget draws on screen, as the user reads them."""
    return ["".join(segment.text for segment in widget.render_line(y)).rstrip() for y in range(widget.size.height)]


async def test_the_note_quoted_is_marked_plainly_and_choosing_another_rewrites_an_untouched_draft(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
        await pilot.pause()
        panel = screen.query_one(ThanksPanel)
        cite = panel.query_one("#cite", OptionList)
        [quoted] = panel.cited()
        notes = screen.meeting.notes

        def marked(index: int) -> list[str]:
            """The lines drawn for note ``index`` (by its first words), as the user sees them."""
            words = " ".join(notes[index].text.split()[:4])
            return [line.strip() for line in _seen(cite) if words in line]

        assert marked(quoted) == [marked(quoted)[0]] and marked(quoted)[0].startswith("[x] quoted: ★")
        other = 0 if quoted != 0 else 1
        assert marked(other)[0].startswith("[ ] ") and "quoted" not in marked(other)[0]
        assert sum("[x]" in line for line in _seen(cite)) == 1
        assert "Note to quote ([x] quoted" in str(panel.query_one("#cite-label", Static).render())
        before = panel.text()
        cite.focus()
        cite.highlighted = other
        await pilot.press("space")
        await pilot.pause()
        assert panel.cited() == [other]
        assert marked(other)[0].startswith("[x] quoted: ")
        cite.scroll_to_highlight()
        cite.highlighted = quoted
        await pilot.pause()
        assert marked(quoted)[0].startswith("[ ] ★")
        cite.highlighted = other
        assert panel.text() != before
        await pilot.press("enter")  # again on the chosen note: none is quoted, the draft asks
        await pilot.pause()
        assert panel.cited() == [] and not any("[x]" in line for line in _seen(cite))
        assert "[[answer above: What stayed with you from this conversation?]]" in panel.text()


async def test_save_as_eml_and_as_text(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-thanks"
        await pilot.pause()
        panel = screen.query_one(ThanksPanel)
        for name in ("thanks.eml", "thanks.txt"):
            await pilot.press("ctrl+o")
            assert isinstance(app.screen, SaveFileModal)
            app.screen.query_one(Input).value = str(tmp_path / name)
            await pilot.press("enter")
            await pilot.pause()
        message = message_from_bytes((tmp_path / "thanks.eml").read_bytes(), policy=default)
        assert message["X-Unsent"] == "1" and message["Subject"] == panel.subject()
        assert message.get_content().replace("\r\n", "\n").strip() == panel.text().strip()
        assert (tmp_path / "thanks.txt").read_text(encoding="utf-8").endswith(panel.text().rstrip() + "\n")


async def test_next_touch_is_scheduled_and_shows_when_due(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot, "m-demo-03")  # thanked in September
        screen.query_one("#tabs", TabbedContent).active = "tab-next"
        await pilot.pause()
        date = screen.query_one("#touch-date", Input)
        date.focus()
        date.value = "yesterday"
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.meeting("m-demo-03").next_touch is None  # not in the past
        date.value = "2026-12-23"
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.meeting("m-demo-03").next_touch.startswith("2026-12-23T09:00")
        assert "Wednesday 23 December 2026" in _plain(screen.query_one("#touch-state", Static))
        await pilot.press("escape")
        await pilot.pause()
        clock.advance(29 * 24 * 3600)
        history = app.screen
        history.reload()
        await pilot.pause()
        assert "1 update to send" in _plain(history.query_one("#due", Static))


async def test_a_referral_becomes_a_contact_in_one_step(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-next"
        await pilot.pause()
        referrals = screen.query_one("#referrals", OptionList)
        referrals.focus()
        referrals.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ContactForm)
        assert form.query_one("#connection", Input).value.startswith("referred by Dr. Tan")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WrapupScreen)
        linked = app.store.meeting(DONE).referrals[0].contact_id
        person = app.store.contact(linked)
        assert person is not None and person.last_name == "Osei"
        assert "added as a contact" in str(referrals.get_option_at_index(0).prompt)


async def test_a_referral_already_among_the_contacts_is_linked_not_added_again(make_app) -> None:
    from infocoach.core.records.model import Contact

    app = make_app()
    imported = Contact(
        id="c-li-osei",
        first_name="Daniel",
        last_name="Osei",
        organization="MERLION VACCINES Pte. Ltd.",
        source="linkedin",
    )
    app.store.save_contact(imported)
    before = len(app.store.contacts())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-next"
        await pilot.pause()
        referrals = screen.query_one("#referrals", OptionList)
        referrals.focus()
        referrals.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WrapupScreen)  # no form: they are already here
        assert app.store.meeting(DONE).referrals[0].contact_id == "c-li-osei"
        assert app.store.contact("c-li-osei").referred_by == app.store.meeting(DONE).contact_id
        assert len(app.store.contacts()) == before
        assert "added as a contact" in str(referrals.get_option_at_index(0).prompt)


async def test_action_items_are_ticked_off(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open(app, pilot)
        screen.query_one("#tabs", TabbedContent).active = "tab-next"
        await pilot.pause()
        actions = screen.query_one("#actions", SelectionList)
        actions.focus()
        actions.highlighted = 1
        await pilot.press("space")
        await pilot.pause(0.1)
        stored = app.store.meeting(DONE)
        assert [a.done for a in stored.action_items] == [False, True]
        seen = [line.strip() for line in _seen(actions) if line.strip()]
        assert seen[1].endswith("✓ done") and not seen[0].endswith("done")  # said in words, not only a mark


async def test_ending_a_live_meeting_lands_on_wrapup(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.open_live("m-demo-06")
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen)
        await pilot.press("m")
        clock.advance(50)
        await pilot.press("t", "n", *"Ramps matter most", "enter", "a", *"Read the grid report", "enter")
        clock.advance(900)
        await pilot.press("e", "y")
        for _ in range(10):
            await pilot.pause(0.05)
        assert isinstance(app.screen, WrapupScreen) and app.screen.meeting_id == "m-demo-06"
        assert "due within" in _plain(app.screen.query_one("#state", Static))


async def test_no_wrapup_before_the_meeting(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.reload(select="m-demo-06")
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert any("not been held" in n.message for n in app._notifications)


async def test_wrapup_autosaves_through_the_background_saver(make_app, monkeypatch) -> None:
    import threading

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        real_save = app.store.save_meeting
        writers: list[str] = []

        def save(saved) -> None:
            writers.append(threading.current_thread().name)
            real_save(saved)

        monkeypatch.setattr(app.store, "save_meeting", save)
        screen.meeting.next_touch = None
        screen._changed()
        for _ in range(40):
            await pilot.pause(0.05)
            if writers:
                break
        assert writers and threading.main_thread().name not in writers
        assert screen.save_problem is None
