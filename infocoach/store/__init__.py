"""The store: the only part of infocoach that imports TinyDB.

Nothing is ever lost: writes are atomic and private, one infocoach at a time holds the lock,
a damaged or newer file is refused untouched, old schemas are migrated after a copy is kept,
and the first open of each day keeps a rolling backup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Imported when first asked for (PEP 562): a command that only needs a path or an error class
# (``agenda`` most runs, ``paths``) then loads neither TinyDB nor the model.
_WHERE = {
    "MIGRATIONS": "infocoach.store.schema",
    "SCHEMA_VERSION": "infocoach.core.records.model",
    "Store": "infocoach.store.database",
    "StoreCorrupt": "infocoach.store.errors",
    "StoreError": "infocoach.store.errors",
    "StoreLocked": "infocoach.store.errors",
    "StoreNewerSchema": "infocoach.store.errors",
    "newest_backup": "infocoach.store.backups",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


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
