"""A bank of questions for informational interviews, written for infocoach, grouped by TIARA.

TIARA (Trends, Insights, Advice, Resources, Assignments) is a common way to plan an
informational interview: start with the field, move to the person's own experience, then ask
for advice, for people and things to learn from, and for something small to try next.

Every question here is open (it cannot be answered with a yes or a no), asks for the person's
own view (a website cannot answer it), and never asks for work: none of them mentions a job, an
opening or a position, and none asks to be hired or passed on. The tests hold the bank to that.

``minutes`` is a typical time to answer, used to check that a plan fits the meeting.
Questions the user writes get the category's default from :func:`estimate_minutes`.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = ("Trends", "Insights", "Advice", "Resources", "Assignments")

TIARA_MEANINGS: dict[str, str] = {
    "Trends": "where their field is heading",
    "Insights": "their own path and work",
    "Advice": "what they would do in your place",
    "Resources": "people, reading and groups to learn from",
    "Assignments": "something small to try next",
}
"""What each TIARA category asks about, in a few words, for the screens that explain TIARA."""


def tiara_explained() -> str:
    """One sentence saying what TIARA stands for, for a header or a help text."""
    parts = "; ".join(f"{name}: {meaning}" for name, meaning in TIARA_MEANINGS.items())
    return f"TIARA groups questions by what they ask about. {parts}."


CATEGORY_MINUTES: dict[str, float] = {
    "Trends": 4.0,  # a view of a whole field takes a story or two
    "Insights": 4.0,  # their own path: the richest answers, and the longest
    "Advice": 3.5,
    "Resources": 2.0,  # names of people, books, groups: quick to say
    "Assignments": 3.0,
}
"""Typical minutes to answer a question the user wrote, by TIARA category."""

DEFAULT_MINUTES = 3.0
"""Minutes for a question with no (or an unknown) category."""


@dataclass(frozen=True, slots=True)
class BankQuestion:
    """A question from the bank: its text, its TIARA category, and a typical time to answer."""

    text: str
    category: str
    minutes: float  # a typical time to answer, 2–5


def _group(category: str, *questions: tuple[str, float]) -> tuple[BankQuestion, ...]:
    return tuple(BankQuestion(text, category, minutes) for text, minutes in questions)


BANK: tuple[BankQuestion, ...] = (
    *_group(
        "Trends",
        ("What changes in your field have surprised you most over the last few years?", 4),
        ("Which skills do you expect to matter more in your area five years from now?", 4),
        ("How has the day-to-day work in your field changed since you started?", 4),
        ("Which new tools or methods are people around you excited about, and which seem overhyped to you?", 4.5),
        ("Where do you see the biggest unsolved problems in your field right now?", 4),
        ("How are changes in funding, regulation or technology shaping the work you do?", 4),
        ("Which parts of your work do you think will look very different in ten years?", 4),
        ("What do newcomers tend to misunderstand about where your field is heading?", 3.5),
        ("Which debates are taking up the most energy among your peers at the moment?", 3.5),
        ("How do you keep up with what is changing in your field without feeling overwhelmed?", 3),
    ),
    *_group(
        "Insights",
        ("What does a typical week look like for you, and which part of it do you enjoy most?", 4),
        ("What surprised you most when you moved into this line of work?", 4),
        ("Looking back on your path, which decision made the biggest difference?", 4),
        ("What is the hardest part of your work that people outside the field rarely see?", 4),
        ("How did your earlier experience turn out to be useful in the work you do now?", 4),
        ("What does doing this work well look like, in your eyes?", 3.5),
        ("Which moments in your career taught you the most, and why?", 4.5),
        ("How do the people you work with most closely shape what your days are like?", 3.5),
        ("What do you wish you had known in your first year in this field?", 4),
        ("What keeps you in this field when the work gets difficult?", 3.5),
    ),
    *_group(
        "Advice",
        ("If you were starting out in this field today, what would you do first?", 3.5),
        ("From what I have told you about my background, which experiences would carry over best?", 3.5),
        ("Which gaps in my preparation would you work on first?", 3.5),
        ("What is one mistake you often see people make when they move into this field?", 3),
        ("How would you suggest I test whether this work suits me before making a bigger change?", 3.5),
        ("Which skills would you focus on over the next six months if you were me?", 3.5),
        ("What advice would you give your younger self about changing careers?", 3),
        ("How could I describe my background so that people in your field see what I bring?", 3.5),
        ("What have I not asked that you think I should be thinking about?", 3),
        ("Which habits have helped you most to keep growing in this field?", 3),
    ),
    *_group(
        "Resources",
        ("Who else would you suggest I talk to as I keep learning about this field?", 2),
        ("Which books, newsletters or podcasts do you find most useful for your work?", 2),
        ("Which professional groups or communities helped you when you were starting out?", 2),
        ("Which events or conferences are worth attending for someone new to the field?", 2),
        ("Which courses or certificates, if any, do people in your field actually value?", 2.5),
        ("Where online can someone like me learn alongside people who do this work?", 2),
        ("Which people or organisations do you follow to stay informed?", 2),
        ("What piece of writing or talk changed how you think about your work?", 2.5),
        ("Which tools should I become comfortable with before going further?", 2),
        ("Whose work in this field do you admire most, and what makes it stand out?", 2.5),
    ),
    *_group(
        "Assignments",
        ("What small project could I try in the next month to get a feel for this kind of work?", 3),
        ("If you gave me one task to practise this week, what would it be?", 3),
        ("What could I make, write or analyse that would show me whether I enjoy this work?", 3),
        ("Which everyday problem from your work could I try to solve on my own as an exercise?", 3),
        ("What volunteer or side project would be a good way to practise these skills?", 3),
        ("How could I practise the part of your work you find hardest, before changing course?", 3),
        ("Which public case studies or examples would be good for me to work through?", 3),
        ("What would you look for in a small piece of work to tell whether it was done well?", 3),
        ("What is a sensible goal for me to reach in the next three months?", 3),
        ("How would you break a first small project in this area into steps?", 3),
    ),
)


def by_category(category: str) -> tuple[BankQuestion, ...]:
    """The bank's questions in ``category`` (any capitalisation), in the bank's order."""
    wanted = category.strip().casefold()
    return tuple(q for q in BANK if q.category.casefold() == wanted)


def estimate_minutes(text: str, category: str) -> float:
    """A typical time to answer ``text``, for checking that a plan fits the meeting.

    A question from the bank (matched ignoring case and surrounding spaces) keeps its own
    estimate; any other question gets its category's default (:data:`CATEGORY_MINUTES`), or
    :data:`DEFAULT_MINUTES` without a known category. The wording is not analysed: answers to
    short questions are not shorter.
    """
    key = " ".join(text.split()).casefold()
    for question in BANK:
        if question.text.casefold() == key:
            return question.minutes
    for name, minutes in CATEGORY_MINUTES.items():
        if name.casefold() == category.strip().casefold():
            return minutes
    return DEFAULT_MINUTES


def search_bank(query: str, questions: tuple[BankQuestion, ...] | list[BankQuestion] = BANK) -> list[BankQuestion]:
    """The questions whose text or category holds every word of ``query`` (any case, any order).

    An empty query keeps them all; the order is the order given.
    """
    words = query.casefold().split()
    return [q for q in questions if all(word in f"{q.category} {q.text}".casefold() for word in words)]
