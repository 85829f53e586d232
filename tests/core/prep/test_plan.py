"""The plan's arithmetic: intro length at 150 words a minute, and questions against the clock."""

from __future__ import annotations

from infocoach.core.prep.plan_fit import intro_stats, plan_fit, word_count
from infocoach.core.records.model import Question


def test_word_count_handles_contractions_and_punctuation() -> None:
    assert word_count("I’m a physics teacher — moving into data, I'd say.") == 9
    assert word_count("") == 0


def test_intro_time_at_150_words_a_minute() -> None:
    short = intro_stats("word " * 75)
    assert short.words == 75 and short.seconds == 30 and not short.too_long
    assert "about 30 seconds" in short.describe()
    long = intro_stats("word " * 160)
    assert long.too_long and "over a minute" in long.describe() and "150 words" in long.describe()


def test_plan_fits_or_says_by_how_much() -> None:
    six = [
        Question(text=f"q{i}?", category=c)
        for i, c in enumerate(["Trends", "Insights", "Advice", "Resources", "Assignments", "Advice"])
    ]
    fit = plan_fit(six, 30, "word " * 100)
    assert fit.questions_minutes == 4 + 4 + 3.5 + 2 + 3 + 3.5
    assert fit.fits and fit.describe().endswith("it fits.")
    ten = six + [Question(text=f"x{i}?", category="Trends") for i in range(4)]
    over = plan_fit(ten, 30)
    assert not over.fits and "too long" in over.describe()
    ten[-1].state = ten[-2].state = ten[-3].state = ten[-4].state = "skipped"
    assert plan_fit(ten, 30).question_count == 6
    assert "No questions yet" in plan_fit([], 30).describe()


def test_bank_questions_keep_their_own_estimate() -> None:
    from infocoach.core.prep.question_bank import BANK

    question = BANK[0]
    fit = plan_fit([Question(text=question.text, category=question.category)], 30)
    assert fit.questions_minutes == question.minutes


def test_intro_between_thirty_seconds_and_a_minute_gets_a_gentle_nudge() -> None:
    middle = intro_stats("word " * 100)
    assert not middle.too_long and "sweet spot" in middle.describe()
