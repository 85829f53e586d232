"""The store: the only part of infocoach that imports TinyDB.

Nothing is ever lost: writes are atomic and private, one infocoach at a time holds the lock,
a damaged or newer file is refused untouched, old schemas are migrated after a copy is kept,
and the first open of each day keeps a rolling backup.
"""

from __future__ import annotations

from infocoach.core.records.model import SCHEMA_VERSION
from infocoach.store.backups import newest_backup
from infocoach.store.database import Store
from infocoach.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreNewerSchema,
)
from infocoach.store.schema import MIGRATIONS

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreNewerSchema",
    "newest_backup",
]
