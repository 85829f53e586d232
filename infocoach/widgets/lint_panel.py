"""The coach's findings for a piece of text, calm and short: one line each, errors first."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from infocoach.core.coach import Finding, Severity

GOOD = "The coach has no notes on this."


def findings_text(findings: Sequence[Finding], *, limit: int = 4, open_questions: Sequence[str] = ()) -> Text:
    """Findings as one line each, ``✗ job-ask: …`` (errors first) and ``! too-long: …``;
    long messages end in an ellipsis, so every finding's rule stays in view. A draft's open
    questions (markers still waiting for the user's sentence) come first, as errors: such a
    draft is not ready to send, whatever the coach thinks of the rest."""
    lines = []
    for question in open_questions:
        line = Text("✗ ", style="bold", no_wrap=True, overflow="ellipsis")
        line.append("to answer above: ", style="bold")
        line.append(question or "a sentence in your own words")
        lines.append(line)
    limit = max(1, limit - len(lines))
    if not findings and not lines:
        return Text(f"✓ {GOOD}", style="dim")
    ordered = sorted(findings, key=lambda f: (f.severity is not Severity.ERROR, f.start))
    shown = ordered if len(ordered) <= limit else ordered[: limit - 1]
    for finding in shown:
        error = finding.severity is Severity.ERROR
        line = Text("✗ " if error else "! ", style="bold" if error else "", no_wrap=True, overflow="ellipsis")
        line.append(f"{finding.rule}: ", style="bold")
        line.append(finding.message)
        lines.append(line)
    if len(shown) < len(ordered):
        rest = ", ".join(dict.fromkeys(f.rule for f in ordered[len(shown) :]))
        lines.append(
            Text(f"… and {len(ordered) - len(shown)} more: {rest}", style="dim", no_wrap=True, overflow="ellipsis")
        )
    return Text("\n", no_wrap=True, overflow="ellipsis").join(lines)


class LintPanel(Static):
    """Shows findings; the colour of its edge says whether anything blocks sending."""

    DEFAULT_CSS = """
    LintPanel {
        height: auto;
        max-height: 8;
        padding: 0 1;
        border-left: thick $success;
    }
    LintPanel.-warning {
        border-left: thick $warning;
    }
    LintPanel.-error {
        border-left: thick $error;
    }
    """

    def show(self, findings: Sequence[Finding], open_questions: Sequence[str] = ()) -> None:
        """Show ``findings``, after the draft's ``open_questions`` (each an error)."""
        has_error = bool(open_questions) or any(f.severity is Severity.ERROR for f in findings)
        self.set_class(has_error, "-error")
        self.set_class(bool(findings) and not has_error, "-warning")
        self.update(findings_text(findings, open_questions=open_questions))
