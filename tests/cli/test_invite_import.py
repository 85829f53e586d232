"""``infocoach import --from ics``, run as a user runs it: a subprocess with its own HOME, XDG
folders and settings (Europe/London), on the demo database built in-process.

The invitations are the Google- and Outlook-shaped fixtures of tests/core/invites/fixtures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Status
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2026-11-25T13:30:00+00:00"
FIXTURES = Path(__file__).parents[1] / "core" / "invites" / "fixtures"
GOOGLE_UID = "5k1q7v2b9r3m0c4n8d6e2f1a0g@google.com"
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("INFOCOACH_DB", "INFOCOACH_CONFIG")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    values["TZ"] = "UTC"
    config = tmp_path / "config.toml"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "demo.json"
    path.parent.mkdir()
    clock = FixedClock(NOW)
    with Store.open(path, clock=clock, backups_dir=path.parent / "backups") as store:
        store.import_records(*build_demo(clock.now(), "Europe/London"))
    return path


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path, db: Path) -> Run:
    """``infocoach import --from ics FILE --db DB [more]``, without a terminal."""

    def runner(file: str, *more: str, answer: str = "") -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", "import", "--from", "ics", file, "--db", str(db), *more],
            input=answer,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def invite(name: str) -> str:
    return str(FIXTURES / name)


def stored(db: Path, meeting_id: str) -> dict:
    return json.loads(db.read_text(encoding="utf-8"))["meetings"][_doc_id(db, meeting_id)]


def _doc_id(db: Path, meeting_id: str) -> str:
    table = json.loads(db.read_text(encoding="utf-8"))["meetings"]
    return next(key for key, doc in table.items() if doc["id"] == meeting_id)


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_a_google_invitation_schedules_the_meeting_with_its_organiser(run: Run, db: Path) -> None:
    assert stored(db, "m-demo-10")["status"] == "followed-up"
    result = run(invite("google_new.ics"))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout).startswith(
        "Scheduled your meeting with Ms. Hana Sato (m-demo-10) for Thu 10 Dec 2026, 09:00 your time, "
        "30 minutes (18:00 Asia/Tokyo); it was followed-up, it is scheduled now."
    )
    meeting = stored(db, "m-demo-10")
    assert meeting["status"] == "scheduled" and meeting["history"][-1]["status"] == "scheduled"
    assert meeting["scheduled_for"] == "2026-12-10T18:00:00+09:00"
    assert meeting["planned_minutes"] == 30
    assert (meeting["invite_uid"], meeting["invite_sequence"]) == (GOOGLE_UID, 0)


def test_an_outlook_invitation_with_a_windows_zone_schedules_at_that_dates_offset(run: Run, db: Path) -> None:
    result = run(invite("outlook_new.ics"))
    assert result.returncode == 0, result.stderr
    assert "Mr. Rajesh Iyer (m-demo-08)" in result.stdout and "AUS Eastern Standard Time" in result.stdout
    meeting = stored(db, "m-demo-08")
    assert meeting["scheduled_for"] == "2026-12-03T08:00:00+11:00" and meeting["planned_minutes"] == 25
    assert meeting["status"] == "scheduled"


def test_a_rescheduled_copy_moves_it_and_an_old_copy_changes_nothing(run: Run, db: Path) -> None:
    assert run(invite("google_new.ics")).returncode == 0
    moved = run(invite("google_rescheduled.ics"))
    assert moved.returncode == 0, moved.stderr
    assert "Moved your meeting with Ms. Hana Sato (m-demo-10) to Fri 11 Dec 2026, 10:00 your time" in moved.stdout
    assert "it was Thu 10 Dec, 09:00" in moved.stdout
    meeting = stored(db, "m-demo-10")
    assert meeting["scheduled_for"] == "2026-12-11T19:00:00+09:00" and meeting["planned_minutes"] == 45
    assert [e["scheduled_for"] for e in meeting["earlier_times"]] == ["2026-12-10T18:00:00+09:00"]
    assert meeting["invite_sequence"] == 1
    before = db.read_bytes()
    for old in ("google_new.ics", "google_rescheduled.ics"):
        again = run(invite(old))
        assert again.returncode == 0
        assert again.stdout.startswith("Already up to date:") and "Nothing was written." in again.stdout
    assert db.read_bytes() == before


def test_a_cancelled_invitation_asks_before_marking_the_meeting_declined(run: Run, db: Path) -> None:
    assert run(invite("google_new.ics")).returncode == 0
    before = db.read_bytes()
    dry = run(invite("google_cancelled.ics"), "--dry-run")
    assert dry.returncode == 0 and "would ask whether to mark" in dry.stdout and "Nothing was written" in dry.stdout
    unanswered = run(invite("google_cancelled.ics"))  # no terminal, nothing on standard input
    assert unanswered.returncode == 2
    assert "Mark the meeting declined? [y/N]" in unanswered.stderr
    assert "There was no answer" in unanswered.stderr
    kept = run(invite("google_cancelled.ics"), answer="n\n")
    assert kept.returncode == 0 and "The meeting stays scheduled. Nothing was written." in kept.stdout
    assert db.read_bytes() == before
    declined = run(invite("google_cancelled.ics"), answer="y\n")
    assert declined.returncode == 0, declined.stderr
    assert "Marked your meeting with Ms. Hana Sato (m-demo-10) declined" in declined.stdout
    meeting = stored(db, "m-demo-10")
    assert meeting["status"] == "declined" and meeting["invite_sequence"] == 2


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(run: Run, db: Path) -> None:
    before = db.read_bytes()
    result = run(invite("google_new.ics"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout).startswith(
        "Dry run: would schedule your meeting with Ms. Hana Sato (m-demo-10) for Thu 10 Dec 2026, 09:00"
    )
    assert "Nothing was written. (--dry-run)" in result.stdout
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "name, complaint",
    [
        ("outlook_all_day.ics", "all-day event on Thu 03 Dec 2026, with no time in it"),
        ("malformed.ics", "its start is not a date or a time"),
        ("not-ics.txt", "not an iCalendar file"),
        ("binary.ics", "not an iCalendar file"),
        ("no-event.ics", "holds no event"),
        ("stranger.ics", "is not for any meeting waiting for a time: it is from someone@elsewhere.example"),
        ("missing.ics", "no such file"),
        ("folder.ics", "is a directory"),
    ],
)
def test_bad_or_unrelated_files_exit_2_and_leave_the_data_file_unchanged(
    run: Run, db: Path, tmp_path: Path, name: str, complaint: str
) -> None:
    (tmp_path / "not-ics.txt").write_text("Dear Alex, see you on Thursday at ten!\n", encoding="utf-8")
    (tmp_path / "binary.ics").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    (tmp_path / "no-event.ics").write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    stranger = (FIXTURES / "google_new.ics").read_bytes()
    stranger = stranger.replace(b"hana.sato@example.com", b"someone@elsewhere.example")
    (tmp_path / "stranger.ics").write_bytes(stranger.replace(b"Hana.Sato@example.com", b"someone@elsewhere.example"))
    (tmp_path / "folder.ics").mkdir()
    path = FIXTURES / name if (FIXTURES / name).exists() else tmp_path / name
    before = db.read_bytes()
    result = run(str(path))
    assert result.returncode == 2, result.stdout
    assert complaint in one_line(result.stderr)
    assert result.stderr.startswith("infocoach: ") and result.stdout == ""
    assert db.read_bytes() == before


def test_a_missing_database_is_not_created(run: Run, db: Path, tmp_path: Path) -> None:
    db.unlink()
    result = run(invite("google_new.ics"))
    assert result.returncode == 2 and "There is no database" in one_line(result.stderr)
    assert not db.exists()


def _second_meeting_with_hana(db: Path) -> None:
    with Store.open(db, clock=FixedClock(NOW)) as store:
        first = store.meeting("m-demo-10")
        assert first is not None
        store.save_meeting(replace(first, id="m-hana-2", status=Status.PLANNED, history=[]))


def test_several_matching_meetings_without_an_answer_exit_2_listing_their_ids(run: Run, db: Path) -> None:
    _second_meeting_with_hana(db)
    before = db.read_bytes()
    result = run(invite("google_new.ics"))
    assert result.returncode == 2
    text = one_line(result.stderr)
    assert "1. Ms. Hana Sato (m-demo-10, followed-up)" in text and "2. Ms. Hana Sato (m-hana-2, planned)" in text
    assert "--meeting ID (m-demo-10, m-hana-2)" in text
    assert db.read_bytes() == before
    wrong = run(invite("google_new.ics"), answer="7\n")
    assert wrong.returncode == 2 and "'7' is not one of 1 to 2" in wrong.stderr
    assert db.read_bytes() == before


def test_the_numbered_answer_chooses_the_meeting(run: Run, db: Path) -> None:
    _second_meeting_with_hana(db)
    result = run(invite("google_new.ics"), answer="2\n")
    assert result.returncode == 0, result.stderr
    assert "(m-hana-2)" in result.stdout
    assert stored(db, "m-hana-2")["status"] == "scheduled"
    assert stored(db, "m-demo-10")["status"] == "followed-up"


def test_a_meeting_id_given_chooses_without_asking(
    db: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--meeting ID`` (when the parser offers it: the handler reads ``args.meeting``)."""
    from infocoach.cli.invite_import import import_invite
    from infocoach.cli.outcomes import UsageProblem

    _second_meeting_with_hana(db)
    monkeypatch.setenv("INFOCOACH_CONFIG", env["INFOCOACH_CONFIG"])
    args = argparse.Namespace(file=invite("google_new.ics"), db=str(db), dry_run=False, meeting="m-hana-2")
    assert import_invite(args) == 0
    assert "(m-hana-2)" in capsys.readouterr().out
    assert stored(db, "m-hana-2")["status"] == "scheduled"
    with pytest.raises(UsageProblem, match="not for meeting 'm-demo-01'"):
        import_invite(replace_args(args, meeting="m-demo-01", file=invite("outlook_new.ics")))


