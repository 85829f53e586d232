"""`infocoach lint --meeting ID` (issue 16): the greeting is checked against how that contact
asked to be addressed. Run as a user runs it: a subprocess with its own HOME and XDG folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Contact, Meeting
from infocoach.store import Store

Run = Callable[..., subprocess.CompletedProcess[str]]

BODY = (
    "Your talk on charting flood data at the Leeds meetup stayed with me.\n"
    "Would you have 20 minutes for a call? I could do Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:30 PM.\n"
    "If neither suits, I am happy to work around your schedule.\n\nKind regards,\nSam Okafor\nsam@example.com\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "people.json"
    people = [
        Contact(id="c-mei", first_name="Mei Lin", last_name="Tan", honorific="Dr.", address_by="first-name"),
        Contact(id="c-alex", first_name="Alex", last_name="Demir", address_by="full-name"),
        Contact(id="c-rivera", first_name="Maria", last_name="Rivera", honorific="Ms."),
        Contact(id="c-untitled", first_name="Sasha", last_name="Novak"),
    ]
    meetings = [Meeting(id=f"m-{c.id[2:]}", contact_id=c.id) for c in people]
    meetings.append(Meeting(id="m-note", contact_id="c-mei", channel="linkedin"))
    with Store.open(path, clock=FixedClock("2026-11-25T13:30:00+00:00")) as store:
        store.import_records(people, meetings)
    return path


@pytest.fixture
def run(tmp_path: Path, db: Path) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (tmp_path / name.lower()).mkdir()
        env[name] = str(tmp_path / name.lower())

    def runner(*args: str, text: str, database: Path = db) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", "lint", "--db", str(database), "--format", "json", *args],
            input=text,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=30,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def found(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


def test_a_first_name_contact_may_be_greeted_by_first_name(run: Run) -> None:
    text = f"Dear Mei Lin,\n\n{BODY}"
    with_meeting = run("--meeting", "m-mei", text=text)
    assert (with_meeting.returncode, found(with_meeting)) == (0, [])
    without = run(text=text)
    assert without.returncode == 1 and found(without) == ["casual-salutation"]


def test_a_full_name_contact_and_a_formal_one(run: Run) -> None:
    assert found(run("--meeting", "m-alex", text=f"Dear Alex Demir,\n\n{BODY}")) == []
    assert found(run("--meeting", "m-rivera", text=f"Dear Maria,\n\n{BODY}")) == ["casual-salutation"]
    assert found(run("--meeting", "m-rivera", text=f"Dear Ms. Rivera,\n\n{BODY}")) == []


def test_an_untitled_contact_is_asked_for_an_honorific(run: Run) -> None:
    result = run("--meeting", "m-untitled", text=f"Dear Sasha Novak,\n\n{BODY}")
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "casual-salutation" and "use their full name" in finding["message"]
    assert set(finding) == {"rule", "severity", "message", "line", "column", "start", "end"}  # the JSON shape


def test_the_channel_defaults_to_the_meetings(run: Run) -> None:
    note = "Dear Mei Lin, your talk on flood data stayed with me. " + "Could we talk for 20 minutes? " * 8
    assert "too-long" in found(run("--meeting", "m-note", text=note))  # a LinkedIn note: characters
    assert "too-long" not in found(run("--meeting", "m-note", "--channel", "email", text=note))


def test_an_unknown_meeting_or_database_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("--meeting", "m-nobody", text=BODY)
    assert result.returncode == 2 and "no meeting with id 'm-nobody'" in result.stderr
    missing = run("--meeting", "m-mei", text=BODY, database=tmp_path / "none.json")
    assert missing.returncode == 2 and "There is no database" in missing.stderr
    assert not (tmp_path / "none.json").exists()
