"""The question plan as a checklist for the live meeting: asked, skipped, and what to ask next."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from infocoach.core.records.model import Question

MARKS = {"open": "○ ", "asked": "✓ ", "skipped": "– "}
EMPTY = "No questions planned. Listen, take notes with n, and plan some on Prep next time."


class QuestionChecklist(OptionList, inherit_bindings=False):
    """One line per question. The screen owns the keys that change a question (enter, s), so
    they appear in its help; this list only moves. ``top`` questions (time is short) stand out."""

    # Not OptionList's bindings: its enter "selects", and here enter belongs to the screen.
    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]
    COMPONENT_CLASSES = {
        "question-checklist--asked",
        "question-checklist--skipped",
        "question-checklist--top",
    }
    DEFAULT_CSS = """
    QuestionChecklist > .question-checklist--asked { text-style: dim; }
    QuestionChecklist > .question-checklist--skipped { text-style: dim italic; }
    QuestionChecklist > .question-checklist--top { color: $warning; text-style: bold; }
    """

    def __init__(self, questions: list[Question], **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self._questions = questions
        self._top: list[int] = []

    def on_mount(self) -> None:
        self.show(self._questions, [])
        if self._questions:
            first_open = next((i for i, q in enumerate(self._questions) if q.state == "open"), 0)
            self.highlighted = first_open

    @property
    def current(self) -> int | None:
        """The index of the question under the cursor, or None with an empty plan."""
        if not self._questions or self.highlighted is None:
            return None
        return self.highlighted

    def show(self, questions: list[Question], top: list[int]) -> None:
        """Redraw for these questions (same list, states may have changed) and top picks."""
        self._questions, self._top = questions, list(top)
        if not questions:
            if self.option_count == 0:
                self.add_option(Option(Text(EMPTY), disabled=True))
            return
        if self.option_count != len(questions):
            keep = self.highlighted
            self.set_options([self._prompt(i) for i in range(len(questions))])
            self.highlighted = keep if keep is not None and keep < len(questions) else 0
            return
        for index in range(len(questions)):
            self.replace_option_prompt_at_index(index, self._prompt(index))

    def _prompt(self, index: int) -> Text:
        question = self._questions[index]
        if index in self._top:
            style = self.get_component_rich_style("question-checklist--top", partial=True)
            line = Text("★ ", style)
            line.append(question.text, style)
            return line
        line = Text(MARKS.get(question.state, "○ "))
        if question.state in ("asked", "skipped"):
            line.append(
                question.text, self.get_component_rich_style(f"question-checklist--{question.state}", partial=True)
            )
        else:
            line.append(question.text)
        if question.category:
            line.append(f"  {question.category}", "dim")
        return line
