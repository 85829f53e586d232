"""Private, crash-safe file operations: a crash leaves either the old file or the new one.

Everything is created for the owner only (files 0600, folders 0700): the database holds
notes about real people.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def temp_prefix(path: Path) -> str:
    """Temp files are hidden and named after their target, so an open can find orphans."""
    return f".{path.name}.tmp-"


def make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents as 0700; existing folders are left alone."""
    missing: list[Path] = []
    current = directory
    while not current.is_dir() and current.parent != current:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        os.mkdir(folder, DIR_MODE)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is narrowed by the umask; make it exact


def write_temp(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new 0600 temp file beside ``path`` and fsync it; return its path.

    On any failure the temp file is removed and the error re-raised.
    """
    # os.urandom, not secrets: the name need only be unguessable enough for O_EXCL, and
    # secrets loads the hashing library, a tenth of `infocoach agenda`'s start-up.
    temp = path.with_name(temp_prefix(path) + os.urandom(4).hex())
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        remove_quietly(temp)
        raise
    return temp


def remove_quietly(path: Path) -> None:
    """Remove a temp file during error handling without masking the original error."""
    # If even this fails, the orphan is removed the next time the database is opened.
    with contextlib.suppress(OSError):
        path.unlink()


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some filesystems (and some network mounts) cannot fsync a directory at all;
        # the rename has still happened, which is the part that matters for atomicity.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temp file, fsync, rename, fsync folder)."""
    temp = write_temp(path, data)
    try:
        os.replace(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
    fsync_dir(path.parent)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through symlinks, hard links or ``..``): used to
    refuse writing an export or a draft over the database itself."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the names
        return a.expanduser().resolve() == b.expanduser().resolve()
