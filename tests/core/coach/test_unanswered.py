"""The ``unanswered`` rule: a draft still holding a question for the user is never passed."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Kind, Severity, has_errors, lint
from infocoach.core.coach.unanswered import ask_marker, has_marker

GOOD_THANKS = "Dear Dr. Okafor,\n\nThank you for your time today. {middle}\n\nKind regards,\nAlex Morgan"


@pytest.mark.parametrize("kind", [Kind.THANKS, Kind.OUTREACH, Kind.FOLLOWUP])
def test_a_marker_left_in_any_message_is_an_error_naming_the_question(kind: Kind) -> None:
    marker = ask_marker("What stayed with you from this conversation?")
    text = GOOD_THANKS.format(middle=marker)
    findings = [f for f in lint(text, kind) if f.rule == "unanswered"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity is Severity.ERROR
    assert text[finding.start : finding.end] == marker
    assert "What stayed with you from this conversation?" in finding.message
    assert has_errors(lint(text, kind))


def test_the_answered_draft_has_no_unanswered_finding() -> None:
    text = GOOD_THANKS.format(middle="Your advice on reading job ads has stayed with me.")
    assert not has_marker(text)
    assert not [f for f in lint(text, Kind.THANKS) if f.rule == "unanswered"]


def test_each_marker_is_its_own_finding_and_single_brackets_are_not_markers() -> None:
    text = GOOD_THANKS.format(middle=f"{ask_marker('One?')} I wrote [a note in brackets]. {ask_marker('Two?')}")
    findings = [f for f in lint(text, Kind.THANKS) if f.rule == "unanswered"]
    assert [text[f.start : f.end] for f in findings] == [ask_marker("One?"), ask_marker("Two?")]
