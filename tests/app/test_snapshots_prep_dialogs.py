"""How the status dialog (scheduling) and the question bank look at 80x24, on demo data at a
fixed moment. Review snapshot_report.html before updating (pytest --snapshot-update)."""

from __future__ import annotations

from snapshot_settle import settle as _settle


def test_status_dialog_scheduling(snap_compare, make_app) -> None:
    app = make_app()

    async def choose_scheduled(pilot) -> None:
        meeting = next(m for m in app.store.meetings() if m.status == "requested")
        pilot.app.screen.reload(select=meeting.id)
        await pilot.press("t")
        await pilot.press("enter")  # "scheduled" is first: the cursor goes to the meeting's date
        await pilot.press(*"tomorrow 3pm")
        pilot.app.clear_notifications()  # History's "let go" notice would cover the buttons
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=choose_scheduled)


def test_bank_picker_filtered_with_picks(snap_compare, make_app) -> None:
    app = make_app()

    async def pick_two(pilot) -> None:
        meeting = next(m for m in app.store.meetings() if m.status == "planned")
        pilot.app.screen.open_prep(meeting.id)
        await _settle(pilot)
        pilot.app.screen.query_one("#tabs").active = "tab-questions"
        await _settle(pilot)
        await pilot.press("b", *"skills", "down", "enter", "down", "space")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=pick_two)
