"""Ask where to save a text file; dismisses with the chosen path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Input

from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled
from infocoach.store.safe_files import atomic_write, same_file


class SaveFileModal(FormScreen[Path | None]):
    FIELDS = ("path",)
    HELP = "Type the file's path (~ means your home folder). An existing file is replaced. ctrl+s saves."

    def __init__(self, suggestion: Path, *, title: str = "Save to a file", protected: tuple[Path, ...] = ()) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.title_text = title
        self.protected = protected

    def form_title(self) -> str:
        return self.title_text

    def first_field(self) -> Widget:
        return self.query_one("#path", Input)

    def compose_fields(self) -> ComposeResult:
        yield from labelled("File", Input(str(self.suggestion), id="path"), "path")

    @on(Input.Submitted, "#path")
    def _entered(self) -> None:
        self.action_save()  # one field: Enter means save

    def values(self) -> dict[str, str]:
        return {"path": self.query_one("#path", Input).value}

    def build(self) -> tuple[Path | None, dict[str, str]]:
        text = self.values()["path"].strip()
        if not text:
            return None, {"path": "Enter a file name."}
        path = Path(text).expanduser()
        if path.is_dir():
            return None, {"path": "That is a folder: add a file name."}
        if not path.parent.is_dir():
            return None, {"path": f"The folder {path.parent} does not exist."}
        if any(_same_place(path, kept) for kept in self.protected):
            return None, {"path": "That is infocoach's own file: choose another name."}
        return path, {}

    def accept(self, result: Path) -> None:
        if not result.exists():
            self.dismiss(result)
            return
        self.app.push_screen(
            ConfirmModal(f"{result} already exists. Replace it?", confirm="Replace", danger=True),
            lambda yes: self.dismiss(result) if yes else None,
        )


def _same_place(path: Path, kept: Path) -> bool:
    """Whether ``path`` is ``kept`` (through links and ``..``) or inside it."""
    return same_file(path, kept) or kept.resolve() in path.resolve().parents


def save_to_chosen_file(
    node: DOMNode,
    suggestion: Path,
    data: Callable[[Path], bytes],
    *,
    title: str,
    protected: tuple[Path, ...],
    saved: Callable[[Path], str] = lambda path: f"Saved {path}.",
) -> None:
    """Ask where (suggesting ``suggestion``), then write ``data(path)`` there atomically and say
    so with ``saved(path)``; a file that cannot be written is said, never half-written."""

    def chosen(path: Path | None) -> None:
        if path is None:
            return
        try:
            atomic_write(path, data(path))
        except OSError as exc:
            node.notify(f"Could not save {path}: {exc.strerror or exc}", severity="error", markup=False)
            return
        node.notify(saved(path), markup=False)

    node.app.push_screen(SaveFileModal(suggestion, title=title, protected=protected), chosen)
