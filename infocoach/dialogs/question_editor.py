"""Add or edit one planned question, with the coach's notes as you type."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input, Select

from infocoach.core.coach import Kind, lint
from infocoach.core.prep.question_bank import CATEGORIES, TIARA_MEANINGS, tiara_explained
from infocoach.core.records.model import Question
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled
from infocoach.widgets.lint_panel import LintPanel

LINT_DELAY = 0.3  # seconds of quiet typing before the coach looks again


class QuestionEditor(FormScreen[Question | None]):
    FIELDS = ("text", "category")
    HELP = (
        "Write an open question about their work, their path or their field: something only "
        "they can answer. The coach flags questions their website answers and anything that "
        "sounds like asking for a job.\n\n" + tiara_explained() + "\n\nctrl+s saves; Escape cancels."
    )

    def __init__(self, question: Question | None) -> None:
        super().__init__()
        self.question = question
        self._lint_timer = None

    def form_title(self) -> str:
        return "Edit question" if self.question else "New question"

    def first_field(self) -> Widget:
        return self.query_one("#text", Input)

    def compose_fields(self) -> ComposeResult:
        q = self.question
        yield from labelled("Question *", Input(q.text if q else "", placeholder="What …?", id="text"), "text")
        yield LintPanel(id="question-lint")
        groups = list(CATEGORIES)
        if q and q.category and q.category not in groups:
            groups.append(q.category)  # an imported group is kept, never silently changed
        yield from labelled(
            "Group (TIARA)",
            Select(
                # Each group says what it asks about, so TIARA explains itself where it is chosen.
                [(Text(f"{c}: {TIARA_MEANINGS[c]}" if c in TIARA_MEANINGS else c), c) for c in groups],
                value=q.category if q and q.category else "Insights",
                allow_blank=False,
                id="category",
            ),
            "category",
        )

    def on_mount(self) -> None:
        super().on_mount()
        self._run_lint()

    def values(self) -> dict[str, str]:
        return {
            "text": self.query_one("#text", Input).value,
            "category": str(self.query_one("#category", Select).value),
        }

    @on(Input.Changed, "#text")
    def _text_changed(self) -> None:
        # Debounced: the coach speaks when you pause, not on every key.
        if self._lint_timer is not None:
            self._lint_timer.stop()
        self._lint_timer = self.set_timer(LINT_DELAY, self._run_lint)

    def _run_lint(self) -> None:
        self.query_one("#question-lint", LintPanel).show(lint(self.values()["text"], Kind.QUESTION))

    def build(self) -> tuple[Question | None, dict[str, str]]:
        values = self.values()
        text = " ".join(values["text"].split())
        if not text:
            return None, {"text": "Write the question first."}
        base = self.question
        return Question(
            text=text,
            category=values["category"],
            priority=base.priority if base else 0,
            state=base.state if base else "open",
        ), {}
