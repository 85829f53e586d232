"""The frozen why-them and proposed-times sets (tests/core/coach/corpus/letters/README.txt):
the rules must score at least what was reported when the set was frozen (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from infocoach.core.coach import normalize
from infocoach.core.coach.proposals import time_slots
from infocoach.core.coach.reasons import has_reason

CORPUS = Path(__file__).parent / "corpus" / "letters"


def rows(name: str) -> list[tuple[str, str]]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line.strip()]  # type: ignore[misc]


def test_the_sets_are_whole_and_split_once() -> None:
    why = rows("why_dev.tsv") + rows("why_test.tsv")
    times = rows("times_dev.tsv") + rows("times_test.tsv")
    assert (len(why), len(times)) == (60, 60)
    assert {label for label, _ in why} == {"reason", "none"}
    assert not {t for _, t in rows("why_dev.tsv")} & {t for _, t in rows("why_test.tsv")}
    assert not {t for _, t in rows("times_dev.tsv")} & {t for _, t in rows("times_test.tsv")}


# (part, filler caught at least, reasons wrongly flagged at most)
@pytest.mark.parametrize(("part", "caught", "false_alarms"), [("dev", 20, 1), ("test", 10, 0)])
def test_missing_why_figures(part: str, caught: int, false_alarms: int) -> None:
    data = rows(f"why_{part}.tsv")
    fillers = [text for label, text in data if label == "none"]
    reasons = [text for label, text in data if label == "reason"]
    assert sum(not has_reason(normalize(t)) for t in fillers) >= caught
    assert sum(not has_reason(normalize(t)) for t in reasons) <= false_alarms


# (part, sentences whose offered slots are counted exactly, at least)
@pytest.mark.parametrize(("part", "exact"), [("dev", 41), ("test", 19)])
def test_proposed_times_figures(part: str, exact: int) -> None:
    data = rows(f"times_{part}.tsv")
    right = [text for label, text in data if len(time_slots(normalize(text))) == int(label)]
    assert len(right) >= exact
