"""The parts of an outreach draft that come from the user: the greeting's name, who they are,
and why this person. Each is a sentence the user wrote (or chose), or a question for them.

- Why them: the user's answer to "Why them, in one sentence to them?" (kept in the meeting's
  drafts as ``sentence:why``); else the contact's "why this person" when it already reads as
  sentences said to them; else the question. A note ("Runs the fellowship; mention P sent me")
  is never spliced in.
- Who you are: the answer to "Who are you, in one sentence?" (``sentence:me``); else the first
  sentence of the meeting's 30-second intro that says who the user is, whole; else the question.
- The greeting: ``Addressee.greeting_name()``; with no honorific known the full name, and the
  question "How should the greeting address them?" until the user answers it on the contact.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from infocoach.core.coach.addressee import Addressee
from infocoach.core.prep.own_words import check_own_sentence, marker, own_sentence, sentence_key
from infocoach.core.records.model import Contact, Meeting

__all__ = [
    "GREETING",
    "ME",
    "WHY",
    "WHY_SHORT",
    "Ask",
    "Greeting",
    "Part",
    "greeting_for",
    "me_part",
    "sentences_of",
    "why_part",
    "why_short_question",
]


@dataclass(frozen=True, slots=True)
class Ask:
    """A sentence a draft asks the user for: its name (key ``sentence:<name>``) and question."""

    name: str
    question: str

    @property
    def key(self) -> str:
        return sentence_key(self.name)


WHY = Ask("why", "Why them, in one sentence to them?")
ME = Ask("me", "Who are you, in one sentence?")
# Short, as its marker stands in a LinkedIn note beside a flexibility line; the panel asks it
# as ``why_short_question`` says.
WHY_SHORT = Ask("why-short", "Why them, in a shorter sentence?")
GREETING = Ask("greeting", "How should the greeting address them?")  # answered on the contact


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a draft: its text, and the question it still asks (None when it is answered)."""

    text: str
    ask: Ask | None = None


@dataclass(frozen=True, slots=True)
class Greeting:
    """The salutation's name, the addressee it follows (for the lint), and whether to ask."""

    line: str
    addressee: Addressee
    ask: Ask | None = None


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“(]?[A-Z0-9])")


_ABBREVIATIONS = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|vs|etc|e\.g|i\.e|approx|No)\.$", re.IGNORECASE)


def sentences_of(text: str) -> list[str]:
    """``text`` split into its sentences, each whole (never cut inside one, nor after "Dr.")."""
    sentences: list[str] = []
    for piece in _SPLIT.split(" ".join(text.split())):
        if sentences and _ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece.strip())
    return sentences


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def _reads_as_said_to_them(text: str) -> bool:
    """Whether a note is already sentences said to the contact: it speaks to them ("you") and
    the coach has no advice on any of its sentences."""
    return bool(_SECOND_PERSON.search(text)) and all(not check_own_sentence(s) for s in sentences_of(text))


def why_part(contact: Contact, meeting: Meeting) -> Part:
    """Why this person, as the user says it to them, or the question."""
    given = own_sentence(meeting.drafts.get(WHY.key, ""))
    if given:
        return Part(given)
    why = " ".join(contact.why.split())
    if why and _reads_as_said_to_them(why):
        return Part(own_sentence(why))
    return Part(marker(WHY.question), WHY)


def why_short_question(sentence: str, room: int | None) -> str:
    """The question for a shorter why them, as asked above a LinkedIn note: how long the
    sentence is and how much room (``Draft.why_room``) the note has for one. True whether or not
    an email was drafted."""
    question = "Why them, in a shorter sentence for the LinkedIn note?"
    if room is None:
        return question
    if len(sentence) > room:
        return (
            f"{question} Your sentence ({len(sentence)} characters) does not fit: the note has room for about {room}."
        )
    return f"{question} The note has room for about {room} characters."


_FIRST_PERSON = re.compile(r"^(?:(?:so|and|but|well|also|now|today)[, ]+)?(?:I|I'm|I’m|I've|I’ve|My)\b")
_GREETING_WORDS = re.compile(r"^(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
_NAME_ONLY = re.compile(
    r"^(?:(?:hi|hello)[,!]?\s+)?(?:I'm|I’m|I am|my name is|this is)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}[.!]?$",
    re.IGNORECASE,
)
MAX_ME_WORDS = 35


def intro_sentence(intro: str) -> str:
    """The first sentence of the intro that says who the user is, whole: first person, more
    than a greeting or a name, and reading as a sentence; "" if there is none."""
    for candidate in sentences_of(intro):
        if _GREETING_WORDS.match(candidate) or _NAME_ONLY.match(candidate):
            continue
        if not _FIRST_PERSON.match(candidate):
            continue
        if len(candidate.split()) > MAX_ME_WORDS or check_own_sentence(candidate):
            continue
        return own_sentence(candidate)
    return ""


def me_part(meeting: Meeting) -> Part:
    """Who the user is, in one sentence: their answer, else from their intro, else the question."""
    given = own_sentence(meeting.drafts.get(ME.key, ""))
    if given:
        return Part(given)
    from_intro = intro_sentence(meeting.intro)
    if from_intro:
        return Part(from_intro)
    return Part(marker(ME.question), ME)


def greeting_for(contact: Contact) -> Greeting:
    """ "Dear Dr. Tan," (or the name they asked for). With no honorific known and the formal
    form the rule, "Dear Alex Demir," (their full name, never a placeholder) and the question."""
    addressee = Addressee.of(contact)
    name = addressee.greeting_name()
    if name:
        return Greeting(f"Dear {name},", addressee)
    full = replace(addressee, address_by="full-name")
    name = full.greeting_name()
    return Greeting(f"Dear {name}," if name else "Dear,", full, GREETING)
