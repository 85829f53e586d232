"""A named pipe where infocoach expects a file (the database, the settings file, a theme) is
refused at once with a message (issue 17, degraded): before, every command waited forever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

if sys.platform == "win32":
    pytest.skip("named pipes are a POSIX thing", allow_module_level=True)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (tmp_path / name.lower()).mkdir()
        values[name] = str(tmp_path / name.lower())
    (tmp_path / "settings").mkdir()
    values["INFOCOACH_CONFIG"] = str(tmp_path / "settings" / "config.toml")
    return values


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *args],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=30,  # a hang fails here
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.mark.parametrize(
    "args",
    [["list"], ["export"], ["import", "-"], ["draft", "outreach", "--meeting", "m-1"], ["prep", "m-1"]],
)
def test_a_named_pipe_as_the_database_is_refused(env: dict[str, str], tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "db.json"
    os.mkfifo(fifo)
    stdin = ['{"schema": 4, "contacts": [], "meetings": []}'] if args == ["import", "-"] else []
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *args, "--db", str(fifo)],
        input="".join(stdin),
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "not a regular file" in result.stderr


def test_a_named_pipe_as_the_settings_file_is_a_warning(env: dict[str, str], tmp_path: Path) -> None:
    os.mkfifo(env["INFOCOACH_CONFIG"])
    result = run(env, "list", "--db", str(tmp_path / "none.json"))
    assert result.returncode == 0
    assert "not a regular file" in result.stderr


def test_a_named_pipe_in_the_themes_folder_is_reported(env: dict[str, str], tmp_path: Path) -> None:
    themes = tmp_path / "settings" / "themes"
    themes.mkdir()
    os.mkfifo(themes / "pipe.toml")
    result = run(env, "themes")
    assert result.returncode == 0
    assert "pipe.toml" in result.stderr and "not a regular file" in result.stderr
    assert "harbour" in result.stdout
