"""A scheduled meeting as an iCalendar event: the core function, read back with icalendar, and
``infocoach calendar`` run as a user runs it (a subprocess with its own HOME and XDG folders)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pendulum
import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.exports.ics_event import PRODID, event_summary, meeting_event_ics
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = FixedClock("2026-11-25T13:30:00+00:00").now()
USER_TZ = "Europe/London"


def contact(**changes: object) -> Contact:
    values: dict[str, object] = {
        "id": "c-rivera",
        "first_name": "Maria",
        "last_name": "Rivera",
        "honorific": "Dr.",
        "organization": "Harbour Analytics",
        "timezone": "Europe/Berlin",
        "why": "She moved from teaching physics into energy forecasting.",
    }
    values.update(changes)
    return Contact(**values)  # type: ignore[arg-type]


def meeting(scheduled_for: str | None = "2026-12-03T15:30:00+01:00", **changes: object) -> Meeting:
    values: dict[str, object] = {
        "id": "m-0a1b2c3d4e",
        "contact_id": "c-rivera",
        "status": "scheduled",
        "purpose": "Learn how forecasting teams work day to day.",
        "scheduled_for": scheduled_for,
    }
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def parse(data: bytes) -> tuple[icalendar.Calendar, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def times(event: icalendar.Event) -> tuple[datetime, datetime]:
    return event.decoded("DTSTART"), event.decoded("DTEND")


# --- the event --------------------------------------------------------------------------------


def test_one_calendar_with_one_event() -> None:
    data = meeting_event_ics(meeting(), contact(), now=NOW)
    calendar, event = parse(data)
    assert str(calendar["PRODID"]) == PRODID == "-//infocoach//infocoach//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(event["UID"]) == "m-0a1b2c3d4e@infocoach"
    assert event.decoded("DTSTAMP") == datetime(2026, 11, 25, 13, 30, tzinfo=UTC)
    assert b"DTSTAMP:20261125T133000Z\r\n" in data
    assert str(event["SUMMARY"]) == "Informational interview: Dr. Maria Rivera (Harbour Analytics)"


def test_the_start_is_the_contacts_wall_time_with_its_zone() -> None:
    data = meeting_event_ics(meeting(), contact(), now=NOW)
    calendar, event = parse(data)
    start, end = times(event)
    assert isinstance(start.tzinfo, ZoneInfo) and start.tzinfo.key == "Europe/Berlin"
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2026, 12, 3, 15, 30)
    assert start == datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    assert end - start == timedelta(minutes=30)
    assert b"DTSTART;TZID=Europe/Berlin:20261203T153000\r\n" in data
    assert b"DTEND;TZID=Europe/Berlin:20261203T160000\r\n" in data
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]


def test_a_moment_stored_in_another_zone_is_written_in_the_contacts() -> None:
    stored = meeting("2026-12-03T01:00:00+00:00")
    _, event = parse(meeting_event_ics(stored, contact(timezone="Asia/Tokyo"), now=NOW))
    start, _ = times(event)
    assert start.tzinfo.key == "Asia/Tokyo"  # type: ignore[union-attr]
    assert (start.day, start.hour) == (3, 10)


def test_the_planned_minutes_set_the_length() -> None:
    _, event = parse(meeting_event_ics(meeting(planned_minutes=45), contact(), now=NOW))
    start, end = times(event)
    assert end - start == timedelta(minutes=45)


def test_a_utc_contact_gets_utc_times() -> None:
    data = meeting_event_ics(meeting("2026-12-03T15:30:00+00:00"), contact(timezone="UTC"), now=NOW)
    _, event = parse(data)
    assert b"DTSTART:20261203T153000Z\r\n" in data
    assert times(event)[0] == datetime(2026, 12, 3, 15, 30, tzinfo=UTC)


def test_the_description_says_why_and_how_to_prepare() -> None:
    data = meeting_event_ics(meeting(), contact(), user_name="Alex Morgan", now=NOW)
    _, event = parse(data)
    assert str(event["DESCRIPTION"]) == (
        "Learn how forecasting teams work day to day.\n\n"
        "Why them: She moved from teaching physics into energy forecasting.\n\n"
        "Organiser: Alex Morgan\n\n"
        "Prepare: infocoach prep m-0a1b2c3d4e"
    )


def test_empty_parts_are_left_out() -> None:
    bare = meeting(purpose="")
    _, event = parse(meeting_event_ics(bare, contact(why="", organization=""), now=NOW))
    assert str(event["DESCRIPTION"]) == "Prepare: infocoach prep m-0a1b2c3d4e"
    assert str(event["SUMMARY"]) == "Informational interview: Dr. Maria Rivera"
    assert event_summary(contact(organization="")) == "Informational interview: Dr. Maria Rivera"


@pytest.mark.parametrize("minutes, trigger", [(15, b"-PT15M"), (5, b"-PT5M"), (60, b"-PT1H"), (0, b"P0D")])
def test_a_reminder_before_the_meeting(minutes: int, trigger: bytes) -> None:
    data = meeting_event_ics(meeting(), contact(), reminder_minutes=minutes, now=NOW)
    _, event = parse(data)
    alarms = event.walk("VALARM")
    assert len(alarms) == 1
    alarm = alarms[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-minutes)
    assert b"TRIGGER:" + trigger + b"\r\n" in data
    assert "Dr. Maria Rivera" in str(alarm["DESCRIPTION"])


def test_the_default_reminder_is_15_minutes() -> None:
    data = meeting_event_ics(meeting(), contact(), now=NOW)
    alarm = parse(data)[1].walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    assert str(alarm["DESCRIPTION"]) == "Informational interview with Dr. Maria Rivera in 15 minutes"


def test_awkward_text_round_trips_exactly() -> None:
    purpose = 'Commas, semicolons; colons: and\nnew lines,\r\n"quotes" \\ back\\slash\ttab 😀 [bold]not markup[/bold] é'
    why = "Ms. O'Neil; the one, the only 🚀\n\n[red]twice[/red]"
    organization = "Smith, Jones; & Co. [beta] ✨"
    name = "Zoë"
    data = meeting_event_ics(
        meeting(purpose=purpose),
        contact(first_name=name, why=why, organization=organization),
        user_name="Ana; María, 🙂",
        now=NOW,
    )
    _, event = parse(data)
    assert str(event["SUMMARY"]) == f"Informational interview: Dr. Zoë Rivera ({organization})"
    # Carriage returns become plain new lines: iCalendar text has no escape for them.
    assert str(event["DESCRIPTION"]) == (
        f"{purpose.strip().replace(chr(13), '')}\n\nWhy them: {why}\n\nOrganiser: Ana; María, 🙂\n\n"
        "Prepare: infocoach prep m-0a1b2c3d4e"
    )
    # The library escaped and folded it: every line within 75 octets, CRLF endings.
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\\;" in data and b"\\," in data
    data.decode("utf-8")  # folding never splits a character


def test_a_meeting_without_a_date_cannot_be_exported() -> None:
    with pytest.raises(ValueError) as info:
        meeting_event_ics(meeting(None, status="requested"), contact(), now=NOW)
    assert str(info.value) == (
        "Meeting m-0a1b2c3d4e with Dr. Maria Rivera is not scheduled yet: set its date and time first."
    )


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValueError, match="not a time zone name"):
        meeting_event_ics(meeting(), contact(timezone="Mars/Base"), now=NOW)
    with pytest.raises(ValueError, match="reminder"):
        meeting_event_ics(meeting(), contact(), reminder_minutes=-5, now=NOW)
    with pytest.raises(ValueError, match="no length"):
        meeting_event_ics(meeting(planned_minutes=0), contact(), now=NOW)


def test_the_same_input_gives_the_same_bytes() -> None:
    assert meeting_event_ics(meeting(), contact(), now=NOW) == meeting_event_ics(meeting(), contact(), now=NOW)


# --- changes of the clocks -----------------------------------------------------------------------

NY = "America/New_York"


def test_a_meeting_across_the_spring_change_lasts_its_real_minutes() -> None:
    # 2026-03-08 in New York: 01:45 EST + 30 minutes is 03:15 EDT (02:00-03:00 never happens).
    data = meeting_event_ics(meeting("2026-03-08T01:45:00-05:00"), contact(timezone=NY), now=NOW)
    _, event = parse(data)
    start, end = times(event)
    assert b"DTSTART;TZID=America/New_York:20260308T014500\r\n" in data
    assert b"DTEND;TZID=America/New_York:20260308T031500\r\n" in data
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(minutes=30)


def test_a_meeting_across_the_autumn_change_lasts_its_real_minutes() -> None:
    # 2026-11-01 in New York: 01:45 EDT + 30 minutes is 01:15 EST, a wall time that happens twice.
    # iCalendar would read a local 01:15 as the first one (before the start), so it is in UTC.
    data = meeting_event_ics(meeting("2026-11-01T01:45:00-04:00"), contact(timezone=NY), now=NOW)
    _, event = parse(data)
    start, end = times(event)
    assert b"DTSTART;TZID=America/New_York:20261101T014500\r\n" in data
    assert b"DTEND:20261101T061500Z\r\n" in data
    assert start.astimezone(UTC) == datetime(2026, 11, 1, 5, 45, tzinfo=UTC)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(minutes=30)


def test_a_start_in_the_repeated_hour_keeps_its_instant() -> None:
    data = meeting_event_ics(meeting("2026-11-01T01:30:00-05:00"), contact(timezone=NY), now=NOW)
    _, event = parse(data)
    start, end = times(event)
    assert start.astimezone(UTC) == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 11, 1, 7, 0, tzinfo=UTC)


def test_the_timezone_component_covers_the_change() -> None:
    data = meeting_event_ics(meeting("2026-03-08T01:45:00-05:00"), contact(timezone=NY), now=NOW)
    calendar, _ = parse(data)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == NY
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert b"20260308T030000" in data  # the 2026 spring change itself


def test_every_scheduled_demo_meeting_exports() -> None:
    contacts, meetings = build_demo(NOW, USER_TZ)
    by_id = {c.id: c for c in contacts}
    exported = 0
    for item in meetings:
        if item.scheduled_for is None:
            continue
        person = by_id[item.contact_id]
        _, event = parse(meeting_event_ics(item, person, now=NOW))
        start, end = times(event)
        assert start == pendulum.parse(item.scheduled_for)
        assert start.tzinfo.key == person.timezone  # type: ignore[union-attr]
        assert end - start == timedelta(minutes=item.planned_minutes)
        exported += 1
    assert exported >= 3


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private HOME and XDG folders, no INFOCOACH_* variables, a UTC machine."""
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
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


