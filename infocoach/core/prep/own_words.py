"""The user's own sentences in a draft: what a draft asks them for, and advice on what they typed.

A contact's "why this person" and a referral's detail are private notes ("Runs the nursing
informatics fellowship; mention Priya sent me"). A draft never splices such a note in where the
grammar needs a clause: it asks the user for the sentence it needs ("Why them, in one sentence
to them?") and uses that sentence as written. Until it is given, the draft holds the coach's
marker (``[[answer above: Why them, in one sentence to them?]]``, see
:mod:`infocoach.core.coach.unanswered`), which the draft panels show as a question still open.

``check_own_sentence`` reads what the user typed and says, kindly, what would keep it from
reading as a sentence said to the contact: talk about them in the third person, leftover
symbols and shorthand, fragments, one word, a paragraph where one sentence is wanted. It is
advice, shown beside the input; the draft uses the sentence as written either way.

    >>> check_own_sentence("You moved from nursing into data science, the path I hope to take.")
    []
    >>> check_own_sentence("She runs the fellowship")[0][:41]
    'This speaks about them ("She runs …"): sa'
"""

from __future__ import annotations

import re

from infocoach.core.coach.unanswered import ask_marker, markers_in

__all__ = [
    "SENTENCE_PREFIX",
    "check_own_sentence",
    "leftovers",
    "marker",
    "markers_in",
    "own_sentence",
    "sentence_key",
]

SENTENCE_PREFIX = "sentence:"
"""``Meeting.drafts`` keeps the user's sentences under ``sentence:<name>`` ("sentence:why")."""


DEFAULT_MAX_WORDS = 40


def sentence_key(name: str) -> str:
    """Where the sentence called ``name`` is kept in ``Meeting.drafts``."""
    return f"{SENTENCE_PREFIX}{name}"


def marker(question: str) -> str:
    """What a draft holds where the user's answer to ``question`` will go."""
    return ask_marker(question)


def own_sentence(text: str) -> str:
    """The user's sentence as a draft uses it: as written, on one line, with a full stop if it
    has no closing punctuation. Empty when nothing (or only a marker) was typed."""
    text = " ".join(text.split())
    if not text or markers_in(text):
        return ""
    return text if text[-1] in ".!?…" or text.endswith(('."', ".\u201d", ".)")) else text + "."


# --- advice ------------------------------------------------------------------------------------

_SYMBOLS = re.compile(r"[★☆✓✔✗✘•▪▫►▶→⇒←*#~^|<>]|->|=>|<-|\+\+|\?\?|!!|\.\.\.(?!\s*$)")
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d+[.)])\s+")
_TODO = re.compile(r"\b(?:TODO|TBD|FIXME|XXX|N/?A|etc)\b|\(\?\)|\[[^\]]*\]")
_SHORTHAND = {
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "bc": "because",
    "yrs": "years",
    "yr": "year",
    "mos": "months",
    "govt": "government",
    "mgr": "manager",
    "dept": "department",
    "ppl": "people",
    "abt": "about",
    "thx": "thanks",
    "pls": "please",
    "tho": "though",
    "re": "about",
    "approx": "about",
    "info": "information",
    "ds": "data science",
    "&": "and",
    "+": "and",
    "@": "at",
}
_TOKEN = re.compile(r"[A-Za-z]+/[A-Za-z]*|[A-Za-z']+|[&+@]")
_THIRD = re.compile(r"\b(she|he|her|hers|him|his|herself|himself)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)
_SUBJECTS = frozenset("i you we they he she it my your our their his her this that there what who".split())
_AUXILIARIES = frozenset(
    """am is are was were be been being have has had do does did can could would will shall
    should may might must i'm you're we're they're he's she's it's i've you've we've i'd
    you'd i'll you'll isn't aren't wasn't don't doesn't didn't can't won't""".split()
)
_COMMON_VERBS = frozenset(
    """want wanted hope hoped plan planned think thought know knew see saw read heard hear met
    meet made make led lead ran run wrote write taught teach built build gave give went go
    took take spent spend left leave found find felt feel began begin became become brought
    kept keep held hold got get put set said say told tell showed show drew grew chose
    choose caught catch came come sent send spoke speak stood understood learned learnt
    love like admire enjoy remember suggested suggest mentioned mention work worked moving
    moved studied study inspire resonate fascinate interest match mirror matter mean seem
    sound look stand connect stay reflect appeal align draw help need use show lead""".split()
)
_VERB_FORMS = _COMMON_VERBS | {f"{v}s" for v in _COMMON_VERBS} | {f"{v}es" for v in _COMMON_VERBS}
_FUNCTION_WORDS = frozenset("the a an to in on at for with from of by into about as and or her his their its".split())
_NOT_VERBS = frozenset({"this", "his", "was", "is", "has", "does", "its", "us", "as", "yes", "thus", "plus"})


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def _has_clause(sentence: str) -> bool:
    """Whether a sentence has a subject and a verb, as far as simple signs tell: a pronoun
    followed by a word, an auxiliary, a common verb, or a past tense ("-ed")."""
    words = [w.lower().replace("’", "'") for w in _words(sentence)]
    for index, word in enumerate(words):
        if word in _AUXILIARIES or word in _VERB_FORMS:
            return True
        if word in {"i", "you", "we", "they", "he", "she"} and index + 1 < len(words):
            return True
        if len(word) > 4 and word.endswith("ed"):
            return True
    return False


def _verb_first(sentence: str) -> str | None:
    """A note's verb with no subject ("Runs the fellowship", "Moved into DS"): the verb."""
    words = _words(sentence)
    if len(words) < 2:
        return None
    first, second = words[0], words[1].lower()
    lower = first.lower()
    if lower in _SUBJECTS or lower in _NOT_VERBS:
        return None
    third_person = lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3
    past = lower.endswith("ed") and len(lower) > 4
    irregular = lower in _COMMON_VERBS and lower not in {"like", "love", "work"}
    if (third_person or past or irregular) and second in _FUNCTION_WORDS | {"eight", "two", "three", "ten"}:
        return first
    if (third_person or past or irregular) and second[:1].isdigit():
        return first
    return None


def _you_form(verb: str) -> str:
    """The verb after "you" for one written with no subject: "Runs" -> "run", "Moved" -> "moved"."""
    lower = verb.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x)es$", lower):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us")):
        return lower[:-1]
    return lower