def test_the_meeting_option_chooses_from_the_command_line(run: Run, db: Path) -> None:
    _second_meeting_with_hana(db)
    result = run(invite("google_new.ics"), "--meeting", "m-hana-2")
    assert result.returncode == 0, result.stderr
    assert stored(db, "m-hana-2")["status"] == "scheduled"
    assert stored(db, "m-demo-10")["status"] == "followed-up"


def test_the_meeting_option_is_only_for_invitations(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    before = db.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", "import", "x.json", "--meeting", "m-demo-10", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 2 and "--meeting is for --from ics" in result.stderr
    assert db.read_bytes() == before


def replace_args(args: argparse.Namespace, **changes: object) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(args), **changes})


def test_a_refused_invitation_leaves_an_older_schema_file_as_it_was(run: Run, db: Path, tmp_path: Path) -> None:
    """Opening a file to write upgrades an older schema in place: a refused import never opens
    it to write, so a schema-4 file stays byte for byte what it was."""
    old = Path(__file__).parents[1] / "fixtures" / "schema-4.json"
    db.write_bytes(old.read_bytes())
    for_amara = (
        (FIXTURES / "google_new.ics").read_bytes().replace(b"hana.sato@example.com", b"amara.okafor@example.org")
    )
    path = tmp_path / "amara.ics"
    path.write_bytes(for_amara.replace(b"Hana.Sato@example.com", b"amara.okafor@example.org"))
    result = run(str(path))
    assert result.returncode == 2 and "is not for any meeting waiting for a time" in one_line(result.stderr)
    assert db.read_bytes() == old.read_bytes()


