"""Ask which calendar invitation (.ics) to import; dismisses with the chosen path.

It suggests the newest .ics file in ~/Downloads (where a mail program or a browser saves an
invitation's attachment), else in the home folder.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Input

from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled


def suggested_invitation(home: Path) -> Path:
    """The newest .ics in ~/Downloads or the home folder, or ~/Downloads/invite.ics."""
    for folder in (home / "Downloads", home):
        try:
            found = [p for p in folder.glob("*.ics") if p.is_file()]
        except OSError:
            continue
        if found:
            return max(found, key=lambda p: p.stat().st_mtime)
    return home / "Downloads" / "invite.ics"


class OpenInvitationModal(FormScreen[Path | None]):
    FIELDS = ("path",)
    HELP = (
        "Type the path of the invitation (.ics) you were sent, saved from your mail (~ means your "
        "home folder). It sets the meeting's time, length and status; a rescheduled copy moves "
        "it, a cancelled one asks whether to mark it declined. Enter or ctrl+s imports it."
    )
    BINDINGS = [Binding("ctrl+s", "save", "Import", id="invite.import")]

    def __init__(self, suggestion: Path) -> None:
        super().__init__()
        self.suggestion = suggestion

    def form_title(self) -> str:
        return "Import a calendar invitation (.ics)"

    def first_field(self) -> Widget:
        return self.query_one("#path", Input)

    def compose_fields(self) -> ComposeResult:
        yield from labelled(
            "File",
            Input(str(self.suggestion), id="path"),
            "path",
            hint="The invitation from their calendar: Google, Outlook or any other.",
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#save", Button).label = "Import"

    @on(Input.Submitted, "#path")
    def _entered(self) -> None:
        self.action_save()

    def values(self) -> dict[str, str]:
        return {"path": self.query_one("#path", Input).value}

    def build(self) -> tuple[Path | None, dict[str, str]]:
        text = self.values()["path"].strip()
        if not text:
            return None, {"path": "Enter the invitation's file name."}
        path = Path(text).expanduser()
        if path.is_dir():
            return None, {"path": "That is a folder: add the file's name."}
        if not path.is_file():
            return None, {"path": f"There is no file {path}."}
        return path, {}
