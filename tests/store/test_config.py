"""Paths and the settings file: defaults, overrides, and bad files that never crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from infocoach.core.settings import Settings
from infocoach.store.config import (
    load_settings,
    resolve_paths,
    save_settings,
    system_timezone,
)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("INFOCOACH_DB", raising=False)
    monkeypatch.delenv("INFOCOACH_CONFIG", raising=False)


def test_default_paths_follow_the_platform_dirs(tmp_path: Path) -> None:
    paths = resolve_paths()
    assert paths.data_file == tmp_path / "xdg-data" / "infocoach" / "infocoach.json"
    assert paths.config_file == tmp_path / "xdg-config" / "infocoach" / "config.toml"
    assert paths.backups_dir == paths.data_file.parent / "backups"
    assert paths.themes_dir == tmp_path / "xdg-config" / "infocoach" / "themes"


def test_db_option_beats_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INFOCOACH_DB", str(tmp_path / "env.json"))
    assert resolve_paths().data_file == tmp_path / "env.json"
    assert resolve_paths(tmp_path / "flag.json").data_file == tmp_path / "flag.json"
    monkeypatch.setenv("INFOCOACH_CONFIG", str(tmp_path / "my.toml"))
    assert resolve_paths().config_file == tmp_path / "my.toml"


def test_resolving_paths_creates_nothing(tmp_path: Path) -> None:
    resolve_paths()
    assert not (tmp_path / "xdg-data").exists() and not (tmp_path / "xdg-config").exists()


def test_missing_file_gives_defaults_without_warnings(tmp_path: Path) -> None:
    settings, warnings = load_settings(tmp_path / "none.toml", default_timezone="Asia/Tokyo")
    assert warnings == []
    assert settings == Settings(timezone="Asia/Tokyo")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[meetings\nlength_minutes = 30", "is not valid TOML"),
        (b"\xff\xfe\x00junk", "is not UTF-8"),
    ],
)
def test_unreadable_settings_fall_back_to_defaults(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    settings, warnings = load_settings(path, default_timezone="UTC")
    assert settings == Settings(timezone="UTC")
    assert len(warnings) == 1 and expected in warnings[0] and str(path) in warnings[0]
    assert path.read_bytes() == content  # never rewritten behind the user's back


def test_unknown_keys_and_bad_values_are_reported_and_defaulted(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[user]\nname = "Alex"\ncolour = "blue"\n[meetings]\nlength_minutes = 500\nfollow_up_days = 5\n',
        encoding="utf-8",
    )
    settings, warnings = load_settings(path, default_timezone="UTC")
    assert settings.user_name == "Alex" and settings.follow_up_days == 5
    assert settings.meeting_minutes == 30
    assert any("colour" in w for w in warnings)
    assert any("length_minutes = 500" in w for w in warnings)


def test_save_then_load_round_trips_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "config.toml"
    original = Settings(
        user_name="Zoë 🌱",
        signature="Zoë\n[b]x[/b]",
        timezone="America/Chicago",
        meeting_minutes=25,
        follow_up_days=9,
        linkedin_note_limit=300,
    )
    save_settings(path, original)
    loaded, warnings = load_settings(path, default_timezone="UTC")
    assert warnings == [] and loaded == original
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temp file left


def test_system_timezone_is_a_valid_name() -> None:
    import pendulum

    assert system_timezone() in pendulum.timezones()


# --- an unreadable settings file is never written over (issue 17, item 4) ---------------------

UNREADABLE = {
    "bad TOML": b'[user]\nname = "Priya Nair"\nsignature = "Priya\n',
    "not UTF-8": b'[user]\nname = "caf\xe9"\n',
}


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_saving_over_an_unreadable_file_is_refused_and_the_file_kept(tmp_path: Path, content: bytes) -> None:
    from infocoach.store.config import SettingsUnreadable

    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(SettingsUnreadable, match="left as it is") as caught:
        save_settings(path, Settings(timezone="UTC", theme="harbour"))
    assert isinstance(caught.value, OSError)  # every caller reporting a failed save reports it
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]  # no temp, no copy


def test_a_named_pipe_as_the_settings_file_is_neither_read_nor_written(tmp_path: Path) -> None:
    import os

    from infocoach.store.config import SettingsUnreadable

    path = tmp_path / "config.toml"
    os.mkfifo(path)
    settings, warnings = load_settings(path, default_timezone="UTC")  # would block on a read
    assert settings.timezone == "UTC"
    assert warnings and "not a regular file" in warnings[0]
    with pytest.raises(SettingsUnreadable):
        save_settings(path, Settings(timezone="UTC"))


def test_a_readable_file_is_still_saved_over(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[user]\nname = "Priya Nair"\n', encoding="utf-8")
    save_settings(path, Settings(timezone="UTC", user_name="Priya Nair", theme="harbour"))
    assert load_settings(path, default_timezone="UTC")[0].theme == "harbour"
