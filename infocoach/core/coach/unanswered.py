"""A question left in a draft for the user to answer: never sendable.

When a draft needs a sentence only the user can write ("What stayed with you from this
conversation?"), or a fact it does not know (the contact's honorific), it holds a visible marker
in its place: ``[[answer above: What stayed with you from this conversation?]]``. A draft holding
one is not ready: the draft panels show each open question above the coach's findings, as an
error, and refuse to mark it sent. It is not a lint rule: the coach's rule ids are a promise to
scripts, and a marker is infocoach's own, never in text a person wrote.

    >>> ask_marker("What will you do with their advice?")
    '[[answer above: What will you do with their advice?]]'
    >>> open_questions(ask_marker("Why them?") + " Thank you.")
    ['Why them?']
"""

from __future__ import annotations

import re

MARKER_PREFIX = "answer above: "
_MARKER = re.compile(r"\[\[(?P<inside>[^\[\]\n]*)\]\]")


def ask_marker(question: str) -> str:
    """The marker a draft holds where the answer to ``question`` belongs."""
    return f"[[{MARKER_PREFIX}{question}]]"


def has_marker(text: str) -> bool:
    """Whether ``text`` still holds a marker."""
    return _MARKER.search(text) is not None


def markers_in(text: str) -> list[str]:
    """The markers left in ``text``, as written, in order."""
    return [match.group() for match in _MARKER.finditer(text)]


def open_questions(text: str) -> list[str]:
    """The question each marker left in ``text`` stands for, in order."""
    questions = []
    for match in _MARKER.finditer(text):
        question = match["inside"].strip()
        questions.append(question[len(MARKER_PREFIX) :] if question.startswith(MARKER_PREFIX) else question)
    return questions
