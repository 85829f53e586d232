"""How long turning a heavy user's file into records takes, and how much memory it needs.

    python benchmarks/probe_decode.py [--meetings 2000] [--runs 9]

Builds a database of generated meetings (``large_history`` on a fixed date, so every run and
every version of the code writes the same file), then times, as the median of several runs:
the floor (``orjson.loads`` of the file, which every load pays), the store's load into
MeetingHeads (what start-up does) and into whole Meetings, ``from_dict`` and ``to_dict`` of all
meetings, and the full record check (an unmarked file); then, in fresh interpreters, what
start-up pays once (importing the model, its first use, and opening the store for its heads and
contacts). Peak memory comes from tracemalloc, in separate runs (it slows what it traces), with
what the result keeps. The export's SHA-256 shows whether the bytes changed.

To compare with another version of the code, copy this file into that tree's benchmarks/ and
run it there: it measures the tree it sits in.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # measure this source tree, whatever is installed

import orjson
import pendulum

from infocoach.core.clock import FixedClock
from infocoach.core.exports.json_exchange import check_meeting, dumps_document, export_document
from infocoach.core.records.model import Meeting, MeetingHead
from infocoach.core.samples.large_history import large_history
from infocoach.store import Store

NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="Europe/London")


def build(folder: Path, meetings: int) -> tuple[Path, str]:
    """The database file (closed, so the next open skips the full check as start-up does) and
    the SHA-256 of the same records exported."""
    db = folder / "infocoach.json"
    contacts, records = large_history(meetings, now=NOW)
    with Store.open(db, clock=FixedClock(NOW), backups_dir=folder / "backups") as store:
        store.import_records(contacts, records)
        exported = dumps_document(export_document(store.contacts(), store.meetings()))
    return db, hashlib.sha256(exported.encode("utf-8")).hexdigest()


def median_ms(work: Callable[[], object], runs: int) -> float:
    """Median wall time in ms; one unmeasured warm-up, garbage collected between runs."""
    work()
    times = []
    for _ in range(runs):
        gc.collect()
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def memory_mb(work: Callable[[], object]) -> tuple[float, float]:
    """(peak, kept) in MB over what was allocated before: kept is what the result holds."""
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    result = work()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return (peak - base) / 1e6, (current - base) / 1e6


def compile_sources() -> None:
    """Byte-compile the tree measured, as pip does on install (see run.py): where
    PYTHONDONTWRITEBYTECODE is set, each fresh interpreter would otherwise compile it from source."""
    import compileall

    if not compileall.compile_dir(HERE.parent / "infocoach", quiet=1):
        raise SystemExit("probe_decode: could not byte-compile infocoach/")


def cold_ms(db: Path, runs: int) -> list[float]:
    """Median times in a fresh interpreter, as start-up pays them: importing the model; its first
    use (a head and a contact), which compiles what it derives; and importing the store, opening
    the file and reading every head and contact, what the app does before History shows."""
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); t0 = time.perf_counter(); "
        "from infocoach.core.records.model import Contact, MeetingHead; t1 = time.perf_counter(); "
        "MeetingHead.from_dict({'id': 'm-1', 'contact_id': 'c-1'}); "
        "Contact.from_dict({'id': 'c-1', 'first_name': 'A', 'last_name': 'B'}); t2 = time.perf_counter(); "
        "print(t1 - t0, t2 - t1)"
    )
    opening = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); t0 = time.perf_counter(); "
        "from pathlib import Path; from infocoach.core.clock import SystemClock; from infocoach.store import Store; "
        "store = Store.open(Path(sys.argv[2]), clock=SystemClock(), readonly=True); "
        "heads, contacts = store.meeting_heads(), store.contacts(); print(time.perf_counter() - t0)"
    )
    compile_sources()
    rows = []
    for _ in range(runs):
        first = subprocess.run(
            [sys.executable, "-c", code, str(HERE.parent)], capture_output=True, text=True, check=True
        )
        second = subprocess.run(
            [sys.executable, "-c", opening, str(HERE.parent), str(db)], capture_output=True, text=True, check=True
        )
        rows.append([float(part) for part in (first.stdout + second.stdout).split()])
    return [statistics.median(column) * 1000 for column in zip(*rows)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db, export_sha = build(Path(tmp), args.meetings)
        raw = db.read_bytes()
        docs: list[dict[str, Any]] = list(orjson.loads(raw)["meetings"].values())
        meetings = [Meeting.from_dict(doc) for doc in docs]

        def store_load(heads: bool) -> Callable[[], object]:
            def load() -> object:
                with Store.open(db, clock=FixedClock(NOW), readonly=True) as store:
                    return store.meeting_heads() if heads else store.meetings()

            return load

        timed: list[tuple[str, Callable[[], object]]] = [
            ("floor: orjson.loads of the file", lambda: orjson.loads(raw)),
            ("store: open + meeting_heads (start-up)", store_load(heads=True)),
            ("store: open + meetings", store_load(heads=False)),
            ("Meeting.from_dict of all", lambda: [Meeting.from_dict(doc) for doc in docs]),
            ("MeetingHead.from_dict of all", lambda: [MeetingHead.from_dict(doc) for doc in docs]),
            ("Meeting.to_dict of all", lambda: [m.to_dict() for m in meetings]),
            ("check_meeting of all (full check)", lambda: [check_meeting(doc, "m") for doc in docs]),
        ]
        print(f"{args.meetings} meetings, file {len(raw) / 1e6:.1f} MB, median of {args.runs} runs")
        for label, work in timed:
            print(f"  {label:<42} {median_ms(work, args.runs):8.1f} ms")
        imported, first_use, opened = cold_ms(db, 15)
        print(f"  {'cold: import the model':<42} {imported:8.2f} ms")
        print(f"  {'cold: first head and contact':<42} {first_use:8.2f} ms")
        print(f"  {'cold: import store, open, heads, contacts':<42} {opened:8.2f} ms")
        print("peak / kept memory (tracemalloc)")
        for label, work in (
            ("floor: orjson.loads of the file", lambda: orjson.loads(raw)),
            ("store: open + meeting_heads", store_load(heads=True)),
            ("store: open + meetings", store_load(heads=False)),
        ):
            peak, kept = memory_mb(work)
            print(f"  {label:<42} {peak:6.1f} MB peak {kept:6.1f} MB kept")
        print(f"export sha256 {export_sha}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
