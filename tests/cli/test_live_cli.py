"""`infocoach live [ID]`, run as a user runs it, without a terminal: which meeting it opens, and
how it refuses the ones it cannot.

The target is checked before the terminal, so every refusal below is a real answer of the live
command; with a good target the run stops at "needs a terminal" instead of drawing. Every
subprocess gets its own HOME, XDG folders and settings file (INFOCOACH_CONFIG), so the real
user's data and settings are never read or touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Meeting, Status
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2024-05-01T09:00:00+00:00"
USER_TZ = "Europe/London"
ESCAPE = "\x1b"
SCHEDULED = ("m-demo-06", "m-demo-07")
PLANNED = "m-demo-16"
HELD = "m-demo-05"
NEEDS_TERMINAL = "needs a terminal"
NOTHING_SCHEDULED = "there is no scheduled meeting to open"
NO_MEETING = "There is no meeting with id"
LOCKED = "already open in another infocoach"

Run = Callable[..., subprocess.CompletedProcess[str]]


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private HOME, XDG folders and settings file; no INFOCOACH_DB."""
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name, folder in (
        ("HOME", "home"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_STATE_HOME", "xdg-state"),
        ("XDG_CACHE_HOME", "xdg-cache"),
    ):
        path = tmp_path / folder
        path.mkdir()
        values[name] = str(path)
    values["INFOCOACH_CONFIG"] = str(tmp_path / "config" / "config.toml")  # never written here
    values["TZ"] = "UTC"
    return values


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Run:
    """Run ``python -m infocoach ARGS`` with an empty stdin that is not a terminal."""

    def runner(*args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            env={**env, **(extra_env or {})},
            cwd=tmp_path,
            timeout=60,
        )
        # Whatever happened, the user never sees a traceback, and nothing is drawn.
        assert "Traceback" not in result.stderr, result.stderr
        assert ESCAPE not in result.stdout and ESCAPE not in result.stderr
        return result

    return runner


def make_db(path: Path, keep: Callable[[Meeting], bool] = lambda m: True) -> Path:
    """The demo data (only the meetings ``keep`` accepts), made in-process with a FixedClock."""
    clock = FixedClock(NOW)
    contacts, meetings = build_demo(clock.now(), USER_TZ)
    with Store.open(path, clock=clock) as store:
        store.import_records(contacts, [m for m in meetings if keep(m)])
    return path


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "data" / "demo.json")


def one_line(text: str) -> str:
    """A message on one line, so a phrase is found wherever the text happens to break."""
    return " ".join(text.split())


def test_the_demo_has_what_these_tests_rely_on(demo_db: Path) -> None:
    with Store.open(demo_db, clock=FixedClock(NOW), readonly=True) as store:
        status = {m.id: m.status for m in store.meetings()}
        held = store.meeting(HELD)
    assert all(status[i] == Status.SCHEDULED.value for i in SCHEDULED)
    assert status[PLANNED] == Status.PLANNED.value
    assert held is not None and held.ended_at is not None and held.live is not None


# --- help -----------------------------------------------------------------------------------


