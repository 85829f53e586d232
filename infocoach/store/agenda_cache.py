"""The agenda as last computed, kept until it could read differently: for a shell start-up file.

``infocoach agenda`` runs in every new terminal. Computing it needs the store, the model and
pendulum, most of its start-up; but the answer only changes when the data file or the settings
change, at the user's midnight, or when an item's moment comes (a follow-up becomes due, a
thank-you overdue). So the command keeps its answer with those conditions in the user's cache
folder (readable by the owner only: it names contacts), and a later run that finds every
condition unchanged prints it with nothing but the standard library's json.

The key is what the file system says of the database and the settings file (as the store's
checked-file note trusts it: ``store/checked_mark.py``), the machine's zone (a default for a
settings file without one), the look-ahead asked for and infocoach's version; the answer is
also dropped at ``valid_until`` (seconds since the epoch).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from infocoach import __version__

if TYPE_CHECKING:
    import pendulum

    from infocoach.core.records.model import Contact, MeetingHead, Target
    from infocoach.store.config import Paths

Records = tuple["Sequence[Contact]", "Sequence[MeetingHead]", "Sequence[Target]"]

CACHE_FORMAT = 1
LOCALTIME = Path("/etc/localtime")


def cache_file(cache_dir: Path, data_file: Path) -> Path:
    """One answer per database (several users of ``--db`` do not take turns overwriting it)."""
    real = os.path.realpath(data_file)
    return cache_dir / f"agenda-{_name_hash(real)}.json"


def _name_hash(text: str) -> str:
    import zlib  # a file name, not a secret: crc32 is enough and costs nothing to import

    return f"{zlib.crc32(text.encode('utf-8', 'surrogateescape')):08x}"


def _stat_key(path: Path) -> list[Any]:
    try:
        info = os.stat(path)
    except OSError:
        return [str(path), None]
    return [str(path), info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev]


def cache_key(data_file: Path, config_file: Path, days: int) -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "version": __version__,
        "db": _stat_key(Path(os.path.realpath(data_file))),
        "config": _stat_key(config_file),
        "zone": [os.environ.get("TZ"), _stat_key(LOCALTIME)],
        "days": days,
    }


def read_cached(path: Path, key: dict[str, Any]) -> dict[str, Any] | None:
    """The kept answer (``items`` and ``warnings``) if it is for this key and still current."""
    try:
        raw = path.read_bytes()
        kept = json.loads(raw)
    except (OSError, ValueError):  # none yet, unreadable or half-written: compute it afresh
        return None
    if not isinstance(kept, dict) or kept.get("key") != key:
        return None
    until = kept.get("valid_until")
    if not isinstance(until, int | float) or time.time() >= until:
        return None
    return kept


def write_cached(path: Path, key: dict[str, Any], valid_until: float, answer: dict[str, Any]) -> None:
    """Keep the answer, privately and atomically. A cache that cannot be written costs the
    next run its speed, nothing else: that is not worth a message in every new terminal."""
    from infocoach.store.safe_files import atomic_write, make_private_dirs

    data = json.dumps({"key": key, "valid_until": valid_until, **answer}, ensure_ascii=False)
    try:
        make_private_dirs(path.parent)
        atomic_write(path, data.encode("utf-8"))
    except OSError:
        return


def computed(
    paths: Paths, records: Callable[[], Records], now: pendulum.DateTime, days: int
) -> tuple[dict[str, Any], float]:
    """The agenda from ``records`` (``items`` and the settings file's ``warnings``), and until
    when it holds (epoch seconds): what the command prints and what is kept for the next run."""
    from infocoach.core.agenda import agenda_answer
    from infocoach.store.config import load_settings

    settings, warnings = load_settings(paths.config_file)
    contacts, meetings, targets = records()
    entries, until = agenda_answer(meetings, contacts, targets, now, settings, days)
    return {"items": entries, "warnings": warnings}, until.timestamp()


def keep_today(paths: Paths, records: Callable[[], Records], now: pendulum.DateTime) -> float | None:
    """Compute today's agenda (``infocoach agenda``, no look-ahead) from ``records`` and keep it
    for the next run: what the app does after a save, so a new terminal prints at once.

    The key is taken before the records are read: were the file saved again in between, the
    kept answer (newer than its key) is simply not used. Returns when the answer ends (epoch
    seconds), or None when there is nowhere to keep it.
    """
    if paths.cache_dir is None:
        return None
    key = cache_key(paths.data_file, paths.config_file, 0)
    answer, ends = computed(paths, records, now, 0)
    write_cached(cache_file(paths.cache_dir, paths.data_file), key, ends, answer)
    return ends
