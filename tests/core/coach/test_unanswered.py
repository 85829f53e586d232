"""A draft's open questions: markers still waiting for the user's sentence, never sendable.

They are shown by the draft panels above the coach's findings, not reported by the lint: the
lint's rule ids are a promise to scripts (issue 16: ``no-salutation`` is the one new id)."""

from __future__ import annotations

import pytest

from infocoach.core.coach import RULES, Kind, lint
from infocoach.core.coach.unanswered import ask_marker, has_marker, markers_in, open_questions

GOOD_THANKS = "Dear Dr. Okafor,\n\nThank you for your time today. {middle}\n\nKind regards,\nAlex Morgan"


@pytest.mark.parametrize("kind", [Kind.THANKS, Kind.OUTREACH, Kind.FOLLOWUP])
def test_a_marker_left_in_any_message_is_an_open_question_naming_what_to_write(kind: Kind) -> None:

    marker = ask_marker("What stayed with you from this conversation?")
    text = GOOD_THANKS.format(middle=marker)
    assert has_marker(text) and markers_in(text) == [marker]
    assert open_questions(text) == ["What stayed with you from this conversation?"]


def test_the_lint_keeps_its_rule_ids_and_never_reports_a_marker_under_a_new_one() -> None:
    text = GOOD_THANKS.format(middle=ask_marker("One?"))
    assert "unanswered" not in RULES
    assert {f.rule for f in lint(text, Kind.THANKS)} <= set(RULES)


def test_the_answered_draft_has_no_open_question() -> None:
    text = GOOD_THANKS.format(middle="Your advice on reading job ads has stayed with me.")
    assert not has_marker(text) and open_questions(text) == []


def test_each_marker_is_its_own_question_and_single_brackets_are_not_markers() -> None:
    text = GOOD_THANKS.format(middle=f"{ask_marker('One?')} I wrote [a note in brackets]. {ask_marker('Two?')}")
    assert open_questions(text) == ["One?", "Two?"]
    assert markers_in(text) == [ask_marker("One?"), ask_marker("Two?")]


def test_a_greeting_still_asking_for_the_title_is_one_open_question_not_also_a_casual_greeting() -> None:
    text = GOOD_THANKS.format(middle="Your advice stayed with me.").replace("Dr. Okafor", ask_marker("their title?"))
    assert open_questions(text) == ["their title?"]
    assert "casual-salutation" not in {f.rule for f in lint(text, Kind.THANKS)}
