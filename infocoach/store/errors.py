"""What can go wrong with the database file, each said in one paragraph a user can act on.

The CLI prints ``str(error)`` and exits non-zero; the app shows it in a notification.
Neither ever shows a traceback, so every message names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the database; ``str(err)`` is the user-facing message."""


class StoreLocked(StoreError):
    """Another infocoach holds the lock on this database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} is already open in another infocoach. Close it there first and try again "
            "(exports and lists still work while it is open)."
        )


class StoreCorrupt(StoreError):
    """The file is not a database we can read. It is left exactly as it was."""

    def __init__(self, path: Path, problems: list[str], backup: Path | None, backups_dir: Path) -> None:
        self.path = path
        self.problems = problems
        self.backup = backup
        shown = problems[:5]
        if len(problems) > len(shown):
            shown.append(f"and {len(problems) - len(shown)} more problems")
        if backup is not None:
            restore = (
                f"The newest backup is {backup}; to restore, copy it over {path} "
                f"(keep the damaged file elsewhere if you want to look at it)."
            )
        else:
            restore = f"There is no backup of it in {backups_dir}."
        super().__init__(
            f"{path} is not a valid infocoach database, so it was not opened and has not been "
            f"changed: {'; '.join(shown)}. {restore}"
        )


class StoreNewerSchema(StoreError):
    """The file was written by a newer infocoach; we refuse rather than downgrade it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"{path} was written by a newer infocoach (database schema {found}; this version "
            f"understands schema {supported}). It has not been changed: upgrade infocoach "
            "to open it."
        )
