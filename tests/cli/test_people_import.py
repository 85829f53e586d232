"""`infocoach import --from linkedin|vcard` as a user runs it: a subprocess on a database in tmp_path,
with its own settings file (INFOCOACH_CONFIG), HOME and XDG folders."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Contact
from infocoach.store import Store

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "imports"))
from connection_files import ANA, GOOGLE_VCF, IPHONE_VCF, MEI, RAJ, connections_csv  # noqa: E402

NOW = "2026-11-25T13:30:00+00:00"
NAMELESS = ("", "", "", "", "", "", "01 Feb 2022")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (tmp_path / name.lower()).mkdir()
        values[name] = str(tmp_path / name.lower())
    config = tmp_path / "settings" / "config.toml"
    config.parent.mkdir()
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    values["INFOCOACH_CONFIG"] = str(config)
    return values


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "infocoach.json"


def infocoach(env: dict[str, str], *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    out = subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )
    assert "Traceback" not in out.stderr, out.stderr
    return out


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def stored(db: Path) -> dict[str, Contact]:
    with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
        return {c.last_name: c for c in store.contacts()}


def test_a_dry_run_says_everything_and_writes_nothing(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    csv_file = write(tmp_path, "Connections.csv", connections_csv([ANA, RAJ, MEI, NAMELESS, ANA]))
    result = infocoach(env, "import", csv_file, "--from", "linkedin", "--dry-run", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "line 5: would add Ana López, Analyst at Contoso",
        "line 6: would add Raj Patel, Engineer at Northwind Traders",
        'line 7: would add Mei Lin Tan, Head of "Data", EMEA at Fabrikam, Inc.',
        "line 8: would skip: no name (LinkedIn leaves out the names of members who hide them)",
        "line 9: would skip: the same person as an earlier line (line 5)",
        f"Dry run of {csv_file}: 3 added, 0 updated, 0 unchanged, 2 skipped "
        "(no name: 1; the same person as an earlier line: 1).",
        "Nothing was written (--dry-run).",
    ]
    assert not db.exists() and not db.parent.exists()


def test_import_then_again_then_a_newer_export(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    csv_file = write(tmp_path, "Connections.csv", connections_csv([ANA, RAJ, MEI, NAMELESS]))
    first = infocoach(env, "import", csv_file, "--from", "linkedin", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "line 8: skipped: no name (LinkedIn leaves out the names of members who hide them)",
        f"Imported {csv_file}: 3 added, 0 updated, 0 unchanged, 1 skipped (no name: 1).",
        f"Database: {db}",
    ]
    people = stored(db)
    ana = people["López"]
    assert (ana.source, ana.timezone, ana.honorific, ana.connected_on) == (
        "linkedin",
        "Europe/London",
        "",
        "2024-03-15",
    )
    assert ana.imported["role"] == "Analyst" and ana.created_at

    # The same file again: nothing added, the file not even rewritten.
    before = db.read_bytes()
    again = infocoach(env, "import", csv_file, "--from", "linkedin", "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert f"Imported {csv_file}: 0 added, 0 updated, 3 unchanged, 1 skipped (no name: 1)." in again.stdout
    assert db.read_bytes() == before

    # She got a title; you corrected his role by hand; a newer export changes both.
    with Store.open(db, clock=FixedClock(NOW)) as store:
        store.save_contact(replace(ana, honorific="Ms."))
        store.save_contact(replace(people["Patel"], role="Staff Engineer"))
    newer = write(
        tmp_path,
        "Connections-newer.csv",
        connections_csv([(*ANA[:4], "Fabrikam", "Director", ANA[6]), (*RAJ[:5], "Senior Engineer", RAJ[6]), MEI]),
    )
    before = db.read_bytes()
    dry = infocoach(env, "import", newer, "--from", "linkedin", "--dry-run", "--db", str(db))
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[:2] == [
        "line 5: would update: Ms. López is now Director at Fabrikam",
        "line 6: your edit of Raj Patel's role stays “Staff Engineer” (the file says “Senior Engineer”)",
    ]
    assert db.read_bytes() == before

    real = infocoach(env, "import", newer, "--from", "linkedin", "--db", str(db))
    assert real.returncode == 0, real.stderr
    assert "line 5: updated: Ms. López is now Director at Fabrikam" in real.stdout
    assert "0 added, 1 updated, 2 unchanged, 0 skipped; your own edits kept for 1 person." in real.stdout
    people = stored(db)
    assert (people["López"].role, people["López"].organization) == ("Director", "Fabrikam")
    assert people["Patel"].role == "Staff Engineer" and len(people) == 3


@pytest.mark.parametrize(
    ("source", "data", "said"),
    [
        (
            "linkedin",
            connections_csv([ANA, RAJ, (*MEI[:6], "31 Feb 2024")]),
            "line 7: “31 Feb 2024” under Connected On",
        ),
        ("linkedin", b"", "line 1: the file is empty"),
        ("linkedin", b"name,email\r\nAna,ana@example.com\r\n", "line 1: no line names the columns First Name"),
        (
            "vcard",
            GOOGLE_VCF.encode() + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nno colon here\r\nEND:VCARD\r\n",
            "line 27:",
        ),
        ("vcard", connections_csv([ANA]), "line 1: there is no card (BEGIN:VCARD)"),
    ],
)
def test_a_malformed_file_writes_nothing_exits_2_and_names_the_line(
    env: dict[str, str], tmp_path: Path, db: Path, source: str, data: bytes, said: str
) -> None:
    assert (
        infocoach(
            env, "import", write(tmp_path, "ok.csv", connections_csv([ANA])), "--from", "linkedin", "--db", str(db)
        ).returncode
        == 0
    )
    before = db.read_bytes()
    bad = write(tmp_path, "bad-file", data)
    result = infocoach(env, "import", bad, "--from", source, "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.startswith(f"infocoach: {bad}, {said}"), result.stderr
    assert result.stderr.rstrip().endswith("Nothing was written.")
    assert result.stdout == ""
    assert db.read_bytes() == before


def test_missing_file_and_folder(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    missing = infocoach(env, "import", str(tmp_path / "nope.csv"), "--from", "linkedin", "--db", str(db))
    folder = infocoach(env, "import", str(tmp_path), "--from", "vcard", "--db", str(db))
    assert (missing.returncode, folder.returncode) == (2, 2)
    assert "no such file" in missing.stderr and "is a folder, not a vCard file (.vcf)" in folder.stderr
    assert not db.exists()


def test_vcards_from_standard_input_then_exported_and_imported_back(env: dict[str, str], db: Path) -> None:
    cards = (GOOGLE_VCF + IPHONE_VCF).encode("utf-8")
    first = infocoach(env, "import", "-", "--from", "vcard", "--db", str(db), stdin=cards)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[:2] == [
        "line 37: skipped: a company's card, not a person's",
        "Imported standard input: 3 added, 0 updated, 0 unchanged, 1 skipped (a company's card, not a person's: 1).",
    ]
    people = stored(db)
    assert (
        people["Lopez"].honorific == "Ms." and people["Raman"].honorific == "Dr." and people["Núñez"].source == "vcard"
    )

    exported = subprocess.run(
        [sys.executable, "-m", "infocoach", "export", "--format", "vcard", "--db", str(db)],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count(b"BEGIN:VCARD") == 3 and "Núñez".encode() in exported.stdout
    before = db.read_bytes()
    back = infocoach(env, "import", "-", "--from", "vcard", "--db", str(db), stdin=exported.stdout)
    assert back.returncode == 0, back.stderr
    assert "Imported standard input: 0 added, 0 updated, 3 unchanged, 0 skipped." in back.stdout
    assert db.read_bytes() == before


def test_before_any_settings_people_get_this_machines_time_zone(env: dict[str, str], tmp_path: Path, db: Path) -> None:
    env = {**env, "INFOCOACH_CONFIG": str(tmp_path / "not-yet" / "config.toml"), "TZ": "America/Chicago"}
    csv_file = write(tmp_path, "Connections.csv", connections_csv([ANA]))
    result = infocoach(env, "import", csv_file, "--from", "linkedin", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert stored(db)["López"].timezone == "America/Chicago"
    assert not (tmp_path / "not-yet").exists()  # importing writes no settings file