def test_live_help_names_the_id_argument(run: Run) -> None:
    result = run("live", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: infocoach live")
    assert "ID" in result.stdout
    assert "--db" in result.stdout
    assert result.stderr == ""


def test_live_is_listed_in_the_top_level_help(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "live" in result.stdout


# --- no meeting to open ---------------------------------------------------------------------


def _no_scheduled(meeting: Meeting) -> bool:
    return meeting.status != Status.SCHEDULED.value


def _archive_scheduled(meeting: Meeting) -> bool:
    if meeting.status == Status.SCHEDULED.value:
        meeting.archived = True  # archived meetings are never picked
    return True


@pytest.mark.parametrize(
    "keep",
    [_no_scheduled, _archive_scheduled, lambda m: False],
    ids=["none-scheduled", "scheduled-ones-archived", "no-meetings"],
)
def test_live_without_id_and_nothing_scheduled_exits_1_and_changes_nothing(
    run: Run, tmp_path: Path, keep: Callable[[Meeting], bool]
) -> None:
    db = make_db(tmp_path / "data" / "demo.json", keep)
    before = db.read_bytes()
    result = run("live", "--db", str(db))
    assert result.returncode == 1
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert message.startswith("infocoach: ")
    assert NOTHING_SCHEDULED in message
    assert "infocoach live ID" in message  # the way out: give an id
    assert NEEDS_TERMINAL not in message  # refused before the terminal check
    assert db.read_bytes() == before


def test_live_without_id_finds_the_next_scheduled_meeting(run: Run, demo_db: Path) -> None:
    # A scheduled meeting exists, so the run gets as far as the terminal check.
    before = demo_db.read_bytes()
    result = run("live", "--db", str(demo_db))
    assert result.returncode == 1
    assert NEEDS_TERMINAL in result.stderr
    assert NOTHING_SCHEDULED not in one_line(result.stderr)
    assert demo_db.read_bytes() == before


# --- meetings that cannot go live -----------------------------------------------------------


def test_live_with_an_unknown_id_exits_2(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run("live", "m-no-such-meeting", "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert f"{NO_MEETING} 'm-no-such-meeting'" in message
    assert "infocoach list" in message
    assert NEEDS_TERMINAL not in message
    assert demo_db.read_bytes() == before


def test_live_with_a_planned_meeting_exits_2_cannot_go_live(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run("live", PLANNED, "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert f"meeting {PLANNED} cannot go live" in message
    assert "planned, not scheduled" in message
    assert NEEDS_TERMINAL not in message
    assert demo_db.read_bytes() == before


def test_live_with_a_held_meeting_exits_2(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run("live", HELD, "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert f"meeting {HELD} cannot go live" in message
    assert "already been held" in message
    assert NEEDS_TERMINAL not in message
    assert demo_db.read_bytes() == before


def test_every_meeting_that_is_not_scheduled_is_refused(run: Run, demo_db: Path) -> None:
    """One run per status other than scheduled (the first demo meeting that has it)."""
    with Store.open(demo_db, clock=FixedClock(NOW), readonly=True) as store:
        firsts: dict[str, str] = {}
        for meeting in store.meetings():
            firsts.setdefault(meeting.status, meeting.id)
    firsts.pop(Status.SCHEDULED.value)
    assert len(firsts) >= 5
    for status, meeting_id in sorted(firsts.items()):
        result = run("live", meeting_id, "--db", str(demo_db))
        assert result.returncode == 2, (status, result.stderr)
        assert f"meeting {meeting_id} cannot go live" in one_line(result.stderr), status


def test_live_reads_the_database_from_infocoach_db(run: Run, demo_db: Path) -> None:
    result = run("live", PLANNED, extra_env={"INFOCOACH_DB": str(demo_db)})
    assert result.returncode == 2
    assert f"meeting {PLANNED} cannot go live" in one_line(result.stderr)


# --- no data file at all --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, status, phrase",
    [([], 1, NOTHING_SCHEDULED), (["m-demo-06"], 2, f"{NO_MEETING} 'm-demo-06'")],
    ids=["without-id", "with-id"],
)
def test_live_without_a_data_file_creates_nothing(
    run: Run, tmp_path: Path, env: dict[str, str], args: list[str], status: int, phrase: str
) -> None:
    folder = tmp_path / "nowhere-yet"
    db = folder / "infocoach.json"
    result = run("live", *args, "--db", str(db))
    assert result.returncode == status
    assert result.stdout == ""
    assert phrase in one_line(result.stderr)
    assert NEEDS_TERMINAL not in result.stderr
    assert not folder.exists()  # no file, no lock file, no backups, not even the folder
    # …and with the default location (no --db, no INFOCOACH_DB) nothing appears there either.
    result = run("live", *args)
    assert result.returncode == status
    assert phrase in one_line(result.stderr)
    assert [p for p in Path(env["XDG_DATA_HOME"]).rglob("*")] == []
    assert not Path(env["INFOCOACH_CONFIG"]).exists()


# --- a meeting that can go live, but no terminal -----------------------------------------------


@pytest.mark.parametrize("meeting_id", SCHEDULED)
def test_live_with_a_good_id_and_no_terminal_says_so(run: Run, demo_db: Path, meeting_id: str) -> None:
    before = demo_db.read_bytes()
    result = run("live", meeting_id, "--db", str(demo_db))
    assert result.returncode == 1
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert message.startswith("infocoach: ")
    assert NEEDS_TERMINAL in message
    assert "infocoach list" in message  # how to read the data without the app
    assert demo_db.read_bytes() == before


def test_a_meeting_under_way_can_be_opened_again(run: Run, demo_db: Path) -> None:
    """A meeting that started (and was saved) but never ended is still a live target, by id."""
    from infocoach.core.live.session import LiveSession

    with Store.open(demo_db, clock=FixedClock(NOW)) as store:
        meeting = store.meeting(SCHEDULED[0])
        assert meeting is not None
        session = LiveSession.open(meeting)
        moment = FixedClock(NOW).now()
        session.press("me", moment)
        store.save_meeting(session.snapshot(moment.add(seconds=30)))
    result = run("live", SCHEDULED[0], "--db", str(demo_db))
    assert result.returncode == 1
    assert NEEDS_TERMINAL in result.stderr


def test_live_on_a_locked_database_is_refused_before_any_ui(run: Run, demo_db: Path) -> None:
    with Store.open(demo_db, clock=FixedClock(NOW)):
        before = demo_db.read_bytes()
        result = run("live", SCHEDULED[0], "--db", str(demo_db))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{demo_db} is {LOCKED}" in one_line(result.stderr)
    assert demo_db.read_bytes() == before
