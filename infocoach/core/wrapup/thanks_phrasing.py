"""How a thank-you says things: a note the user wrote for themselves, turned into a sentence
said to the contact ("Invited me to …" -> "I much appreciated that you invited me to …"), and
the sentences for the action the user will take and the referral they were given.

Words are changed no more than the pronouns need ("she" -> "you"); note text is plain text, so
anything that looks like markup is kept exactly as written. Pure: no Textual, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from infocoach.core.prep.outreach import body_words
from infocoach.core.prep.outreach_phrasing import addressed
from infocoach.core.records.model import Contact, Meeting

_NAME_WORDS = 12  # a referral's name and organisation are cut to these many words at most
_ORGANIZATION_WORDS = 10

_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")

# A short label before a colon that names what the note is: "Portfolio idea: …", "Tip: …".
_LABEL = re.compile(r"(?P<label>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}):\s+(?P<rest>\S.*)", re.DOTALL)
_LABEL_NOUNS = frozenset({
    "idea", "tip", "advice", "point", "suggestion", "insight", "lesson", "takeaway", "rule",
    "principle", "recommendation", "warning", "thought", "view", "observation", "message",
    "story", "example", "quote",
})  # fmt: skip
# A label for something they recommended: "Book: Just Enough Research".
_RECOMMENDED_NOUNS = frozenset({
    "book", "books", "course", "courses", "podcast", "article", "paper", "reading", "resource",
    "resources", "dataset", "datasets", "tool", "tools", "blog", "newsletter", "website", "site",
    "community", "report", "talk", "video", "event", "conference", "meetup",
})  # fmt: skip
# A label the user wrote for themselves ("Note to self: …"): left out, the rest is the note.
_SELF_LABEL = re.compile(r"(?:note\s+to\s+(?:self|me)|for\s+me|me)\s*:\s*", re.IGNORECASE)

# The contact as the unwritten subject, as the user notes it down: "Invited me to …",
# "Thinks SQL matters more". Each maps to the form that follows "you" ("thinks" -> "think").
# Something they did for the user ("Offered to introduce me to Dr. Tan") …
_KIND_ACTS = {
    "suggested": "suggested", "suggests": "suggest", "recommended": "recommended",
    "recommends": "recommend", "offered": "offered", "offers": "offer", "invited": "invited",
    "invites": "invite", "introduced": "introduced", "promised": "promised", "agreed": "agreed",
    "gave": "gave", "showed": "showed", "walked": "walked", "shared": "shared", "sent": "sent",
    "volunteered": "volunteered", "took": "took", "spent": "spent",
}  # fmt: skip
# … or something they said or think ("Said most of the work is planning").
_SAYINGS = {
    "said": "said", "says": "say", "mentioned": "mentioned", "mentions": "mention",
    "explained": "explained", "explains": "explain", "thinks": "think", "thought": "thought",
    "believes": "believe", "believed": "believed", "warned": "warned", "warns": "warn",
    "stressed": "stressed", "stresses": "stress", "pointed": "pointed", "noted": "noted",
    "advised": "advised", "advises": "advise", "argued": "argued", "argues": "argue",
    "told": "told", "tells": "tell", "described": "described", "describes": "describe",
    "emphasised": "emphasised", "emphasized": "emphasized", "feels": "feel", "felt": "felt",
    "wishes": "wish", "wished": "wished", "expects": "expect", "expected": "expected",
    "predicts": "predict", "predicted": "predicted", "called": "called", "calls": "call",
    "admitted": "admitted", "admits": "admit", "reckons": "reckon", "insisted": "insisted",
    "insists": "insist", "urged": "urged", "urges": "urge", "talked": "talked", "spoke": "spoke",
    "joked": "joked", "jokes": "joke", "recalled": "recalled", "remembered": "remembered",
    "sees": "see", "saw": "saw", "compared": "compared",
}  # fmt: skip
_YOU_FORMS = {"kind": set(_KIND_ACTS.values()), "saying": set(_SAYINGS.values())}

# Advice as the user wrote it down: "Learn R before Python", "Volunteer at …", "Don't …".
# Only words that are rarely a note's first noun ("Research teams need …" is not advice).
_ADVICE_VERBS = frozenset({
    "learn", "start", "read", "try", "build", "pitch", "volunteer", "reproduce", "choose",
    "write", "keep", "focus", "talk", "join", "take", "find", "look", "use", "ask", "make",
    "get", "practise", "practice", "avoid", "be", "spend", "consider", "think", "go", "attend",
    "contact", "reach", "follow", "study", "develop", "create", "set", "put", "run", "test",
    "expect", "remember", "stop", "watch", "listen", "speak", "share", "publish", "document",
    "seek", "aim", "prepare", "plan", "check", "email", "call", "visit", "sign", "register",
    "enrol", "enroll", "subscribe", "buy", "explore", "treat", "replace", "drop", "skip",
    "prioritise", "prioritize", "pick", "collect", "gather", "shadow", "reframe", "describe",
    "frame", "teach", "show", "bring", "lean", "do", "work", "let", "tell", "give", "draft",
    "tailor", "rewrite", "review", "highlight", "emphasise", "emphasize", "quantify", "measure",
    "connect", "narrow", "pair", "offer", "track", "ignore", "embrace", "accept", "stay",
    "stick", "invest", "don't",
})  # fmt: skip
# What the user will do ("Read the grid report", "Book a course"): the advice verbs and more.
_ACTION_VERBS = _ADVICE_VERBS | {
    "research",
    "book",
    "finish",
    "complete",
    "update",
    "polish",
    "send",
    "introduce",
    "schedule",
    "arrange",
    "meet",
    "message",
    "install",
    "download",
    "thank",
    "revise",
    "reread",
    "redo",
    "outline",
    "sketch",
    "map",
    "compile",
    "summarise",
    "summarize",
    "post",
    "chart",
    "analyse",
    "analyze",
    "apply",
    "ring",
    "phone",
    "note",
    "record",
    "list",
    "add",
    "fill",
    "look",
    "dig",
    "learn",
    "sort",
    "clean",
    "tidy",
    "organise",
    "organize",
    "refresh",
}
_NEGATED_ADVICE = {"don't": "not to", "dont": "not to", "never": "never to", "always": "always to"}

# A finite verb somewhere in the first sentence: the note is a statement, not a fragment.
_STATEMENT_VERB = re.compile(
    r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|be|been|has|have|had|hasn't|haven't|can|"
    r"can't|cannot|could|will|won't|would|should|must|may|might|do|does|did|don't|doesn't|"
    r"didn't|needs?|takes?|took|makes?|made|matters?|helps?|want|wants|means?|goes|go|went|"
    r"comes?|came|gets?|got|works?|know|knows|knew|uses?|say|says|said|looks?|seems?|tends?|"
    r"cares?|values?|reads|ask|asks|likes?|prefers?|vary|varies|changes?|hires?|expects?|"
    r"starts?|spends?|spent|becomes?|became|feels?|felt|think|thinks|thought|finds?|found|"
    r"keeps?|kept|learn|learns|learnt|lets|gives?|gave|runs?|ran|builds?|built|pays?|paid|"
    r"counts?|fails?|moves?|grows?|grew|sits?|lives?|leads?|led|shows?|showed|beats?|"
    r"wins?|won|lacks?|misses|depends?|involves?|requires?|includes?|\w{3,}ed)\b",
    re.IGNORECASE,
)
_SELF_START = frozenset({"i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "we're", "our"})
_AUXILIARY_SECOND = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should",
    "must", "may", "might", "does", "did", "matters", "needs", "takes", "helps", "means",
})  # fmt: skip


def lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """The first letter lowered, but only when the second is lower case ("SQL", "I" stay)
    or it is the article "A", and never for one of ``names`` ("Priya runs …")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first.rstrip(".,;:!?'’s") in names or first in names:
        return text
    if len(text) >= 2 and text[0].isupper() and (text[1].islower() or text.startswith("A ")):
        return text[0].lower() + text[1:]
    return text


