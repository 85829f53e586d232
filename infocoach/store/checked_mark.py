"""A note beside the database of the exact file this infocoach last checked or left behind.

Checking every record of a 2,000-meeting file takes a fifth of a second at each start. When
the file is the very one we left when we last closed it (same infocoach and schema version, so
the same rules), that check has nothing new to find and is skipped. "The very one" is told, as
git tells an unchanged file, by what the file system records of it: device and inode, size,
and the modification and status-change times in nanoseconds. Any write to the file changes
its status-change time, which no ordinary tool can set back, and a restored or copied file
is a new inode; so any other file (edited by hand, restored, written by another version, or
left by a crash before the note) is checked in full. Reading these costs nothing, where a
digest of 10 MB would cost milliseconds at every start and close. The note is best-effort:
losing it only costs the full check.
"""

from __future__ import annotations

import os
from pathlib import Path

from infocoach import __version__
from infocoach.core.records.model import SCHEMA_VERSION

SUFFIX = ".checked"


def mark_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def fingerprint(info: os.stat_result) -> str:
    return (
        f"infocoach {__version__} schema {SCHEMA_VERSION} file {info.st_dev}:{info.st_ino} "
        f"size {info.st_size} modified {info.st_mtime_ns} changed {info.st_ctime_ns}\n"
    )


def is_marked(database: Path, info: os.stat_result) -> bool:
    """Whether the file described by ``info`` is the one this version left at ``database``."""
    try:
        return mark_path(database).read_text(encoding="ascii") == fingerprint(info)
    except (OSError, UnicodeDecodeError):
        return False


def mark(database: Path, info: os.stat_result) -> None:
    """Note the file ``info`` describes (taken when this infocoach last read or wrote it) as
    checked, in an owner-only note. A failure only means a full check next time."""
    target = mark_path(database)
    try:
        note = fingerprint(info)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(note)
    except OSError:
        try:
            target.unlink()  # a half-written note must not stay behind
        except OSError:
            pass
