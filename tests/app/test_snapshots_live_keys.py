"""The live screen's keys at 80x24: the footer before and during the call, the note keys beside
the Notes title, a starred note, the note prompt saying which question it is on, and F1's list
of every key. Review snapshot_report.html before updating (pytest --snapshot-update)."""

from __future__ import annotations

from snapshot_settle import settle as _settle

MEETING = "m-demo-06"


async def _open_live(pilot) -> None:
    pilot.app.screen.open_live(MEETING)
    await pilot.pause()
    pilot.app.clear_notifications()


def test_live_keys_before_the_start(snap_compare, make_app) -> None:
    async def run_before(pilot) -> None:
        await _open_live(pilot)
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_live_keys_during_the_call_with_a_starred_note(snap_compare, make_app, clock) -> None:
    async def run_before(pilot) -> None:
        await _open_live(pilot)
        await pilot.press("m")
        clock.advance(40)
        await pilot.press("t")
        clock.advance(95)
        await pilot.press("enter")  # asked: the cursor moves on, the next note stays on this one
        await pilot.press("n", *"Most hiring is through graduate schemes that open each autumn", "enter")
        await pilot.pause()
        await pilot.press("asterisk")
        pilot.app.clear_notifications()
        pilot.app.screen.refresh_live()
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_live_note_prompt_names_its_question(snap_compare, make_app, clock) -> None:
    async def run_before(pilot) -> None:
        await _open_live(pilot)
        await pilot.press("t")
        clock.advance(30)
        await pilot.press("enter", "n", *"weather first")
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_live_help_lists_every_key(snap_compare, make_app) -> None:
    async def run_before(pilot) -> None:
        await _open_live(pilot)
        await pilot.press("f1")
        await _settle(pilot)
        pilot.app.screen.query_one("VerticalScroll").scroll_end(animate=False)
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
