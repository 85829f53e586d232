"""The question bank: enough original questions in every TIARA group, all of them kind and open."""

from __future__ import annotations

import re

import pytest

from infocoach.core.prep.question_bank import (
    BANK,
    CATEGORIES,
    CATEGORY_MINUTES,
    DEFAULT_MINUTES,
    BankQuestion,
    by_category,
    estimate_minutes,
)

# Words that turn a question into a request for work. The bank avoids them altogether.
JOB_WORDS = ("job", "hire me", "hiring", "opening", "position", "internship", "referral",
             "refer me", "résumé", "resume", "vacanc", "apply", "application", "salary")  # fmt: skip


def test_the_categories_are_tiara_in_order() -> None:
    assert CATEGORIES == ("Trends", "Insights", "Advice", "Resources", "Assignments")
    assert set(CATEGORY_MINUTES) == set(CATEGORIES)


def test_the_bank_has_at_least_48_questions_and_8_in_each_category() -> None:
    assert len(BANK) >= 48
    for category in CATEGORIES:
        assert len(by_category(category)) >= 8, category
    assert sum(len(by_category(c)) for c in CATEGORIES) == len(BANK)


def test_every_question_has_a_known_category_and_a_plausible_time() -> None:
    for question in BANK:
        assert isinstance(question, BankQuestion)
        assert question.category in CATEGORIES
        assert 2 <= question.minutes <= 5, question


def test_no_duplicates_ignoring_case_and_spacing() -> None:
    keys = [" ".join(q.text.casefold().split()) for q in BANK]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("question", BANK, ids=lambda q: q.text[:40])
def test_each_question_is_one_tidy_question(question: BankQuestion) -> None:
    text = question.text
    assert text == text.strip() and "  " not in text
    assert text[0].isupper()
    assert text.endswith("?") and text.count("?") == 1
    assert 20 <= len(text) <= 120


@pytest.mark.parametrize("question", BANK, ids=lambda q: q.text[:40])
def test_no_question_asks_for_work(question: BankQuestion) -> None:
    lowered = question.text.casefold()
    for word in JOB_WORDS:
        assert word not in lowered, (word, question.text)
    assert not re.search(r"\bcv\b", lowered)


@pytest.mark.parametrize("question", BANK, ids=lambda q: q.text[:40])
def test_questions_are_open_not_yes_or_no(question: BankQuestion) -> None:
    first = question.text.split()[0].casefold()
    assert first in {"what", "which", "how", "where", "who", "whose", "if", "from", "looking"}, question.text


def test_questions_a_website_answers_are_not_in_the_bank() -> None:
    website = ("what does your company do", "where are you", "headquarter", "how many employees",
               "when was", "founded", "what products")  # fmt: skip
    for question in BANK:
        assert not any(phrase in question.text.casefold() for phrase in website), question.text


def test_by_category_ignores_case_and_keeps_bank_order() -> None:
    assert by_category("trends") == by_category("Trends") == by_category(" TRENDS ")
    assert by_category("Trends") == tuple(q for q in BANK if q.category == "Trends")
    assert by_category("Gossip") == ()


def test_estimate_minutes_uses_the_category_default_for_new_questions() -> None:
    text = "How did the move from the lab to the newsroom feel?"
    assert estimate_minutes(text, "Trends") == 4
    assert estimate_minutes(text, "Insights") == 4
    assert estimate_minutes(text, "Advice") == 3.5
    assert estimate_minutes(text, "Resources") == 2
    assert estimate_minutes(text, "Assignments") == 3
    assert estimate_minutes(text, "assignments") == 3
    assert estimate_minutes(text, "") == DEFAULT_MINUTES
    assert estimate_minutes(text, "Gossip") == DEFAULT_MINUTES


def test_estimate_minutes_keeps_a_bank_questions_own_time() -> None:
    question = next(q for q in BANK if q.minutes != CATEGORY_MINUTES[q.category])
    assert estimate_minutes(question.text, question.category) == question.minutes
    assert estimate_minutes(f"  {question.text.upper()} ", "") == question.minutes
