"""What stands at the database's path (issue 17): a link is saved through, a named pipe or a
device is refused at once, a byte-order mark is read past, and stored values the app cannot
work with (dates out of range, huge numbers, deep nesting) are refused by the file check."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import orjson
import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.records.model import Contact, Meeting
from infocoach.store import Store, StoreCorrupt, StoreError, StoreLocked
from infocoach.store.backups import list_backups
from infocoach.store.lock import lock_path

DAY1 = "2026-11-25T13:30:00+00:00"
DAY2 = "2026-11-26T13:30:00+00:00"


def clock(moment: str = DAY1) -> FixedClock:
    return FixedClock(moment)


def contact(cid: str = "c-1", **changes: object) -> Contact:
    return Contact(id=cid, first_name="Mei Lin", last_name="Tan", **changes)  # type: ignore[arg-type]


def test_a_linked_database_is_saved_through_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    target = tmp_path / "real" / "db.json"
    link = tmp_path / "links" / "db.json"
    with Store.open(target, clock=clock()) as store:
        store.save_contact(contact())
    link.symlink_to(Path("..") / "real" / "db.json")
    backups = tmp_path / "links" / "backups"
    with Store.open(link, clock=clock(DAY2), backups_dir=backups) as store:
        store.save_contact(contact("c-2"))
        # The lock is the target's: a second opener through the target itself is refused.
        assert lock_path(target).exists()
        with pytest.raises(StoreLocked):
            Store.open(target, clock=clock(DAY2))
    assert link.is_symlink(), "the link was replaced by a file"
    assert os.readlink(link) == str(Path("..") / "real" / "db.json")
    ids = [doc["id"] for doc in json.loads(target.read_bytes())["contacts"].values()]
    assert ids == ["c-1", "c-2"]  # the target holds the save
    assert not list((tmp_path / "links").glob(".db.json.tmp-*"))  # no temp left beside the link
    # The day's backup is of the database, kept in the folder asked for.
    assert [p.name for p in list_backups(target, backups)] == ["db-2026-11-26.json"]
    with Store.open(link, clock=clock(DAY2), readonly=True) as store:
        assert [c.id for c in store.contacts()] == ["c-1", "c-2"]


def test_a_dangling_link_is_refused_with_a_message(tmp_path: Path) -> None:
    link = tmp_path / "db.json"
    link.symlink_to(tmp_path / "gone" / "db.json")
    with pytest.raises(StoreError, match="which does not exist"):
        Store.open(link, clock=clock())
    assert link.is_symlink() and not (tmp_path / "gone").exists()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_named_pipe_is_refused_at_once(tmp_path: Path, readonly: bool) -> None:
    fifo = tmp_path / "db.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            Store.open(fifo, clock=clock(), readonly=readonly)
        except BaseException as exc:  # noqa: BLE001 - the test reports what happened
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # the open blocked on the pipe: unblock it so the test can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening a named pipe as the database hung")
    assert len(outcome) == 1 and isinstance(outcome[0], StoreError)
    assert "not a regular file" in str(outcome[0])


def test_a_database_starting_with_a_byte_order_mark_opens(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with Store.open(db, clock=clock()) as store:
        store.save_contact(contact())
    db.write_bytes(b"\xef\xbb\xbf" + db.read_bytes())
    with Store.open(db, clock=clock(), readonly=True) as store:
        assert [c.id for c in store.contacts()] == ["c-1"]
    with Store.open(db, clock=clock()) as store:
        store.save_contact(contact("c-2"))
    assert [c["id"] for c in orjson.loads(db.read_bytes())["contacts"].values()] == ["c-1", "c-2"]


def _file_with(tmp_path: Path, meeting: dict[str, object]) -> Path:
    db = tmp_path / "db.json"
    with Store.open(db, clock=clock()) as store:
        store.save_contact(contact())
        store.save_meeting(Meeting(id="m-1", contact_id="c-1"))
    data = orjson.loads(db.read_bytes())
    data["meetings"]["1"].update(meeting)
    db.write_bytes(orjson.dumps(data))
    return db


def _deep(levels: int) -> dict[str, object]:
    value: dict[str, object] = {}
    for _ in range(levels):
        value = {"x": value}
    return value


@pytest.mark.parametrize(
    "change, field",
    [
        ({"scheduled_for": "9999-12-31T23:00:00+00:00"}, "scheduled_for"),
        ({"started_at": "0001-01-01T00:30:00+23:59"}, "started_at"),
        ({"next_touch": "2024-01-01T00:00:00+20:00"}, "next_touch"),
        ({"questions": [{"text": "q", "priority": 10**30}]}, "priority"),
        ({"notes": [{"text": "n", "at": 1e300}]}, "notes[0].at"),
        ({"live": _deep(900)}, "live"),
    ],
)
def test_the_file_check_refuses_what_the_app_cannot_show(tmp_path: Path, change: dict[str, object], field: str) -> None:
    if field == "live":  # orjson writes at most 255 levels: write the deep file with json
        db = _file_with(tmp_path, {})
        data = json.loads(db.read_bytes())
        data["meetings"]["1"].update(change)
        import sys

        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(5000)
        try:
            db.write_text(json.dumps(data))
        finally:
            sys.setrecursionlimit(limit)
    elif field == "priority":  # beyond orjson's integers too
        db = _file_with(tmp_path, {})
        data = json.loads(db.read_bytes())
        data["meetings"]["1"].update(change)
        db.write_text(json.dumps(data))
    else:
        db = _file_with(tmp_path, change)
    before = db.read_bytes()
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(db, clock=clock(DAY2))
    assert field in str(caught.value) or "not valid JSON" in str(caught.value)
    assert db.read_bytes() == before
