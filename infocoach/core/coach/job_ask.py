"""The job-ask rule: asking for a job, an opening, an internship, a referral, an interview,
or for someone to forward a CV or check an application. Never allowed (rule 9).

Two parts, either of which marks a sentence. The explicit patterns (``job_ask_patterns``,
``job_ask_frames``) mark the phrase that asks. A small model (``job_ask_model``), trained from
the job-ask corpus (tests/core/coach/corpus/job_ask/), reads each sentence the patterns left
unmarked and marks the whole sentence when it scores at or above its threshold: it catches the
everyday phrasings no list of patterns foresees ("Is your newsroom taking on any trainee
reporters this year?") while questions *about* hiring, jobs and the field pass.

Text comes in with straight apostrophes (see ``engine.normalize``).
"""

from __future__ import annotations

import re

from infocoach.core.coach import job_ask_model
from infocoach.core.coach.findings import Hit
from infocoach.core.coach.job_ask_frames import JOB_ASK_FRAMES
from infocoach.core.coach.job_ask_patterns import JOB_ASK_PATTERNS as FIRST_PATTERNS
from infocoach.core.coach.patterns import merge, scan

JOB_ASK_PATTERNS = FIRST_PATTERNS + JOB_ASK_FRAMES

JOB_ASK_MESSAGE = (
    "Asking for a job turns advice into a favour they may have to refuse. Ask for their "
    "insight instead, e.g. 'What would you focus on in my position?'"
)


def pattern_asks(text: str) -> list[tuple[int, int]]:
    """The spans the explicit patterns find."""
    return scan(text, JOB_ASK_PATTERNS)


# Asking to be introduced to a person, or pointed to reading, with nothing about hiring in the
# sentence, is how an informational interview should end ("Could you introduce me to someone on
# your design team?"): the model stays quiet on it (the explicit patterns still apply).
_INTRODUCTION = re.compile(
    r"\b(?:introduce|refer|connect|point|put)\s+me\s+(?:in\s+touch\s+with|to|toward|towards|with)\s+"
    r"(?:someone|somebody|anyone|people|others|a\s+(?:few\s+)?(?:people|colleagues?|friends?|books?|courses?)|"
    r"(?:your|a|one\s+of\s+your)\s+(?:former\s+)?colleagues?|any\s+(?:books?|courses?|resources?|reading))\b",
    re.IGNORECASE,
)
_ABOUT_WORK = re.compile(
    r"hir(?:e|ed|es|ing)\b|recruit|\bHR\b|\bjobs?\b|\broles?\b|\bpositions?\b|opening|vacanc|intern|referr|"
    r"interview|r[eé]sum|\bcv\b|application|\bapply|\bwork\s+(?:for|at|with)\s+(?:you|your)\b",
    re.IGNORECASE,
)


def model_asks(text: str) -> list[tuple[int, int]]:
    """The spans the model finds: each sentence it scores at or above its threshold, from its
    first word to its last."""
    model = job_ask_model.shipped()
    spans = []
    for start, end in job_ask_model.sentences(text):
        sentence = text[start:end]
        if _INTRODUCTION.search(sentence) and not _ABOUT_WORK.search(sentence):
            continue
        if job_ask_model.score(model, sentence) >= model.threshold:
            first, last = job_ask_model.phrase(sentence)
            spans.append((start + first, start + last))
    return spans


def job_asks(text: str) -> list[Hit]:
    """Every job ask in ``text``: the explicit patterns' spans, and the model's for sentences
    the patterns did not mark."""
    found = pattern_asks(text)
    for start, end in model_asks(text):
        if not any(s < end and start < e for s, e in found) and not _sentence_marked(text, start, found):
            found.append((start, end))
    return [Hit("job-ask", s, e, JOB_ASK_MESSAGE) for s, e in merge(found)]


def _sentence_marked(text: str, start: int, found: list[tuple[int, int]]) -> bool:
    """Whether a pattern already marked the sentence that holds ``start``."""
    for first, last in job_ask_model.sentences(text):
        if first <= start < last:
            return any(first <= s < last for s, _ in found)
    return False
