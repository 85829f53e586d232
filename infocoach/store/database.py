"""The Store: contacts and meetings in one private, locked, crash-safe TinyDB file.

Screens and commands pass model objects in and get model objects out; no TinyDB document
ever leaves this package. Every public method holds one re-entrant lock, because the app
saves from worker threads.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from infocoach.core.clock import Clock
from infocoach.core.records.model import Contact, Meeting, MeetingHead, Target
from infocoach.store import schema
from infocoach.store.backups import default_backups_dir
from infocoach.store.checked_mark import mark
from infocoach.store.errors import StoreError
from infocoach.store.loading import cannot_open_message, load_storage
from infocoach.store.lock import DatabaseLock
from infocoach.store.safe_files import make_private_dirs
from infocoach.store.storage import AtomicJSONStorage


def database_file(path: Path) -> Path:
    """The file that holds the database at ``path``: itself, or the target of a link.

    Raises StoreError for a folder, a dangling link or anything that is not a regular file
    (a named pipe would make every read wait forever). Nothing there yet is fine: it is made.
    """
    try:
        info = os.stat(path)  # follows links; never opens (a FIFO would block an open)
    except FileNotFoundError:
        if path.is_symlink():
            raise StoreError(
                f"Cannot open {path}: it is a link to {os.readlink(path)}, which does not exist. "
                "Restore the file it points to, or choose another file with --db."
            ) from None
        return path
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"Cannot open {path}: it is a folder, not a database file.")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(
            f"Cannot open {path}: it is not a regular file (a named pipe, a device or a socket), "
            "so it cannot hold a database. Choose a file with --db."
        )
    return Path(os.path.realpath(path)) if path.is_symlink() else path


class Store:
    """An open database. Use :meth:`open`; close it (or use ``with``) to release the lock."""

    def __init__(
        self,
        path: Path,
        db: TinyDB,
        storage: AtomicJSONStorage,
        lock: DatabaseLock | None,
        *,
        readonly: bool,
        warnings: list[str],
    ) -> None:
        self.path = path
        self.readonly = readonly
        # Problems that did not stop the open (e.g. a backup that could not be written):
        # the app shows them once, the CLI may print them.
        self.warnings = warnings
        self._db = db
        self._storage = storage
        self._lock = lock
        self._is_open = True
        self._mutex = threading.RLock()
        self._contacts: Table = db.table(schema.CONTACTS)
        self._meetings: Table = db.table(schema.MEETINGS)
        self._targets: Table = db.table(schema.TARGETS)

    # --- opening and closing --------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock,
        readonly: bool = False,
        backups_dir: Path | None = None,
        backup_days: int = 5,
    ) -> Store:
        """Lock, check and load the database at ``path`` (created if missing, unless readonly).

        Raises StoreLocked, StoreCorrupt, StoreNewerSchema or StoreError; the file is never
        changed when opening fails.
        """
        path = Path(path)
        backups = backups_dir if backups_dir is not None else default_backups_dir(path)
        try:
            return cls._open(path, clock, readonly, backups, backup_days)
        except OSError as exc:
            raise StoreError(cannot_open_message(path, exc)) from exc

    @classmethod
    def _open(cls, path: Path, clock: Clock, readonly: bool, backups_dir: Path, backup_days: int) -> Store:
        if readonly and not path.exists() and not path.is_symlink():
            raise StoreError(f"There is no database at {path}: check the path (or --db).")
        if not readonly:
            make_private_dirs(path.parent)
        # A database reached through a symbolic link is read and saved at the link's target
        # (a save replaces the target, in its own folder, and the link stays), and locked and
        # marked there too, so two links to one file share one lock.
        path = database_file(path)
        # Readers take no lock: every save replaces the file in one atomic rename, so a
        # reader always sees a whole database, and `export` works while the app is open.
        lock = None if readonly else DatabaseLock.acquire(path, shared=False)
        try:
            storage, warnings = load_storage(path, clock, readonly, backups_dir, backup_days)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        # TinyDB builds its storage by calling what it is given; hand it the one we loaded.
        db = TinyDB(storage=lambda: storage)
        return cls(path, db, storage, lock, readonly=readonly, warnings=warnings)

    def close(self) -> None:
        """Release the lock. Every change is already on disk; calling twice is fine."""
        with self._mutex:
            if self._is_open:
                self._is_open = False
                self._db.close()
                if self._lock is not None:
                    # The note describes the file as we last read or wrote it: if anyone changed
                    # it since (the lock is only advisory), the next start checks it in full.
                    if self._storage.saved_info is not None:
                        mark(self.path, self._storage.saved_info)
                    self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "read-only" if self.readonly else "open"
        return f"<Store {str(self.path)!r} {state if self._is_open else 'closed'}>"

    # --- reading --------------------------------------------------------------------------

    def contacts(self, *, include_archived: bool = True) -> list[Contact]:
        """All contacts in the order they were first saved."""
        with self._reading():
            docs = self._documents(schema.CONTACTS)
            return [Contact.from_dict(d) for d in docs if include_archived or not d["archived"]]

    def meetings(self, *, include_archived: bool = True, status: str | None = None) -> list[Meeting]:
        """All meetings (or those with ``status``) in the order they were first saved."""
        with self._reading():
            docs = self._documents(schema.MEETINGS)
            return [
                Meeting.from_dict(d)
                for d in docs
                if (include_archived or not d["archived"]) and (status is None or d["status"] == status)
            ]

    def meeting_heads(self, *, include_archived: bool = True, status: str | None = None) -> list[MeetingHead]:
        """What History lists of every meeting (or those with ``status``), without notes,
        questions and drafts: several times quicker to build than :meth:`meetings` over
        thousands. In the same order."""
        with self._reading():
            return [
                MeetingHead.from_dict(d)
                for d in self._documents(schema.MEETINGS)
                if (include_archived or not d["archived"]) and (status is None or d["status"] == status)
            ]

    def targets(self, *, include_archived: bool = True) -> list[Target]:
        """All target employers in the order they were first saved."""
        with self._reading():
            docs = self._documents(schema.TARGETS)
            return [Target.from_dict(d) for d in docs if include_archived or not d["archived"]]

    def target(self, target_id: str) -> Target | None:
        with self._reading():
            doc_id = self._index(schema.TARGETS).get(target_id)
            doc = self._targets.get(doc_id=doc_id) if doc_id is not None else None
            return Target.from_dict(doc) if isinstance(doc, dict) else None

    def contact(self, contact_id: str) -> Contact | None:
        with self._reading():
            doc_id = self._index(schema.CONTACTS).get(contact_id)
            doc = self._contacts.get(doc_id=doc_id) if doc_id is not None else None
            return Contact.from_dict(doc) if isinstance(doc, dict) else None

    def meeting(self, meeting_id: str) -> Meeting | None:
        with self._reading():
            doc_id = self._index(schema.MEETINGS).get(meeting_id)
            doc = self._meetings.get(doc_id=doc_id) if doc_id is not None else None
            return Meeting.from_dict(doc) if isinstance(doc, dict) else None

    def is_empty(self) -> bool:
        with self._reading():
            return len(self._contacts) == 0 and len(self._meetings) == 0 and len(self._targets) == 0

    # --- writing: each method is one atomic file write --------------------------------------
    # Checks come before the batch: a refused change then costs no rollback.

    def save_contact(self, contact: Contact) -> None:
        """Insert the contact, or replace the stored one with the same id."""
        doc = _checked(_check_contact, contact.to_dict(), f"contact {contact.id!r}")
        with self._writable(), self._storage.batch():
            self._upsert(self._contacts, schema.CONTACTS, {contact.id: doc})

    def save_target(self, target: Target) -> None:
        """Insert the target employer, or replace the stored one with the same id."""
        doc = _checked(_check_target, target.to_dict(), f"target {target.id!r}")
        with self._writable(), self._storage.batch():
            self._upsert(self._targets, schema.TARGETS, {target.id: doc})

    def delete_target(self, target_id: str) -> None:
        """Delete a target employer (its people and meetings stay: they only match it by name)."""
        with self._writable():
            doc_id = self._index(schema.TARGETS).get(target_id)
            if doc_id is None:
                raise StoreError(f"There is no target with id {target_id!r} to delete.")
            with self._storage.batch():
                self._targets.remove(doc_ids=[doc_id])

    def save_meeting(self, meeting: Meeting) -> None:
        """Insert the meeting, or replace the stored one; its contact must already be stored."""
        doc = _checked(_check_meeting, meeting.to_dict(), f"meeting {meeting.id!r}")
        with self._writable():
            if meeting.contact_id not in self._index(schema.CONTACTS):
                raise StoreError(
                    f"Cannot save meeting {meeting.id!r}: its contact {meeting.contact_id!r} "
                    "is not in the database. Save the contact first."
                )
            with self._storage.batch():
                self._upsert(self._meetings, schema.MEETINGS, {meeting.id: doc})

    def save_meetings(self, meetings: list[Meeting]) -> None:
        """Save several meetings in one write (all or none); their contacts must be stored."""
        docs = _checked_batch(_check_meeting, "meeting", meetings)
        with self._writable():
            known = self._index(schema.CONTACTS)
            missing = sorted({m.contact_id for m in meetings} - set(known))
            if missing:
                raise StoreError(
                    f"Cannot save meetings: their contacts are not in the database "
                    f"({', '.join(map(repr, missing[:5]))}). Nothing was changed."
                )
            with self._storage.batch():
                self._upsert(self._meetings, schema.MEETINGS, docs)

    def delete_contact(self, contact_id: str, *, cascade: bool = False) -> None:
        """Delete a contact. Its meetings go too with ``cascade``; otherwise they block it."""
        with self._writable():
            doc_id = self._index(schema.CONTACTS).get(contact_id)
            if doc_id is None:
                raise StoreError(f"There is no contact with id {contact_id!r} to delete.")
            linked = [
                int(key)
                for key, doc in self._storage.read().get(schema.MEETINGS, {}).items()
                if doc["contact_id"] == contact_id
            ]
            if linked and not cascade:
                count = f"{len(linked)} meetings belong" if len(linked) > 1 else "1 meeting belongs"
                raise StoreError(
                    f"Cannot delete contact {contact_id!r}: {count} to it. Delete those first, "
                    "or delete the contact together with its meetings."
                )
            with self._storage.batch():
                self._meetings.remove(doc_ids=linked)
                self._contacts.remove(doc_ids=[doc_id])

    def delete_meeting(self, meeting_id: str) -> None:
        with self._writable():
            doc_id = self._index(schema.MEETINGS).get(meeting_id)
            if doc_id is None:
                raise StoreError(f"There is no meeting with id {meeting_id!r} to delete.")
            with self._storage.batch():
                self._meetings.remove(doc_ids=[doc_id])

    def import_records(
        self, contacts: list[Contact], meetings: list[Meeting], targets: Sequence[Target] = ()
    ) -> tuple[int, int]:
        """Add new records and replace changed ones by id, all in one write (or none).

        Returns (added, updated) over contacts, meetings and targets together; a record
        identical to the stored one counts as neither.
        """
        new_contacts = _checked_batch(_check_contact, "contact", contacts)
        new_meetings = _checked_batch(_check_meeting, "meeting", meetings)
        new_targets = _checked_batch(_check_target, "target", targets)
        with self._writable():
            known = set(self._index(schema.CONTACTS)) | set(new_contacts)
            dangling = sorted({m.contact_id for m in meetings} - known)
            if dangling:
                raise StoreError(
                    "Nothing was imported: some meetings belong to contacts that are neither "
                    f"in the import nor in the database ({', '.join(map(repr, dangling[:5]))})."
                )
            with self._storage.batch():
                added_c, updated_c = self._upsert(self._contacts, schema.CONTACTS, new_contacts)
                added_m, updated_m = self._upsert(self._meetings, schema.MEETINGS, new_meetings)
                added_t, updated_t = self._upsert(self._targets, schema.TARGETS, new_targets)
        return added_c + added_m + added_t, updated_c + updated_m + updated_t

    # --- helpers --------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._mutex:
            if not self._is_open:
                raise StoreError(f"{self.path} has been closed.")
            yield

    @contextmanager
    def _writable(self) -> Iterator[None]:
        with self._reading():
            if self.readonly:
                raise StoreError(f"{self.path} was opened read-only; nothing was changed.")
            yield

    def _documents(self, table: str) -> Iterable[dict[str, Any]]:
        """The stored documents of ``table``, in order, read in place: TinyDB's ``all()`` would
        copy each one first, and every caller builds a model from them anyway (never edit)."""
        return self._storage.read().get(table, {}).values()

    def _index(self, table: str) -> dict[str, int]:
        """Record id -> TinyDB document id (a pass over memory: ~0.1 ms for 2,000 meetings)."""
        return {doc["id"]: int(key) for key, doc in self._storage.read().get(table, {}).items()}

    def _upsert(self, table: Table, name: str, docs: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """Insert or replace ``docs`` (by record id) with two table operations; (added, updated)."""
        index = self._index(name)
        current = self._storage.read().get(name, {})
        changed = {rid: doc for rid, doc in docs.items() if rid in index and current[str(index[rid])] != doc}
        added = [doc for rid, doc in docs.items() if rid not in index]
        if changed:
            table.update(_replace_from(changed), doc_ids=[index[rid] for rid in changed])
        if added:
            table.insert_multiple(added)
        return len(added), len(changed)


def _replace_from(docs: dict[str, dict[str, Any]]) -> Callable[[MutableMapping[str, Any]], None]:
    """A TinyDB update that replaces a document whole (``update`` would only merge fields)."""

    def replace(doc: MutableMapping[str, Any]) -> None:
        fresh = docs[doc["id"]]
        doc.clear()
        doc.update(fresh)

    return replace


def _check_contact(doc: object, where: str) -> list[str]:
    # Imported on the first save, not at start-up.
    from infocoach.core.exports.json_exchange import check_contact

    return check_contact(doc, where)


def _check_meeting(doc: object, where: str) -> list[str]:
    from infocoach.core.exports.json_exchange import check_meeting

    return check_meeting(doc, where)


def _check_target(doc: object, where: str) -> list[str]:
    from infocoach.core.exports.json_exchange import check_target

    return check_target(doc, where)


def _checked(check: Callable[[object, str], list[str]], doc: dict[str, Any], what: str) -> dict[str, Any]:
    """The document, if the store could read it back; a file we would refuse is never written."""
    problems = check(doc, what)
    if problems:
        raise StoreError(f"Cannot save {what}: {'; '.join(problems[:5])}. Nothing was changed.")
    return doc


def _checked_batch(
    check: Callable[[object, str], list[str]], noun: str, records: Sequence[Contact | Meeting | Target]
) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for index, record in enumerate(records):
        doc = record.to_dict()
        problems += check(doc, f"{noun}s[{index}]")
        if record.id in docs:
            problems.append(f"{noun}s[{index}].id: {record.id!r} appears twice")
        docs[record.id] = doc
    if problems:
        raise StoreError(f"Nothing was imported: {'; '.join(problems[:5])}.")
    return docs
