"""The store: atomic private writes, the lock, refusing damaged or newer files, migrations,
rolling backups, and storing exactly what the user typed."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import infocoach
from infocoach.core.clock import FixedClock, parse_iso
from infocoach.core.records.model import Contact, Meeting, Note, Question, TalkTotals
from infocoach.store import (
    SCHEMA_VERSION,
    Store,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreNewerSchema,
    newest_backup,
)
from infocoach.store import schema as store_schema

FIXTURES = Path(__file__).parents[1] / "fixtures"
FIXTURE = FIXTURES / "schema-5.json"  # the current schema
FIXTURE_V4 = FIXTURES / "schema-4.json"
FIXTURE_V3 = FIXTURES / "schema-3.json"
FIXTURE_V2 = FIXTURES / "schema-2.json"
FIXTURE_V1 = FIXTURES / "schema-1.json"
DAY1 = "2024-05-01T09:00:00+00:00"


def clock(moment: str = DAY1) -> FixedClock:
    return FixedClock(moment)


def contact(cid: str = "c-1", **changes: Any) -> Contact:
    values: dict[str, Any] = {
        "first_name": "Maria",
        "last_name": "Rivera",
        "honorific": "Ms.",
        "organization": "Acme",
        "why": "She moved from teaching to UX research.",
    }
    values.update(changes)
    return Contact(id=cid, **values)


def meeting(mid: str = "m-1", cid: str = "c-1", **changes: Any) -> Meeting:
    return Meeting(id=mid, contact_id=cid, **changes)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "infocoach.json"


@pytest.fixture
def store(db: Path):
    with Store.open(db, clock=clock()) as opened:
        yield opened


# --- creating, saving, reading -----------------------------------------------------------


def test_new_database_is_private_valid_and_empty(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "infocoach.json"
    with Store.open(path, clock=clock()) as store:
        assert store.is_empty()
        assert store.contacts() == [] and store.meetings() == []
    assert json.loads(path.read_bytes()) == {
        "_meta": {"1": {"schema": SCHEMA_VERSION}},
        "contacts": {},
        "meetings": {},
        "targets": {},
    }
    assert mode(path) == 0o600
    assert mode(path.with_name("infocoach.json.lock")) == 0o600
    assert mode(tmp_path / "deep") == 0o700 and mode(tmp_path / "deep" / "er") == 0o700
    assert not (path.parent / "backups").exists()  # nothing to back up yet


def test_records_round_trip_in_insertion_order_and_update_in_place(db: Path) -> None:
    with Store.open(db, clock=clock()) as store:
        store.save_contact(contact("c-2", first_name="Bo"))
        store.save_contact(contact("c-1"))
        store.save_meeting(meeting("m-1", "c-1", notes=[Note("hi", starred=True)]))
        store.save_meeting(meeting("m-2", "c-2", archived=True, talk=TalkTotals(1.5, 2.0, 0)))
        store.save_contact(contact("c-2", first_name="Bob", archived=True))  # update keeps place
    with Store.open(db, clock=clock()) as store:
        assert [c.id for c in store.contacts()] == ["c-2", "c-1"]
        assert store.contact("c-2") == contact("c-2", first_name="Bob", archived=True)
        assert [c.id for c in store.contacts(include_archived=False)] == ["c-1"]
        assert [m.id for m in store.meetings(include_archived=False)] == ["m-1"]
        talk = TalkTotals(1.5, 2.0, 0)
        assert store.meeting("m-2") == meeting("m-2", "c-2", archived=True, talk=talk)
        assert store.meeting("m-1").notes == [Note("hi", starred=True)]
        assert store.contact("nobody") is None and store.meeting("nothing") is None
        assert not store.is_empty()
    data = json.loads(db.read_bytes())
    assert [doc["id"] for doc in data["contacts"].values()] == ["c-2", "c-1"]


text = st.text(max_size=300)


@settings(max_examples=40, deadline=None)
@given(name=text, why=text, note=text, draft=text)
@example(
    name="Zoë 👩🏽‍💻 [bold]Ng[/bold]",
    why="line one\nline two\r\n\ttab \x00\x07\x1b[31m",
    note="[link=https://x]y[/link] \\n \u2028 \ufeff",
    draft="",
)
def test_user_text_is_stored_exactly(name: str, why: str, note: str, draft: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "infocoach.json"
        person = contact(last_name=name, why=why, connection=note)
        talk = meeting(notes=[Note(note)], questions=[Question(why)], drafts={name: draft})
        with Store.open(path, clock=clock()) as store:
            store.save_contact(person)
            store.save_meeting(talk)
        with Store.open(path, clock=clock()) as store:
            assert store.contact("c-1") == person
            assert store.meeting("m-1") == talk


def test_queries_read_memory_not_the_file(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db, clock=clock()) as store:
        store.save_contact(contact())
        # TinyDB's own storage re-reads and re-parses the file for every query; ours must not.
        monkeypatch.setattr(Path, "read_bytes", _forbidden)
        monkeypatch.setattr("builtins.open", _forbidden)
        assert [c.id for c in store.contacts()] == ["c-1"]
        assert store.contact("c-1") is not None


def _forbidden(*args: object, **kwargs: object) -> None:
    raise AssertionError("the database file was read again")


def test_save_meeting_needs_a_known_contact(store: Store, db: Path) -> None:
    before = snapshot(db)
    with pytest.raises(StoreError, match="contact 'c-404' is not in the database"):
        store.save_meeting(meeting("m-1", "c-404"))
    assert snapshot(db) == before
    assert store.meetings() == []


def test_invalid_record_is_refused_before_it_can_damage_the_file(store: Store, db: Path) -> None:
    before = snapshot(db)
    store.save_contact(contact())
    after_contact = snapshot(db)
    assert after_contact != before
    with pytest.raises(StoreError, match="status") as err:
        store.save_meeting(meeting(status="lost"))
    assert "Nothing was changed" in str(err.value)
    with pytest.raises(StoreError):
        store.save_meeting(meeting(talk=TalkTotals(me=float("nan"))))  # JSON cannot hold NaN
    assert snapshot(db) == after_contact


def test_delete_contact_with_meetings_needs_cascade(store: Store, db: Path) -> None:
    store.save_contact(contact("c-1"))
    store.save_contact(contact("c-2"))
    store.save_meeting(meeting("m-1", "c-1"))
    store.save_meeting(meeting("m-2", "c-1"))
    store.save_meeting(meeting("m-3", "c-2"))
    before = snapshot(db)
    with pytest.raises(StoreError, match="2 meetings belong to it"):
        store.delete_contact("c-1")
    assert snapshot(db) == before
    writes: list[str] = []
    real_replace = os.replace

    def counting_replace(src: Any, dst: Any) -> None:
        writes.append(str(dst))
        real_replace(src, dst)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", counting_replace)
        store.delete_contact("c-1", cascade=True)
    assert writes == [str(db)]  # the contact and its meetings go in one atomic write
    assert [c.id for c in store.contacts()] == ["c-2"]
    assert [m.id for m in store.meetings()] == ["m-3"]
    store.delete_meeting("m-3")
    assert store.meetings() == []
    with pytest.raises(StoreError, match="no meeting with id 'm-3'"):
        store.delete_meeting("m-3")
    with pytest.raises(StoreError, match="no contact with id 'c-1'"):
        store.delete_contact("c-1")


# --- import ------------------------------------------------------------------------------


def test_import_counts_added_and_updated_in_one_write(store: Store, db: Path) -> None:
    store.save_contact(contact("c-1"))
    store.save_contact(contact("c-2"))
    store.save_meeting(meeting("m-1", "c-1"))
    writes: list[str] = []
    real_replace = os.replace
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", lambda s, d: (writes.append(str(d)), real_replace(s, d)))
        result = store.import_records(
            [contact("c-1"), contact("c-2", role="Designer"), contact("c-3")],  # same, changed, new
            [meeting("m-1", "c-1", purpose="new"), meeting("m-2", "c-3")],  # changed, new
        )
    assert result == (2, 2)
    assert writes == [str(db)]
    assert store.contact("c-2").role == "Designer"
    assert store.meeting("m-1").purpose == "new"
    assert [m.id for m in store.meetings()] == ["m-1", "m-2"]
    assert store.import_records([contact("c-3")], []) == (0, 0)


@pytest.mark.parametrize(
    ("contacts", "meetings", "message"),
    [
        ([contact("c-9")], [meeting("m-9", "c-9", status="lost")], "meetings\\[0\\].status"),
        ([contact("c-9")], [meeting("m-9", "c-unknown")], "c-unknown"),
        ([contact("c-9"), contact("c-9")], [], "appears twice"),
        ([contact("c-9", timezone="Mars/Olympus")], [], "time zone"),
    ],
)
def test_import_is_all_or_nothing(
    store: Store, db: Path, contacts: list[Contact], meetings: list[Meeting], message: str
) -> None:
    store.save_contact(contact("c-1"))
    before = snapshot(db)
    with pytest.raises(StoreError, match=message) as err:
        store.import_records(contacts, meetings)
    assert "Nothing was imported" in str(err.value)
    assert snapshot(db) == before
    assert [c.id for c in store.contacts()] == ["c-1"] and store.meetings() == []


# --- atomic writes -----------------------------------------------------------------------


def test_write_goes_through_a_private_temp_file_in_the_same_folder(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[Path, int, bytes]] = []
    real_replace = os.replace

    def spying_replace(src: Any, dst: Any) -> None:
        source = Path(src)
        seen.append((source, mode(source), source.read_bytes()))
        assert Path(dst) == db
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spying_replace)
    store.save_contact(contact())
    [(temp, temp_mode, temp_bytes)] = seen
    assert temp.parent == db.parent
    assert temp.name.startswith(".infocoach.json.tmp-")
    assert temp_mode == 0o600
    assert temp_bytes == db.read_bytes()
    assert mode(db) == 0o600
    assert leftovers(db.parent) == []


def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_failed_write_keeps_the_old_file_and_forgets_the_change(
    store: Store, db: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store.save_contact(contact(role="Researcher"))
    store.save_meeting(meeting())
    before = snapshot(db)
    with monkeypatch.context() as patch:
        patch.setattr(os, failing, _disk_full)
        with pytest.raises(StoreError) as err:
            store.save_contact(contact(role="Changed"))
        with pytest.raises(StoreError):
            store.delete_contact("c-1", cascade=True)
    message = str(err.value)
    assert str(db) in message and "No space left on device" in message
    assert "not saved" in message
    assert snapshot(db) == before
    assert leftovers(db.parent) == []
    # Memory does not claim what the file does not hold...
    assert store.contact("c-1").role == "Researcher"
    assert [m.id for m in store.meetings()] == ["m-1"]
    # ...and the next save works and writes a consistent file.
    store.save_contact(contact("c-2"))
    data = json.loads(db.read_bytes())
    assert [doc["role"] for doc in data["contacts"].values()] == ["Researcher", ""]
    assert [doc["id"] for doc in data["meetings"].values()] == ["m-1"]


def test_value_that_cannot_be_encoded_changes_nothing(store: Store, db: Path) -> None:
    store.save_contact(contact())
    before = snapshot(db)
    huge = meeting(questions=[Question("Why?", priority=2**70)])  # beyond JSON's 64-bit ints
    with pytest.raises(StoreError, match="too large a number"):  # refused by the record check
        store.save_meeting(huge)
    assert snapshot(db) == before
    assert store.meetings() == []


def test_orphaned_temp_files_are_removed_on_open(db: Path) -> None:
    Store.open(db, clock=clock()).close()
    orphan = db.parent / ".infocoach.json.tmp-deadbeef"
    orphan.write_bytes(b'{"half": ')
    unrelated = db.parent / ".other.json.tmp-cafe"
    unrelated.write_bytes(b"not ours")
    with Store.open(db, clock=clock()) as store:
        assert store.is_empty()
    assert not orphan.exists()
    assert unrelated.exists()


def test_concurrent_saves_from_threads_all_land(store: Store, db: Path) -> None:
    errors: list[BaseException] = []

    def save_many(worker: int) -> None:
        try:
            for n in range(15):
                store.save_contact(contact(f"c-{worker}-{n}"))
        except BaseException as exc:  # noqa: BLE001 - reported through the list below
            errors.append(exc)

    threads = [threading.Thread(target=save_many, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.contacts()) == 90
    assert len(json.loads(db.read_bytes())["contacts"]) == 90


# --- refusing damaged, newer and impossible files ------------------------------------------


def _valid() -> dict[str, Any]:
    return json.loads(FIXTURE.read_bytes())


def _with(change: Callable[[dict[str, Any]], object]) -> bytes:
    data = _valid()
    change(data)
    return json.dumps(data).encode()


CORRUPT: dict[str, tuple[bytes, str]] = {
    "binary": (bytes(range(256)) * 4, "not valid JSON"),
    "not-utf8": (b'{"_meta": {"1": {"schema": 1}}, "x": "\xff\xfe"}', "not valid JSON"),
    "truncated": (FIXTURE.read_bytes()[:-40], "not valid JSON"),
    "a-list": (b"[1, 2, 3]", "holds a list"),
    "no-meta": (b'{"contacts": {}, "meetings": {}}', "no _meta table"),
    "bad-schema": (_with(lambda d: d["_meta"]["1"].update(schema="1")), "no valid schema"),
    "table-not-object": (_with(lambda d: d.update(meetings=[])), "meetings table is a list"),
    "document-not-object": (_with(lambda d: d["contacts"].update({"2": "Bob"})), 'contacts["2"]'),
    "wrong-field-type": (
        _with(lambda d: d["meetings"]["1"].update(planned_minutes="thirty")),
        'meetings["1"].planned_minutes: expected an integer',
    ),
    "unknown-table": (_with(lambda d: d.update(notes={})), "unknown table 'notes'"),
    "bad-doc-id": (_with(lambda d: d["contacts"].update(x=d["contacts"].pop("1"))), "document ids"),
    "dangling-contact": (_with(lambda d: d.update(contacts={})), "no contact has id"),
    "duplicate-id": (
        _with(lambda d: d["contacts"].update({"2": d["contacts"]["1"]})),
        "used by another record",
    ),
}


@pytest.mark.parametrize("case", CORRUPT)
@pytest.mark.parametrize("readonly", [False, True])
def test_damaged_file_is_refused_untouched(db: Path, case: str, readonly: bool) -> None:
    raw, problem = CORRUPT[case]
    db.write_bytes(raw)
    os.utime(db, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = snapshot(db)
    with pytest.raises(StoreCorrupt) as err:
        Store.open(db, clock=clock(), readonly=readonly)
    message = str(err.value)
    assert problem in message
    assert str(db) in message and "has not been changed" in message
    assert f"There is no backup of it in {db.parent / 'backups'}" in message
    assert "Traceback" not in message and "\n" not in message
    assert snapshot(db) == before
    expected = ["infocoach.json"] if readonly else ["infocoach.json", "infocoach.json.lock"]
    assert sorted(p.name for p in db.parent.iterdir()) == expected
    # The lock was released: after repairing the file it opens.
    shutil.copy(FIXTURE, db)
    Store.open(db, clock=clock()).close()


def test_damaged_file_message_names_the_newest_backup(db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "saved"
    shutil.copy(FIXTURE, db)
    for day in ("2024-05-01", "2024-05-03", "2024-05-02"):
        Store.open(db, clock=clock(f"{day}T08:00:00+00:00"), backups_dir=backups).close()
    db.write_bytes(b'{"_meta": ')
    with pytest.raises(StoreCorrupt) as err:
        Store.open(db, clock=clock("2024-05-04T08:00:00+00:00"), backups_dir=backups)
    newest = backups / "infocoach-2024-05-03.json"
    assert err.value.backup == newest == newest_backup(db, backups)
    assert f"The newest backup is {newest}; to restore, copy it over {db}" in str(err.value)
    assert not (backups / "infocoach-2024-05-04.json").exists()  # a damaged file is never backed up


@pytest.mark.parametrize("content", [b"", b"\n", b"{}"])
def test_empty_file_is_a_new_database(db: Path, content: bytes) -> None:
    db.write_bytes(content)
    with Store.open(db, clock=clock()) as store:
        assert store.is_empty()
        store.save_contact(contact())
    assert json.loads(db.read_bytes())["_meta"] == {"1": {"schema": SCHEMA_VERSION}}


@pytest.mark.parametrize("readonly", [False, True])
def test_file_from_a_newer_infocoach_is_refused_untouched(db: Path, readonly: bool) -> None:
    db.write_bytes(_with(lambda d: d["_meta"]["1"].update(schema=SCHEMA_VERSION + 1)))
    before = snapshot(db)
    with pytest.raises(StoreNewerSchema) as err:
        Store.open(db, clock=clock(), readonly=readonly)
    assert f"schema {SCHEMA_VERSION + 1}" in str(err.value)
    assert "upgrade infocoach" in str(err.value)
    assert snapshot(db) == before
    assert not list(db.parent.glob("*.bak"))


def test_parent_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("I am a file")
    path = blocker / "infocoach.json"
    with pytest.raises(StoreError) as err:
        Store.open(path, clock=clock())
    assert type(err.value) is StoreError
    assert str(path) in str(err.value)
    assert f"{blocker} is a file, not a folder" in str(err.value)
    assert blocker.read_text() == "I am a file"
    with pytest.raises(StoreError, match="There is no database at"):
        Store.open(path, clock=clock(), readonly=True)


def test_path_that_is_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="it is a folder, not a database file"):
        Store.open(tmp_path, clock=clock())


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_folder_without_permission_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(StoreError, match="Permission denied") as err:
            Store.open(locked / "infocoach.json", clock=clock())
        assert str(locked / "infocoach.json") in str(err.value)
    finally:
        locked.chmod(0o700)


def test_permission_denied_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs as root too: simulate the refusal the OS would give an ordinary user.
    def refuse(target: Any, *args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(os, "mkdir", refuse)
    path = tmp_path / "new-folder" / "infocoach.json"
    with pytest.raises(StoreError) as err:
        Store.open(path, clock=clock())
    assert f"Cannot open the database {path}: Permission denied" in str(err.value)
    assert not (tmp_path / "new-folder").exists()


# --- schema versions and migrations --------------------------------------------------------


def test_current_schema_fixture_opens_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    with Store.open(path, clock=clock()) as store:
        person, referred = store.contacts()
        [talk] = store.meetings()
        [employer] = store.targets()
        assert store.target(employer.id) == employer
    assert person.display_name == "Dr. Amara Okafor"
    assert talk.contact_id == person.id and talk.status == "done"
    assert talk.notes[0].text.endswith("[bold]Not[/bold] a tutorial.")
    assert talk.talk == TalkTotals(145.0, 900.0, 20.0)
    assert talk.intro.startswith("I teach physics")
    assert talk.referrer_told_at is None and talk.invite_uid == "" and talk.invite_sequence == 0
    assert referred.referred_by == person.id and referred.source == "linkedin"
    assert referred.connected_on == "2024-03-15" and referred.imported["role"] == "Analytics Lead"
    assert (employer.name, employer.motivation, employer.posting, employer.advocacy) == (
        "Northwind Health",
        5,
        3,
        "auto",
    )
    assert path.read_bytes() == FIXTURE.read_bytes()  # a current file is not rewritten on open


def test_schema_4_file_is_upgraded_to_5_with_targets_and_referrers(tmp_path: Path) -> None:
    # The schema 4 fixture, with a second person who was added from the first one's referral.
    data = json.loads(FIXTURE_V4.read_bytes())
    referred = dict(data["contacts"]["1"], id="c-2b3c4d5e6f", first_name="Luis", last_name="Ortega")
    data["contacts"]["2"] = referred
    data["meetings"]["1"]["referrals"] = [
        {"name": "Luis Ortega", "organization": "", "detail": "", "at": 10.0, "contact_id": "c-2b3c4d5e6f"}
    ]
    path = tmp_path / "infocoach.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(path, clock=clock()) as store:
        first, second = store.contacts()
        [talk] = store.meetings()
        assert store.targets() == []
        assert second.referred_by == first.id and first.referred_by == ""
        assert first.imported == {} and first.source == "" and first.phone == ""
        assert talk.referrer_told_at is None and talk.invite_uid == "" and talk.invite_sequence == 0
    upgraded = json.loads(path.read_bytes())
    assert upgraded["_meta"] == {"1": {"schema": 5}} and upgraded["targets"] == {}
    assert (tmp_path / "infocoach.json.schema-4.bak").exists()


def test_schema_1_file_is_kept_aside_and_upgraded_to_2(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE_V1, path)
    with Store.open(path, clock=clock()) as store:
        [talk] = store.meetings()
        assert talk.intro == "" and talk.notes[0].text.endswith("[bold]Not[/bold] a tutorial.")
    kept = tmp_path / "infocoach.json.schema-1.bak"
    assert kept.read_bytes() == FIXTURE_V1.read_bytes() and mode(kept) == 0o600
    data = json.loads(path.read_bytes())
    assert data["_meta"] == {"1": {"schema": SCHEMA_VERSION}} and SCHEMA_VERSION == 5
    assert data["meetings"]["1"]["intro"] == ""


def test_schema_3_file_is_upgraded_to_4_formal_and_with_no_earlier_times(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE_V3, path)
    with Store.open(path, clock=clock()) as store:
        [person] = store.contacts()
        [talk] = store.meetings()
        assert person.address_by == "title" and talk.earlier_times == []
    assert (tmp_path / "infocoach.json.schema-3.bak").read_bytes() == FIXTURE_V3.read_bytes()
    data = json.loads(path.read_bytes())
    assert data["_meta"] == {"1": {"schema": 5}}
    assert data["contacts"]["1"]["address_by"] == "title" and data["meetings"]["1"]["earlier_times"] == []


def _upper_roles(data: dict[str, Any]) -> dict[str, Any]:
    for doc in data["contacts"].values():
        doc["role"] = doc["role"].upper()
    return data


@pytest.fixture
def schema_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this infocoach reads one schema more than it does, with one more migration."""
    monkeypatch.setattr(store_schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_schema, "MIGRATIONS", {**store_schema.MIGRATIONS, SCHEMA_VERSION: _upper_roles})


