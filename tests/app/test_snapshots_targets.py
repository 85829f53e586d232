"""The Targets screen at 80x24 on a small campaign (3B7 pacing, a fixed clock): the LAMP list with
its focus stars, people beneath their employers, the detail of what is due; a person selected;
the target form; and the note to a referrer."""

from __future__ import annotations

from snapshot_settle import settle as _settle
from targets_data import seed, settings_3b7


def campaign(make_app):
    app = make_app(demo=False, settings=settings_3b7())
    seed(app)
    return app


def keys(*pressed: str):
    async def run(pilot) -> None:
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        await pilot.press(*pressed)
        await _settle(pilot)

    return run


def test_targets_list(snap_compare, make_app) -> None:
    assert snap_compare(campaign(make_app), terminal_size=(80, 24), run_before=keys())


def test_targets_person_selected(snap_compare, make_app) -> None:
    assert snap_compare(campaign(make_app), terminal_size=(80, 24), run_before=keys("down"))


def test_targets_referrer_due_at_fabrikam(snap_compare, make_app) -> None:
    assert snap_compare(campaign(make_app), terminal_size=(80, 24), run_before=keys("down", "down", "down", "down"))


def test_target_form(snap_compare, make_app) -> None:
    assert snap_compare(campaign(make_app), terminal_size=(80, 24), run_before=keys("e"))


def test_referrer_note(snap_compare, make_app) -> None:
    assert snap_compare(
        campaign(make_app), terminal_size=(80, 24), run_before=keys("down", "down", "down", "down", "R")
    )
