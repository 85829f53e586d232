"""The greeting: ``casual-salutation`` (an error: a first name, "Hey", "Hi there") and
``no-salutation`` (a warning: no greeting at all).

The rule is "when in doubt, address them formally": Dear + honorific + surname. An
:class:`Addressee` lets the rule follow what the contact asked for: "Dear Mei Lin" (or "Dear
Mei") once they asked to be called by their first name, "Dear Alex Demir" when no honorific
suits them. Every function takes text whose apostrophes are already straight.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from infocoach.core.coach.addressee import Addressee
from infocoach.core.coach.findings import Hit
from infocoach.core.coach.unanswered import has_marker

_FLAGS = re.IGNORECASE
EXAMPLE_GREETING = "'Dear Dr. Okafor' or 'Dear Mr. Lee'"

_GREETING = re.compile(
    r"(?P<word>dear|hi|hello|hey|heya|hiya|howdy|greetings|yo|good\s+(?:morning|afternoon|evening|day)|"
    r"to\s+whom\s+it\s+may\s+concern)\b",
    _FLAGS,
)
_CASUAL_WORDS = {"hey", "heya", "hiya", "yo", "howdy"}
_HONORIFIC = r"(?i:mr|mrs|ms|miss|mx|dr|doctor|prof|professor|rev|reverend|dean|judge|hon)\.?"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|della|le|la|bin|ibn|al|el|ten|ter|st\.?)"
_NAME_WORD = r"(?:" + _PARTICLE + r"\s+)*[^\W\d_a-zß-ÿ][\w'-]*"  # starts with a capital letter
_PLACEHOLDER = r"[(\[<{][^)\]>}\n]{1,30}[)\]>}]"
_NAME = re.compile(
    r"[ \t,]*(?P<name>(?:(?P<honorific>" + _HONORIFIC + r")(?=[\s(\[<{,:;!?]|$)[ \t]*)?"
    r"(?P<words>(?:(?:" + _PLACEHOLDER + r"|" + _NAME_WORD + r")(?:[ \t]+|(?=[,:;!?.\n]|$))){0,4}))"
)
# A greeting line that is only a name: "Ms. Rivera," or "Maria:" (at most four words).
_NAME_ONLY = re.compile(
    r"(?:" + _HONORIFIC + r"[ \t]+)?(?:" + _NAME_WORD + r")(?:[ \t]+" + _NAME_WORD + r"){0,3}[ \t]*[,:]$"
)
_GENERIC_NAME = re.compile(
    r"[ \t,]*(?:(?:sir|madam|sirs)(?:\s*(?:/|or|and)\s*(?:sir|madam))?|hiring\s+(?:manager|team)|"
    r"recruit(?:er|ing\s+team|ment\s+team)|(?:the\s+)?team|all|friends?|colleagues?|everyone|"
    r"everybody|there|folks|future\s+\w+)(?![\w'])",
    _FLAGS,
)
SUBJECT = re.compile(r"^\s*(?:subject|re|fwd?)\s*:", _FLAGS)
_GENERIC_MESSAGE = (
    f"Find out who you are writing to and use their name: honorific and surname, e.g. {EXAMPLE_GREETING}."
)


def first_line(text: str) -> tuple[int, str] | None:
    """The first non-empty line that is not an email's "Subject:" line, with its offset."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not SUBJECT.match(line):
            indent = len(line) - len(line.lstrip())
            return offset + indent, line.strip()
        offset += len(line)
    return None


def salutation_hits(text: str, addressee: Addressee | None = None, *, followup: bool = False) -> list[Hit]:
    """The greeting must be Dear + honorific + surname, or what ``addressee`` asked for.

    No greeting at all is ``no-salutation`` (in a follow-up, with a note that a reply in the
    original thread may leave it out); a greeting in the wrong form is ``casual-salutation``.
    """
    found = first_line(text)
    if found is None:
        return []
    offset, line = found
    if has_marker(line):  # "Dear [[answer above: …]]": the draft's open question already says it
        return []
    example = _example(addressee)

    def casual(length: int, message: str) -> list[Hit]:
        return [Hit("casual-salutation", offset, offset + length, message)]

    greeting = _GREETING.match(line)
    if greeting is None:
        if _NAME_ONLY.match(line):  # "Ms. Rivera," on its own: a greeting without "Dear"
            return _named(line, 0, "", addressee, casual, example)
        return [Hit("no-salutation", offset, offset + len(line), _missing_message(example, followup=followup))]
    if greeting["word"].lower().startswith("to whom"):
        return casual(greeting.end(), _GENERIC_MESSAGE)
    generic = _GENERIC_NAME.match(line, greeting.end())
    if generic:  # "Dear Sir/Madam", "Hi there", "Dear Hiring Manager"
        return casual(generic.end(), _GENERIC_MESSAGE)
    return _named(line, greeting.end(), greeting["word"], addressee, casual, example)


_Report = Callable[[int, str], list[Hit]]


def _named(line: str, at: int, word: str, addressee: Addressee | None, casual: _Report, example: str) -> list[Hit]:
    """The name after the greeting word (``word``, "" for a bare "Ms. Rivera,") checked."""
    name = _NAME.match(line, at)
    assert name is not None  # every part of the pattern is optional
    words = " ".join(name["words"].split())
    length = name.start("name") + len(name["name"].rstrip()) if name["name"].strip() else at
    placeholder = re.search(_PLACEHOLDER, words)
    if placeholder:  # a draft's "Dear (title) Demir," when the honorific is unknown
        return casual(
            length,
            f"Add their honorific (Mr., Ms., Mx., Dr., …) and surname in place of '{placeholder.group()}', "
            f"e.g. {example}.",
        )
    if name["honorific"]:
        if not words:
            return casual(length, f"Add their surname after the honorific, e.g. {example}.")
        if word.lower() in _CASUAL_WORDS:
            return casual(
                length,
                f"'{word.capitalize()}' is too casual for someone you have not met: write 'Dear {name['name'].strip()}'.",
            )
        return []
    if not words:
        return casual(length, f"Greet them by name, with their honorific and surname, e.g. {example}.")
    if addressee is not None and _invited(words, addressee) and word.lower() not in _CASUAL_WORDS:
        return []
    if addressee is not None and addressee.way == "title" and not addressee.honorific:
        return casual(
            length,
            f"'{line[:length]}' has no honorific. Add theirs (Mr., Ms., Mx., Dr., Prof.) before their surname, "
            "or mark the contact 'use their full name' if none suits them.",
        )
    return casual(
        length,
        f"'{line[:length]}' is too casual for someone you have not met. Use Dear + their "
        f"honorific + surname, e.g. {example}.",
    )


def _invited(words: str, addressee: Addressee) -> bool:
    """Whether the name written is one the contact asked to be called by."""
    said = words.casefold()
    first, full = addressee.first_name.casefold(), f"{addressee.first_name} {addressee.last_name}".casefold()
    if addressee.way == "first-name" and first:
        return said in (first, first.split()[0], " ".join(full.split()))
    if addressee.way == "full-name" and addressee.last_name:
        return said == " ".join(full.split())
    return False


def _example(addressee: Addressee | None) -> str:
    """The greeting to suggest: the addressee's own when it is known, else the usual examples."""
    name = addressee.greeting_name() if addressee is not None else None
    return f"'Dear {name},'" if name else EXAMPLE_GREETING


def _missing_message(example: str, *, followup: bool) -> str:
    message = f"Start with a greeting: Dear + their honorific + surname, e.g. {example}."
    if followup:
        message += " A reply in the original thread may leave it out."
    return message
