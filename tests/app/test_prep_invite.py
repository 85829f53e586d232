"""Prep's F12: a calendar invitation (.ics) chosen in a dialog schedules, moves or (after
asking) declines the meeting on screen; one for another meeting, or an all-day one, is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.open_invitation import OpenInvitationModal, suggested_invitation
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.prep import prep_screen as prep_module
from infocoach.screens.prep.prep_screen import PrepScreen
from infocoach.widgets.question_plan import QuestionPlan

FIXTURES = Path(__file__).parents[1] / "core" / "invites" / "fixtures"
HANA = "m-demo-10"  # Ms. Hana Sato, let go (no-response) on opening: the Google invitation is from her
RAJESH = "m-demo-08"  # Mr. Rajesh Iyer, requested: the Outlook invitations are from him


@pytest.fixture(autouse=True)
def _home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(prep_module, "SAVE_DELAY", 0.01)
    return home


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def screen_text(app) -> str:
    from infocoach.widgets.draft_panel import DraftPanel

    return app.screen.query_one(DraftPanel).text()


def card(screen: PrepScreen) -> str:
    return str(screen.query_one("#card", Static).render())


async def _prep(app, pilot, meeting_id: str) -> PrepScreen:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.open_prep(meeting_id)
    await pilot.pause()
    assert isinstance(app.screen, PrepScreen)
    return app.screen


async def _import(app, pilot, path: Path) -> None:
    await pilot.press("f12")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, OpenInvitationModal)
    dialog.query_one("#path", Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()


def test_the_newest_invitation_in_downloads_is_suggested(_home: Path) -> None:
    assert suggested_invitation(_home) == _home / "Downloads" / "invite.ics"
    older = _home / "Downloads" / "older.ics"
    shutil.copy(FIXTURES / "google_new.ics", older)
    newer = _home / "Downloads" / "newer.ics"
    shutil.copy(FIXTURES / "outlook_new.ics", newer)
    import os

    os.utime(older, (1_000_000, 1_000_000))
    assert suggested_invitation(_home) == newer


async def test_an_invitation_schedules_the_meeting_and_prep_shows_it(make_app, _home: Path) -> None:
    downloaded = _home / "Downloads" / "invite.ics"
    shutil.copy(FIXTURES / "google_new.ics", downloaded)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _prep(app, pilot, HANA)
        assert "no-response" in card(screen)  # a late reply still counts
        await pilot.press("f12")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, OpenInvitationModal)
        assert dialog.query_one("#path", Input).value == str(downloaded)  # the one just saved from the mail
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        stored = app.store.meeting(HANA)
        assert stored.status == "scheduled" and stored.scheduled_for == "2026-12-10T18:00:00+09:00"
        assert stored.invite_uid.endswith("@google.com") and stored.planned_minutes == 30
        assert "scheduled" in card(screen) and "no-response" not in card(screen)
        assert any(
            "Scheduled for Thu 10 Dec 2026, 09:00 your time, 30 minutes (18:00 Asia/Tokyo). It is scheduled now." in m
            for m in messages(app)
        )
        # The rescheduled copy moves it, and the question plan's fit follows the new length.
        await _import(app, pilot, FIXTURES / "google_rescheduled.ics")
        stored = app.store.meeting(HANA)
        assert stored.scheduled_for == "2026-12-11T19:00:00+09:00" and stored.planned_minutes == 45
        assert [e.scheduled_for for e in stored.earlier_times] == ["2026-12-10T18:00:00+09:00"]
        assert screen.query_one("#plan", QuestionPlan).planned_minutes == 45
        assert any(m.startswith("Moved to Fri 11 Dec 2026, 10:00 your time") for m in messages(app))
        # The same copy again changes nothing.
        await _import(app, pilot, FIXTURES / "google_rescheduled.ics")
        assert any("Already up to date: this invitation has been imported already." in m for m in messages(app))


async def test_a_cancelled_invitation_asks_before_marking_declined(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _prep(app, pilot, HANA)
        await _import(app, pilot, FIXTURES / "google_new.ics")
        await _import(app, pilot, FIXTURES / "google_cancelled.ics")
        assert isinstance(app.screen, ConfirmModal)
        assert "is cancelled. Mark the meeting declined?" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.store.meeting(HANA).status == "scheduled"
        await _import(app, pilot, FIXTURES / "google_cancelled.ics")
        await pilot.press("y")
        await pilot.pause()
        assert app.store.meeting(HANA).status == "declined"
        assert "declined" in card(screen)


@pytest.mark.parametrize(
    "name, complaint",
    [
        ("outlook_new.ics", "It is not for this meeting: it is from rajesh.iyer@example.org"),
        ("outlook_all_day.ics", "It is not for this meeting"),
        ("malformed.ics", "its start is not a date or a time"),
    ],
)
async def test_an_invitation_for_another_meeting_or_unreadable_is_refused(make_app, name: str, complaint: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _prep(app, pilot, HANA)
        before = app.store.meeting(HANA)
        await _import(app, pilot, FIXTURES / name)
        assert any(m.startswith(f"{name} was not imported: ") and complaint in m for m in messages(app))
        assert app.store.meeting(HANA) == before


async def test_an_all_day_invitation_for_this_meeting_asks_for_a_time(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _prep(app, pilot, RAJESH)
        await _import(app, pilot, FIXTURES / "outlook_all_day.ics")
        assert any("all-day event on Thu 03 Dec 2026, with no time in it" in m for m in messages(app))
        assert app.store.meeting(RAJESH).status == "requested"


async def test_the_dialog_refuses_a_path_that_is_not_a_file(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _prep(app, pilot, HANA)
        await _import(app, pilot, tmp_path / "nowhere.ics")
        dialog = app.screen
        assert isinstance(dialog, OpenInvitationModal)
        assert "There is no file" in str(dialog.query_one("#path-error", Static).render())


async def test_composing_after_an_invitation_sends_the_draft_for_the_new_length(make_app, monkeypatch) -> None:
    """Compose in mail from another tab: the untouched draft is written again for the meeting as
    the invitation left it (25 minutes), not as it was when Prep opened (30)."""
    import webbrowser
    from urllib.parse import unquote

    links: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0, autoraise=True: links.append(url) or True)
    monkeypatch.setenv("DISPLAY", ":0")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _prep(app, pilot, RAJESH)
        assert "30-minute" in screen_text(app)
        await _import(app, pilot, FIXTURES / "outlook_new.ics")
        assert app.store.meeting(RAJESH).planned_minutes == 25
        await pilot.press("ctrl+n")
        await pilot.pause()
        await app.workers.wait_for_complete()
        [link] = links
        body = unquote(link)
        assert "30-minute" not in body and "25-minute" in body
