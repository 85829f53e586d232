"""A TinyDB storage that keeps the data in memory and replaces the file atomically on each write.

TinyDB's own JSONStorage rewrites the file in place (a crash mid-write leaves broken JSON) and
re-reads and re-parses the whole file on every query. We hold an exclusive lock, so nobody else
writes the file: it is decoded once at open, queries read memory, and each write encodes with
orjson (a 10 MB database takes milliseconds) into a temp file that replaces the old one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from infocoach.store.errors import StoreError
from infocoach.store.safe_files import fsync_dir, remove_quietly, write_temp

Data = dict[str, dict[str, Any]]


def encode(data: Data) -> bytes:
    # Indented so a person can read, diff or repair the file; orjson keeps this fast.
    # The final newline comes from orjson too: appending it here would copy all 10 MB again.
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


class AtomicJSONStorage(Storage):
    """In-memory TinyDB data, saved to ``path`` atomically; a failed save changes nothing.

    ``saved`` is the exact bytes of the file on disk. If a save fails, the in-memory data is
    rebuilt from those bytes, so memory never claims a change the file does not have.
    """

    def __init__(
        self,
        path: Path,
        data: Data,
        saved: bytes,
        *,
        readonly: bool,
        saved_info: os.stat_result | None = None,
    ) -> None:
        self.path = path
        self._data = data
        self._saved = saved
        # What the file system said of the file just after we read or wrote it: the
        # checked-file note records this, not the file as found at closing (which someone
        # could have edited meanwhile).
        self.saved_info = saved_info
        self._readonly = readonly
        self._in_batch = False
        self._dirty = False

    @property
    def saved(self) -> bytes:
        """The exact bytes of the file on disk, as last read or written."""
        return self._saved

    def read(self) -> Data:
        # TinyDB mutates what it reads and then calls write(); see _rollback for failed saves.
        return self._data

    def write(self, data: Data) -> None:
        if self._readonly:
            raise StoreError(f"{self.path} was opened read-only; nothing was changed.")
        self._data = data
        if self._in_batch:
            self._dirty = True
        else:
            self._save()

    def close(self) -> None:
        """Nothing to flush: every write has already reached the disk."""

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several table operations into one file write: all of them or none.

        A batch that changed nothing writes nothing.
        """
        if self._in_batch:
            raise RuntimeError("batches do not nest")
        self._in_batch, self._dirty = True, False
        try:
            yield
        except BaseException:
            # Always roll back: a TinyDB update may have changed documents in place before failing.
            self._in_batch = False
            self._rollback()
            raise
        self._in_batch = False
        if self._dirty:
            self._save()

    def _rollback(self) -> None:
        """Forget unsaved changes: go back to what the file holds."""
        self._data = orjson.loads(self._saved)

    def _save(self) -> None:
        try:
            encoded = encode(self._data)
        except orjson.JSONEncodeError as exc:
            self._rollback()
            raise StoreError(
                f"Could not save to {self.path}: the change holds a value that cannot be "
                f"stored ({exc}). Nothing was changed."
            ) from exc
        try:
            temp = write_temp(self.path, encoded)
        except OSError as exc:
            self._rollback()
            raise self._failed(exc) from exc
        try:
            os.replace(temp, self.path)
        except OSError as exc:
            remove_quietly(temp)
            self._rollback()
            raise self._failed(exc) from exc
        self._saved = encoded
        try:
            self.saved_info = os.stat(self.path)
        except OSError:
            self.saved_info = None  # only costs a full check at the next start
        try:
            fsync_dir(self.path.parent)
        except OSError as exc:
            # The new file is in place (memory matches it); only its durability is in doubt.
            raise StoreError(
                f"Saved to {self.path}, but its folder could not be synced to disk "
                f"({exc.strerror or exc}): the change may not survive a power cut."
            ) from exc

    def _failed(self, exc: OSError) -> StoreError:
        reason = exc.strerror or str(exc)
        return StoreError(
            f"Could not save to {self.path}: {reason}. The last change was not saved; "
            "the file still holds everything saved before it. Free some space or check the "
            "folder's permissions, then try again."
        )
