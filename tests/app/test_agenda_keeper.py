"""While the app is open, `infocoach agenda`'s kept answer follows every save, so the line in a
shell start-up file prints at once in the next terminal."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from infocoach.core.agenda import agenda_answer
from infocoach.store import agenda_cache
from infocoach.store.config import Paths


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(
        data_file=tmp_path / "data" / "infocoach.json",
        config_file=tmp_path / "config" / "config.toml",
        backups_dir=tmp_path / "data" / "backups",
        themes_dir=tmp_path / "config" / "themes",
        cache_dir=tmp_path / "cache",
    )


@pytest.fixture
def kept_now(monkeypatch: pytest.MonkeyPatch, clock) -> None:
    """The kept answer's end is judged on the tests' clock, not the machine's."""
    monkeypatch.setattr(agenda_cache.time, "time", lambda: clock.now().timestamp())


def kept(paths: Paths) -> dict | None:
    return agenda_cache.read_cached(
        agenda_cache.cache_file(paths.cache_dir, paths.data_file),
        agenda_cache.cache_key(paths.data_file, paths.config_file, 0),
    )


async def _settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_answer_is_kept_on_opening_and_after_each_save(make_app, paths, clock, kept_now) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(app, pilot)
        answer = kept(paths)
        assert answer is not None, "the command would have to read the whole database"
        store = app.store
        expected, _ = agenda_answer(
            store.meeting_heads(), store.contacts(), store.targets(), clock.now(), app.settings, 0
        )
        assert answer["items"] == json.loads(json.dumps(expected)) and answer["items"]
        # A save changes what is due: the next check keeps the new answer.
        waiting = next(m for m in store.meetings() if m.status == "requested")
        store.save_meeting(replace(waiting, archived=True))
        assert kept(paths) is None  # the file changed: the old answer no longer counts
        app.agenda_keeper.check()
        await _settle(app, pilot)
        answer = kept(paths)
        assert answer is not None
        assert waiting.id not in [item["meeting"] for item in answer["items"]]


async def test_an_answer_that_comes_to_its_end_is_kept_again(make_app, paths, clock, kept_now) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(app, pilot)
        assert kept(paths) is not None
        clock.advance(2 * 24 * 3600)  # past midnight: today is another day
        assert kept(paths) is None
        app.agenda_keeper.check()
        await _settle(app, pilot)
        assert kept(paths) is not None


async def test_the_demo_keeps_nothing(make_app, paths, kept_now) -> None:
    app = make_app(demo=True)
    app.demo = True  # as `infocoach demo` opens it: a throw-away database
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(app, pilot)
    assert not (paths.cache_dir / "").exists() or not any(paths.cache_dir.iterdir())
