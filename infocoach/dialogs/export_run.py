"""Exporting from the app: choose a file, then a small progress dialog while a worker writes it.

The export runs in a thread worker, so a big history (2,000 meetings) never freezes the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import LoadingIndicator, Static

from infocoach.core.describe import count_of
from infocoach.core.exports.formats import EXPORT_FORMATS, export_bytes
from infocoach.services import CoachApp, coach_of
from infocoach.store import StoreError
from infocoach.store.safe_files import atomic_write


class ExportProgress(ModalScreen[str | None]):
    """Writes the export and closes itself: with the path when done, None after a problem."""

    DEFAULT_CSS = """
    ExportProgress { align: center middle; }
    ExportProgress #dialog {
        width: 60; max-width: 100%; height: auto; padding: 1 2;
        border: thick $primary 60%; background: $surface;
    }
    ExportProgress LoadingIndicator { height: 1; margin-top: 1; }
    """
    HELP = "infocoach is writing your export; this closes by itself when the file is saved."

    def __init__(self, kind: str, target: Path) -> None:
        super().__init__()
        self.kind = kind
        self.target = target

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def compose(self) -> ComposeResult:
        store = self.coach.store
        # A vCard file holds the contacts; every other format, the meetings.
        if self.kind == "vcard":
            what = count_of(len(store.contacts()), "contact")
        else:
            what = count_of(len(store.meetings()), "meeting")
        label = EXPORT_FORMATS[self.kind][0]
        with Vertical(id="dialog"):
            yield Static(f"Exporting {what} as {label} to {self.target}…", markup=False)
            yield LoadingIndicator()

    def on_mount(self) -> None:
        self.write_export()

    @work(thread=True, exclusive=True)
    def write_export(self) -> None:
        app = self.coach
        try:
            contacts, meetings = app.store.contacts(), app.store.meetings()
            data = export_bytes(self.kind, contacts, meetings, app.settings, app.clock.now(), app.store.targets())
            atomic_write(self.target, data)
        except (OSError, ValueError, StoreError) as problem:
            reason = problem.strerror if isinstance(problem, OSError) and problem.strerror else problem
            app.call_from_thread(self._failed, str(reason))
            return
        app.call_from_thread(self.dismiss, str(self.target))

    def _failed(self, reason: str) -> None:
        self.notify(
            f"Could not export to {self.target}: {reason}",
            title="Not exported",
            severity="error",
            timeout=15,
            markup=False,
        )
        self.dismiss(None)


def start_export(app: App[Any], kind: str) -> None:
    """Ask where, then export there (asking first before replacing a file)."""
    from infocoach.dialogs.save_file import SaveFileModal
    from infocoach.store.config import protected_paths

    label, extension = EXPORT_FORMATS[kind]

    def chosen(path: Path | None) -> None:
        if path is None:
            return

        def done(saved: str | None) -> None:
            if saved:
                hint = " Open it in your calendar app." if kind == "ics" else ""
                app.notify(f"Exported to {saved}.{hint}", title=f"{label} export", markup=False)

        app.push_screen(ExportProgress(kind, path), done)

    app.push_screen(
        SaveFileModal(
            Path.home() / f"infocoach-export.{extension}",
            title=f"Export as {label}",
            protected=protected_paths(coach_of(app).paths),
        ),
        chosen,
    )
