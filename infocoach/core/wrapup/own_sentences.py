"""The sentences a thank-you needs that only the user can write, and where they are kept.

A note written during the call is shorthand for the user ("had to unlearn 'act now' - in DS you
document assumptions first"); it cannot stand where a letter needs a sentence. So the thank-you
asks, in place, for the two sentences rule 10 needs: what stayed with the user, and what they
will do with the advice. The answers are kept in the meeting's ``drafts`` map under
``sentence:stayed`` and ``sentence:action`` (no schema change) and used exactly as written,
with a full stop added only when the sentence has no end at all
(:func:`infocoach.core.prep.own_words.own_sentence`).

Pure: no Textual, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass

from infocoach.core.prep.own_words import own_sentence as as_written
from infocoach.core.prep.own_words import sentence_key
from infocoach.core.records.model import Meeting

__all__ = ["ACTION", "STAYED", "THANKS_ASKS", "OwnSentence", "own_sentence"]


@dataclass(frozen=True, slots=True)
class OwnSentence:
    """One sentence the thank-you asks for: where it is kept, the question, a short label."""

    key: str
    question: str
    label: str


STAYED = OwnSentence(sentence_key("stayed"), "What stayed with you from this conversation?", "Stayed with you")
ACTION = OwnSentence(sentence_key("action"), "What will you do with their advice?", "You will")
THANKS_ASKS = (STAYED, ACTION)


def own_sentence(meeting: Meeting, sentence: OwnSentence) -> str:
    """The user's answer kept for ``sentence`` in this meeting, as written (one line, a full stop
    added when it has no end); "" if none."""
    return as_written(meeting.drafts.get(sentence.key, ""))
