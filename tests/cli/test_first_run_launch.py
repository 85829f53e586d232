"""When the app opens with the first-run form: a plain start with no settings file only."""

from __future__ import annotations

from pathlib import Path

from infocoach.cli.launch import asks_first_run
from infocoach.services import StartTarget


def test_only_a_plain_start_without_settings_asks(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert asks_first_run(config, demo=False, start=None)
    assert not asks_first_run(config, demo=True, start=None)  # the demo's drafts are Alex's
    assert not asks_first_run(config, demo=False, start=StartTarget("live", "m-1"))  # a call is starting
    config.write_text('[user]\nname = "Priya Nair"\n', encoding="utf-8")
    assert not asks_first_run(config, demo=False, start=None)
