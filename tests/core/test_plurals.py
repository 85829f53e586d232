"""One minute, one word, one day: counts in product text agree with their nouns."""

from __future__ import annotations

from infocoach.core.describe import count_of
from infocoach.core.prep.plan_fit import intro_stats
from infocoach.core.wrapup.summary import WrapupSummary, observations


def test_count_of() -> None:
    assert count_of(1, "minute") == "1 minute"
    assert count_of(0, "minute") == "0 minutes"
    assert count_of(2, "day") == "2 days"


def test_a_one_word_intro() -> None:
    text = intro_stats("Hello").describe()
    assert text.startswith("1 word · about 0 seconds at")
    assert "1 words" not in text


def _summary(held_seconds: float, planned_seconds: float) -> WrapupSummary:
    return WrapupSummary(
        planned_seconds=planned_seconds,
        held_seconds=held_seconds,
        talk=None,
        share=None,
        band=None,
        intro_seconds=0.0,
        longest_monologue=0.0,
        longest_after_intro=0.0,
        share_over_time=[],
        window=60.0,
        planned=0,
        asked=0,
        left=[],
        skipped=[],
    )


def test_a_one_minute_meeting_is_one_minute() -> None:
    lines = observations(_summary(held_seconds=95, planned_seconds=30 * 60), limit=5)
    assert any("You finished in 1 minute, inside the 30" in line for line in lines), lines
    assert not any("1 minutes" in line for line in lines)


def test_short_waits_in_insights_and_prep() -> None:
    from infocoach.screens.insights import _hours

    assert _hours(1 / 60) == "1 minute"
    assert _hours(0.5) == "30 minutes"
