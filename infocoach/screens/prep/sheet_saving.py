"""Prep's F4: save the meeting's one-page prep sheet (Markdown) where the user chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from infocoach.core.exports.prep_sheet import prep_sheet
from infocoach.core.records.validation import is_timezone
from infocoach.dialogs.save_file import SaveFileModal
from infocoach.store.config import protected_paths
from infocoach.store.safe_files import atomic_write

if TYPE_CHECKING:
    from infocoach.screens.prep.prep_screen import PrepScreen


def default_sheet_path(last_name: str) -> Path:
    """Where the sheet is offered to be saved: the home folder, named after the contact."""
    name = "".join(ch for ch in last_name.lower() if ch.isalnum()) or "meeting"
    return Path.home() / f"infocoach-sheet-{name}.md"


def save_prep_sheet(screen: PrepScreen) -> None:
    """Ask where, then write the sheet as it is now (what was typed a moment ago included)."""
    app = screen.coach
    mine = app.settings.timezone if is_timezone(app.settings.timezone) else "UTC"

    def chosen(path: Path | None) -> None:
        if path is None:
            return
        text = prep_sheet(screen.meeting, screen.contact, my_timezone=mine)
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError as exc:
            screen.notify(f"Could not save {path}: {exc.strerror or exc}", severity="error", markup=False)
            return
        screen.notify(f"Saved the prep sheet to {path}. Print it, or keep it open beside the call.", markup=False)

    screen.app.push_screen(
        SaveFileModal(
            default_sheet_path(screen.contact.last_name),
            title="Save the prep sheet (Markdown)",
            protected=protected_paths(app.paths),
        ),
        chosen,
    )
