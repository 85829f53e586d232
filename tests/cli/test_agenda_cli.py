"""``infocoach agenda`` run as a user runs it: a subprocess, its output, its exit status.

The time is fixed by a stand-in for the system clock inside the child (``AT``), the desktop
notification library by a stand-in package put first on its path. Every child has its own HOME
and XDG folders (so its own cache), and a settings file in London time.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from infocoach.cli.agenda import MAX_DAYS
from infocoach.core import agenda as core_agenda
from infocoach.core.clock import FixedClock, iso
from infocoach.core.records.model import Contact, Meeting, Transition
from infocoach.store import Store

AT = "2026-11-25T09:00:00+00:00"  # a Wednesday morning in London
NOW = pendulum.parse(AT)
assert isinstance(NOW, pendulum.DateTime)
# The child's clock: the system clock's now() answers AT (the cache's own expiry still uses the
# real time, which is later, so every fixed-clock run computes afresh).
FIXED_CLOCK = (
    "import sys, pendulum; from infocoach.core import clock; "
    "clock.SystemClock.now = lambda self: pendulum.parse(sys.argv[1]); "
    "from infocoach.cli.main import main; raise SystemExit(main(sys.argv[2:]))"
)

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (tmp_path / name).mkdir()
        values[name] = str(tmp_path / name)
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    values.update(TZ="UTC", INFOCOACH_CONFIG=str(config), INFOCOACH_DB=str(tmp_path / "db.json"))
    return values


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Run:
    """``infocoach ARGS`` at AT (``clock=None``: on the real clock), without a terminal."""

    def runner(
        *args: str, clock: str | None = AT, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        command = ["-c", FIXED_CLOCK, clock, *args] if clock else ["-m", "infocoach", *args]
        result = subprocess.run(
            [sys.executable, *command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **(extra_env or {})},
            cwd=tmp_path,
            timeout=60,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def person(ident: str, first: str, last: str, zone: str) -> Contact:
    return Contact(id=ident, first_name=first, last_name=last, honorific="Dr.", timezone=zone)


def meeting(ident: str, contact_id: str, *steps: tuple[str, pendulum.DateTime], **fields: object) -> Meeting:
    history = [Transition(status=status, at=iso(at)) for status, at in steps]
    return Meeting(id=ident, contact_id=contact_id, status=steps[-1][0], history=history, **fields)  # type: ignore[arg-type]


def scenario() -> tuple[list[Contact], list[Meeting]]:
    """A follow-up due since Monday, an overdue thank-you, a meeting today at 15:00 with New
    York, and one on Saturday with Toronto."""
    people = [
        person("c-tan", "Mei Lin", "Tan", "America/New_York"),
        person("c-ruiz", "Ana", "Ruiz", "Europe/London"),
        person("c-novak", "Sasha", "Novak", "Europe/Berlin"),
        person("c-roy", "Chloé", "Tremblay", "America/Toronto"),
    ]
    today, saturday = NOW.add(hours=6), NOW.add(days=3, hours=7)
    meetings = [
        meeting(
            "m-today",
            "c-tan",
            ("requested", NOW.subtract(days=9)),
            ("scheduled", NOW.subtract(days=8)),
            scheduled_for=iso(today),
        ),
        meeting("m-follow", "c-ruiz", ("requested", NOW.subtract(days=9))),
        meeting(
            "m-thanks",
            "c-novak",
            ("requested", NOW.subtract(days=9)),
            ("scheduled", NOW.subtract(days=6)),
            ("done", NOW.subtract(hours=30)),
        ),
        meeting(
            "m-sat",
            "c-roy",
            ("requested", NOW.subtract(days=5)),
            ("scheduled", NOW.subtract(days=4)),
            scheduled_for=iso(saturday),
        ),
    ]
    return people, meetings


@pytest.fixture
def db(env: dict[str, str]) -> Path:
    path = Path(env["INFOCOACH_DB"])
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.import_records(*scenario())
    return path


# --- text and JSON --------------------------------------------------------------------------


def test_todays_agenda_as_text(run: Run, db: Path) -> None:
    done = run("agenda")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Today:",
        "  - Send your one follow-up to Dr. Ruiz: no reply since you wrote on Mon 16 Nov.",
        "  - Your thank-you note to Dr. Novak is overdue (it was due Wed 25 Nov 03:00): send it today.",
        "  - Meeting with Dr. Tan today at 15:00 your time, 10:00 in New York.",
    ]
    assert "\x1b" not in done.stdout  # no colour, ever


def test_the_next_days_with_their_day(run: Run, db: Path) -> None:
    lines = run("agenda", "--days", "3").stdout.splitlines()
    assert lines[-2:] == [
        "In the next 3 days:",
        "  - Sat 28 Nov: Meeting with Dr. Tremblay on Sat 28 Nov at 16:00 your time, 11:00 in Toronto.",
    ]
    assert run("agenda", "--days", "2").stdout.splitlines()[-1].startswith("  - Meeting with Dr. Tan today")


def test_json_shape(run: Run, db: Path) -> None:
    done = run("agenda", "--days", "3", "--format", "json")
    assert done.returncode == 0
    document = json.loads(done.stdout)
    assert list(document) == ["items"]
    items = document["items"]
    assert [(i["kind"], i["meeting"], i["contact"]) for i in items] == [
        ("follow-up", "m-follow", "Dr. Ana Ruiz"),
        ("thank-you", "m-thanks", "Dr. Sasha Novak"),
        ("meeting-today", "m-today", "Dr. Mei Lin Tan"),
        ("meeting-soon", "m-sat", "Dr. Chloé Tremblay"),
    ]
    for item in items:
        assert {"kind", "meeting", "contact", "due", "what"} <= set(item)
        assert pendulum.parse(item["due"]).isoformat() == item["due"]  # ISO-8601 with its offset
    assert items[2]["due"] == "2026-11-25T15:00:00+00:00"
    assert items[2]["what"] == "Meeting with Dr. Tan today at 15:00 your time, 10:00 in New York."
    assert [i["now"] for i in items] == [True, True, True, False]


def test_nothing_due_is_said_kindly(run: Run, env: dict[str, str]) -> None:
    path = Path(env["INFOCOACH_DB"])
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.import_records([person("c-tan", "Mei Lin", "Tan", "Europe/London")], [])
    assert run("agenda").stdout == "Nothing due today. Enjoy your day.\n"
    assert run("agenda", "--days", "7").stdout == "Nothing due today or the next 7 days.\n"
    assert json.loads(run("agenda", "--format", "json").stdout) == {"items": []}


def test_no_database_yet(run: Run, env: dict[str, str]) -> None:
    done = run("agenda")
    assert done.returncode == 0 and done.stdout.startswith("Nothing to do yet: no meetings are saved.")
    assert json.loads(run("agenda", "--format", "json").stdout) == {"items": []}
    assert not Path(env["INFOCOACH_DB"]).exists()  # reading never creates the file


@pytest.mark.parametrize("days", ["-1", str(MAX_DAYS + 1), "100000"])
def test_days_out_of_range(run: Run, db: Path, days: str) -> None:
    before = db.read_bytes()
    done = run("agenda", "--days", days)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip() == (
        f"infocoach: --days {days} is out of range: give a number of days from 0 (today only) to {MAX_DAYS}."
    )
    assert db.read_bytes() == before


def test_days_that_are_not_a_number(run: Run, db: Path) -> None:
    done = run("agenda", "--days", "soon")
    assert done.returncode == 2 and "invalid int value: 'soon'" in done.stderr


def test_the_limit_is_the_cores() -> None:
    assert MAX_DAYS == core_agenda.MAX_DAYS


# --- the kept answer ------------------------------------------------------------------------


def test_a_kept_answer_is_used_until_the_data_changes(run: Run, env: dict[str, str], db: Path) -> None:
    # On the real clock: the scenario's moments are in the past by then, so both runs agree.
    first = run("agenda", clock=None)
    [kept] = Path(env["XDG_CACHE_HOME"], "infocoach").glob("agenda-*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # it names contacts
    again = run("agenda", clock=None, extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert again.stdout == first.stdout
    assert "pendulum" not in again.stderr and "tinydb" not in again.stderr  # nothing computed
    with Store.open(db, clock=FixedClock(NOW)) as store:
        store.import_records([], [meeting("m-new", "c-ruiz", ("requested", NOW.subtract(days=30)))])
    changed = run("agenda", clock=None)
    assert changed.stdout.count("Send your one follow-up to Dr. Ruiz") == 2


# --- desktop notifications ------------------------------------------------------------------

STAND_IN = """
import json, logging, os

