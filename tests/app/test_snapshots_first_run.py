"""The first-run form at 80x24, on an empty database, with the machine's time zone filled in."""

from __future__ import annotations

from snapshot_settle import settle as _settle

from infocoach.core.settings import Settings


def test_first_run_form(snap_compare, make_app) -> None:
    app = make_app(
        demo=False, settings=Settings(timezone="Europe/London"), first_run=True, machine_timezone="Europe/London"
    )
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settle)
