"""Does the plan fit the meeting? Questions, the intro and a wrap-up against the planned minutes.

Rule 8 (respect their time) and rule 7 (short intro): a 30-minute meeting holds a one-minute
intro, a few minutes to wrap up and ask who else to talk to, and five to eight questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from infocoach.core.coach import count_words
from infocoach.core.describe import count_of
from infocoach.core.prep.question_bank import estimate_minutes
from infocoach.core.records.model import Question

SPEAKING_WORDS_PER_MINUTE = 150
INTRO_TARGET_SECONDS = 30
INTRO_LIMIT_SECONDS = 60
WRAP_UP_MINUTES = 4.0  # thanks, "who else should I talk to?", and goodbyes


def word_count(text: str) -> int:
    """Words as the coach counts them everywhere (one counting rule for the whole app)."""
    return count_words(text)


@dataclass(frozen=True, slots=True)
class IntroStats:
    words: int
    seconds: float

    @property
    def too_long(self) -> bool:
        return self.seconds > INTRO_LIMIT_SECONDS

    def describe(self) -> str:
        seconds = round(self.seconds)
        text = f"{count_of(self.words, 'word')} · about {count_of(seconds, 'second')} at {SPEAKING_WORDS_PER_MINUTE} words a minute"
        if self.too_long:
            text += f" · over a minute: cut it to about {INTRO_LIMIT_SECONDS * SPEAKING_WORDS_PER_MINUTE // 60} words"
        elif self.seconds > INTRO_TARGET_SECONDS:
            text += f" · fine; about {INTRO_TARGET_SECONDS * SPEAKING_WORDS_PER_MINUTE // 60} words is the sweet spot"
        return text


def intro_stats(text: str) -> IntroStats:
    words = word_count(text)
    return IntroStats(words=words, seconds=words * 60 / SPEAKING_WORDS_PER_MINUTE)


def question_minutes(question: Question) -> float:
    return estimate_minutes(question.text, question.category)


@dataclass(frozen=True, slots=True)
class PlanFit:
    planned_minutes: int
    intro_minutes: float
    questions_minutes: float
    question_count: int

    @property
    def available_minutes(self) -> float:
        return self.planned_minutes - self.intro_minutes - WRAP_UP_MINUTES

    @property
    def fits(self) -> bool:
        return self.questions_minutes <= self.available_minutes

    def describe(self) -> str:
        count = count_of(self.question_count, "question")
        used = round(self.intro_minutes + self.questions_minutes + WRAP_UP_MINUTES)
        head = f"{count} ≈ {round(self.questions_minutes)} min; with intro and wrap-up ≈ {used} of {self.planned_minutes} min"
        if not self.question_count:
            return f"No questions yet: plan five or six, the most important first ({self.planned_minutes} min)."
        if self.fits:
            return f"{head}: it fits."
        over = self.questions_minutes - self.available_minutes
        return f"{head}: about {round(over) or 1} min too long. Drop the least important, or keep them as spares at the end."


def plan_fit(questions: list[Question], planned_minutes: int, intro_text: str = "") -> PlanFit:
    """How the open (not skipped) questions and the intro fit into the planned minutes."""
    active = [q for q in questions if q.state != "skipped"]
    return PlanFit(
        planned_minutes=planned_minutes,
        intro_minutes=intro_stats(intro_text).seconds / 60,
        questions_minutes=sum(question_minutes(q) for q in active),
        question_count=len(active),
    )
