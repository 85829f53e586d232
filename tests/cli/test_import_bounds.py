"""``infocoach import`` refuses what no part of the app could work with (issue 17, item 3):
dates outside 1900–2200 or with offsets beyond ±18:00, numbers beyond what JSON keeps exactly,
seconds no clock can show, nesting deeper than any record. Exit 2, the message names the record
and the field, nothing is written. Before, these imported with exit 0 (then `list` and the
exports failed) or failed later with an internal error (exit 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from infocoach.core.clock import FixedClock
from infocoach.store import Store


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Asia/Tokyo"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    values["TZ"] = "UTC"
    return values


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *args],
        input="",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def document(**meeting: Any) -> dict[str, Any]:
    return {
        "schema": 4,
        "contacts": [{"id": "c-tokyo", "first_name": "Aiko", "last_name": "Sato", "timezone": "Asia/Tokyo"}],
        "meetings": [{"id": "m-1", "contact_id": "c-tokyo", "status": "scheduled", **meeting}],
    }


def deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels):
        value = {"x": value}
    return value


@pytest.mark.parametrize(
    "meeting, named",
    [
        ({"scheduled_for": "0001-01-01T00:30:00+23:59"}, "meetings[0].scheduled_for"),
        ({"scheduled_for": "9999-12-31T23:00:00+00:00"}, "meetings[0].scheduled_for"),
        ({"scheduled_for": "2024-05-01T10:00:00+19:30"}, "meetings[0].scheduled_for"),
        ({"history": [{"status": "scheduled", "at": "1850-01-01T00:00:00+00:00"}]}, "meetings[0].history[0].at"),
        ({"questions": [{"text": "Why?", "priority": int("9" * 400)}]}, "meetings[0].questions[0].priority"),
        ({"notes": [{"text": "n", "at": 1e300}]}, "meetings[0].notes[0].at"),
        ({"live": deep(300)}, "meetings[0].live"),
    ],
)
def test_unusable_values_are_refused_with_exit_2(
    env: dict[str, str], tmp_path: Path, meeting: dict[str, Any], named: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document(**meeting)), encoding="utf-8")
    db = tmp_path / "db.json"
    with Store.open(db, clock=FixedClock("2026-11-25T13:30:00+00:00")):
        pass
    before = db.read_bytes()
    result = run(env, tmp_path, "import", str(source), "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "nothing was written" in result.stderr
    assert named in result.stderr
    assert db.read_bytes() == before


def test_the_edges_of_the_range_import_and_export(env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    doc = document(scheduled_for="2200-12-31T23:00:00+00:00")
    doc["meetings"].append(
        {"id": "m-2", "contact_id": "c-tokyo", "status": "scheduled", "scheduled_for": "1900-01-01T00:30:00-12:00"}
    )
    source.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "db.json"
    assert run(env, tmp_path, "import", str(source), "--db", str(db)).returncode == 0
    for args in (["list"], *(["export", "--format", kind] for kind in ("csv", "markdown", "ics", "json"))):
        result = run(env, tmp_path, *args, "--db", str(db))
        assert result.returncode == 0, (args, result.stderr)
