"""``infocoach targets``, run as a user runs it: a subprocess with its own HOME and XDG folders,
on a database built in-process with a FixedClock.

The command reads the real clock, so the targets here have next steps that do not depend on
the day (a thank-you due, nobody there yet, someone not yet asked); tests/core/campaign covers
the steps that do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

# The same subprocess set-up as the other commands: a private HOME, no INFOCOACH_* variables.
from test_cli import Run, env, run  # noqa: F401  (fixtures)

from infocoach.core.clock import FixedClock, iso
from infocoach.core.records.model import Contact, Meeting, Target, Transition
from infocoach.core.terminal_text import terminal_safe
from infocoach.store import Store

NOW = FixedClock("2026-11-25T13:30:00+00:00").now()
HOSTILE = "Evil\x1b[31mCorp\nLtd"


def contact(ident: str, first: str, last: str, organization: str, **fields: object) -> Contact:
    return Contact(id=ident, first_name=first, last_name=last, organization=organization, **fields)  # type: ignore[arg-type]


def build(path: Path, *, targets: bool = True) -> Path:
    contacts = [
        contact("c-tan", "Mei Lin", "Tan", "ACME", honorific="Dr.", role="Director"),
        contact("c-ruiz", "Ana", "Ruiz", "acme, inc"),
        contact("c-chen", "Bo", "Chen", "Initech Corp."),
    ]
    steps = [("requested", 9), ("scheduled", 8), ("done", 1)]
    done = Meeting(
        id="m-tan",
        contact_id="c-tan",
        status="done",  # type: ignore[arg-type]
        history=[Transition(status, iso(NOW.subtract(days=days))) for status, days in steps],
        scheduled_for=iso(NOW.subtract(days=1)),
    )
    lamp = [
        Target(id="t-acme", name="Acme Inc.", motivation=5, posting=3, notes="Data team"),
        Target(id="t-globex", name="Globex", motivation=5, posting=3),
        Target(id="t-initech", name="Initech", motivation=4, posting=1),
        Target(id="t-hostile", name=HOSTILE, motivation=3),
        Target(id="t-d", name="Delta", motivation=2),
        Target(id="t-e", name="Epsilon", motivation=1, posting=2),
        Target(id="t-f", name="Foxtrot", motivation=1),
        Target(id="t-old", name="Old Employer", motivation=5, posting=3, archived=True),
    ]
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.import_records(contacts, [done], lamp if targets else [])
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build(tmp_path / "campaign.json")


def test_text_is_the_sorted_list_with_the_top_five_in_focus(run: Run, db: Path) -> None:
    before = db.read_bytes()
    result = run("targets", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["EMPLOYER", "M", "P", "A", "PEOPLE", "NEXT", "STEP"]
    rows = lines[1:8]
    assert [row.startswith("*") for row in rows] == [True] * 5 + [False] * 2
    assert rows[0].split("  ")[0] == "* Acme Inc."
    assert "Dr. Mei Lin Tan, Ana Ruiz" not in rows[0]  # by surname: Ruiz before Tan
    assert "Ana Ruiz, Dr. Mei Lin Tan" in rows[0] and rows[0].endswith("Thank Dr. Tan")
    assert "Globex" in rows[1] and rows[1].endswith("Find a contact here (none yet)")
    assert " no " in rows[1] and " yes " in rows[0]  # Advocacy: someone you know there
    assert "Initech" in rows[2] and rows[2].endswith("Write to Bo Chen (no request open)")
    shown = terminal_safe(HOSTILE, single_line=True)
    assert [row[2:].split("  ")[0] for row in rows[3:]] == [shown, "Delta", "Epsilon", "Foxtrot"]
    assert "Old Employer" not in result.stdout
    assert "\x1b" not in result.stdout  # the hostile name is shown, never obeyed
    assert "this week's focus" in result.stdout and "Pacing: one follow-up after 7 days." in result.stdout
    assert db.read_bytes() == before  # read only


def test_archived_targets_only_when_asked(run: Run, db: Path) -> None:
    result = run("targets", "--archived", "--db", str(db))
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "Old Employer" in line)
    assert "Old Employer (archived)" in line and not line.startswith("*")


def test_json_has_each_targets_fields(run: Run, db: Path) -> None:
    result = run("targets", "--format", "json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    targets = json.loads(result.stdout)["targets"]
    assert [t["name"] for t in targets] == ["Acme Inc.", "Globex", "Initech", HOSTILE, "Delta", "Epsilon", "Foxtrot"]
    acme = targets[0]
    assert {k: acme[k] for k in ("name", "advocacy", "motivation", "posting", "people", "next_step", "focus")} == {
        "name": "Acme Inc.",
        "advocacy": True,
        "motivation": 5,
        "posting": 3,
        "people": ["Ana Ruiz", "Dr. Mei Lin Tan"],
        "next_step": "Thank Dr. Tan",
        "focus": True,
    }
    assert acme["id"] == "t-acme" and acme["notes"] == "Data team" and acme["archived"] is False
    assert acme["contacts"][1] == {
        "id": "c-tan",
        "name": "Dr. Mei Lin Tan",
        "role": "Director",
        "statuses": ["done"],
        "reply": "booster",
    }
    assert [t["focus"] for t in targets] == [True] * 5 + [False] * 2
    assert targets[1]["advocacy"] is False and targets[1]["people"] == []
    archived = json.loads(run("targets", "--format", "json", "--archived", "--db", str(db)).stdout)["targets"]
    assert archived[-1]["name"] == "Old Employer" and archived[-1]["archived"] is True


def test_the_pacing_setting_is_named(run: Run, db: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[meetings]\npacing = "3b7"\n', encoding="utf-8")
    result = run("targets", "--db", str(db), extra_env={"INFOCOACH_CONFIG": str(config)})
    assert result.returncode == 0, result.stderr
    assert "Pacing: 3B7 (business days)." in result.stdout


def test_a_bad_setting_is_a_warning_not_a_failure(run: Run, db: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[meetings]\npacing = "weekly"\n', encoding="utf-8")
    result = run("targets", "--db", str(db), extra_env={"INFOCOACH_CONFIG": str(config)})
    assert result.returncode == 0
    assert 'infocoach: warning: [meetings] pacing = "weekly" is not valid' in result.stderr
    assert "Acme Inc." in result.stdout


def test_no_targets_says_how_to_add_them(run: Run, tmp_path: Path) -> None:
    db = build(tmp_path / "none.json", targets=False)
    result = run("targets", "--db", str(db))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("No target employers yet.") and "Targets screen" in result.stdout
    assert json.loads(run("targets", "--format", "json", "--db", str(db)).stdout) == {"targets": []}


def test_only_archived_targets_points_at_the_flag(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "archived.json"
    with Store.open(path, clock=FixedClock(NOW)) as store:
        store.import_records([], [], [Target(id="t-1", name="Gone", archived=True)])
    result = run("targets", "--db", str(path))
    assert result.returncode == 0
    assert "infocoach targets --archived" in result.stdout


def test_a_fresh_machine_has_no_targets_and_creates_nothing(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nothing" / "here.json"
    result = run("targets", "--db", str(missing))
    assert result.returncode == 0 and result.stdout.startswith("No target employers yet.")
    assert json.loads(run("targets", "--format", "json", "--db", str(missing)).stdout) == {"targets": []}
    assert not missing.parent.exists()


def test_a_damaged_database_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = run("targets", "--db", str(broken))
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith("infocoach: ")
    assert broken.read_text(encoding="utf-8") == "{not json"


def test_on_a_narrow_terminal_the_next_step_is_clipped_and_in_a_pipe_it_is_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import sys

    import pendulum

    from infocoach.cli import targets as targets_cli
    from infocoach.core.campaign.lamp import lamp_rows
    from infocoach.core.settings import Settings

    people = [contact("c-1", "Ana", "Ruiz", "Contoso")]
    employer = Target(id="t-1", name="Contoso", motivation=5, posting=3)
    rows = lamp_rows([employer], people, [], pendulum.datetime(2026, 11, 25, tz="UTC"), Settings())
    step = rows[0].next_step
    targets_cli._print_table(rows)
    assert capsys.readouterr().out.splitlines()[1].endswith(step)  # not a terminal: whole
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(targets_cli.shutil, "get_terminal_size", lambda: os.terminal_size((60, 24)))
    targets_cli._print_table(rows)
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 60 for line in lines) and lines[1].endswith("…")