def test_a_meeting_changed_in_the_app_while_asked_keeps_that_change(
    db: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The question is asked without the lock; what the app saved meanwhile is kept, and the
    invitation applied to the meeting as it is then."""
    from infocoach.cli import invite_import
    from infocoach.core.records.model import Note

    monkeypatch.setenv("INFOCOACH_CONFIG", env["INFOCOACH_CONFIG"])
    args = argparse.Namespace(file=invite("google_new.ics"), db=str(db), dry_run=False)
    assert invite_import.import_invite(args) == 0

    def answer_after_a_note(question: str) -> str:
        with Store.open(db, clock=FixedClock(NOW)) as store:
            meeting = store.meeting("m-demo-10")
            assert meeting is not None
            meeting.notes.append(Note(text="She may be travelling that week."))
            store.save_meeting(meeting)
        return "y"

    monkeypatch.setattr(invite_import, "_answer", answer_after_a_note)
    assert invite_import.import_invite(replace_args(args, file=invite("google_cancelled.ics"))) == 0
    meeting = stored(db, "m-demo-10")
    assert meeting["status"] == "declined"
    assert [n["text"] for n in meeting["notes"]][-1] == "She may be travelling that week."
    assert "Marked your meeting with Ms. Hana Sato (m-demo-10) declined" in capsys.readouterr().out
