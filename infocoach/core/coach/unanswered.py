"""A question left in a draft for the user to answer: never sendable.

When a draft needs a sentence only the user can write ("What stayed with you from this
conversation?"), or a fact it does not know (the contact's honorific), it holds a visible marker
in its place: ``[[answer above: What stayed with you from this conversation?]]``. The rule
``unanswered`` is an error wherever such a marker is left, so the lint never passes a draft that
still holds one.

    >>> ask_marker("What will you do with their advice?")
    '[[answer above: What will you do with their advice?]]'
    >>> [h.rule for h in unanswered(ask_marker("Why them?") + " Thank you.")]
    ['unanswered']
"""

from __future__ import annotations

import re

from infocoach.core.coach.findings import Hit

MARKER_PREFIX = "answer above: "
_MARKER = re.compile(r"\[\[(?P<inside>[^\[\]\n]*)\]\]")


def ask_marker(question: str) -> str:
    """The marker a draft holds where the answer to ``question`` belongs."""
    return f"[[{MARKER_PREFIX}{question}]]"


def has_marker(text: str) -> bool:
    """Whether ``text`` still holds a marker."""
    return _MARKER.search(text) is not None


def unanswered(text: str) -> list[Hit]:
    """Each marker left in ``text``, with the question it stands for."""
    hits = []
    for match in _MARKER.finditer(text):
        question = match["inside"].strip()
        question = question[len(MARKER_PREFIX) :] if question.startswith(MARKER_PREFIX) else question
        what = f" ({question})" if question else ""
        hits.append(
            Hit(
                "unanswered",
                match.start(),
                match.end(),
                f"Put your answer in place of this{what} before sending: a draft cannot be sent with it.",
            )
        )
    return hits
