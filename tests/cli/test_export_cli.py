"""``infocoach export --format json|markdown|csv|ics [-o FILE]`` run as a user runs it: a
subprocess with its own HOME, XDG folders and settings file (INFOCOACH_CONFIG), on the demo data.
"""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.exports.csv_table import CSV_COLUMNS
from infocoach.core.exports.json_exchange import dumps_document, export_document
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2026-11-25T13:30:00+00:00"
USER_TZ = "Europe/London"
SETTINGS_TZ = "America/Chicago"  # the exports' time zone comes from the settings file
FORMATS = ["json", "markdown", "csv", "ics"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private HOME and XDG folders, a settings file of our own, no INFOCOACH_DB, a UTC machine."""
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    config = tmp_path / "config.toml"
    config.write_text(f'[user]\nname = "Alex Morgan"\ntimezone = "{SETTINGS_TZ}"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    values["TZ"] = "UTC"
    return values


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    clock = FixedClock(NOW)
    path = tmp_path / "demo.json"
    with Store.open(path, clock=clock) as store:
        store.import_records(*build_demo(clock.now(), USER_TZ))
    return path


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *args],
        input=b"",
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


def in_process_json(db: Path) -> bytes:
    with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
        return dumps_document(export_document(store.contacts(), store.meetings())).encode("utf-8")


def check_output(kind: str, data: bytes, db: Path) -> None:
    """What each format must hold for the demo data, read back with its own parser."""
    if kind == "json":
        assert data == in_process_json(db)
    elif kind == "markdown":
        text = data.decode("utf-8")
        assert text.startswith("# Informational interviews\n\n16 meetings with 14 people")
        assert f"Dates and times are in {SETTINGS_TZ}." in text
        assert text.count("\n## ") == 16
        assert "## Ms. Chloé Tremblay — Borealis Aerospace (2026-11-28)" in text
        assert "\r" not in text
    elif kind == "csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert rows[0] == list(CSV_COLUMNS) and len(rows) == 17
        row = dict(zip(CSV_COLUMNS, next(r for r in rows if r[0] == "m-demo-07"), strict=True))
        assert row["scheduled_for"] == "2026-11-28T10:00:00-06:00"  # 11:00 Toronto, in Chicago
        assert data.count(b"\r\n") == 17  # CRLF rows, kept byte for byte on stdout
    else:
        calendar = icalendar.Calendar.from_ical(data)
        events = calendar.walk("VEVENT")
        assert [str(e["UID"]) for e in events] == ["m-demo-06@infocoach", "m-demo-07@infocoach"]
        assert "Organiser: Alex Morgan" in str(events[0]["DESCRIPTION"])
        assert "infocoach prep m-demo-07" in str(events[1]["DESCRIPTION"])
        assert b"DTSTART;TZID=America/Toronto:20261128T110000\r\n" in data
        assert data.count(b"\r\n") == len(data.splitlines())


@pytest.mark.parametrize("kind", FORMATS)
def test_each_format_to_stdout(env: dict[str, str], tmp_path: Path, demo_db: Path, kind: str) -> None:
    result = run(env, tmp_path, "export", "--format", kind, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    check_output(kind, result.stdout, demo_db)
    dash = run(env, tmp_path, "export", "--format", kind, "-o", "-", "--db", str(demo_db))
    assert dash.returncode == 0
    check_output(kind, dash.stdout, demo_db)


@pytest.mark.parametrize("kind", FORMATS)
def test_each_format_to_a_file(env: dict[str, str], tmp_path: Path, demo_db: Path, kind: str) -> None:
    target = tmp_path / f"out.{kind}"
    target.write_text("an older export")  # replaced, atomically
    result = run(env, tmp_path, "export", "--format", kind, "-o", target.name, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr.decode().strip() == f"Exported to {target.name}."
    check_output(kind, target.read_bytes(), demo_db)
    if kind != "ics":  # the calendar's DTSTAMP is the moment of export; the rest are stable
        assert target.read_bytes() == run(env, tmp_path, "export", "--format", kind, "--db", str(demo_db)).stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_json_is_still_the_default(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    result = run(env, tmp_path, "export", "--db", str(demo_db))
    assert result.returncode == 0
    assert result.stdout == in_process_json(demo_db)


@pytest.mark.parametrize("kind", ["xml", "JSON", "md", ""])
def test_an_unknown_format_exits_2(env: dict[str, str], tmp_path: Path, demo_db: Path, kind: str) -> None:
    result = run(env, tmp_path, "export", "--format", kind, "-o", "x.out", "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stdout == b""
    message = result.stderr.decode()
    assert f"invalid choice: '{kind}'" in message
    assert "json" in message and "markdown" in message and "csv" in message and "ics" in message
    assert not (tmp_path / "x.out").exists()


def test_help_lists_the_formats(env: dict[str, str], tmp_path: Path) -> None:
    result = run(env, tmp_path, "export", "--help")
    assert result.returncode == 0
    assert b"{json,markdown,csv,ics,vcard}" in result.stdout


def test_exports_leave_the_database_byte_for_byte(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    siblings = sorted(p.name for p in demo_db.parent.iterdir())
    for kind in FORMATS:
        assert run(env, tmp_path, "export", "--format", kind, "--db", str(demo_db)).returncode == 0
        assert run(env, tmp_path, "export", "--format", kind, "-o", f"x.{kind}", "--db", str(demo_db)).returncode == 0
    assert demo_db.read_bytes() == before
    after = sorted(p.name for p in demo_db.parent.iterdir() if not p.name.startswith("x."))
    assert after == siblings


@pytest.mark.parametrize("kind", ["markdown", "csv", "ics"])
def test_writing_over_the_database_is_refused(env: dict[str, str], tmp_path: Path, demo_db: Path, kind: str) -> None:
    before = demo_db.read_bytes()
    result = run(env, tmp_path, "export", "--format", kind, "-o", str(demo_db), "--db", str(demo_db))
    assert result.returncode == 2
    assert "is the database itself" in result.stderr.decode()
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize("kind", ["markdown", "csv", "ics"])
def test_a_missing_database_is_a_clear_failure(env: dict[str, str], tmp_path: Path, kind: str) -> None:
    missing = tmp_path / "missing.json"
    result = run(env, tmp_path, "export", "--format", kind, "--db", str(missing))
    assert result.returncode == 1
    assert "There is no database" in result.stderr.decode()
    assert not missing.exists()


def test_a_bad_settings_file_warns_and_exports_in_utc(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    Path(env["INFOCOACH_CONFIG"]).write_text('[user]\ntimezone = "Mars/Base"\n', encoding="utf-8")
    result = run(env, tmp_path, "export", "--format", "markdown", "--db", str(demo_db))
    assert result.returncode == 0
    assert b"infocoach: warning:" in result.stderr and b"Mars/Base" in result.stderr
    assert b"Dates and times are in UTC." in result.stdout  # TZ=UTC: the machine's zone


def test_the_exports_do_not_import_textual(demo_db: Path, tmp_path: Path) -> None:
    calls = "\n".join(
        f"    assert main(['export', '--format', {kind!r}, '-o', {str(tmp_path / kind)!r}, '--db', {str(demo_db)!r}]) == 0"
        for kind in FORMATS
    )
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "with contextlib.redirect_stderr(io.StringIO()):\n"
        f"{calls}\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
