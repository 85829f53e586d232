"""The coach's findings for a piece of text, calm and short: one line each, errors first."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from infocoach.core.coach import Finding, Severity

GOOD = "The coach has no notes on this."


def findings_text(findings: Sequence[Finding], *, limit: int = 6) -> Text:
    """Findings as lines like ``✗ job-ask: …`` (errors) and ``! too-long: …`` (warnings)."""
    if not findings:
        return Text(f"✓ {GOOD}", style="dim")
    ordered = sorted(findings, key=lambda f: (f.severity is not Severity.ERROR, f.start))
    text = Text()
    for index, finding in enumerate(ordered[:limit]):
        if index:
            text.append("\n")
        error = finding.severity is Severity.ERROR
        text.append("✗ " if error else "! ", style="bold" if error else "")
        text.append(f"{finding.rule}: ", style="bold")
        text.append(finding.message)
    if len(ordered) > limit:
        text.append(f"\n… and {len(ordered) - limit} more", style="dim")
    return text


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

    def show(self, findings: Sequence[Finding]) -> None:
        has_error = any(f.severity is Severity.ERROR for f in findings)
        self.set_class(has_error, "-error")
        self.set_class(bool(findings) and not has_error, "-warning")
        self.update(findings_text(findings))
