"""The question plan: an ordered list (first = most important), each with a TIARA group and
the coach's notes, and a line saying whether it all fits in the meeting."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from infocoach.core.coach import Kind, Severity, lint
from infocoach.core.prep.plan_fit import plan_fit
from infocoach.core.records.model import Question
from infocoach.widgets.lint_panel import LintPanel
from infocoach.widgets.shown_text import shown

EMPTY = "No questions yet. Press b to pick from the bank, or a to write your own."


class QuestionPlan(Vertical):
    """Edits a list of questions in place and posts ``QuestionPlan.Changed`` after each edit."""

    BINDINGS = [
        Binding("a", "add", "Add", id="plan.add"),
        Binding("b", "bank", "From bank", id="plan.bank"),
        Binding("e", "edit", "Edit", id="plan.edit"),
        Binding("d,delete", "delete", "Delete", id="plan.delete"),
        Binding("shift+up,K", "move(-1)", "Move up", id="plan.move_up", show=False),
        Binding("shift+down,J", "move(1)", "Move down", id="plan.move_down", show=False),
    ]
    DEFAULT_CSS = """
    QuestionPlan #plan-table { height: 1fr; }
    QuestionPlan #plan-fit { height: auto; padding: 0 1; }
    QuestionPlan #plan-detail { height: auto; max-height: 6; padding: 0 1; background: $boost; }
    QuestionPlan #plan-empty { height: auto; padding: 1 1; color: $text-muted; }
    """

    class Changed(Message):
        def __init__(self, questions: list[Question]) -> None:
            super().__init__()
            self.questions = questions

    def __init__(
        self, questions: list[Question], *, planned_minutes: int, intro: str = "", id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.questions = [replace(q) for q in questions]
        self.planned_minutes = planned_minutes
        self.intro = intro

    def compose(self) -> ComposeResult:
        table: DataTable[str | Text] = DataTable(id="plan-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(EMPTY, id="plan-empty", markup=False)
        # The selected question in full: the table cuts long ones at narrow widths.
        yield Static("", id="plan-detail", markup=False)
        yield LintPanel(id="plan-lint")
        yield Static("", id="plan-fit", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#plan-table", DataTable)
        # The coach's mark comes before the question, so a long question never hides it.
        table.add_column("#", key="n", width=2)
        table.add_column("Coach", key="coach", width=7)
        table.add_column("Group", key="group", width=11)
        table.add_column("Question", key="text")
        self.refresh_plan()

    # ----- drawing ----------------------------------------------------------------------

    def refresh_plan(self, *, cursor: int | None = None) -> None:
        table = self.query_one("#plan-table", DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        for index, question in enumerate(self.questions):
            findings = lint(question.text, Kind.QUESTION)
            if any(f.severity is Severity.ERROR for f in findings):
                coach = Text("✗ fix", style="bold")
            elif findings:
                coach = Text("! check")
            else:
                coach = Text("✓", style="dim")
            table.add_row(str(index + 1), coach, Text(question.category), shown(Text(question.text), single_line=True))
        if self.questions:
            table.move_cursor(row=max(0, min(row, len(self.questions) - 1)))
        self.query_one("#plan-empty").display = not self.questions
        fit = plan_fit(self.questions, self.planned_minutes, self.intro)
        fit_line = self.query_one("#plan-fit", Static)
        fit_line.update(fit.describe())
        fit_line.set_class(not fit.fits, "-over")
        self._show_selected_lint()

    def selected_index(self) -> int | None:
        table = self.query_one("#plan-table", DataTable)
        return table.cursor_row if self.questions and 0 <= table.cursor_row < len(self.questions) else None

    def _show_selected_lint(self) -> None:
        panel = self.query_one("#plan-lint", LintPanel)
        detail = self.query_one("#plan-detail", Static)
        index = self.selected_index()
        panel.display = detail.display = index is not None
        if index is not None:
            question = self.questions[index]
            group = f" · {question.category}" if question.category else ""
            detail.update(f"{index + 1}{group}: {question.text}")
            panel.show(lint(question.text, Kind.QUESTION))

    @on(DataTable.RowHighlighted, "#plan-table")
    def _highlighted(self) -> None:
        self._show_selected_lint()

    @on(DataTable.RowSelected, "#plan-table")
    def _selected(self) -> None:
        self.action_edit()

    # ----- editing ----------------------------------------------------------------------

    def _changed(self, cursor: int | None = None) -> None:
        # Priority is the position: the first question is the one to ask if time runs short.
        for position, question in enumerate(self.questions, start=1):
            question.priority = position
        self.refresh_plan(cursor=cursor)
        self.post_message(self.Changed([replace(q) for q in self.questions]))

    def add_question(self, question: Question) -> None:
        self.add_questions([question])

    def add_questions(self, questions: list[Question]) -> None:
        """Add at the end (least important first is for the user to change); one change saved."""
        if not questions:
            return
        self.questions.extend(questions)
        self._changed(cursor=len(self.questions) - len(questions))

    def set_timing(self, *, planned_minutes: int | None = None, intro: str | None = None) -> None:
        if planned_minutes is not None:
            self.planned_minutes = planned_minutes
        if intro is not None:
            self.intro = intro
        self.refresh_plan()

    class EditRequested(Message):
        """Asks the screen for a question from a dialog: ``source`` is "new", "bank" or "edit";
        ``current`` is the question being edited (edit), ``planned`` the texts already planned.
        The screen answers with :meth:`QuestionPlan.answer`."""

        def __init__(self, plan: QuestionPlan, source: str, current: Question | None, index: int | None) -> None:
            super().__init__()
            self.plan = plan
            self.source = source
            self.current = current
            self.index = index
            self.planned = {q.text for q in plan.questions}

    def action_add(self) -> None:
        self.post_message(self.EditRequested(self, "new", None, None))

    def action_bank(self) -> None:
        self.post_message(self.EditRequested(self, "bank", None, None))

    def action_edit(self) -> None:
        index = self.selected_index()
        if index is not None:
            self.post_message(self.EditRequested(self, "edit", self.questions[index], index))

    def answer(self, request: EditRequested, question: Question | None) -> None:
        """The dialog's answer to a request: a new question is added, an edited one replaced."""
        if question is None:
            return
        if request.index is None:
            self.add_question(question)
        elif request.index < len(self.questions):
            self.questions[request.index] = question
            self._changed(cursor=request.index)

    def action_delete(self) -> None:
        index = self.selected_index()
        if index is not None:
            removed = self.questions.pop(index)
            self._changed(cursor=index)
            self.notify(f"Removed: {removed.text}", markup=False)

    def action_move(self, step: int) -> None:
        index = self.selected_index()
        if index is None:
            return
        target = index + step
        if 0 <= target < len(self.questions):
            self.questions[index], self.questions[target] = self.questions[target], self.questions[index]
            self._changed(cursor=target)
