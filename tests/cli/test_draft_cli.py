"""``infocoach draft``, run as a user runs it: a subprocess with its own HOME and XDG folders.

The database is the demo, built in-process with a FixedClock. The command itself uses the real
clock, so these tests check the shape of what it prints, not particular dates.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2026-11-25T13:30:00+00:00"
Run = Callable[..., subprocess.CompletedProcess[str]]
NOTE = "infocoach: note: "


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    values["TZ"] = "UTC"
    config = tmp_path / "xdg_config_home" / "infocoach" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    clock = FixedClock(NOW)
    with Store.open(path, clock=clock) as store:
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
            timeout=30,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def notes(stderr: str) -> list[str]:
    return [line.removeprefix(NOTE) for line in stderr.splitlines() if line.startswith(NOTE)]


def test_outreach_email_prints_subject_blank_line_and_body(run: Run, db: Path) -> None:
    result = run("draft", "outreach", "--meeting", "m-demo-08", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Subject: Thirty minutes of your advice?"
    assert lines[1] == "" and lines[2] == "Dear Mr. Iyer,"
    assert "Melbourne time" in result.stdout
    assert "If none of these suit you, I am happy to work around your schedule." in result.stdout
    assert result.stdout.endswith("Kind regards,\nAlex Morgan\n")
    # Only the message on stdout; the user's own times go to stderr as a note.
    (check,) = [n for n in notes(result.stderr) if n.startswith("check these times")]
    assert "Melbourne time (" in check and "your time)" in check
    assert all(line.startswith("infocoach: ") for line in result.stderr.splitlines())


def test_followup_on_linkedin_is_one_short_paragraph(run: Run, db: Path) -> None:
    # Ms. Sato has had her one follow-up: writing another needs --anyway (tested below).
    result = run("draft", "followup", "--meeting", "m-demo-10", "--channel", "linkedin", "--anyway", "--db", str(db))
    assert result.returncode == 0, result.stderr
    text = result.stdout.rstrip("\n")
    assert "\n" not in text and not text.startswith("Subject:")
    assert text.startswith("Dear Ms. Sato, I know how busy things get.")
    assert len(text) <= 200
    assert re.search(r"\b(Mon|Tue|Wed|Thu|Fri) \d{1,2}\b", text)


def test_an_untitled_contact_is_greeted_by_full_name_never_a_placeholder(run: Run, db: Path) -> None:
    result = run("draft", "outreach", "--meeting", "m-demo-16", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Dear Ayşe Demir," in result.stdout and "(title)" not in result.stdout
    (greeting,) = [n for n in notes(result.stderr) if "no honorific yet" in n]
    assert "full name" in greeting and "Prep" in greeting
    # The demo meeting has no intro: the draft asks who you are, and says where to answer.
    assert "[[answer above: Who are you, in one sentence?]]" in result.stdout
    assert any(n.startswith("the draft asks you: Who are you") and "infocoach prep m-demo-16" in n
               for n in notes(result.stderr))  # fmt: skip


def test_draft_follows_how_the_contact_asked_to_be_addressed(run: Run, db: Path, tmp_path: Path) -> None:
    with Store.open(db, clock=FixedClock(NOW)) as store:
        demir = store.contact(store.meeting("m-demo-16").contact_id)
        store.save_contact(replace(demir, address_by="first-name"))
        meeting = store.meeting("m-demo-16")
        meeting.drafts["sentence:me"] = "I taught science for eight years."
        meeting.drafts["sentence:why-short"] = "Your path from research into industry is the one I hope to take."
        store.save_meeting(meeting)
    result = run("draft", "outreach", "--meeting", "m-demo-16", "--channel", "linkedin", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dear Ayşe,") and "[[" not in result.stdout
    assert not any("no honorific" in n for n in notes(result.stderr))
    # The coach's lint, told who the message is to, accepts the greeting the draft wrote.
    (tmp_path / "note.txt").write_text(result.stdout, encoding="utf-8")
    linted = run("lint", "--meeting", "m-demo-16", "--db", str(db), str(tmp_path / "note.txt"))
    assert "casual-salutation" not in linted.stdout and "unanswered" not in linted.stdout, linted.stdout


def test_an_unknown_meeting_is_a_usage_error_that_says_where_ids_are(run: Run, db: Path) -> None:
    result = run("draft", "outreach", "--meeting", "m-nope", "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no meeting with id 'm-nope'" in result.stderr and "infocoach list" in result.stderr


def test_a_missing_database_is_a_failure(run: Run, tmp_path: Path) -> None:
    result = run("draft", "outreach", "--meeting", "m-demo-01", "--db", str(tmp_path / "none.json"))
    assert result.returncode == 1
    assert "There is no database" in result.stderr


def test_without_a_name_in_settings_the_draft_says_so(run: Run, db: Path, env: dict[str, str]) -> None:
    config = Path(env["XDG_CONFIG_HOME"]) / "infocoach" / "config.toml"
    config.write_text('[user]\ntimezone = "Europe/London"\n', encoding="utf-8")
    result = run("draft", "outreach", "--meeting", "m-demo-08", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("(your name)\n")
    assert any("Settings" in note for note in notes(result.stderr))


def test_the_draft_command_does_not_load_textual(db: Path) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    assert main(['draft', 'outreach', '--meeting', 'm-demo-02', '--db', {str(db)!r}]) == 0\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_third_message_needs_anyway(run: Run, db: Path) -> None:
    with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
        followed = next(m for m in store.meetings() if m.status == "followed-up")
    refused = run("draft", "followup", "--meeting", followed.id, "--db", str(db))
    assert refused.returncode == 2 and refused.stdout == ""
    assert "already followed up once" in refused.stderr and "--anyway" in refused.stderr
    allowed = run("draft", "followup", "--meeting", followed.id, "--anyway", "--db", str(db))
    assert allowed.returncode == 0 and allowed.stdout.startswith(("Subject:", "Dear"))
    assert "third message" in allowed.stderr
