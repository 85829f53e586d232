"""The small machinery the phrase rules share: a compiled pattern with an optional veto, and a
scan that returns merged spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

FLAGS = re.IGNORECASE

# Sentences that ask *how* or *what*, not *for*: "What would help me land a role?"
QUESTION_WORD = re.compile(
    r"^\s*(?:(?:what|which|how|who|where|when|why)\b|(?:did|has|have|had|was|were)\s+"
    r"(?:anyone|anybody|someone|somebody|people|they|your|a|the)\b)",
    FLAGS,
)


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    veto_if_question: bool = False  # skip when the sentence asks "what/how/who…"


def p(pattern: str, *, veto_if_question: bool = False) -> Pattern:
    return Pattern(re.compile(pattern, FLAGS), veto_if_question)


def sentence_prefix(text: str, start: int) -> str:
    """The text from the beginning of the sentence that holds ``start`` up to ``start``."""
    cut = max(text.rfind(mark, 0, start) for mark in ".?!\n")
    return text[cut + 1 : start]


def scan(text: str, patterns: Iterable[Pattern]) -> list[tuple[int, int]]:
    """Every match of the patterns, overlapping matches merged into one span."""
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            if match.end() == match.start():
                continue
            if pattern.veto_if_question and QUESTION_WORD.match(sentence_prefix(text, match.start())):
                continue
            spans.append((match.start(), match.end()))
    return merge(spans)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
