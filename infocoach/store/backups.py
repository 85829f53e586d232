"""Rolling daily backups: the first open of each day copies the database aside.

Backups are named ``<stem>-YYYY-MM-DD.json`` in the backups folder, so they sort by date and
a person can tell at a glance which day to restore. Only the newest few are kept.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from infocoach.store.safe_files import atomic_write, make_private_dirs


def default_backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def backup_path(path: Path, backups_dir: Path, day: date) -> Path:
    return backups_dir / f"{path.stem}-{day.isoformat()}.json"


def list_backups(path: Path, backups_dir: Path | None = None) -> list[Path]:
    """This database's backups, oldest first (other databases' backups are ignored)."""
    folder = backups_dir if backups_dir is not None else default_backups_dir(path)
    pattern = re.compile(re.escape(path.stem) + r"-(\d{4}-\d{2}-\d{2})\.json\Z")
    try:
        candidates = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    dated = [(m.group(1), p) for p in candidates if (m := pattern.match(p.name)) and p.is_file()]
    return [p for _, p in sorted(dated)]


def newest_backup(path: Path, backups_dir: Path | None = None) -> Path | None:
    """The most recent backup of the database at ``path``, or None."""
    try:
        backups = list_backups(path, backups_dir)
    except OSError:
        # Asked while reporting another problem: an unreadable folder means "none we can name".
        return None
    return backups[-1] if backups else None


def back_up_daily(path: Path, data: bytes, backups_dir: Path, day: date, keep: int) -> Path | None:
    """Copy ``data`` (the database's bytes) aside unless ``day`` already has a backup.

    Returns the new backup, or None if there was one already. Keeps the newest ``keep``.
    Raises OSError if the folder or the copy cannot be written.
    """
    if keep <= 0:
        return None
    target = backup_path(path, backups_dir, day)
    created: Path | None = None
    if not target.exists():
        make_private_dirs(backups_dir)
        atomic_write(target, data)
        created = target
    for old in list_backups(path, backups_dir)[:-keep]:
        old.unlink()
    return created
