"""The parts every draft editor has: the text, its counts and notes, the coach's checks and the
row of buttons (copy, save, $EDITOR, a fresh draft, mark sent). Outreach and thank-you panels
compose them under their own controls, so the ids the shared actions use are the same."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Static, TextArea

from infocoach.widgets.lint_panel import LintPanel


def draft_editor() -> ComposeResult:
    yield TextArea(id="draft-text", soft_wrap=True)
    yield Static("", id="draft-count", markup=False)
    yield Static("", id="draft-notes", markup=False)
    yield LintPanel(id="draft-lint")
    with Horizontal(id="draft-buttons"):
        yield Button("Copy ^b", id="draft-copy", compact=True)
        yield Button("Save… ^o", id="draft-save", compact=True)
        yield Button("$EDITOR ^t", id="draft-editor", compact=True)
        yield Button("New draft ^r", id="draft-new", compact=True)
        yield Button("Mark sent", id="draft-sent", variant="primary", compact=True)