def leftovers(text: str) -> list[str]:
    """Advice on what looks left over from notes: symbols, bullets, "TODO", shorthand."""
    advice = []
    symbol = _SYMBOLS.search(text) or _BULLET.match(text) or _TODO.search(text)
    if symbol:
        found = symbol.group().strip()
        advice.append(f'"{found}" looks left over from your notes: take it out or write it in words.')
    shorthand = [t for t in _TOKEN.findall(text) if t.lower() in _SHORTHAND]
    if shorthand:
        first = shorthand[0]
        advice.append(f'"{first}" is shorthand: write "{_SHORTHAND[first.lower()]}" in full.')
    return advice


def check_own_sentence(text: str, *, max_words: int = DEFAULT_MAX_WORDS) -> list[str]:
    """Advice on a sentence the user wrote for a draft; empty when it reads as a sentence said
    to the contact. Blank text has no advice (the draft keeps asking for it instead)."""
    text = " ".join(text.split())
    if not text:
        return []
    advice: list[str] = []
    words = _words(text)
    if markers_in(text):
        return ["Replace the bracketed question with your own sentence."]
    if len(words) <= 1:
        return [f'One word ("{text}") is not a sentence yet: say it in a full sentence, as you would to them.']
    if third := _THIRD.search(text):
        if not _SECOND.search(text) or re.match(r"\s*(?:she|he|his|her)\b", text, re.IGNORECASE):
            start = text[third.start() :].split()
            quoted = " ".join(start[:2]).rstrip(",.;:")
            advice.append(
                f'This speaks about them ("{quoted} …"): say it to them, with "you" and "your", '
                "since they will read it."
            )
    advice += leftovers(text)
    sentences = _sentences(text)
    verb = _verb_first(sentences[0])
    if verb and not any(a.startswith("This speaks about them") for a in advice):
        advice.append(
            f'"{verb} …" reads like a note: say who does it, to them ("You {_you_form(verb)} …"), '
            'or what you did ("I …").'
        )
    elif text[0].islower():
        advice.append('It starts with a small letter: begin with who does what ("You …", "I …").')
    if text.rstrip()[-1] in ";,:-–—/(":
        advice.append(f'It stops mid-thought (it ends with "{text.rstrip()[-1]}"): finish the sentence.')
    elif ";" in text:
        advice.append('A ";" joins two notes here: make it one sentence, or two.')
    if not verb and not any(_has_clause(s) for s in sentences):
        advice.append('It has no verb, so it reads like a note: write it as a sentence ("You …", "I …").')
    if len(sentences) > 2:
        advice.append(f"That is {len(sentences)} sentences: one or two read best here.")
    if len(words) > max_words:
        advice.append(f"That is {len(words)} words; the draft has room for about {max_words}: keep the heart of it.")
    return advice
