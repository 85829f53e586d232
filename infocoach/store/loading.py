"""Opening a database file: everything that happens between taking the lock and the first query.

Order matters: leftover temp files are removed, the whole file is checked (and refused
untouched if it is damaged or newer), an old schema is copied aside before it is migrated,
and only then is the day's backup taken.
"""

from __future__ import annotations

import os
from pathlib import Path

from infocoach.core.clock import Clock
from infocoach.store import schema
from infocoach.store.backups import back_up_daily, newest_backup
from infocoach.store.checked_mark import is_marked
from infocoach.store.errors import StoreCorrupt, StoreNewerSchema
from infocoach.store.safe_files import atomic_write, temp_prefix
from infocoach.store.storage import AtomicJSONStorage, encode


def _remove_orphans(path: Path) -> list[str]:
    """Delete temp files left by a crash mid-save (safe: we hold the exclusive lock)."""
    warnings = []
    for orphan in path.parent.glob(temp_prefix(path) + "*"):
        try:
            orphan.unlink()
        except OSError as exc:
            warnings.append(f"Could not remove the leftover file {orphan}: {exc.strerror or exc}")
    return warnings


def load_storage(
    path: Path, clock: Clock, readonly: bool, backups_dir: Path, backup_days: int
) -> tuple[AtomicJSONStorage, list[str]]:
    """Read, check, migrate and back up the file; build the storage. Call it holding the lock.

    Returns the storage and warnings (problems that did not stop the open).
    """
    warnings = [] if readonly else _remove_orphans(path)
    raw, info = _read(path)
    data, version = _checked_file(path, raw, info, backups_dir)
    existing = version is not None
    current = existing and version == schema.SCHEMA_VERSION
    if readonly:
        # An old or brand-new file is upgraded in memory only: a reader never writes.
        return AtomicJSONStorage(path, data, raw if current else encode(data), readonly=True), []
    if not current:
        if version is not None:
            _keep_old_schema(path, raw, version)
        raw = encode(data)
        atomic_write(path, raw)
        info = os.stat(path)
    if existing:
        try:
            back_up_daily(path, raw, backups_dir, clock.now().date(), backup_days)
        except OSError as exc:
            warnings.append(
                f"Could not write today's backup of {path} to {backups_dir}: "
                f"{exc.strerror or exc}. Your data is safe, but there is no new backup."
            )
    return AtomicJSONStorage(path, data, raw, readonly=False, saved_info=info), warnings


def _read(path: Path) -> tuple[bytes, os.stat_result | None]:
    """The file's bytes and what the file system says of them (None: no file, or one that
    changed while it was read, which is then checked in full)."""
    try:
        with path.open("rb") as handle:
            before = os.fstat(handle.fileno())
            raw = handle.read()
            after = os.fstat(handle.fileno())
    except FileNotFoundError:
        return b"", None
    # Written to while we read (the lock is only advisory): no claim about what we read.
    unsettled = (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)
    # A byte-order mark (as some editors write) carries no data: what we hold is the JSON.
    return raw.removeprefix(schema.UTF8_BOM), None if unsettled else after


def _checked_file(
    path: Path, raw: bytes, info: os.stat_result | None, backups_dir: Path
) -> tuple[schema.Data, int | None]:
    """The file's data upgraded to the current schema, and the schema it had (None: new file).

    Raises StoreCorrupt or StoreNewerSchema; nothing is written here.
    """
    try:
        data = schema.decode(raw)
        if data is None:
            return schema.empty_database(), None
        version = schema.schema_of(data)
        if version > schema.SCHEMA_VERSION:
            raise StoreNewerSchema(path, version, schema.SCHEMA_VERSION)
        data = schema.migrate(data, version)
        # The file we left behind last time, unchanged: its records were all checked then.
        unchanged = version == schema.SCHEMA_VERSION and info is not None and is_marked(path, info)
        problems = [] if unchanged else schema.problems_in(data)
    except schema.InvalidDatabase as exc:
        problems = exc.problems
    if problems:
        raise StoreCorrupt(path, problems, newest_backup(path, backups_dir), backups_dir)
    assert data is not None  # an unreadable file always comes with problems, raised above
    return data, version


def _keep_old_schema(path: Path, raw: bytes, version: int) -> Path:
    """Copy the file aside before a migration changes it (never over an earlier copy)."""
    target = path.with_name(f"{path.name}.schema-{version}.bak")
    count = 1
    while target.exists():
        count += 1
        target = path.with_name(f"{path.name}.schema-{version}.{count}.bak")
    atomic_write(target, raw)
    return target


def cannot_open_message(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileExistsError | NotADirectoryError) and exc.filename:
        # The OS says "File exists" when a file stands where a folder should be.
        reason, where = f"{exc.filename} is a file, not a folder", ""
    else:
        reason = exc.strerror or str(exc)
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
    return (
        f"Cannot open the database {path}: {reason}{where}. Check that the folder exists, "
        "is a folder (not a file) and that you may write to it, or choose another file with --db."
    )
