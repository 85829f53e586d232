"""One infocoach at a time per database: an flock on a lock file beside it.

A lock file (not the database itself) is locked because the database is replaced by rename
on every save, and a lock on a replaced inode would protect nothing. The lock file is never
deleted: removing it while another process waits on it would let two processes in.
flock locks belong to the open file description, so two opens conflict even inside one process,
and the kernel releases the lock if the process dies.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from infocoach.store.errors import StoreLocked
from infocoach.store.safe_files import FILE_MODE


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """A held lock: shared for readers (export), exclusive for the one writer."""

    def __init__(self, fd: int, path: Path, shared: bool) -> None:
        self._fd: int | None = fd
        self.path = path
        self.shared = shared

    @classmethod
    def acquire(cls, db_path: Path, *, shared: bool) -> DatabaseLock:
        """Take the lock without waiting; StoreLocked if another infocoach holds it.

        Raises OSError if the lock file cannot be opened or created.
        """
        path = lock_path(db_path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except PermissionError:
            if not shared:
                raise
            # A reader may lock a lock file it cannot write (flock needs only an open fd).
            fd = os.open(path, os.O_RDONLY)
        mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreLocked(db_path) from None
        except OSError:
            os.close(fd)
            raise
        return cls(fd, path, shared)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Release the lock (closing the descriptor drops it); safe to call twice."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