class DesktopNotifier:
    def __init__(self, app_name):
        self.app_name = app_name

    async def send(self, title, message, on_dispatched=None, **options):
        if os.environ.get("STAND_IN_FAILS"):
            try:
                raise ConnectionError("DBUS_SESSION_BUS_ADDRESS not set")
            except ConnectionError:  # as the library does: a warning, no exception
                logging.getLogger("desktop_notifier.backends.base").warning("Notification failed", exc_info=True)
            return "id"
        with open(os.environ["STAND_IN_LOG"], "a", encoding="utf-8") as log:
            log.write(json.dumps([self.app_name, title, message]) + "\\n")
        on_dispatched()
        return "id"
"""


def stand_in(tmp_path: Path, body: str) -> dict[str, str]:
    package = tmp_path / "stand-in" / "desktop_notifier"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(body, encoding="utf-8")
    log = tmp_path / "notified.jsonl"
    return {"PYTHONPATH": str(package.parent), "STAND_IN_LOG": str(log)}


def test_notify_sends_one_notification_per_item_due_now(run: Run, db: Path, tmp_path: Path) -> None:
    extra = stand_in(tmp_path, STAND_IN)
    done = run("agenda", "--notify", "--days", "7", extra_env=extra)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")  # silent for cron
    sent = [json.loads(line) for line in Path(extra["STAND_IN_LOG"]).read_text(encoding="utf-8").splitlines()]
    assert sent == [
        ["infocoach", "Follow-up due", "Send your one follow-up to Dr. Ruiz: no reply since you wrote on Mon 16 Nov."],
        [
            "infocoach",
            "Thank-you note",
            "Your thank-you note to Dr. Novak is overdue (it was due Wed 25 Nov 03:00): send it today.",
        ],
        ["infocoach", "Meeting today", "Meeting with Dr. Tan today at 15:00 your time, 10:00 in New York."],
    ]  # Saturday's meeting is in the look-ahead, not due now


def test_notify_without_a_desktop_is_one_line_and_exit_1(run: Run, db: Path, tmp_path: Path) -> None:
    done = run("agenda", "--notify", extra_env={**stand_in(tmp_path, STAND_IN), "STAND_IN_FAILS": "1"})
    assert done.returncode == 1 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("infocoach: could not show a desktop notification (DBUS_SESSION_BUS_ADDRESS not set)")


def test_notify_without_the_extra_is_one_line_and_exit_1(run: Run, db: Path, tmp_path: Path) -> None:
    missing = stand_in(tmp_path, 'raise ImportError("No module named desktop_notifier")\n')
    done = run("agenda", "--notify", extra_env=missing)
    assert done.returncode == 1 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert "pip install 'infocoach[notify]'" in line
