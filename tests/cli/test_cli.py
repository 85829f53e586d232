"""The command line, run as a user runs it: a subprocess, its exit status and its messages.

Every subprocess gets its own HOME and XDG folders, so the real user's data and settings are
never read or touched. Databases are built in-process with a FixedClock.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import infocoach
from infocoach.core.clock import FixedClock
from infocoach.core.records.model import STATUS_NAMES
from infocoach.core.samples.demo import build_demo
from infocoach.store import Store

NOW = "2024-05-01T09:00:00+00:00"
USER_TZ = "Europe/London"
SUBCOMMANDS = ["demo", "export", "import", "list", "paths"]
LOCKED = "already open in another infocoach"
ESCAPE = "\x1b"

Run = Callable[..., subprocess.CompletedProcess[str]]


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of every subprocess: private HOME and XDG folders, no INFOCOACH_*."""
    dropped = ("INFOCOACH_DB", "INFOCOACH_CONFIG")
    values = {k: v for k, v in os.environ.items() if k not in dropped}
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
    values["TZ"] = "UTC"
    return values


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Run:
    """Run ``python -m infocoach ARGS`` without a terminal; stdin is empty unless given."""

    def runner(
        *args: str, input: str | bytes | None = None, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        if isinstance(input, bytes):
            input = input.decode("utf-8", "surrogateescape")
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", *args],
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            env={**env, **(extra_env or {})},
            cwd=tmp_path,
            timeout=30,
        )
        # Whatever happened, the user never sees a traceback.
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def make_demo_db(path: Path) -> Path:
    clock = FixedClock(NOW)
    with Store.open(path, clock=clock) as store:
        store.import_records(*build_demo(clock.now(), USER_TZ))
    return path


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    return make_demo_db(tmp_path / "demo.json")


@pytest.fixture
def export_file(tmp_path: Path, demo_db: Path) -> Path:
    """A valid export of the demo data, made in-process."""
    from infocoach.core.exports.json_exchange import dumps_document, export_document

    with Store.open(demo_db, clock=FixedClock(NOW), readonly=True) as store:
        text = dumps_document(export_document(store.contacts(), store.meetings()))
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    return path


def one_line(text: str) -> str:
    """A message on one line, so a phrase is found wherever the text happens to break."""
    return " ".join(text.split())


# --- version, help, usage errors -------------------------------------------------------------


def test_version_prints_the_package_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"infocoach {infocoach.__version__}"