def known_names(meeting: Meeting, contact: Contact) -> frozenset[str]:
    """Capitalised words that name people and places in this meeting: kept as written."""
    parts = [contact.first_name, contact.last_name, contact.organization]
    for referral in meeting.referrals:
        parts += [referral.name, referral.organization]
    return frozenset(w for part in parts for w in part.split() if w[:1].isupper())


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]“”‘’").lower().replace("’", "'")


@dataclass(frozen=True, slots=True)
class Framing:
    """A note as a sentence: ``first``/``second`` lead-ins for the first and second cited
    note, and the note's own words that follow (``body``, cut to fit when need be)."""

    first: str
    second: str
    body: str
    lower: bool = True  # lower the body's first letter ("Keep a diary"; not a title)


_KIND_FRAMING = ("I much appreciated that", "I also appreciated that")
_SAYING_FRAMING = ("It has stayed with me that", "It also struck me that")
_ADVICE_FRAMING = ("I am grateful for your advice", "I have also taken to heart your suggestion")
_OWN_FRAMING = (
    "One thing from our conversation has stayed with me:",
    "Our conversation also left me with this:",
)
_POINT_FRAMING = ("I keep coming back to your point that", "I have also been thinking about your point that")
_GENERAL_FRAMING = (
    "One thing you said has stayed with me:",
    "I have also been thinking about something else you said:",
)