def test_command_writes_the_event_to_stdout(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    result = run(env, tmp_path, "calendar", "m-demo-07", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    _, event = parse(result.stdout)
    assert str(event["UID"]) == "m-demo-07@infocoach"
    start, end = times(event)
    assert start.tzinfo.key == "America/Toronto"  # type: ignore[union-attr]
    assert (start.hour, start.minute) == (11, 0)
    assert end - start == timedelta(minutes=30)
    assert str(event["SUMMARY"]) == "Informational interview: Ms. Chloé Tremblay (Borealis Aerospace)"
    assert "Prepare: infocoach prep m-demo-07" in str(event["DESCRIPTION"])
    assert event.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-15)
    assert result.stdout.count(b"\r\n") == len(result.stdout.splitlines())  # CRLF, untouched
    stamp = event.decoded("DTSTAMP")
    assert stamp.tzinfo is not None and stamp.utcoffset() == timedelta(0)


def test_command_saves_to_a_file(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    target = tmp_path / "meeting.ics"
    result = run(env, tmp_path, "calendar", "m-demo-06", "-o", str(target), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr.decode().strip() == f"Saved {target}."
    _, event = parse(target.read_bytes())
    assert str(event["UID"]) == "m-demo-06@infocoach"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_command_replaces_an_existing_file_and_dash_means_stdout(
    env: dict[str, str], tmp_path: Path, demo_db: Path
) -> None:
    target = tmp_path / "meeting.ics"
    target.write_text("old")
    assert run(env, tmp_path, "calendar", "m-demo-06", "--output", "meeting.ics", "--db", str(demo_db)).returncode == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    result = run(env, tmp_path, "calendar", "m-demo-06", "-o", "-", "--db", str(demo_db))
    assert result.returncode == 0
    assert result.stdout.startswith(b"BEGIN:VCALENDAR")


def test_command_unknown_id_says_how_to_find_ids(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    result = run(env, tmp_path, "calendar", "m-nope", "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stdout == b""
    message = result.stderr.decode()
    assert message.startswith("infocoach: ") and "'m-nope'" in message and "infocoach list" in message


def test_command_unscheduled_meeting(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    target = tmp_path / "never.ics"
    result = run(env, tmp_path, "calendar", "m-demo-08", "-o", str(target), "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "infocoach: Meeting m-demo-08 with Mr. Rajesh Iyer is not scheduled yet: set its date and time first."
    )
    assert not target.exists()


def test_command_without_a_database(env: dict[str, str], tmp_path: Path) -> None:
    result = run(env, tmp_path, "calendar", "m-demo-07", "--db", str(tmp_path / "missing.json"))
    assert result.returncode == 1
    assert "There is no database" in result.stderr.decode()
    assert not (tmp_path / "missing.json").exists()


def test_command_refuses_to_write_over_the_database(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run(env, tmp_path, "calendar", "m-demo-07", "-o", str(demo_db), "--db", str(demo_db))
    assert result.returncode == 2
    assert "is the database itself" in result.stderr.decode()
    assert demo_db.read_bytes() == before


def test_command_reports_an_unwritable_target(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    target = tmp_path / "no-such-folder" / "meeting.ics"
    result = run(env, tmp_path, "calendar", "m-demo-07", "-o", str(target), "--db", str(demo_db))
    assert result.returncode == 1
    assert f"could not write {target}" in result.stderr.decode()


def test_command_uses_the_database_from_the_environment(env: dict[str, str], tmp_path: Path, demo_db: Path) -> None:
    result = run({**env, "INFOCOACH_DB": str(demo_db)}, tmp_path, "calendar", "m-demo-07")
    assert result.returncode == 0, result.stderr.decode()
    assert b"UID:m-demo-07@infocoach" in result.stdout


def test_command_does_not_import_textual(demo_db: Path, tmp_path: Path) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "out = io.TextIOWrapper(io.BytesIO())\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    assert main(['calendar', '-o', {str(tmp_path / 'x.ics')!r}, '--db', {str(demo_db)!r}, 'm-demo-07']) == 0\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
