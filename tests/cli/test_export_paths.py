"""``infocoach export -o`` never writes over infocoach's own files (issue 17, item 5) nor onto
a folder, an empty name or a named pipe (the degraded cases): exit 2, a message, nothing
touched. Before, ``-o DB.lock`` replaced the lock while the app held it, so a second app could
open the same database; ``-o`` onto a backup replaced it; ``-o ''``/``.``/``/`` were internal
errors and a named pipe made the command wait forever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Contact
from infocoach.store import Store
from infocoach.store.lock import lock_path

NOW = "2026-11-25T13:30:00+00:00"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    config = tmp_path / "settings" / "config.toml"
    config.parent.mkdir()
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "UTC"\n', encoding="utf-8")
    (config.parent / "themes").mkdir()
    (config.parent / "themes" / "mine.toml").write_text('name = "mine"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    values["TZ"] = "UTC"
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "db.json"
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.save_contact(Contact(id="c-1", first_name="Mei Lin", last_name="Tan"))
    # A second day's open takes a backup.
    Store.open(path, clock=FixedClock("2026-11-26T13:30:00+00:00")).close()
    (path.parent / "db.json.schema-3.bak").write_text("{}", encoding="utf-8")
    return path


def export(env: dict[str, str], cwd: Path, db: Path, output: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", "export", "--format", "csv", "-o", output, "--db", str(db)],
        input="",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=30,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def snapshot(folder: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def test_the_lock_of_an_open_database_is_refused(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    with Store.open(db, clock=FixedClock(NOW)):  # the app has it open
        lock = lock_path(db)
        inode = lock.stat().st_ino
        result = export(env, tmp_path, db, str(lock))
        assert result.returncode == 2
        assert "one of infocoach's own files" in " ".join(result.stderr.split())
        assert lock.stat().st_ino == inode and lock.read_bytes() == b""


def own_files(env: dict[str, str], db: Path) -> dict[str, str]:
    state = Path(env["XDG_STATE_HOME"]) / "infocoach" / "log" / "crash.log"
    config = Path(env["INFOCOACH_CONFIG"])
    backups = sorted((db.parent / "backups").iterdir())
    return {
        "backup": str(backups[0]),
        "new file in backups": str(db.parent / "backups" / "x.csv"),
        "settings": str(config),
        "theme": str(config.parent / "themes" / "mine.toml"),
        "crash log": str(state),
        "checked mark": str(db.with_name("db.json.checked")),
        "temp file": str(db.parent / ".db.json.tmp-0123abcd"),
        "pre-migration copy": str(db.parent / "db.json.schema-3.bak"),
        "database through ..": str(db.parent / ".." / "data" / "db.json"),
    }


@pytest.mark.parametrize(
    "which",
    [
        "backup",
        "new file in backups",
        "settings",
        "theme",
        "crash log",
        "checked mark",
        "temp file",
        "pre-migration copy",
        "database through ..",
    ],
)
def test_infocoachs_own_files_are_refused(env: dict[str, str], tmp_path: Path, db: Path, which: str) -> None:
    target = own_files(env, db)[which]
    before = snapshot(tmp_path)
    result = export(env, tmp_path, db, target)
    assert result.returncode == 2, result.stderr
    assert "infocoach" in result.stderr and "-o" in result.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "output, says", [("", "is empty"), (".", "is a folder"), ("/", "is a folder"), ("data/", "is a folder")]
)
def test_empty_names_and_folders_are_refused(
    env: dict[str, str], tmp_path: Path, db: Path, output: str, says: str
) -> None:
    before = snapshot(tmp_path)
    result = export(env, tmp_path, db, output)
    assert result.returncode == 2
    assert says in result.stderr
    assert snapshot(tmp_path) == before


def test_a_named_pipe_is_refused_at_once(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    result = export(env, tmp_path, db, str(fifo))  # timeout=30 would fail a hang
    assert result.returncode == 2
    assert "not a regular file" in result.stderr


def test_an_ordinary_file_is_still_written(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    result = export(env, tmp_path, db, str(tmp_path / "meetings.csv"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "meetings.csv").read_bytes().startswith(b"meeting_id,")


@pytest.mark.parametrize("command", [["calendar", "m-1"], ["sheet", "m-1"]])
@pytest.mark.parametrize("which", ["backup", "theme", "crash log", "temp file"])
def test_calendar_and_sheet_go_through_the_same_check(
    env: dict[str, str], tmp_path: Path, db: Path, command: list[str], which: str
) -> None:
    target = own_files(env, db)[which]
    before = snapshot(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *command, "-o", target, "--db", str(db)],
        input="",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "own files" in result.stderr
    assert snapshot(tmp_path) == before
