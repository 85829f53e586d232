"""Pieces shared by the modal forms: a labelled field with an inline error line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Label, Static


def labelled(label: str, widget: Widget, name: str, *, hint: str = "") -> ComposeResult:
    """A field block: label, the input widget, an optional hint, and an (empty) error line."""
    with Vertical(classes="field", id=f"{name}-field"):
        yield Label(label, classes="field-label")
        yield widget
        if hint:
            yield Static(hint, classes="hint", markup=False)
        yield Static("", id=f"{name}-error", classes="field-error -empty", markup=False)


def show_errors(root: DOMNode, names: list[str], problems: dict[str, str]) -> None:
    """Fill each field's error line (or clear it); focus the first field with a problem."""
    first: str | None = None
    for name in names:
        error = root.query_one(f"#{name}-error", Static)
        message = problems.get(name, "")
        error.update(message)
        error.set_class(not message, "-empty")
        if message and first is None:
            first = name
    if first is not None:
        target = root.query_one(f"#{first}-field").query(f"#{first}")
        if target:
            target.first().focus()
