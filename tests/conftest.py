"""Shared fixtures: a fixed clock, and the app on a fresh (demo or empty) database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings
from infocoach.store.config import Paths

# A Wednesday early afternoon in London: the demo's "today" meeting falls later the same day.
FIXED_NOW = "2026-11-25T13:30:00+00:00"
USER_TZ = "Europe/London"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(
        data_file=tmp_path / "data" / "infocoach.json",
        config_file=tmp_path / "config" / "config.toml",
        backups_dir=tmp_path / "data" / "backups",
        themes_dir=tmp_path / "config" / "themes",
    )


@pytest.fixture
def make_app(paths: Paths, clock: FixedClock) -> Iterator[Callable[..., object]]:
    """Build an InfocoachApp on a new database, seeded with the demo data unless demo=False."""
    from infocoach.app.application import InfocoachApp
    from infocoach.store import Store

    opened: list[Store] = []

    def factory(*, demo: bool = True, settings: Settings | None = None, **options: Any) -> InfocoachApp:
        store = Store.open(paths.data_file, clock=clock, backups_dir=paths.backups_dir)
        opened.append(store)
        if demo:
            store.import_records(*build_demo(clock.now(), USER_TZ))
        return InfocoachApp(
            store=store,
            settings=settings or Settings(timezone=USER_TZ, user_name="Alex Morgan"),
            paths=paths,
            clock=clock,
            **options,
        )

    yield factory
    for store in opened:
        store.close()
