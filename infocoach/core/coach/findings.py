"""What the coach reports: the kinds of text, severities, findings and the rule table."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    """What a text is; each kind is checked against its own rules."""

    QUESTION = "question"  # one question per non-empty line
    OUTREACH = "outreach"
    FOLLOWUP = "followup"
    THANKS = "thanks"


class Severity(StrEnum):
    ERROR = "error"  # breaks one of the product's rules: fix before sending
    WARNING = "warning"  # probably worth changing


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text: a rule id, what to do instead, and where it is.

    ``start``/``end`` are character offsets into the whole text given to ``lint`` (end
    exclusive); ``line`` is the 1-based line of ``start``. ``line_start`` (the offset where
    that line begins) lets ``column`` be computed without the text.
    """

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    line_start: int = field(default=0, repr=False, compare=False)

    @property
    def column(self) -> int:
        """The 1-based column of ``start`` within its line."""
        return self.start - self.line_start + 1


class Hit(NamedTuple):
    """What a rule found, before it becomes a Finding: the span and the message."""

    rule: str
    start: int
    end: int
    message: str


RULES: dict[str, tuple[Severity, str]] = {
    "job-ask": (Severity.ERROR, "Asks for a job, an opening, an internship, a referral or an interview."),
    "do-research": (Severity.WARNING, "Asks something their website or profile already answers."),
    "casual-salutation": (
        Severity.ERROR,
        "Greets without an honorific and surname (e.g. 'Dear Dr. Okafor,').",
    ),
    "no-salutation": (Severity.WARNING, "Opens without a greeting (a reply in the original thread may)."),
    "missing-why": (Severity.WARNING, "Never says why you are writing to this person."),
    "no-proposed-times": (Severity.ERROR, "Proposes no concrete day or time for the call."),
    "no-flexibility": (Severity.WARNING, "Proposes times but never offers to work around their schedule."),
    "odd-times": (Severity.WARNING, "Proposes only weekend or late-night times, not weekdays in working hours."),
    "few-times": (Severity.WARNING, "An email that proposes only one time; offer two or three."),
    "too-long": (
        Severity.WARNING,
        "Longer than the message should be (words for email, characters for LinkedIn).",
    ),
    "about-me": (Severity.WARNING, "Talks more about you than about them."),
    "long-meeting-ask": (Severity.WARNING, "Asks for more than about 30 minutes of their time."),
    "pushy": (Severity.ERROR, "Pressures them to answer."),
    "missing-thanks": (Severity.ERROR, "A thank-you note that never says thank you."),
}
