"""Child processes for the work done inside the app, each printing one JSON line.

    python benchmarks/probe_work.py search DB
    python benchmarks/probe_work.py save DB SAVES
    python benchmarks/probe_work.py stall DB SECONDS MEETING_ID

``search`` and ``stall`` drive the app with Textual's headless driver (``App.run_test``): the
frames are composed as on a terminal but not written anywhere. Each works on a copy of DB.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Realistic searches, typed one key at a time: a word, a name with an accent folded away, and
# several words at once (each must occur somewhere in the meeting).
QUERIES = ("translators", "ayse", "okafor plate reader")
KEY_GAP = 0.15  # between keys: longer than History's search debounce (0.12 s)


def _app(db: Path, *, open_live: str | None = None) -> Any:
    from infocoach.app.application import InfocoachApp
    from infocoach.core.clock import SystemClock
    from infocoach.core.settings import Settings
    from infocoach.services import StartTarget
    from infocoach.store import Store
    from infocoach.store.config import Paths

    clock = SystemClock()
    store = Store.open(db, clock=clock, backups_dir=db.parent / "backups")
    paths = Paths(
        data_file=db,
        config_file=db.parent / "config.toml",
        backups_dir=db.parent / "backups",
        themes_dir=db.parent / "themes",
    )
    return InfocoachApp(
        store=store,
        settings=Settings(),
        paths=paths,
        clock=clock,
        start=StartTarget("live", open_live) if open_live else None,
    )


async def _drawn(app: Any) -> None:
    done = asyncio.get_running_loop().create_future()
    app.screen.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done


async def search(db: Path) -> dict[str, Any]:
    """Per keystroke: History's filter (on the event loop) and the frame after it."""
    from textual.widgets import Input

    from infocoach.core.pipeline.search import meeting_haystack

    app = _app(db)
    filtered: list[float] = []
    framed: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        history = app.screen
        search_box = history.query_one("#search", Input)
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                began = time.perf_counter()
                search_box.value = query[:end]
                history.apply_filter()
                filtered.append(time.perf_counter() - began)
                await _drawn(app)
                framed.append(time.perf_counter() - began)
                await asyncio.sleep(KEY_GAP)  # the debounced filter runs here, unmeasured
            search_box.value = ""
            await asyncio.sleep(KEY_GAP)
        contacts = {c.id: c for c in app.store.contacts()}
        haystacks = [meeting_haystack(m, contacts.get(m.contact_id)) for m in app.store.meetings()]
    floor = []  # the same searches as a plain scan over pre-folded text
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            words = query[:end].split()
            began = time.perf_counter()
            [h for h in haystacks if all(w in h for w in words)]
            floor.append(time.perf_counter() - began)
    app.store.close()
    return {"keystrokes": len(filtered), "filter_ms": _ms(filtered), "frame_ms": _ms(framed), "floor_ms": _ms(floor)}


def save(db: Path, saves: int) -> dict[str, Any]:
    """Store.save_meeting of a held meeting with one more note, against the bare minimum for
    the same file: encode the whole document and write it atomically (temp file, fsync, rename)."""
    import orjson

    from infocoach.core.clock import SystemClock
    from infocoach.core.records.model import Note
    from infocoach.store import Store

    timings, floor = [], []
    with Store.open(db, clock=SystemClock(), backups_dir=db.parent / "backups") as store:
        meeting = next(m for m in store.meetings() if m.notes)
        for index in range(saves):
            meeting.notes.append(Note(text=f"benchmark note {index}: they said it depends", at=60.0))
            began = time.perf_counter()
            store.save_meeting(meeting)
            timings.append(time.perf_counter() - began)
    document = orjson.loads(db.read_bytes())
    target = db.with_name("floor.json")
    for _ in range(saves):
        began = time.perf_counter()
        _atomic_write(target, orjson.dumps(document, option=orjson.OPT_INDENT_2))
        floor.append(time.perf_counter() - began)
    return {"saves": saves, "save_ms": _ms(timings), "floor_ms": _ms(floor), "file_mb": db.stat().st_size / 1e6}


def _atomic_write(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


async def stall(db: Path, seconds: float, meeting_id: str) -> dict[str, Any]:
    """The live screen's 4 Hz clock refresh, idle and then while notes are typed and saved."""
    from infocoach.screens.live.live_screen import REFRESH_SECONDS, LiveScreen

    ticks: list[float] = []
    plain_refresh = LiveScreen.refresh_live

    def timed_refresh(self: LiveScreen) -> None:
        ticks.append(time.perf_counter())
        plain_refresh(self)

    LiveScreen.refresh_live = timed_refresh  # type: ignore[method-assign]
    app = _app(db, open_live=meeting_id)
    saves: list[float] = []
    plain_save = app.store.save_meeting

    def timed_save(meeting: Any) -> None:  # runs on the saver's thread
        began = time.perf_counter()
        plain_save(meeting)
        saves.append(time.perf_counter() - began)

    app.store.save_meeting = timed_save
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, LiveScreen):
            await pilot.pause(0.01)
        await pilot.press("p")  # the meeting starts: the clock runs
        await asyncio.sleep(1.0)
        idle_from = len(ticks)
        await asyncio.sleep(min(seconds, 3.0))
        idle = _gaps(ticks[idle_from:])
        busy_from, notes, until = len(ticks), 0, time.perf_counter() + seconds
        while time.perf_counter() < until:
            await pilot.press("n", *f"note {notes}: it depends", "enter")
            notes += 1
            await asyncio.sleep(0.2)
        await asyncio.sleep(2 * REFRESH_SECONDS)
        busy = _gaps(ticks[busy_from:])
    app.store.close()
    return {
        "interval_ms": REFRESH_SECONDS * 1000,
        "notes": notes,
        "saves": len(saves),
        "save_ms": _ms(saves),
        "idle_worst_gap_ms": max(idle, default=0) * 1000,
        "busy_worst_gap_ms": max(busy, default=0) * 1000,
    }


def _gaps(ticks: list[float]) -> list[float]:
    return [later - earlier for earlier, later in itertools.pairwise(ticks)]


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered) * 1000, "p95": p95 * 1000, "max": ordered[-1] * 1000}


def main(args: list[str]) -> int:
    kind, source = args[0], Path(args[1])
    with tempfile.TemporaryDirectory(prefix="infocoach-bench-") as folder:
        db = Path(folder) / "infocoach.json"
        shutil.copyfile(source, db)
        if kind == "search":
            result = asyncio.run(search(db))
        elif kind == "save":
            result = save(db, int(args[2]))
        else:
            result = asyncio.run(stall(db, float(args[2]), args[3]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
