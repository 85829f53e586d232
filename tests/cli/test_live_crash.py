"""Kill -9 during a live meeting, then open it again: nothing but the last moments is lost.

The issue's promise: "Kill the process at any moment: `infocoach live ID` resumes with the
elapsed time still running from the recorded start, the talk totals, the current speaker state
and every note except at most the last 2 seconds."

The real program runs under a pseudo-terminal (80x24, xterm-256color), on a demo database with a
few hundred extra meetings so every save writes a realistically sized file. Keys are written to
the terminal as a user types them; the screen's output is drained on a thread (the app never
blocks on a full pipe) and searched, escape sequences removed, to know when a key has been
handled. Between two runs the database is read in-process, the way a later `infocoach live`
reads it. Every wait polls for a condition against a deadline, so a slow or loaded machine
makes the test slower, not flaky.

Keys go one step at a time, each once the screen shows the step before it done: the app loses
keys typed ahead of a prompt that has not got the focus yet, and a key typed within a few
milliseconds after Enter in the note prompt goes into the closing prompt (it ends up in the
note's text) instead of to the live screen.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

if os.name != "posix" or sys.platform == "win32":
    pytest.skip("needs POSIX pseudo-terminals and kill -9", allow_module_level=True)

import fcntl  # POSIX only: imported after the skip
import json
import struct
import termios

import pendulum

from infocoach.core.clock import SystemClock, parse_iso
from infocoach.core.live.clock_record import LiveClock
from infocoach.core.records.model import Meeting, Status
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

MEETING = "m-demo-06"
EXTRA_MEETINGS = 300
LOST_AT_MOST = 2.0  # seconds: a note older than this when the process dies is on disk
SETTLE = 2.0  # seconds to let a change reach the disk before a "settled" kill
WAIT = 20.0  # the deadline of any one wait for the screen (generous: a loaded 2-core machine)
TIME_LIMIT = 180  # the whole module's test, as a last resort against a hang

SPEAKING = {"m": "you are speaking", "t": "they are speaking", " ": "nobody is speaking"}
SPEAKER = {"m": "me", "t": "them", " ": "nobody"}
KEY = {name: key for key, name in SPEAKER.items()}
CLEAR_LINE = "\x01\x0b"  # ctrl+a, ctrl+k: to the start of the prompt's line, delete to the end
RESUMED = re.compile(r"Welcome back|Picked up where you were")
ANSI = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours, modes
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[P^_][^\x1b]*\x1b\\"  # DCS, PM, APC
    rb"|\x1b[@-Z\\-_]|\x1b[ -/][0-~]|\x1b[=>]"  # two-byte escapes
)

try:  # the plugin is not a dependency; use it when it is there, else the watchdog below
    import pytest_timeout  # type: ignore[import-not-found]  # noqa: F401

    pytestmark = [pytest.mark.timeout(TIME_LIMIT)]
    _HAS_TIMEOUT_PLUGIN = True
except ImportError:
    pytestmark = []
    _HAS_TIMEOUT_PLUGIN = False


# --- the program under a pseudo-terminal ------------------------------------------------------


class LiveApp:
    """``python -m infocoach live ID --db FILE`` on a fresh pseudo-terminal."""

    def __init__(self, meeting_id: str, db: Path, env: dict[str, str], cwd: Path) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.master = master
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "infocoach", "live", meeting_id, "--db", str(db)],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=env,
                cwd=cwd,
                start_new_session=True,  # no signal from the test's own terminal reaches it
                close_fds=True,
            )
        finally:
            os.close(slave)  # the child has its copies: EOF/EIO on master once it is gone
        self._output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._drain, name="pty-drain", daemon=True)
        self._reader.start()
        self.killed_at: float | None = None

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: every slave descriptor is closed, the program is gone
                return
            if not chunk:
                return
            with self._lock:
                self._output.extend(chunk)

    @property
    def mark(self) -> int:
        """Where the output is now: wait for what comes after it."""
        with self._lock:
            return len(self._output)

    def screen_text(self, since: int = 0) -> str:
        """The output after ``since`` with escape sequences removed (text only)."""
        with self._lock:
            raw = bytes(self._output[since:])
        return ANSI.sub(b"", raw).decode("utf-8", "replace")

    def wait_for(self, pattern: str | re.Pattern[str], since: int = 0, timeout: float = WAIT) -> float:
        """Wait until the output after ``since`` shows ``pattern``; return that moment."""
        regex = re.compile(re.escape(pattern)) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while True:
            if regex.search(self.screen_text(since)):
                return time.monotonic()
            if self.process.poll() is not None:
                raise AssertionError(
                    f"infocoach exited with {self.process.returncode} while waiting for "
                    f"{regex.pattern!r}; it showed:\n{self.screen_text()[-3000:]}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{regex.pattern!r} did not appear within {timeout:.0f} s; the screen "
                    f"showed:\n{self.screen_text(since)[-3000:]}"
                )
            time.sleep(0.05)

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def press_speaker(self, key: str) -> float:
        """A speaker key; returns when the talk meter shows the new speaker."""
        since = self.mark
        self.type(key)
        return self.wait_for(SPEAKING[key], since)

    def add_note(self, text: str) -> float:
        """n, the text, Enter; returns when the note's line is in the screen's log, which is
        written once the prompt has closed and the app has the note.

        Each step waits for the screen (see the module's docstring on keys typed ahead)."""
        since = self.mark
        self.type("n")
        self.wait_for("What did they say", since)
        for attempt in range(3):
            since = self.mark
            self.type(text)
            try:
                self.wait_for(text, since, timeout=5.0)  # the prompt's echo: it has every key
                break
            except AssertionError:
                if attempt == 2:
                    raise
                self.type(CLEAR_LINE)  # a key went missing: clear the line and type it again
        since = self.mark
        self.type("\r")
        # The log line is the stamp and the text; the prompt's own echo of it has no stamp.
        # A notice may cover the log for its few seconds: the wait is long enough for that.
        return self.wait_for(re.compile(r"\d\d:\d\d  " + re.escape(text)), since)

    def kill(self) -> float:
        """kill -9; returns the moment it was sent."""
        self.killed_at = time.monotonic()
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=WAIT)
        self._reader.join(timeout=WAIT)
        os.close(self.master)
        return self.killed_at


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private HOME, XDG folders and settings file; a terminal of 80x24."""
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
    values.update(
        INFOCOACH_CONFIG=str(tmp_path / "config.toml"),
        TZ="UTC",
        TERM="xterm-256color",
        COLUMNS="80",
        LINES="24",
    )
    for name in [k for k in values if k.startswith("TEXTUAL")]:
        del values[name]  # no devtools, no headless driver, no forced sizes from outside
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """The demo data as of now, plus copies of its finished meetings under new ids."""
    path = tmp_path / "data" / "live.json"
    contacts, meetings = build_demo(pendulum.now("UTC"))
    # Not scheduled (only the one under test is live) nor followed-up (the app would let
    # hundreds of them go at start-up, one save each, and say so in a screen-high notice).
    quiet = (Status.SCHEDULED.value, Status.FOLLOWED_UP.value)
    finished = [m for m in meetings if m.status not in quiet]
    extra = []
    for index in range(EXTRA_MEETINGS):
        copy = finished[index % len(finished)].to_dict()
        copy["id"] = f"m-extra-{index:04d}"
        extra.append(Meeting.from_dict(copy))
    with Store.open(path, clock=SystemClock()) as store:
        store.import_records(contacts, meetings + extra)
    assert path.stat().st_size > 500_000  # a save writes a real file, not a toy one
    return path


@pytest.fixture
def launch(env: dict[str, str], db: Path, tmp_path: Path) -> Iterator[Callable[[], LiveApp]]:
    """Start ``infocoach live MEETING`` under a pty; whatever is still running at the end is killed."""
    started: list[LiveApp] = []

    def start() -> LiveApp:
        app = LiveApp(MEETING, db, env, tmp_path)
        started.append(app)
        return app

    yield start
    for app in started:
        if app.killed_at is None:
            app.kill()


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Fail, rather than hang the run, if the test takes far longer than it should."""
    if _HAS_TIMEOUT_PLUGIN or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        pytest.fail(f"the crash test ran for more than {TIME_LIMIT} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(TIME_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- reading what was left on disk -------------------------------------------------------------


@dataclass
class Saved:
    meeting: Meeting
    clock: LiveClock
    now: pendulum.DateTime

    @property
    def notes(self) -> list[str]:
        return [note.text for note in self.meeting.notes]

    def totals(self) -> dict[str, float]:
        return self.clock.talk.totals(self.now)


def read_saved(path: Path) -> Saved:
    """Open the file as the next run would (it must never be corrupt) and rebuild the clock."""
    raw = path.read_bytes()
    json.loads(raw)  # whole JSON, not a torn write
    with Store.open(path, clock=SystemClock(), readonly=True) as store:
        meeting = store.meeting(MEETING)
        others = len(store.meetings())
    assert others > EXTRA_MEETINGS  # nothing else was lost either
    assert meeting is not None
    assert meeting.status == Status.SCHEDULED.value and meeting.ended_at is None
    assert meeting.live is not None and meeting.started_at is not None, "the start was not saved"
    clock = LiveClock.from_dict(meeting.live)  # raises on a damaged record
    assert clock.meeting.started_at is not None
    assert parse_iso(clock.meeting.started_at) == parse_iso(meeting.started_at)
    return Saved(meeting, clock, pendulum.now("UTC"))


def check_saved(
    saved: Saved,
    *,
    started_at: str | None,
    notes: list[tuple[str, float]],
    killed_at: float,
    speaker: set[str],
    paused: bool,
) -> None:
    """What every kill must leave behind. ``notes`` loses those the kill was allowed to lose
    (shown at most LOST_AT_MOST seconds before it) and did: they are not expected any more."""
    meeting, clock = saved.meeting, saved.clock
    # The start is the one recorded the first time, whatever happened since.
    if started_at is not None:
        assert meeting.started_at == started_at
    # Every note the app had shown more than LOST_AT_MOST seconds before the kill is there.
    for text, shown_at in notes:
        if killed_at - shown_at > LOST_AT_MOST:
            assert text in saved.notes, (
                f"note {text!r}, shown {killed_at - shown_at:.1f} s before the kill, was lost; saved: {saved.notes}"
            )
    notes[:] = [(text, shown_at) for text, shown_at in notes if text in saved.notes]
    stamps = [note.at for note in meeting.notes if note.text.startswith("crash-")]
    assert all(isinstance(at, int | float) and at >= 0 for at in stamps), stamps
    assert stamps == sorted(stamps), "notes are stamped in meeting time, in order"
    assert not stamps or stamps[-1] <= clock.meeting.elapsed(saved.now) + 1
    # The speaker and the pause state.
    assert clock.talk.speaker in {SPEAKER[key] for key in speaker}, clock.talk.speaker
    assert clock.meeting.paused is paused
    # The talk totals: the saved ones, and the rebuilt clock's, which add up to the elapsed time.
    assert meeting.talk is not None
    totals = saved.totals()
    for who in ("me", "them", "nobody"):
        assert totals[who] >= getattr(meeting.talk, who) - 1e-6
    assert sum(totals.values()) == pytest.approx(clock.meeting.elapsed(saved.now), abs=0.01)
    # The segments follow each other without gaps and add up to the saved totals.
    previous, spoken = 0.0, dict.fromkeys(("me", "them", "nobody"), 0.0)
    for segment in meeting.segments:
        assert segment.start == pytest.approx(previous, abs=1e-6) and segment.end > segment.start
        previous = segment.end
        spoken[segment.who] += segment.end - segment.start
    for who, seconds in spoken.items():
        assert seconds == pytest.approx(getattr(meeting.talk, who), abs=1e-3)
    # Elapsed time keeps running from the recorded start while nobody is there (unless paused).
    wall = (saved.now - parse_iso(meeting.started_at or "")).total_seconds()
    elapsed = clock.meeting.elapsed(saved.now)
    assert elapsed <= wall + 0.01
    later = saved.now.add(seconds=60)
    if paused:
        assert clock.meeting.elapsed(later) == pytest.approx(elapsed)
    else:
        assert clock.meeting.elapsed(later) == pytest.approx(elapsed + 60)


# --- the test ----------------------------------------------------------------------------------


def test_kill_9_at_any_moment_resumes_with_clock_talk_speaker_and_notes(
    launch: Callable[[], LiveApp], db: Path, env: dict[str, str]
) -> None:
    notes: list[tuple[str, float]] = []  # (text, when the app showed it in its log)

    # Round 1: a fresh start. m starts the meeting; a note; t; then the changes settle.
    app = launch()
    app.wait_for("Live: ")
    first_key = time.monotonic()
    m_shown = app.press_speaker("m")
    notes.append(("crash-one about forecasts", app.add_note("crash-one about forecasts")))
    app.press_speaker("t")
    time.sleep(SETTLE)
    killed = app.kill()
    saved = read_saved(db)
    started_at = saved.meeting.started_at
    check_saved(saved, started_at=None, notes=notes, killed_at=killed, speaker={"t"}, paused=False)
    assert saved.notes[-1] == "crash-one about forecasts"
    totals = saved.totals()
    assert totals["me"] > 0 and totals["them"] > 0
    # The recorded start is the moment m was handled: between typing it and seeing it handled.
    assert started_at is not None
    since_start = (saved.now - parse_iso(started_at)).total_seconds()
    now = time.monotonic()
    assert now - m_shown - 0.5 <= since_start <= now - first_key + 0.5
    note = saved.meeting.notes[-1]
    assert isinstance(note.at, float | int) and 0 <= note.at <= saved.clock.meeting.elapsed(saved.now)
    assert note.written_at and note.question  # stamped with the clock and the question on screen
    me_before = totals["me"]

    # Round 2: it picks up where it was; a note, silence, then kill right after m.
    app = launch()
    app.wait_for(RESUMED)
    notes.append(("crash-two on hiring", app.add_note("crash-two on hiring")))
    app.press_speaker(" ")
    time.sleep(SETTLE + 0.2)
    app.type("m")
    killed = app.kill()  # right after a key: the m may or may not have been handled
    saved = read_saved(db)
    check_saved(saved, started_at=started_at, notes=notes, killed_at=killed, speaker={" ", "m"}, paused=False)
    totals = saved.totals()
    assert totals["me"] >= me_before and totals["them"] > 0 and totals["nobody"] > 0

    # Round 3: kill in the middle of the save window, just after a note (which may be lost).
    app = launch()
    app.wait_for(RESUMED)
    app.press_speaker("t" if saved.clock.talk.speaker != "them" else "m")
    notes.append(("crash-three maybe lost", app.add_note("crash-three maybe lost")))
    time.sleep(0.3)
    killed = app.kill()
    saved = read_saved(db)
    check_saved(saved, started_at=started_at, notes=notes, killed_at=killed, speaker={"t", "m", " "}, paused=False)

    # Round 4: pause, a note while paused, settle, kill: it comes back paused.
    app = launch()
    app.wait_for(RESUMED)
    app.press_speaker("m" if saved.clock.talk.speaker != "me" else "t")
    last = "m" if saved.clock.talk.speaker != "me" else "t"
    since = app.mark
    app.type("p")
    app.wait_for("PAUSED", since)
    notes.append(("crash-four during the pause", app.add_note("crash-four during the pause")))
    time.sleep(SETTLE)
    killed = app.kill()
    saved = read_saved(db)
    check_saved(saved, started_at=started_at, notes=notes, killed_at=killed, speaker={last}, paused=True)
    paused_elapsed = saved.clock.meeting.elapsed(saved.now)

    # Round 5: resume the clock, t, settle, kill: running again from the same start.
    app = launch()
    app.wait_for(RESUMED)
    app.wait_for("paused")  # the welcome says where it was
    since = app.mark
    app.type("p")
    app.wait_for("running", since)
    if saved.clock.talk.speaker == "them":
        app.press_speaker("m")
    app.press_speaker("t")
    time.sleep(SETTLE)
    killed = app.kill()
    saved = read_saved(db)
    check_saved(saved, started_at=started_at, notes=notes, killed_at=killed, speaker={"t"}, paused=False)
    assert saved.clock.meeting.elapsed(saved.now) > paused_elapsed
    pauses = (saved.meeting.live or {})["meeting"]["pauses"]
    assert len(pauses) == 1 and pauses[0][1] is not None  # one pause, and it ended
    totals = saved.totals()
    assert totals["me"] > 0 and totals["them"] > 0 and totals["nobody"] > 0
    assert [text for text in saved.notes if text.startswith("crash-")] == [text for text, _ in notes]

    # Finally: it still opens, welcomes back, and the export reads the same meeting.
    app = launch()
    app.wait_for(RESUMED)
    app.kill()
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", "export", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    exported = {m["id"]: m for m in json.loads(result.stdout)["meetings"]}[MEETING]
    assert exported["started_at"] == started_at and exported["ended_at"] is None
    assert {"crash-one about forecasts", "crash-two on hiring", "crash-four during the pause"} <= {
        n["text"] for n in exported["notes"]
    }
    assert all(isinstance(n["at"], int | float) for n in exported["notes"] if n["text"].startswith("crash-"))
    assert set(exported["talk"]) == {"me", "them", "nobody"}
    assert LiveClock.from_dict(exported["live"]).talk.speaker == "them"


OTHER = {"me": "t", "them": "m", "nobody": "m"}  # a key that changes the saved speaker
# Seconds from the change on screen to the kill: before, around and after the 0.5 s debounce,
# then moments drawn at random (seeded, so a failure can be replayed) up to 1.2 s.
_DRAWS = random.Random(9)
STORM_DELAYS = (0.0, 0.3, 0.45, 0.55, 0.65, 0.9, *(round(_DRAWS.uniform(0, 1.2), 3) for _ in range(12)))


def test_kill_9_around_the_save_never_damages_the_file(launch: Callable[[], LiveApp], db: Path) -> None:
    """A kill just before, during or just after the debounced write: the file always opens, and
    holds either the state before the last change or the state after it."""
    notes: list[tuple[str, float]] = []
    app = launch()
    app.wait_for("Live: ")
    app.press_speaker("m")
    time.sleep(SETTLE)
    killed = app.kill()
    saved = read_saved(db)
    started_at = saved.meeting.started_at
    check_saved(saved, started_at=None, notes=notes, killed_at=killed, speaker={"m"}, paused=False)
    for round_, delay in enumerate(STORM_DELAYS):
        before = saved.clock.talk.speaker
        key = OTHER[before]
        app = launch()
        app.wait_for(RESUMED)
        app.press_speaker(key)
        if round_ % 2:  # every other round, a note is the last change
            text = f"crash-storm-{round_}"
            notes.append((text, app.add_note(text)))
        time.sleep(delay)
        killed = app.kill()
        saved = read_saved(db)
        check_saved(
            saved, started_at=started_at, notes=notes, killed_at=killed, speaker={key, KEY[before]}, paused=False
        )
