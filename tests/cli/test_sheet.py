"""``infocoach sheet``, run as a user runs it: a subprocess with its own HOME and XDG folders.

The database is the demo, built in-process with a FixedClock; the sheet itself reads no clock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2026-11-25T13:30:00+00:00"
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    values["TZ"] = "UTC"
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "demo.json"
    path.parent.mkdir()
    clock = FixedClock(NOW)
    with Store.open(path, clock=clock, backups_dir=path.parent / "backups") as store:
        store.import_records(*build_demo(clock.now(), "Europe/London"))
    return path


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Run:
    def runner(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", *args],
            input="",
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def test_the_sheet_goes_to_stdout_as_markdown(run: Run, db: Path) -> None:
    result = run("sheet", "m-demo-07", "--db", str(db))
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("# Prep sheet: Ms. Chloé Tremblay\n")
    # Their time (Toronto) and the user's (London, from the config file).
    assert "11:00 their time (America/Toronto); 16:00 your time (Europe/London)" in text
    for heading in ("## Why this person", "## Your 30-second intro", "## Questions", "## Research notes"):
        assert f"\n{heading}" in text
    assert "**Time budget:**" in text
    assert result.stderr == ""


def test_dash_o_writes_the_file_and_says_where(run: Run, db: Path, tmp_path: Path) -> None:
    stdout = run("sheet", "m-demo-08", "--db", str(db)).stdout
    target = tmp_path / "iyer.md"
    result = run("sheet", "m-demo-08", "-o", str(target), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == stdout
    assert f"Saved the prep sheet to {target}." in result.stderr


def test_an_unknown_id_is_a_usage_error_and_leaves_the_data_alone(run: Run, db: Path) -> None:
    before = db.read_bytes()
    result = run("sheet", "m-nope", "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no meeting with id 'm-nope'" in result.stderr and "infocoach list" in result.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("which", ["database", "lock", "backup", "config"])
def test_dash_o_refuses_infocoachs_own_files(run: Run, db: Path, env: dict[str, str], which: str) -> None:
    backups = db.parent / "backups"
    backups.mkdir(exist_ok=True)
    target = {
        "database": db,
        "lock": db.with_name(db.name + ".lock"),
        "backup": backups / "infocoach-backup.json",
        "config": Path(env["INFOCOACH_CONFIG"]),
    }[which]
    before = {p: p.read_bytes() for p in (db, Path(env["INFOCOACH_CONFIG"]))}
    result = run("sheet", "m-demo-08", "-o", str(target), "--db", str(db))
    assert result.returncode == 2
    assert "one of infocoach's own files" in result.stderr
    assert {p: p.read_bytes() for p in before} == before
    if which == "backup":
        assert not target.exists()


def test_a_folder_is_not_a_file_name(run: Run, db: Path, tmp_path: Path) -> None:
    result = run("sheet", "m-demo-08", "-o", str(tmp_path), "--db", str(db))
    assert result.returncode == 2 and "is a folder" in result.stderr


def test_help_names_the_command(run: Run) -> None:
    result = run("--help")
    assert "sheet" in result.stdout and "prep sheet" in result.stdout