def test_old_schema_is_copied_aside_then_migrated(tmp_path: Path, schema_2: None) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    with Store.open(path, clock=clock()) as store:
        assert store.contacts()[0].role == "HEAD OF DATA SCIENCE"
    kept = tmp_path / f"infocoach.json.schema-{SCHEMA_VERSION}.bak"
    assert kept.read_bytes() == FIXTURE.read_bytes()
    assert mode(kept) == 0o600
    data = json.loads(path.read_bytes())
    assert data["_meta"] == {"1": {"schema": SCHEMA_VERSION + 1}}
    assert data["contacts"]["1"]["role"] == "HEAD OF DATA SCIENCE"
    assert data["meetings"] == _valid()["meetings"]
    # The day's backup is of the migrated file; opening again migrates nothing.
    assert (tmp_path / "backups" / "infocoach-2024-05-01.json").read_bytes() == path.read_bytes()
    Store.open(path, clock=clock()).close()
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [f"infocoach.json.schema-{SCHEMA_VERSION}.bak"]


def test_readonly_open_of_old_schema_migrates_in_memory_only(tmp_path: Path, schema_2: None) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    before = snapshot(path)
    with Store.open(path, clock=clock(), readonly=True) as store:
        assert store.contacts()[0].role == "HEAD OF DATA SCIENCE"
    assert snapshot(path) == before
    assert not list(tmp_path.glob("*.bak")) and not (tmp_path / "backups").exists()


