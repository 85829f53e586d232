"""The coach: checks questions and messages against the product's rules.

Pure code (no UI, no storage). ``lint(text, kind)`` returns ``Finding``s, each with a stable
rule id (see ``RULES``), a severity, a message that says what to do instead, and a span.

    >>> [f.rule for f in lint("Are you hiring?", "question")]
    ['job-ask']
"""

from __future__ import annotations

from infocoach.core.coach.addressee import Addressee
from infocoach.core.coach.engine import count_words, has_errors, lint, normalize
from infocoach.core.coach.findings import RULES, Finding, Kind, Severity

__all__ = ["RULES", "Addressee", "Finding", "Kind", "Severity", "count_words", "has_errors", "lint", "normalize"]
