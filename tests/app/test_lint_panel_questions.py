"""The lint panel shows a draft's open questions first, as errors, then the coach's findings."""

from __future__ import annotations

from textual.app import App, ComposeResult

from infocoach.core.coach import Kind, lint
from infocoach.widgets.lint_panel import GOOD, LintPanel, findings_text

TEXT = (
    "Dear Dr. Okafor,\n\nThank you for your time today. [[answer above: What stayed with you?]]\n\nKind regards,\nAlex"
)


def test_open_questions_come_first_as_errors_and_the_good_line_waits_for_them() -> None:
    shown = findings_text(lint(TEXT, Kind.THANKS), open_questions=["What stayed with you?"]).plain
    assert shown.splitlines()[0] == "✗ to answer above: What stayed with you?"
    assert GOOD not in shown
    assert findings_text([], open_questions=[]).plain == f"✓ {GOOD}"


class _PanelApp(App[None]):
    def compose(self) -> ComposeResult:
        yield LintPanel()


async def test_the_panel_edge_says_error_while_a_question_is_open() -> None:
    async with _PanelApp().run_test() as pilot:
        panel = pilot.app.query_one(LintPanel)
        panel.show([], ["What stayed with you?"])
        assert panel.has_class("-error") and not panel.has_class("-warning")
        panel.show([])
        assert not panel.has_class("-error") and not panel.has_class("-warning")