def test_schema_without_a_migration_is_refused_untouched(db: Path) -> None:
    db.write_bytes(_with(lambda d: d["_meta"]["1"].update(schema=0)))
    before = snapshot(db)
    with pytest.raises(StoreCorrupt, match="schema 0, which this infocoach cannot upgrade"):
        Store.open(db, clock=clock())
    assert snapshot(db) == before
    assert not list(db.parent.glob("*.bak"))


# --- rolling backups -----------------------------------------------------------------------


def test_daily_backups_keep_the_newest_few(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    backups = tmp_path / "backups"
    other = backups / "work-2024-01-01.json"  # another database's backup: never pruned
    Store.open(path, clock=clock()).close()  # created: nothing to back up yet
    assert not backups.exists()
    contents = {}
    for day in range(1, 9):
        moment = f"2024-05-{day:02d}T23:30:00+00:00"
        with Store.open(path, clock=clock(moment), backup_days=3) as store:
            contents[day] = path.read_bytes()
            store.save_contact(contact(f"c-{day}"))
        if day == 1:
            other.write_bytes(b"{}")
    # A second open on the same day does not replace that day's backup.
    Store.open(path, clock=clock("2024-05-08T23:59:00+00:00"), backup_days=3).close()
    names = sorted(p.name for p in backups.iterdir())
    assert names == [
        "infocoach-2024-05-06.json",
        "infocoach-2024-05-07.json",
        "infocoach-2024-05-08.json",
        "work-2024-01-01.json",
    ]
    assert (backups / "infocoach-2024-05-08.json").read_bytes() == contents[8]
    assert mode(backups) == 0o700
    assert all(mode(backups / name) == 0o600 for name in names[:3])
    assert newest_backup(path) == backups / "infocoach-2024-05-08.json"
    assert newest_backup(tmp_path / "nothing.json") is None


def test_readonly_open_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    with Store.open(path, clock=clock(), readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.save_contact(contact())
    assert not (tmp_path / "backups").exists()
    assert path.read_bytes() == FIXTURE.read_bytes()


def test_backup_failure_is_a_warning_not_a_refusal(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    blocked = tmp_path / "backups-is-a-file"
    blocked.write_text("")
    with Store.open(path, clock=clock(), backups_dir=blocked) as store:
        assert len(store.contacts()) == 2
        [warning] = store.warnings
    assert "Could not write today's backup" in warning and str(blocked) in warning


# --- one infocoach at a time ---------------------------------------------------------------

_OPEN_IN_CHILD = """
import sys
from pathlib import Path
from infocoach.core.clock import FixedClock
from infocoach.store import Store, StoreLocked
try:
    Store.open(Path(sys.argv[1]), clock=FixedClock("2024-05-01T09:00:00+00:00"),
               readonly=sys.argv[2] == "ro").close()
except StoreLocked as err:
    print(err)
    sys.exit(3)
print("opened")
"""


def _open_in_child(path: Path, readonly: bool) -> subprocess.CompletedProcess[str]:
    source_root = Path(infocoach.__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [sys.executable, "-c", _OPEN_IN_CHILD, str(path), "ro" if readonly else "rw"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_second_process_is_refused_while_open(db: Path) -> None:
    with Store.open(db, clock=clock()):
        child = _open_in_child(db, readonly=False)
        assert child.returncode == 3, child.stderr
        assert f"{db} is already open in another infocoach" in child.stdout
        # A reader needs no lock: saves are atomic renames, so it always sees a whole file.
        assert _open_in_child(db, readonly=True).stdout.strip() == "opened"
    assert _open_in_child(db, readonly=False).stdout.strip() == "opened"


def test_lock_conflicts_inside_one_process_too(db: Path) -> None:
    first = Store.open(db, clock=clock())
    with pytest.raises(StoreLocked, match="is already open in another infocoach"):
        Store.open(db, clock=clock())
    Store.open(db, clock=clock(), readonly=True).close()
    first.close()
    first.close()  # idempotent
    with pytest.raises(StoreError, match="has been closed"):
        first.contacts()
    Store.open(db, clock=clock()).close()


def test_readers_see_the_last_whole_save_while_a_writer_works(db: Path) -> None:
    Store.open(db, clock=clock()).close()
    with Store.open(db, clock=clock(), readonly=True) as reader, Store.open(db, clock=clock()) as writer:
        assert _open_in_child(db, readonly=True).stdout.strip() == "opened"
        writer.save_contact(Contact(id="c-new", first_name="Ada", last_name="Lovelace"))
        # The reader keeps the snapshot it opened; a new reader sees the new save.
        assert reader.contact("c-new") is None
        with Store.open(db, clock=clock(), readonly=True) as fresh:
            assert fresh.contact("c-new") is not None
        with pytest.raises(StoreError):
            reader.save_contact(Contact(id="c-x", first_name="A", last_name="B"))


def test_readonly_open_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "infocoach.json"
    with pytest.raises(StoreError, match=f"There is no database at {path}"):
        Store.open(path, clock=clock(), readonly=True)
    assert not (tmp_path / "missing").exists()


def test_schema_2_file_is_upgraded_to_3_with_notes_stamped_and_live_fields(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE_V2, path)
    with Store.open(path, clock=clock()) as store:
        [talk] = store.meetings()
        # The old wall-clock stamp is kept as written_at; it was never seconds since a start.
        assert talk.notes[0].at is None and talk.notes[0].written_at == "2024-03-12T15:12:00+00:00"
        assert talk.referrals[0].organization == "" and talk.action_items == []
        assert talk.started_at is None and talk.segments == [] and talk.live is None
    assert (tmp_path / "infocoach.json.schema-2.bak").read_bytes() == FIXTURE_V2.read_bytes()


def test_schema_3_fixture_carries_a_live_meeting_that_resumes(tmp_path: Path) -> None:
    from infocoach.core.live.clock_record import LiveClock

    path = tmp_path / "infocoach.json"
    shutil.copy(FIXTURE, path)
    with Store.open(path, clock=clock()) as store:
        [talk] = store.meetings()
    live = LiveClock.from_dict(talk.live)
    assert live.meeting.ended and live.meeting.ended_at == talk.ended_at
    end = parse_iso(talk.ended_at)
    assert live.talk_totals(end) == talk.talk
    assert [s.to_dict() for s in talk.segments] == live.talk.segments(end)
    assert talk.notes[0].at == 660.0 and talk.referrals[0].organization == "Northwind Health"


def test_save_meetings_writes_all_in_one_go_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "infocoach.json"
    with Store.open(path, clock=clock()) as store:
        store.save_contact(contact("c-1"))
        store.save_meetings([meeting("m-1", "c-1"), meeting("m-2", "c-1")])
        assert [m.id for m in store.meetings()] == ["m-1", "m-2"]
        before = path.read_bytes()
        with pytest.raises(StoreError):
            store.save_meetings([meeting("m-3", "c-1"), meeting("m-4", "c-ghost")])
        assert path.read_bytes() == before and len(store.meetings()) == 2


def test_the_file_left_at_close_skips_the_full_check_next_time_and_no_other(tmp_path: Path, monkeypatch) -> None:
    from infocoach.store import schema as store_schema
    from infocoach.store.checked_mark import mark_path

    path = tmp_path / "infocoach.json"
    with Store.open(path, clock=clock()) as store:
        store.save_contact(contact("c-1"))
    assert mark_path(path).exists() and mode(mark_path(path)) == 0o600
    checks: list[int] = []
    real = store_schema.problems_in
    monkeypatch.setattr(store_schema, "problems_in", lambda data: checks.append(1) or real(data))
    with Store.open(path, clock=clock()) as store:
        assert [c.id for c in store.contacts()] == ["c-1"]
    assert checks == []  # byte for byte what we left: nothing new to check
    # Any other bytes, even a valid edit, are checked in full; a broken one is refused.
    path.write_bytes(path.read_bytes().replace(b'"Maria"', b'"Mara"'))
    with Store.open(path, clock=clock()):
        pass
    assert checks == [1]
    # The same bytes written again, or a copy with its times kept, are other files too.
    with Store.open(path, clock=clock()):
        pass
    checks.clear()
    path.write_bytes(path.read_bytes())
    with Store.open(path, clock=clock()):
        pass
    assert checks == [1]
    import shutil

    shutil.copy2(path, tmp_path / "copy.json")
    shutil.copy2(tmp_path / "copy.json", path)
    with Store.open(path, clock=clock()):
        pass
    assert checks == [1, 1]
    # Changed behind an open store's back (same length): not what the store left, so checked.
    with Store.open(path, clock=clock()):
        time.sleep(0.02)  # past the file system's clock tick
        path.write_bytes(path.read_bytes().replace(b'"Mara"', b'"Mira"'))
    with Store.open(path, clock=clock()):
        pass
    assert checks == [1, 1, 1]  # the open inside matched its note; the one after did not
    broken = path.read_bytes().replace(b'"c-1"', b'""', 1)
    path.write_bytes(broken)
    with pytest.raises(StoreError):
        Store.open(path, clock=clock())
    assert path.read_bytes() == broken
