"""A heavy user's history (2,000 meetings, ~10 MB): History opens, searches and filters it.

Timings here are loose guards against a pathological slowdown; benchmarks/ measures precisely.
"""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, Select

from infocoach.app.application import InfocoachApp
from infocoach.core.clock import FixedClock
from infocoach.core.pipeline.search import fold, matches, meeting_haystack
from infocoach.core.samples.large_history import large_history
from infocoach.core.settings import Settings
from infocoach.store import Store
from infocoach.widgets.meeting_table import MeetingTable

NOW = "2026-11-25T13:30:00+00:00"


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "big.json"
    clock = FixedClock(NOW)
    contacts, meetings = large_history(2000, now=clock.now())
    with Store.open(path, clock=clock) as store:
        store.import_records(contacts, meetings)
    return path, contacts, meetings


def test_the_generated_history_is_heavy_and_valid(big_db) -> None:
    path, contacts, meetings = big_db
    assert len(meetings) == 2000 and path.stat().st_size > 8_000_000
    statuses = {m.status for m in meetings}
    assert {"planned", "requested", "no-response", "declined", "done", "thanked"} <= statuses
    assert (
        large_history(50, now=FixedClock(NOW).now())[1][7].notes
        == large_history(50, now=FixedClock(NOW).now())[1][7].notes
    )  # deterministic


async def test_search_over_2000_meetings_is_right_and_quick(big_db, tmp_path) -> None:
    path, contacts, meetings = big_db
    clock = FixedClock(NOW)
    by_id = {c.id: c for c in contacts}
    store = Store.open(path, clock=clock)
    try:
        app = InfocoachApp(
            store=store, settings=Settings(timezone="Europe/London"), paths=_paths(tmp_path), clock=clock
        )
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            history = app.screen
            table = history.query_one("#meetings", MeetingTable)
            history.query_one("#status-filter", Select).value = Select.NULL
            for query in ("translators", "okafor plate reader", "Ayse", "zzz-no-such-word"):
                expected = sum(
                    1
                    for m in meetings
                    if not m.archived and matches(query, meeting_haystack(m, by_id.get(m.contact_id)))
                )
                history.query_one("#search", Input).value = query
                began = time.perf_counter()
                history.apply_filter()
                elapsed = time.perf_counter() - began
                assert elapsed < 2.0, f"{query!r} took {elapsed:.2f} s"  # the goal is < 0.1 s
                assert table.row_count == expected, query  # all of them at once: none is drawn yet
                await pilot.pause()
                assert table.cursor_row == (0 if expected else -1)
                assert len(history._shown) == expected
            assert fold("Ayşe") == fold("ayse")
    finally:
        store.close()


def _paths(tmp_path):
    from infocoach.store.config import Paths

    return Paths(
        data_file=tmp_path / "unused.json",
        config_file=tmp_path / "config.toml",
        backups_dir=tmp_path / "backups",
        themes_dir=tmp_path / "themes",
    )
