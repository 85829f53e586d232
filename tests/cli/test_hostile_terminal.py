"""Data full of escape sequences never reaches the terminal raw (issue 17, item 2).

Every command is run as a user runs it (a subprocess, its own HOME) on a database whose
names, notes, ids and organisations hold ANSI and OSC sequences: clear screen, colours, the
window title and the OSC 52 clipboard write. No ESC byte may reach standard output or standard
error; the text is there, shown visibly (``␛``). Data formats written to a pipe keep their
bytes exactly; written to a terminal (a pseudo-terminal here) they are shown safely too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Contact, Meeting, Note, Status, Transition
from infocoach.store import Store

NOW = "2026-11-25T13:30:00+00:00"
ESC = "\x1b"
HOSTILE = "\x1b]52;c;aGVsbG8=\x07\x1b[2J\x1b]0;pwned\x07\x1b[31m\u202e\x9b"
MEETING_ID = "m-" + HOSTILE
CONTACT_ID = "c-" + HOSTILE


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    values["TZ"] = "UTC"
    return values


def hostile_records() -> tuple[list[Contact], list[Meeting]]:
    contact = Contact(
        id=CONTACT_ID,
        first_name="Ann" + HOSTILE,
        last_name="Lee" + HOSTILE,
        honorific="Dr.",
        organization="Org" + HOSTILE,
        why="Her talk on ports" + HOSTILE,
        role="Lead" + HOSTILE,
    )
    held = Meeting(
        id=MEETING_ID,
        contact_id=CONTACT_ID,
        status=Status.DONE,
        purpose="Learn" + HOSTILE,
        scheduled_for="2026-11-20T10:00:00+00:00",
        history=[Transition(status="done", at="2026-11-20T10:30:00+00:00")],
        notes=[Note(text="note" + HOSTILE, starred=True)],
        intro="I am" + HOSTILE,
        research="read" + HOSTILE,
    )
    planned = Meeting(id="m-plan" + HOSTILE, contact_id=CONTACT_ID, status=Status.REQUESTED, purpose=HOSTILE)
    scheduled = Meeting(
        id="m-cal" + HOSTILE,
        contact_id=CONTACT_ID,
        status=Status.SCHEDULED,
        purpose=HOSTILE,
        scheduled_for="2026-12-01T10:00:00+00:00",
    )
    return [contact], [held, planned, scheduled]


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.json"
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.import_records(*hostile_records())
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


def assert_no_escape(result: subprocess.CompletedProcess[bytes]) -> None:
    for name, stream in (("stdout", result.stdout), ("stderr", result.stderr)):
        text = stream.decode("utf-8")
        assert ESC not in text, f"{name}: {text!r}"
        assert "\x07" not in text and "\x9b" not in text and "\u202e" not in text, f"{name}: {text!r}"


def test_list_shows_hostile_names_visibly(env: dict[str, str], tmp_path: Path, hostile_db: Path) -> None:
    result = run(env, tmp_path, "list", "--archived", "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    assert_no_escape(result)
    out = result.stdout.decode()
    assert "Dr. Ann␛]52;c;aGVsbG8=␇␛[2J" in out  # the text is there, visibly
    assert "<U+202E>" in out and "<U+009B>" in out


def test_list_json_to_a_pipe_keeps_the_data(env: dict[str, str], tmp_path: Path, hostile_db: Path) -> None:
    result = run(env, tmp_path, "list", "--format", "json", "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    assert ESC.encode() not in result.stdout  # JSON escapes it
    rows = json.loads(result.stdout)
    assert {row["id"] for row in rows} >= {MEETING_ID}  # the data, exactly


@pytest.mark.parametrize(
    "args",
    [
        ["draft", "outreach", "--meeting", "m-plan" + HOSTILE],
        ["draft", "followup", "--meeting", "m-plan" + HOSTILE],
        ["draft", "thanks", "--meeting", MEETING_ID],
        ["sheet", MEETING_ID],
    ],
)
def test_drafts_and_sheets_show_hostile_text_visibly(
    env: dict[str, str], tmp_path: Path, hostile_db: Path, args: list[str]
) -> None:
    result = run(env, tmp_path, *args, "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    assert_no_escape(result)


@pytest.mark.parametrize(
    "args",
    [
        ["draft", "outreach", "--meeting", "nope" + HOSTILE],
        ["draft", "thanks", "--meeting", "m-plan" + HOSTILE],  # not held: the message quotes the id
        ["sheet", "nope" + HOSTILE],
        ["calendar", "nope" + HOSTILE],
        ["prep", "nope" + HOSTILE],
        ["wrapup", "m-plan" + HOSTILE],
        ["live", "nope" + HOSTILE],
        ["import", "missing" + HOSTILE + ".json"],
        ["export", "-o", str(Path("no-such-folder" + HOSTILE) / "x.json")],
        ["lint", "--meeting", "nope" + HOSTILE, "-"],
        ["list", "--status", HOSTILE],
    ],
)
def test_error_messages_quote_hostile_ids_and_paths_visibly(
    env: dict[str, str], tmp_path: Path, hostile_db: Path, args: list[str]
) -> None:
    result = run(env, tmp_path, *args, "--db", str(hostile_db))
    assert result.returncode != 0
    assert result.stderr.strip(), "a message was expected"
    assert_no_escape(result)


def test_a_hostile_database_path_is_shown_visibly(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / ("db" + HOSTILE)
    folder.mkdir()
    damaged = folder / "x.json"
    damaged.write_text("{not json", encoding="utf-8")
    result = run(env, tmp_path, "list", "--db", str(damaged))
    assert result.returncode == 1
    assert "not a valid infocoach database" in result.stderr.decode()
    assert_no_escape(result)


def run_on_terminal(env: dict[str, str], cwd: Path, *args: str) -> bytes:
    """Run with standard output on a pseudo-terminal; what the terminal was sent."""
    import pty

    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "infocoach", *args],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=follower,
            env=env,
            cwd=cwd,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    finally:
        os.close(leader)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "json"],
        ["export", "--format", "markdown"],
        ["export", "--format", "csv"],
        ["export", "--format", "ics"],
        ["export", "--format", "vcard"],
        ["calendar", "m-cal" + HOSTILE],
        ["list", "--format", "json"],
        ["draft", "thanks", "--meeting", MEETING_ID],
    ],
)
def test_data_formats_on_a_terminal_show_hostile_text_visibly(
    env: dict[str, str], tmp_path: Path, hostile_db: Path, args: list[str]
) -> None:
    shown = run_on_terminal(env, tmp_path, *args, "--db", str(hostile_db))
    assert b"Traceback" not in shown
    assert ESC.encode() not in shown
    assert b"pwned" in shown  # the text is there, visibly


@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["calendar", "m-cal" + HOSTILE]])
def test_data_formats_to_a_pipe_keep_the_data_exactly(
    env: dict[str, str], tmp_path: Path, hostile_db: Path, args: list[str]
) -> None:
    result = run(env, tmp_path, *args, "--db", str(hostile_db))
    assert result.returncode == 0
    assert ESC.encode() in result.stdout and b"aGVsbG8=" in result.stdout  # the data, as stored
