"""The parts every draft editor has: the text, its counts and notes, the coach's checks and the
row of buttons (copy, save, $EDITOR, a fresh draft, mark sent). Outreach and thank-you panels
compose them under their own controls, so the ids the shared actions use are the same, and
both are a ``DraftEditing`` panel: it tells the program's own text from the user's edits and
checks the text once typing pauses."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Input, Static, TextArea

from infocoach.widgets.lint_panel import LintPanel


def draft_editor() -> ComposeResult:
    yield TextArea(id="draft-text", soft_wrap=True)
    yield Static("", id="draft-count", markup=False)
    yield Static("", id="draft-notes", markup=False)
    yield LintPanel(id="draft-lint")
    with Horizontal(id="draft-buttons"):
        yield Button("Copy ^l", id="draft-copy", compact=True)
        yield Button("Save… ^o", id="draft-save", compact=True)
        yield Button("$EDITOR ^t", id="draft-editor", compact=True)
        yield Button("New draft ^r", id="draft-new", compact=True)
        yield Button("Mark sent", id="draft-sent", variant="primary", compact=True)


LINT_DELAY = 0.4  # seconds of quiet before the coach checks the text again


class DraftEditing(Vertical):
    """A panel around ``draft_editor()`` and its own ``#draft-subject`` Input. Subclasses say
    what an edit announces (``_post_edit``) and how the text is checked (``_run_lint``)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._loaded = ("", "")  # (subject, text) as last put on screen by the program
        self._lint_timer: Timer | None = None

    def text(self) -> str:
        return self.query_one("#draft-text", TextArea).text

    def subject(self) -> str:
        return self.query_one("#draft-subject", Input).value

    def put_draft(self, subject: str, text: str, notes: list[str]) -> None:
        """Show a draft. Setting the widgets is not an edit: their change events arrive later,
        so they are recognised by comparing with what was put there."""
        self._loaded = (subject, text)
        self.query_one("#draft-text", TextArea).text = text
        self.query_one("#draft-subject", Input).value = subject
        self.query_one("#draft-notes", Static).update("\n".join(notes))
        self._run_lint()

    def _post_edit(self) -> None:
        raise NotImplementedError

    def _run_lint(self) -> None:
        raise NotImplementedError

    @on(TextArea.Changed, "#draft-text")
    @on(Input.Changed, "#draft-subject")
    def _edited(self) -> None:
        if (self.subject(), self.text()) == self._loaded:
            return
        if self._loaded != ("\0", "\0"):
            # The first edit: the drafter's notes described its own text ("130 words: write a
            # shorter sentence…") and would stay after the sentence is gone. The count and
            # the coach's checks below follow the text as it is now; ctrl+r brings them back.
            self.query_one("#draft-notes", Static).update("")
        self._loaded = ("\0", "\0")  # from now on every change is the user's
        self._post_edit()
        if self._lint_timer is not None:
            self._lint_timer.stop()
        self._lint_timer = self.set_timer(LINT_DELAY, self._run_lint)