@pytest.mark.parametrize("command", [[], *([name] for name in SUBCOMMANDS)])
def test_help_exits_zero_for_every_command(run: Run, command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: infocoach")
    assert result.stderr == ""
    if not command:  # the top level lists every subcommand
        for name in SUBCOMMANDS:
            assert name in result.stdout


@pytest.mark.parametrize(
    "args, complaint",
    [
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["list", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["export", "--format", "xml"], "invalid choice: 'xml'"),
        (["frob"], "invalid choice: 'frob'"),
        (["import"], "the following arguments are required: FILE"),
    ],
)
def test_usage_errors_exit_2_with_argparse_message(run: Run, args: list[str], complaint: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "usage: infocoach" in result.stderr
    assert complaint in result.stderr
    assert result.stdout == ""


# --- paths --------------------------------------------------------------------------------


def _paths(stdout: str) -> dict[str, str]:
    lines = dict(line.split(":", 1) for line in stdout.splitlines())
    return {key.strip(): value.strip() for key, value in lines.items()}


def test_paths_default_to_the_xdg_folders(run: Run, env: dict[str, str]) -> None:
    result = run("paths")
    assert result.returncode == 0, result.stderr
    shown = _paths(result.stdout)
    assert set(shown) == {"data file", "config file", "backups", "themes", "agenda"}
    data_home, config_home = Path(env["XDG_DATA_HOME"]), Path(env["XDG_CONFIG_HOME"])
    cache_home = Path(env["XDG_CACHE_HOME"])
    assert shown["agenda"].startswith(str(cache_home / "infocoach" / "agenda-")) and shown["agenda"].endswith(".json")
    assert shown["data file"] == str(data_home / "infocoach" / "infocoach.json")
    assert shown["backups"] == str(data_home / "infocoach" / "backups")
    assert shown["config file"] == str(config_home / "infocoach" / "config.toml")
    assert shown["themes"] == str(config_home / "infocoach" / "themes")
    # Asking where things live creates nothing.
    assert list(data_home.iterdir()) == [] and list(config_home.iterdir()) == []
    assert list(cache_home.iterdir()) == []


def test_paths_follow_db_option_and_env_var_with_the_option_winning(run: Run, tmp_path: Path) -> None:
    from_env = tmp_path / "env.json"
    from_flag = tmp_path / "flag.json"
    env_db = {"INFOCOACH_DB": str(from_env)}

    by_env = _paths(run("paths", extra_env=env_db).stdout)
    assert by_env["data file"] == str(from_env)
    assert by_env["backups"] == str(tmp_path / "backups")

    by_flag = _paths(run("paths", "--db", str(from_flag), extra_env=env_db).stdout)
    assert by_flag["data file"] == str(from_flag)

    # --db before the subcommand counts too, and a relative path is made absolute.
    before = _paths(run("--db", "rel.json", "paths", extra_env=env_db).stdout)
    assert before["data file"] == str(tmp_path / "rel.json")


def test_paths_follow_infocoach_config(run: Run, tmp_path: Path) -> None:
    config = tmp_path / "elsewhere" / "settings.toml"
    shown = _paths(run("paths", extra_env={"INFOCOACH_CONFIG": str(config)}).stdout)
    assert shown["config file"] == str(config)
    assert shown["themes"] == str(config.parent / "themes")


# --- export and import ----------------------------------------------------------------------


def test_export_import_export_round_trips_byte_for_byte(run: Run, tmp_path: Path, demo_db: Path) -> None:
    first = run("export", "--format", "json", "-o", "a.json", "--db", str(demo_db))
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""
    assert "Exported to a.json." in first.stderr
    a = (tmp_path / "a.json").read_bytes()

    imported = run("import", "a.json", "--db", "empty.json")
    assert imported.returncode == 0, imported.stderr
    doc = json.loads(a)
    counts = f"{len(doc['contacts'])} contacts and {len(doc['meetings'])} meetings"
    total = len(doc["contacts"]) + len(doc["meetings"])
    assert imported.stdout.splitlines() == [
        f"Read {counts} from a.json: {total} added, 0 replaced, 0 already up to date.",
        f"Database: {tmp_path / 'empty.json'}",
    ]

    second = run("export", "--format", "json", "-o", "b.json", "--db", "empty.json")
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "b.json").read_bytes() == a

    # Importing the same file again changes nothing and says so.
    before = (tmp_path / "empty.json").read_bytes()
    again = run("import", "a.json", "--db", "empty.json")
    assert again.returncode == 0
    assert f"0 added, 0 replaced, {total} already up to date." in again.stdout
    assert "Imported" not in again.stdout
    assert (tmp_path / "empty.json").read_bytes() == before


def test_export_to_stdout_matches_the_output_file_and_has_the_documented_shape(
    run: Run, tmp_path: Path, demo_db: Path
) -> None:
    to_file = run("export", "-o", "a.json", "--db", str(demo_db))
    to_stdout = run("export", "--db", str(demo_db))
    dash = run("export", "-o", "-", "--db", str(demo_db))
    assert to_file.returncode == to_stdout.returncode == dash.returncode == 0
    assert to_stdout.stdout == dash.stdout == (tmp_path / "a.json").read_text(encoding="utf-8")
    assert to_stdout.stderr == ""

    doc = json.loads(to_stdout.stdout)
    assert set(doc) == {"schema", "contacts", "meetings", "targets"}
    assert isinstance(doc["schema"], int) and not isinstance(doc["schema"], bool)
    assert len(doc["meetings"]) >= 12
    for contact in doc["contacts"]:
        assert isinstance(contact["id"], str)
    for meeting in doc["meetings"]:
        assert {"id", "contact_id", "status"} <= set(meeting)
        assert isinstance(meeting["id"], str) and isinstance(meeting["contact_id"], str)
        assert meeting["status"] in STATUS_NAMES
    # The export file is private, like the database.
    assert (tmp_path / "a.json").stat().st_mode & 0o077 == 0


def test_export_does_not_change_the_database(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    assert run("export", "--db", str(demo_db)).returncode == 0
    assert demo_db.read_bytes() == before


def test_export_refuses_to_overwrite_the_database_itself(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    for target in (str(demo_db), str(demo_db.parent / "." / demo_db.name)):
        result = run("export", "-o", target, "--db", str(demo_db))
        assert result.returncode == 2
        assert "is the database itself" in result.stderr
        assert demo_db.read_bytes() == before


def test_export_to_an_unwritable_place_is_a_clear_failure(run: Run, tmp_path: Path, demo_db: Path) -> None:
    (tmp_path / "plain-file").write_text("x")
    result = run("export", "-o", str(tmp_path / "plain-file" / "out.json"), "--db", str(demo_db))
    assert result.returncode == 1
    assert f"could not write {tmp_path / 'plain-file' / 'out.json'}" in result.stderr
    assert result.stdout == ""


def test_export_of_a_missing_database_says_so_and_creates_nothing(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    result = run("export", "--db", str(missing))
    assert result.returncode == 1
    assert f"There is no database at {missing}" in result.stderr
    assert "nothing has been saved yet; open infocoach to add a contact, or check --db" in (one_line(result.stderr))
    assert not missing.exists()


def _one_contact_export(path: Path, meetings: int) -> Path:
    doc = {
        "schema": 1,
        "contacts": [{"id": "c-1", "first_name": "Ana", "last_name": "Lee"}],
        "meetings": [{"id": f"m-{n}", "contact_id": "c-1", "status": "planned"} for n in range(meetings)],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_summary_uses_singulars_and_counts_what_was_already_there(run: Run, tmp_path: Path) -> None:
    one = _one_contact_export(tmp_path / "one.json", meetings=1)
    first = run("import", str(one), "--db", "db.json")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"Read 1 contact and 1 meeting from {one}: 2 added, 0 replaced, 0 already up to date.",
        f"Database: {tmp_path / 'db.json'}",
    ]
    again = run("import", str(one), "--db", "db.json")
    assert again.stdout.splitlines()[0] == (
        f"Read 1 contact and 1 meeting from {one}: 0 added, 0 replaced, 2 already up to date."
    )
    two = _one_contact_export(tmp_path / "two.json", meetings=2)
    more = run("import", str(two), "--db", "db.json")
    assert more.stdout.splitlines()[0] == (
        f"Read 1 contact and 2 meetings from {two}: 1 added, 0 replaced, 2 already up to date."
    )


def test_import_from_stdin(run: Run, tmp_path: Path, export_file: Path) -> None:
    result = run("import", "-", "--db", "fresh.json", input=export_file.read_text("utf-8"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Read ") and "from standard input: " in result.stdout
    assert f"Database: {tmp_path / 'fresh.json'}" in result.stdout
    out = run("export", "--db", "fresh.json")
    assert out.stdout == export_file.read_text("utf-8")


def _bad_inputs(export_text: str) -> dict[str, tuple[bytes, str]]:
    """name -> (file bytes, a phrase the message must contain)."""
    doc = json.loads(export_text)
    unknown_status = json.loads(export_text)
    unknown_status["meetings"][0]["status"] = "ghosted"
    orphan = json.loads(export_text)
    orphan["meetings"][0]["contact_id"] = "c-nobody"
    return {
        "not-json": (b"this is not json\n", "not valid JSON"),
        "truncated": (export_text[: len(export_text) // 2].encode(), "not valid JSON"),
        "a-list": (b"[1, 2, 3]\n", "the document"),
        "wrong-shape": (json.dumps({"schema": 1, "contacts": 5}).encode(), "contacts"),
        "unknown-status": (json.dumps(unknown_status).encode(), "'ghosted'"),
        "missing-contact": (json.dumps(orphan).encode(), "no contact has id 'c-nobody'"),
        "binary": (bytes(range(256)) * 4, "not UTF-8"),
        "newer-schema": (json.dumps({**doc, "schema": 99}).encode(), "newer infocoach"),
    }


BAD_INPUT_NAMES = [
    "not-json",
    "truncated",
    "a-list",
    "wrong-shape",
    "unknown-status",
    "missing-contact",
    "binary",
    "newer-schema",
]


@pytest.mark.parametrize("name", BAD_INPUT_NAMES)
def test_import_of_bad_input_exits_2_and_writes_nothing(
    run: Run, tmp_path: Path, export_file: Path, demo_db: Path, name: str
) -> None:
    data, phrase = _bad_inputs(export_file.read_text("utf-8"))[name]
    source = tmp_path / f"{name}.json"
    source.write_bytes(data)
    before = demo_db.read_bytes()
    untouched = sorted(p.name for p in tmp_path.iterdir())

    # Into an existing database: its bytes stay the same.
    result = run("import", str(source), "--db", str(demo_db))
    assert result.returncode == 2
    assert f"{source} was not imported; nothing was written" in result.stderr
    assert phrase in result.stderr
    assert demo_db.read_bytes() == before

    # Into a database that does not exist yet: it is not created.
    result = run("import", str(source), "--db", str(tmp_path / "new.json"))
    assert result.returncode == 2
    assert phrase in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == untouched

    # From stdin, the same checks and the same message.
    result = run("import", "-", "--db", str(demo_db), input=data)
    assert result.returncode == 2
    assert "- was not imported; nothing was written" in result.stderr
    assert phrase in result.stderr
    assert demo_db.read_bytes() == before


def test_import_reports_every_problem_with_its_place(run: Run, tmp_path: Path) -> None:
    doc = {
        "schema": 1,
        "contacts": [{"id": "c-1", "first_name": "Ana", "last_name": "Lee", "honorific": "Sir"}],
        "meetings": [
            {"id": "m-1", "contact_id": "c-1", "status": "ghosted"},
            {"id": 7, "contact_id": "c-1", "status": "done"},
        ],
    }
    source = tmp_path / "several.json"
    source.write_text(json.dumps(doc))
    result = run("import", str(source), "--db", "new.json")
    assert result.returncode == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith("  - ")]
    assert len(problems) >= 3
    assert any(p.startswith("  - contacts[0].honorific:") for p in problems)
    assert any(p.startswith("  - meetings[0].status:") and "ghosted" in p for p in problems)
    assert any(p.startswith("  - meetings[1].id:") for p in problems)
    assert not (tmp_path / "new.json").exists()


@pytest.mark.parametrize(
    "make, phrase",
    [
        (lambda tmp: tmp / "nowhere.json", "no such file"),
        (lambda tmp: tmp, "is a directory, not an export file"),
    ],
    ids=["missing-file", "directory"],
)
def test_import_of_an_unreadable_source_exits_2(
    run: Run, tmp_path: Path, demo_db: Path, make: Callable[[Path], Path], phrase: str
) -> None:
    before = demo_db.read_bytes()
    source = make(tmp_path)
    result = run("import", str(source), "--db", str(demo_db))
    assert result.returncode == 2
    assert f"infocoach: {source}" in result.stderr and phrase in result.stderr
    assert demo_db.read_bytes() == before


# --- list -----------------------------------------------------------------------------------


def test_list_shows_every_meeting_with_pipeline_status_names(run: Run, demo_db: Path) -> None:
    result = run("list", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["ID", "DATE", "STATUS", "CONTACT", "ORGANIZATION"]
    assert len(lines) >= 12
    shown = {line.split()[2] for line in lines}  # id, date, status, …
    assert shown <= set(STATUS_NAMES)
    assert shown == set(STATUS_NAMES)  # the demo covers the whole pipeline
    dates = [line.split()[1] for line in lines]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_list_filters_by_status_in_text_and_json(run: Run, demo_db: Path) -> None:
    text = run("list", "--status", "done", "--db", str(demo_db))
    assert text.returncode == 0
    text_lines = text.stdout.splitlines()[1:]  # after the header
    assert text_lines and all(line.split()[2] == "done" for line in text_lines)

    as_json = run("list", "--status", "done", "--format", "json", "--db", str(demo_db))
    assert as_json.returncode == 0
    records = json.loads(as_json.stdout)
    assert len(records) == len(text_lines) >= 2
    for record in records:
        assert set(record) == {
            "id",
            "contact",
            "organization",
            "date",
            "status",
            "talk_share_percent",
        }
        assert record["status"] == "done"
        assert record["id"] in text.stdout

    everything = json.loads(run("list", "--format", "json", "--db", str(demo_db)).stdout)
    assert {r["status"] for r in everything} == set(STATUS_NAMES)


def test_list_json_gives_iso_dates_and_talk_share_as_a_number_or_null(run: Run, demo_db: Path) -> None:
    records = json.loads(run("list", "--format", "json", "--db", str(demo_db)).stdout)
    with Store.open(demo_db, clock=FixedClock(NOW), readonly=True) as store:
        talk = {m.id: m.talk for m in store.meetings()}
    shares = {}
    for record in records:
        assert "talk_share" not in record
        assert record["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        share = record["talk_share_percent"]
        shares[record["id"]] = share
        if share is not None:
            assert type(share) is int and 0 <= share <= 100
            assert record["status"] in ("done", "thanked")
            assert share == round(talk[record["id"]].share * 100)
    assert any(s is not None for s in shares.values())  # the demo has met meetings with talk
    assert any(s is None for s in shares.values())  # …and planned ones without
    assert "—" not in json.dumps(records, ensure_ascii=False)


def test_list_header_lines_up_with_the_columns(run: Run, demo_db: Path) -> None:
    header, *lines = run("list", "--db", str(demo_db)).stdout.splitlines()
    names = ["ID", "DATE", "STATUS", "CONTACT", "ORGANIZATION"]
    starts = [header.index(name) for name in names]
    assert starts[0] == 0 and starts == sorted(starts)
    for line in lines:
        for start in starts[1:]:
            assert line[start - 1] == " " and line[start] != " ", (line, start)


def test_list_hides_meetings_of_archived_contacts_unless_asked(run: Run, tmp_path: Path) -> None:
    from infocoach.core.records.model import Contact, Meeting

    db = tmp_path / "archive.json"
    with Store.open(db, clock=FixedClock(NOW)) as store:
        store.save_contact(Contact(id="c-live", first_name="Ana", last_name="Lee"))
        store.save_contact(Contact(id="c-gone", first_name="Bo", last_name="Kim", archived=True))
        store.save_meeting(Meeting(id="m-live", contact_id="c-live"))
        store.save_meeting(Meeting(id="m-of-gone", contact_id="c-gone"))
        store.save_meeting(Meeting(id="m-archived", contact_id="c-live", archived=True))

    shown = run("list", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert [line.split()[0] for line in shown.stdout.splitlines()[1:]] == ["m-live"]
    as_json = json.loads(run("list", "--format", "json", "--db", str(db)).stdout)
    assert [r["id"] for r in as_json] == ["m-live"]

    everything = run("list", "--archived", "--db", str(db)).stdout
    assert {line.split()[0] for line in everything.splitlines()[1:]} == {
        "m-live",
        "m-of-gone",
        "m-archived",
    }


FIRST_RUN = "No meetings yet. Add a contact in the app (infocoach), or try: infocoach demo\n"


@pytest.mark.parametrize(
    "where",
    ["new.json", "not-yet/made/new.json"],
    ids=["folder-exists", "folder-not-made-yet"],
)
def test_list_on_a_fresh_machine_is_a_friendly_hint(run: Run, tmp_path: Path, env: dict[str, str], where: str) -> None:
    db = tmp_path / where
    result = run("list", "--db", str(db))
    assert (result.returncode, result.stdout, result.stderr) == (0, FIRST_RUN, "")
    assert json.loads(run("list", "--format", "json", "--db", str(db)).stdout) == []
    assert not db.exists() and not (tmp_path / "not-yet").exists()  # nothing was created

    # The default database on a machine where infocoach has never saved anything.
    default = run("list")
    assert (default.returncode, default.stdout) == (0, FIRST_RUN)
    assert list(Path(env["XDG_DATA_HOME"]).iterdir()) == []


def test_list_of_a_folder_is_still_an_error(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run("list", "--db", str(folder))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{folder}" in result.stderr and "folder" in result.stderr


def test_list_with_an_invalid_status_exits_2(run: Run, demo_db: Path) -> None:
    result = run("list", "--status", "finished", "--db", str(demo_db))
    assert result.returncode == 2
    assert "invalid choice: 'finished'" in result.stderr
    assert "planned" in result.stderr  # the valid names are listed


def test_list_of_an_empty_database(run: Run, tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.json", clock=FixedClock(NOW)).close()
    result = run("list", "--db", "empty.json")
    assert (result.returncode, result.stdout) == (0, "No meetings.\n")
    result = run("list", "--status", "thanked", "--db", "empty.json")
    assert (result.returncode, result.stdout) == (0, "No thanked meetings.\n")
    assert json.loads(run("list", "--format", "json", "--db", "empty.json").stdout) == []


# --- a database another infocoach holds -------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [[], ["demo"], ["import", "{export}"]],
    ids=["app", "demo", "import"],
)
def test_a_locked_database_is_refused_before_any_ui(
    run: Run, demo_db: Path, export_file: Path, args: list[str]
) -> None:
    args = [a.format(export=export_file) for a in args]
    with Store.open(demo_db, clock=FixedClock(NOW)):
        before = demo_db.read_bytes()
        started = time.monotonic()
        result = run(*args, "--db", str(demo_db))
        elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert f"{demo_db} is {LOCKED}" in one_line(result.stderr)
    assert result.stdout == ""
    assert ESCAPE not in result.stdout and ESCAPE not in result.stderr  # nothing was drawn
    assert elapsed < 10
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize("command", ["export", "list"])
def test_readers_work_while_the_app_holds_the_database(run: Run, demo_db: Path, command: str) -> None:
    # Every save is an atomic rename, so a reader sees the last whole save without a lock.
    before = demo_db.read_bytes()
    with Store.open(demo_db, clock=FixedClock(NOW)):
        result = run(command, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "Okafor" in result.stdout
    assert demo_db.read_bytes() == before


def test_two_readers_share_the_database(run: Run, demo_db: Path) -> None:
    with Store.open(demo_db, clock=FixedClock(NOW), readonly=True):
        result = run("export", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meetings"]


def test_the_app_without_a_terminal_says_so_instead_of_drawing(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db))
    assert result.returncode == 1
    assert "needs a terminal" in result.stderr
    assert result.stdout == ""
    assert demo_db.read_bytes() == before


# --- damaged databases and impossible paths -----------------------------------------------------

CORRUPT = {
    "truncated": b'{"_meta": {"1": {"schema": 1}}, "contacts": {"1": {"id": "c-1", "first',
    "binary": bytes(range(256)) * 8,
    "json-list": b"[1, 2, 3]\n",
    "wrong-shape": b'{"contacts": 5}\n',
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
@pytest.mark.parametrize("command", [[], ["export"], ["list"], ["import", "{export}"]])
def test_a_corrupt_database_is_refused_untouched(
    run: Run, tmp_path: Path, export_file: Path, kind: str, command: list[str]
) -> None:
    db = tmp_path / f"{kind}.json"
    db.write_bytes(CORRUPT[kind])
    args = [a.format(export=export_file) for a in command]
    result = run(*args, "--db", str(db))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{db} is not a valid infocoach database" in one_line(result.stderr)
    assert "has not been changed" in result.stderr
    assert ESCAPE not in result.stderr
    assert db.read_bytes() == CORRUPT[kind]
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "command",
    [[], ["demo"], ["export"], ["list"], ["import", "{export}"]],
    ids=["app", "demo", "export", "list", "import"],
)
def test_a_path_under_a_regular_file_is_a_clear_failure(
    run: Run, tmp_path: Path, export_file: Path, command: list[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file\n")
    db = blocker / "infocoach.json"
    args = [a.format(export=export_file) for a in command]
    result = run(*args, "--db", str(db))
    assert result.returncode == 1
    assert result.stdout == ""
    message = one_line(result.stderr)
    assert message.startswith("infocoach: ")
    assert str(db) in message
    if command and command[0] in ("export", "list"):
        assert "There is no database at" in message
    else:
        assert f"{blocker} is a file, not a folder" in message
    assert blocker.read_text() == "I am a file\n"


# --- demo (in-process: the app itself needs a terminal) -----------------------------------------


@pytest.fixture
def quiet_app(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> list[tuple[Path, int, set[str], bool]]:
    """Make the app's run a no-op that records what it was given; isolate the environment."""
    import infocoach.app.application
    import infocoach.cli.launch as launch

    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, env[name])
    monkeypatch.delenv("INFOCOACH_DB", raising=False)
    monkeypatch.delenv("INFOCOACH_CONFIG", raising=False)
    monkeypatch.setattr(launch, "_has_terminal", lambda: True)
    seen: list[tuple[Path, int, set[str], bool]] = []

    def fake_run(self: infocoach.app.application.InfocoachApp, *args: object, **kwargs: object) -> None:
        meetings = self.store.meetings()
        seen.append((self.store.path, len(meetings), {m.status for m in meetings}, self.demo))

    monkeypatch.setattr(infocoach.app.application.InfocoachApp, "run", fake_run)
    return seen


def test_demo_with_db_seeds_a_new_file_once(quiet_app: list, tmp_path: Path) -> None:
    from infocoach.cli.main import main

    db = tmp_path / "new" / "demo.json"
    assert main(["demo", "--db", str(db)]) == 0
    with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
        meetings = store.meetings()
        contacts = store.contacts()
    assert len(meetings) >= 12
    assert {m.status for m in meetings} == set(STATUS_NAMES)
    assert {m.contact_id for m in meetings} <= {c.id for c in contacts}
    assert quiet_app == [(db, len(meetings), set(STATUS_NAMES), True)]

    # A second run finds data there and adds nothing.
    first = json.loads(db.read_bytes())
    assert main(["demo", "--db", str(db)]) == 0
    second = json.loads(db.read_bytes())
    assert second["contacts"] == first["contacts"] and second["meetings"] == first["meetings"]


def test_demo_does_not_seed_a_database_that_has_data(quiet_app: list, tmp_path: Path) -> None:
    from infocoach.cli.main import main
    from infocoach.core.records.model import Contact

    db = tmp_path / "mine.json"
    with Store.open(db, clock=FixedClock(NOW)) as store:
        store.save_contact(Contact(id="c-me", first_name="Ana", last_name="Lee"))
    assert main(["demo", "--db", str(db)]) == 0
    with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
        assert [c.id for c in store.contacts()] == ["c-me"]
        assert store.meetings() == []


def test_demo_without_db_leaves_nothing_behind(
    quiet_app: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    from infocoach.cli.main import main

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert main(["demo"]) == 0
    [(path, count, statuses, demo)] = quiet_app
    assert path.is_relative_to(scratch) and demo
    assert count >= 12 and statuses == set(STATUS_NAMES)
    assert list(scratch.iterdir()) == []  # the throw-away folder is gone
    # …and the user's own data folder was never touched.
    assert list(Path(env["XDG_DATA_HOME"]).iterdir()) == []


def test_python_dash_m_infocoach_runs_the_cli(env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=30,
    )
    assert result.returncode == 0
    assert re.fullmatch(r"infocoach \S+\n", result.stdout)


def test_demo_drafts_are_signed_by_the_demo_user_without_touching_settings(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tmp_path: Path
) -> None:
    import infocoach.app.application
    import infocoach.cli.launch as launch
    from infocoach.cli.main import main

    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, env[name])
    monkeypatch.setattr(launch, "_has_terminal", lambda: True)
    names: list[str] = []
    monkeypatch.setattr(
        infocoach.app.application.InfocoachApp, "run", lambda self, *a, **k: names.append(self.settings.user_name)
    )
    assert main(["demo", "--db", str(tmp_path / "d.json")]) == 0
    assert names == ["Alex Morgan"]
    assert not list(Path(env["XDG_CONFIG_HOME"]).rglob("config.toml"))
    names.clear()
    assert main(["prep", "no-such-id", "--db", str(tmp_path / "d.json")]) == 2
    assert names == []


# --- themes -----------------------------------------------------------------------------------


def test_themes_lists_ours_first_and_reports_bad_files(run, env) -> None:
    themes_dir = Path(env["XDG_CONFIG_HOME"]) / "infocoach" / "themes"
    themes_dir.mkdir(parents=True)
    (themes_dir / "ugly.toml").write_text('name = "ugly"\nprimry = "#ffffff"\n', encoding="utf-8")
    (themes_dir / "mine.toml").write_text(
        'name = "mine"\nprimary = "#336699"\nforeground = "#eeeeee"\nbackground = "#101418"\n'
        'warning = "#ddaa33"\nerror = "#dd5555"\nsuccess = "#55bb77"\n',
        encoding="utf-8",
    )
    result = run("themes")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "infocoach-dark (in use)"
    assert {"harbour", "high-contrast", "infocoach-light", "mine"} <= set(lines)
    assert "ugly.toml" in result.stderr and "'primry' is not a theme field" in result.stderr


def test_an_unknown_theme_exits_2_naming_the_valid_ones(run, tmp_path) -> None:
    db = tmp_path / "data.json"
    for args in (("--theme", "nope", "--db", str(db)), ("demo", "--theme", "nope")):
        result = run(*args)
        assert result.returncode == 2
        assert "no theme called 'nope'" in result.stderr and "high-contrast" in result.stderr
    assert not db.exists()


def test_a_good_theme_is_remembered_before_the_app_starts(run, env, tmp_path) -> None:
    db = tmp_path / "data.json"
    result = run("--theme", "harbour", "--db", str(db))
    assert result.returncode == 1 and "needs a terminal" in result.stderr  # no terminal here
    config = Path(env["XDG_CONFIG_HOME"]) / "infocoach" / "config.toml"
    assert 'theme = "harbour"' in config.read_text(encoding="utf-8")
    assert run("themes").stdout.splitlines()[1:].count("harbour (in use)") == 1
