"""The one check for a file infocoach is asked to write (an export, a calendar event, a sheet).

Never one of infocoach's own files: the database (also through a link), its lock, its checked
mark, its temp files and the copies kept before a migration, the backups, the settings file
(and copies beside it), the themes folder and the crash log. Never a folder or an empty name,
and never something that is not a regular file (writing a named pipe waits for a reader
forever; a device is no place for an export). Each refusal says what to do instead.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from infocoach.store.config import Paths, protected_paths
from infocoach.store.safe_files import same_file, temp_prefix


def _inside_or_same(path: Path, kept: Path) -> bool:
    """Whether ``path`` is ``kept`` (through links and ``..``) or inside it (a folder)."""
    try:
        return same_file(path, kept) or kept.resolve() in path.resolve().parents
    except (OSError, RuntimeError):  # a link loop: not one of ours, and the write will say why
        return False


def _databases_own(path: Path, database: Path) -> bool:
    """A temp file of the database, or a copy kept before a migration (``db.json.schema-3.bak``)."""
    name = path.name
    return name.startswith(temp_prefix(database)) or (
        name.startswith(f"{database.name}.schema-") and name.endswith(".bak")
    )


def output_problem(name: str, paths: Paths) -> str | None:
    """Why ``name`` (as typed after ``-o``) cannot be written, or None when it can."""
    if not name.strip():
        return "the file name after -o is empty: give the file to write, or - for standard output."
    path = Path(name).expanduser()
    if name.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        return f"{name} is a folder: add a file name (-o FOLDER/FILE)."
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as exc:
        return f"cannot write {path}: {exc.strerror or exc}."
    if info is not None and stat.S_ISDIR(info.st_mode):
        return f"{path} is a folder: add a file name (-o FOLDER/FILE)."
    ours = list(protected_paths(paths))
    for database in {paths.data_file, _real(paths.data_file)}:
        if path.parent.absolute() == database.parent and _databases_own(path, database):
            return _ours(path)
        if _real(path.parent.absolute()) == database.parent and _databases_own(path, database):
            return _ours(path)
    if any(_inside_or_same(path, kept) for kept in ours):
        return _ours(path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        return f"{path} is not a regular file (a named pipe or a device): choose a file to write (-o)."
    return None


def _real(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return path


def _ours(path: Path) -> str:
    return (
        f"{path} is one of infocoach's own files (the database, its lock or backups, the settings, "
        "the themes or the crash log); nothing was written. Choose another file (-o)."
    )
