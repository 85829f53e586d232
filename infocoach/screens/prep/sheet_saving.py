"""Prep's F4: save the meeting's one-page prep sheet (Markdown) where the user chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from infocoach.core.exports.prep_sheet import prep_sheet
from infocoach.core.records.validation import is_timezone
from infocoach.dialogs.save_file import save_to_chosen_file
from infocoach.store.config import protected_paths

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

    save_to_chosen_file(
        screen,
        default_sheet_path(screen.contact.last_name),
        # The sheet as it is when the file is chosen: what was typed a moment ago included.
        lambda path: prep_sheet(screen.meeting, screen.contact, my_timezone=mine).encode("utf-8"),
        title="Save the prep sheet (Markdown)",
        protected=protected_paths(app.paths),
        saved=lambda path: f"Saved the prep sheet to {path}. Print it, or keep it open beside the call.",
    )
