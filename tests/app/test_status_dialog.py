"""The status dialog at 80x24: Save and ctrl+s, and the meeting's date field where typing lands."""

from __future__ import annotations

import pendulum
from textual.widgets import Button, Input, OptionList, Static

from infocoach.dialogs.status_modal import StatusModal
from infocoach.screens.history.history_screen import HistoryScreen


def _requested(app):
    return next(m for m in app.store.meetings() if m.status == "requested" and not m.archived)


async def _open_status(app, pilot, meeting_id: str) -> StatusModal:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(app.screen, StatusModal)
    return app.screen


def _highlight(modal: StatusModal, status: str) -> None:
    options = modal.query_one("#choices", OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(status)


def _visible(modal: StatusModal, selector: str) -> bool:
    """Shown, and inside the terminal (not cut off below the screen's last row)."""
    widget = modal.query_one(selector)
    region = widget.region
    return widget.display and region.height > 0 and region.bottom <= modal.app.size.height - 1


async def test_choosing_scheduled_puts_typing_in_the_labelled_meeting_date(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _requested(app)
        contact = app.store.contact(meeting.contact_id)
        modal = await _open_status(app, pilot, meeting.id)
        _highlight(modal, "declined")
        await pilot.pause()
        assert not modal.query_one("#when-box").display  # only scheduling asks for the meeting's time
        assert app.focused is modal.query_one("#choices")
        await pilot.press("up", "up")  # back to the top: "scheduled"
        await pilot.pause()
        assert modal.query_one("#choices", OptionList).highlighted_option.id == "scheduled"
        assert modal.query_one("#when-box").display  # shown before Enter: nothing jumps when chosen
        await pilot.press("enter")
        await pilot.pause()
        when = modal.query_one("#when", Input)
        assert app.focused is when
        label = str(modal.query_one("#when-label", Static).content)
        assert label == f"Meeting date and time (their time, {contact.timezone})"
        assert _visible(modal, "#when-label") and _visible(modal, "#when") and _visible(modal, "#save")
        await pilot.press(*"2026-12-01 3pm")
        assert when.value == "2026-12-01 3pm"
        assert modal.query_one("#at", Input).value == "2026-11-25 13:30"  # the step's date is untouched
        await pilot.press("enter")
        await pilot.pause()
        stored = app.store.meeting(meeting.id)
        assert stored.status == "scheduled"
        assert pendulum.parse(stored.scheduled_for) == pendulum.datetime(2026, 12, 1, 15, tz=contact.timezone)


async def test_ctrl_s_saves_the_highlighted_step_from_the_date_field(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _requested(app)
        modal = await _open_status(app, pilot, meeting.id)
        _highlight(modal, "declined")
        at = modal.query_one("#at", Input)
        at.focus()
        at.value = "2026-11-25 09:00"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        stored = app.store.meeting(meeting.id)
        assert stored.status == "declined" and stored.history[-1].at == "2026-11-25T09:00:00+00:00"


async def test_the_save_button_saves_and_asks_for_a_missing_meeting_time(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = _requested(app)
        modal = await _open_status(app, pilot, meeting.id)
        _highlight(modal, "scheduled")
        await pilot.pause()
        assert _visible(modal, "#save") and _visible(modal, "#cancel")
        await pilot.click("#save")
        await pilot.pause()
        # No time typed yet: the dialog stays, says so, and the cursor waits in the date field.
        assert app.screen is modal
        assert str(modal.query_one("#status-error", Static).content).startswith("Meeting date and time:")
        assert app.focused is modal.query_one("#when", Input)
        assert app.store.meeting(meeting.id).status == "requested"
        modal.query_one("#when", Input).value = "2026-12-01 10:00"
        await pilot.click("#save")
        await pilot.pause()
        assert app.store.meeting(meeting.id).status == "scheduled"


async def test_a_finished_meeting_offers_only_cancel(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "thanked")
        modal = await _open_status(app, pilot, meeting.id)
        assert [b.id for b in modal.query(Button)] == ["cancel"]
        await pilot.press("ctrl+s")  # nothing to save: nothing happens
        assert app.screen is modal
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
