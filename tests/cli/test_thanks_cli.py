"""``infocoach draft thanks``, run as a user runs it: a subprocess with its own HOME and XDG
folders, on the demo database built in-process with a FixedClock.

The command uses the real clock, so the day phrase ("yesterday", "on 3 December") is not
checked here (tests/core/wrapup/test_thanks.py does that); the shape of the message is.
"""

from __future__ import annotations

from pathlib import Path

# The same subprocess set-up as the other `draft` commands: a private HOME, the demo database.
from test_draft_cli import Run, db, env, notes, run  # noqa: E402, F401  (fixtures)

from infocoach.core.coach import Kind, count_words, has_errors, lint


def test_a_done_meeting_prints_its_thank_you(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-demo-04", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Subject: Thank you for your time"
    assert lines[1] == "" and lines[2] == "Dear Mx. Novak,"
    assert lines[4].startswith("Thank you for taking the time to speak with me")
    assert "must unlearn helping" in result.stdout
    assert "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." in result.stdout
    assert result.stdout.endswith("Kind regards,\nAlex Morgan\n")
    body = result.stdout.split("\n\n", 1)[1]
    assert not has_errors(lint(body, Kind.THANKS)) and count_words(body) < 150
    # Only the message on stdout; anything to check goes to stderr as notes.
    assert all(line.startswith("infocoach: ") for line in result.stderr.splitlines())


def test_a_thanked_meeting_still_drafts_and_says_it_was_sent(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-demo-01", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Dear Dr. Okafor," in result.stdout and "Mr. Chidi Eze" in result.stdout
    assert any("already marked thanked" in note for note in notes(result.stderr))


def test_a_scheduled_meeting_has_no_thank_you_yet(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-demo-06", "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        "meeting m-demo-06 has not been held yet (it is scheduled): a thank-you comes after the meeting"
        in result.stderr
    )


def test_a_meeting_only_requested_has_no_thank_you_either(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-demo-08", "--db", str(db))
    assert result.returncode == 2 and result.stdout == ""
    assert "has not been held yet (it is requested)" in result.stderr


def test_an_unknown_meeting_is_a_usage_error(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-nope", "--db", str(db))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no meeting with id 'm-nope'" in result.stderr and "infocoach list" in result.stderr


def test_a_thank_you_is_an_email_only(run: Run, db: Path) -> None:
    result = run("draft", "thanks", "--meeting", "m-demo-04", "--channel", "linkedin", "--db", str(db))
    assert result.returncode == 2 and result.stdout == ""
    assert "email only" in result.stderr


def test_outreach_still_works_beside_thanks(run: Run, db: Path) -> None:
    result = run("draft", "outreach", "--meeting", "m-demo-08", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Subject: Thirty minutes of your advice?\n\nDear Mr. Iyer,")