def framing(text: str) -> Framing:
    """How to say one note back to the contact: a lead-in chosen by the note's shape (a
    labelled idea, something they did or said, advice, the user's own thought, a statement,
    else a fragment), followed by the note's own words with "she"/"he" made "you"."""
    text = " ".join(text.split())
    own_label = _SELF_LABEL.match(text)
    if own_label and text[own_label.end() :].strip():
        text = text[own_label.end() :]
    text = addressed(text)
    words = text.split()
    first = _bare(words[0]) if words else ""
    second = _bare(words[1]) if len(words) > 1 else ""
    label = _LABEL.fullmatch(text)
    noun = _bare(label["label"].split()[-1]) if label else ""
    if label and noun in _LABEL_NOUNS:
        name = lower_first(label["label"])
        return Framing(f"Your {name} has stayed with me:", f"Your {name} has also stayed with me:", label["rest"])
    if label and noun in _RECOMMENDED_NOUNS:
        name = lower_first(label["label"])
        return Framing(
            f"I much appreciated the {name} you recommended:",
            f"I am also grateful for the {name} you recommended:",
            label["rest"],
            lower=False,
        )
    if first == "you" and second in _YOU_FORMS["kind"]:
        return Framing(*_KIND_FRAMING, text)
    if first == "you" and second in _YOU_FORMS["saying"]:
        return Framing(*_SAYING_FRAMING, text)
    rest = " ".join(words[1:])
    if first in _KIND_ACTS and rest:
        return Framing(*_KIND_FRAMING, f"you {_KIND_ACTS[first]} {rest}")
    if first in _SAYINGS and rest:
        return Framing(*_SAYING_FRAMING, f"you {_SAYINGS[first]} {rest}")
    if first in _NEGATED_ADVICE and rest:
        return Framing(*_ADVICE_FRAMING, f"{_NEGATED_ADVICE[first]} {rest}")
    if first in _ADVICE_VERBS and second not in _AUXILIARY_SECOND and rest:
        first_lead, second_lead = _ADVICE_FRAMING
        return Framing(f"{first_lead} to", f"{second_lead} to", text)
    if first in _SELF_START:
        return Framing(*_OWN_FRAMING, text)
    sentence_one = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    starts_with_word = bool(words) and words[0][0].isalpha() and not first.endswith("ed")
    if starts_with_word and not label and _STATEMENT_VERB.search(sentence_one):
        return Framing(*_POINT_FRAMING, text)
    return Framing(*_GENERAL_FRAMING, text)


def cut_words(text: str, words: int) -> str:
    """``text`` cut at a word boundary to at most ``words`` words, ending in "…"; a bracket
    opened in what is kept and not closed is left out with what follows it."""
    parts = text.split()
    if len(parts) <= words:
        return text
    kept = " ".join(parts[:words])
    if kept.count("(") > kept.count(")"):
        shorter = kept[: kept.rfind("(")].rstrip()
        kept = shorter if body_words(shorter) >= max(3, words // 2) else kept
    return kept.rstrip(" ,;:–—-(") + "…"


def _finished(text: str) -> str:
    """Ends as a sentence ends: a full stop unless it already ends in one (or "…", "?", "!")."""
    text = text.rstrip()
    if _ENDS_SENTENCE.search(text):
        return text
    return text.rstrip(" ,;:–—-") + "."


def cited_sentence(framing: Framing, position: int, words: int, names: frozenset[str] = frozenset()) -> str:
    lead = framing.first if position == 0 else framing.second
    body = cut_words(framing.body, words)
    body = lower_first(body, names) if framing.lower else body
    return _finished(f"{lead} {body}")


# --- the action and the referral ---------------------------------------------------------------

_WILL = re.compile(r"(?:to|will|i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to)\s+", re.IGNORECASE)


def action_sentence(text: str, words: int, names: frozenset[str] = frozenset()) -> str:
    """ "As you suggested, I am going to read the grid report." (a fragment: "As you suggested,
    my next step is this: the SQL course.")"""
    text = addressed(" ".join(text.split()))
    will = _WILL.match(text)
    text = text[will.end() :] if will and text[will.end() :].strip() else text
    text = cut_words(text, words)
    first = _bare(text.split()[0])
    if first in _SELF_START - {"my", "me", "our"}:
        return _finished(f"As you suggested, {text}")
    if first in _ACTION_VERBS:
        return _finished(f"As you suggested, I am going to {lower_first(text, names)}")
    return _finished(f"As you suggested, my next step is this: {lower_first(text, names)}")


def referral_sentence(name: str, organization: str) -> str:
    """ "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." """
    who = cut_words(" ".join(name.split()), _NAME_WORDS).rstrip("…").rstrip(" .,;:")
    where = cut_words(" ".join(organization.split()), _ORGANIZATION_WORDS).rstrip("…").rstrip(" .,;:")
    at = f" at {where}" if where else ""
    return f"Thank you also for suggesting I speak with {who}{at}."
