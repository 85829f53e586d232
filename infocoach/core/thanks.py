"""The thank-you note (rule 10), written from the meeting's own notes.

A thank-you is formal (honorific + surname, as the outreach drafts greet), thanks the contact
for their time on the day of the meeting ("yesterday", "on Tuesday"), names one or two specific
things they said, taken from the user's notes (starred ones first), says what the user will do
about it (the first open action item) and thanks them for a referral by name. It never asks
for a job (rule 9), stays under 150 words, and is always the same for the same meeting.

Notes are written by the user for themselves, often as fragments ("Portfolio idea: …",
"Invited me to …", "Learn R before Python"); :func:`_cited_sentence` turns each into a sentence
said *to* the contact without changing its words beyond the pronouns ("she" -> "you").
Note text is plain text: anything that looks like markup is kept exactly as written.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.coach import Kind, count_words, lint
from infocoach.core.draft_phrasing import addressed
from infocoach.core.drafts import Draft, body_words, salutation, signature
from infocoach.core.model import Contact, Meeting, Note
from infocoach.core.settings import Settings
from infocoach.core.validation import is_timezone

__all__ = [
    "MAX_CITED",
    "THANKS_SUBJECT",
    "THANKS_WORD_LIMIT",
    "cited_notes",
    "day_phrase",
    "draft_thanks",
    "open_action",
]

THANKS_WORD_LIMIT = 150  # the whole note (greeting and signature included) stays under this
THANKS_SUBJECT = "Thank you for your time"
MAX_CITED = 2
RECENT_DAYS = 6  # a meeting up to this many days ago is "on Tuesday"; older, "on 3 December"

# The shortest a cited note or the action is cut to (in words) before something is dropped;
# a name and an organisation are never longer than these.
_NOTE_MIN_WORDS = 8
_CLAUSE_WORDS = 25  # cut no shorter than this while two notes are cited
_ACTION_MIN_WORDS = 6
_NAME_WORDS = 12
_ORGANIZATION_WORDS = 10

GENERAL_THANKS = (
    "I learned a great deal from hearing about your work and the path that led you to it, "
    "and I am grateful for how openly you shared your experience."
)
CLOSING_WITH_ACTION = "I will let you know how I get on."


# --- which notes to cite -----------------------------------------------------------------------

# Notes the user wrote for themselves, not things the contact said: never cited unless chosen.
_SELF_NOTE = re.compile(
    r"\s*(?:note\s+to\s+(?:self|me)|to\s*-?\s*do|reminder|remember\s+to|words\s+to\s+look\s+up|"
    r"look\s+up|follow[\s-]up)\b",
    re.IGNORECASE,
)


def _words(text: str) -> int:
    return len(text.split())


def _reads_as_job_ask(text: str) -> bool:
    return any(f.rule == "job-ask" for f in lint(text, Kind.THANKS))


def _citable(note: Note) -> bool:
    """A note worth quoting back to the contact: not blank, and nothing like a job ask."""
    return bool(note.text.strip()) and not _reads_as_job_ask(" ".join(note.text.split()))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'’-]*", text.lower()) if len(w) >= 4}


def _restates(note: Note, action: str) -> bool:
    """Whether a note says much the same as the action ("Portfolio idea: five sessions …"
    and "Run five sessions …"): citing both would say one thing twice."""
    mine, theirs = _content_words(action), _content_words(note.text)
    shared = mine & theirs
    return len(shared) >= 3 and len(shared) >= 0.5 * min(len(mine), len(theirs))


def open_action(meeting: Meeting) -> str:
    """The first action item not yet done (its text), or ""."""
    return next((a.text for a in meeting.action_items if not a.done and a.text.strip()), "")


def cited_notes(meeting: Meeting, chosen: list[int] | None = None) -> list[int]:
    """Indexes into ``meeting.notes`` for the thank-you to cite, at most two, in order.

    ``chosen``: those indexes that name a citable note (in range, not blank, not a job ask),
    without repeats, first two kept. Otherwise the first one or two starred notes; with none,
    the most substantial note (most words, the earliest of equals) that is not a note to self.
    A note that only restates the action the thank-you names ("Portfolio idea: five sessions"
    beside "Run five sessions") is passed over while another note can be cited instead.
    """
    notes = meeting.notes
    if chosen is not None:
        picked: list[int] = []
        for index in chosen:
            if (
                isinstance(index, int)
                and 0 <= index < len(notes)
                and index not in picked
                and _citable(notes[index])
            ):
                picked.append(index)
        return picked[:MAX_CITED]
    action = open_action(meeting)
    citable = [i for i, note in enumerate(notes) if _citable(note)]
    fresh = [i for i in citable if not (action and _restates(notes[i], action))]
    starred = [i for i in citable if notes[i].starred]
    fresh_starred = [i for i in fresh if notes[i].starred]
    if fresh_starred:
        return fresh_starred[:MAX_CITED]
    candidates = [i for i in fresh if not _SELF_NOTE.match(notes[i].text)]
    if candidates:
        return [max(candidates, key=lambda i: (_words(notes[i].text), -i))]
    return starred[:MAX_CITED]


# --- the day of the meeting --------------------------------------------------------------------


def _meeting_moment(meeting: Meeting) -> pendulum.DateTime | None:
    for stamp in (meeting.ended_at, meeting.started_at, meeting.scheduled_for):
        if stamp:
            try:
                return parse_iso(stamp)
            except ValueError:
                continue  # a damaged date: try the next one, else leave the day out
    return None


def day_phrase(meeting: Meeting, now: pendulum.DateTime, timezone: str) -> str:
    """When the meeting was, said from ``now`` in ``timezone``: "today", "yesterday",
    "on Tuesday" (within the last six days), "on 3 December" (with the year when it is not this
    year's); "" when the meeting has no date or its day is still to come."""
    moment = _meeting_moment(meeting)
    if moment is None:
        return ""
    zone = timezone if is_timezone(timezone) else "UTC"
    day = moment.in_timezone(zone).date()
    today = now.in_timezone(zone).date()
    days_ago = (today - day).days
    if days_ago < 0:
        return ""
    if days_ago == 0:
        return "today"
    if days_ago == 1:
        return "yesterday"
    if days_ago <= RECENT_DAYS:
        return f"on {day.format('dddd', locale='en')}"
    if day.year == today.year:
        return f"on {day.format('D MMMM', locale='en')}"
    return f"on {day.format('D MMMM YYYY', locale='en')}"


# --- turning a note into a sentence said to the contact ----------------------------------------

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
    "research", "book", "finish", "complete", "update", "polish", "send", "introduce",
    "schedule", "arrange", "meet", "message", "install", "download", "thank", "revise", "reread",
    "redo", "outline", "sketch", "map", "compile", "summarise", "summarize", "post", "chart",
    "analyse", "analyze", "apply", "ring", "phone", "note", "record", "list", "add", "fill",
    "look", "dig", "learn", "sort", "clean", "tidy", "organise", "organize", "refresh",
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


def _lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """The first letter lowered, but only when the second is lower case ("SQL", "I" stay)
    or it is the article "A", and never for one of ``names`` ("Priya runs …")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first.rstrip(".,;:!?'’s") in names or first in names:
        return text
    if len(text) >= 2 and text[0].isupper() and (text[1].islower() or text.startswith("A ")):
        return text[0].lower() + text[1:]
    return text


def _names(meeting: Meeting, contact: Contact) -> frozenset[str]:
    """Capitalised words that name people and places in this meeting: kept as written."""
    parts = [contact.first_name, contact.last_name, contact.organization]
    for referral in meeting.referrals:
        parts += [referral.name, referral.organization]
    return frozenset(w for part in parts for w in part.split() if w[:1].isupper())


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'()[]“”‘’").lower().replace("’", "'")


@dataclass(frozen=True, slots=True)
class _Framing:
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


def _framing(text: str) -> _Framing:
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
        name = _lower_first(label["label"])
        return _Framing(f"Your {name} has stayed with me:", f"Your {name} has also stayed with me:", label["rest"])
    if label and noun in _RECOMMENDED_NOUNS:
        name = _lower_first(label["label"])
        return _Framing(
            f"I much appreciated the {name} you recommended:",
            f"I am also grateful for the {name} you recommended:",
            label["rest"],
            lower=False,
        )
    if first == "you" and second in _YOU_FORMS["kind"]:
        return _Framing(*_KIND_FRAMING, text)
    if first == "you" and second in _YOU_FORMS["saying"]:
        return _Framing(*_SAYING_FRAMING, text)
    rest = " ".join(words[1:])
    if first in _KIND_ACTS and rest:
        return _Framing(*_KIND_FRAMING, f"you {_KIND_ACTS[first]} {rest}")
    if first in _SAYINGS and rest:
        return _Framing(*_SAYING_FRAMING, f"you {_SAYINGS[first]} {rest}")
    if first in _NEGATED_ADVICE and rest:
        return _Framing(*_ADVICE_FRAMING, f"{_NEGATED_ADVICE[first]} {rest}")
    if first in _ADVICE_VERBS and second not in _AUXILIARY_SECOND and rest:
        return _Framing(*(f"{lead} to" for lead in _ADVICE_FRAMING), text)
    if first in _SELF_START:
        return _Framing(*_OWN_FRAMING, text)
    sentence_one = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    starts_with_word = bool(words) and words[0][0].isalpha() and not first.endswith("ed")
    if starts_with_word and not label and _STATEMENT_VERB.search(sentence_one):
        return _Framing(*_POINT_FRAMING, text)
    return _Framing(*_GENERAL_FRAMING, text)


def _cut(text: str, words: int) -> str:
    """``text`` cut at a word boundary to at most ``words`` words, ending in "…"; a bracket
    opened in what is kept and not closed is left out with what follows it."""
    parts = text.split()
    if len(parts) <= words:
        return text
    kept = " ".join(parts[:words])
    if kept.count("(") > kept.count(")"):
        shorter = kept[: kept.rfind("(")].rstrip()
        kept = shorter if _words(shorter) >= max(3, words // 2) else kept
    return kept.rstrip(" ,;:–—-(") + "…"


def _finished(text: str) -> str:
    """Ends as a sentence ends: a full stop unless it already ends in one (or "…", "?", "!")."""
    text = text.rstrip()
    if _ENDS_SENTENCE.search(text):
        return text
    return text.rstrip(" ,;:–—-") + "."


def _cited_sentence(
    framing: _Framing, position: int, words: int, names: frozenset[str] = frozenset()
) -> str:
    lead = framing.first if position == 0 else framing.second
    body = _cut(framing.body, words)
    body = _lower_first(body, names) if framing.lower else body
    return _finished(f"{lead} {body}")


# --- the action and the referral ---------------------------------------------------------------

_WILL = re.compile(r"(?:to|will|i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to)\s+", re.IGNORECASE)


def _action_sentence(text: str, words: int, names: frozenset[str] = frozenset()) -> str:
    """ "As you suggested, I am going to read the grid report." (a fragment: "As you suggested,
    my next step is this: the SQL course.")"""
    text = addressed(" ".join(text.split()))
    will = _WILL.match(text)
    text = text[will.end() :] if will and text[will.end() :].strip() else text
    text = _cut(text, words)
    first = _bare(text.split()[0])
    if first in _SELF_START - {"my", "me", "our"}:
        return _finished(f"As you suggested, {text}")
    if first in _ACTION_VERBS:
        return _finished(f"As you suggested, I am going to {_lower_first(text, names)}")
    return _finished(f"As you suggested, my next step is this: {_lower_first(text, names)}")


def _referral_sentence(name: str, organization: str) -> str:
    """ "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." """
    who = _cut(" ".join(name.split()), _NAME_WORDS).rstrip("…").rstrip(" .,;:")
    where = _cut(" ".join(organization.split()), _ORGANIZATION_WORDS).rstrip("…").rstrip(" .,;:")
    at = f" at {where}" if where else ""
    return f"Thank you also for suggesting I speak with {who}{at}."


# --- the draft ---------------------------------------------------------------------------------


def _length(text: str) -> int:
    """Words as the lint counts them, or as a reader does, whichever is more."""
    return max(count_words(text), body_words(text))


def _fits(text: str) -> bool:
    return _length(text) < THANKS_WORD_LIMIT


def _excerpt(text: str) -> str:
    return _cut(" ".join(text.split()), 8)


def draft_thanks(
    meeting: Meeting,
    contact: Contact,
    settings: Settings,
    now: pendulum.DateTime,
    cite: list[int] | None = None,
) -> Draft:
    """The thank-you email for a meeting that has been held (see the module docstring).

    ``cite`` chooses the notes to quote (indexes into ``meeting.notes``, see :func:`cited_notes`);
    by default the starred ones. What the user should fix or check comes back in ``notes``.
    """
    notes: list[str] = []
    greeting = f"Dear {salutation(contact, notes)},"
    sign_off = signature(settings, notes)
    day = day_phrase(meeting, now, settings.timezone)
    thanks = f"Thank you for taking the time to speak with me{' ' + day if day else ''}."

    names = _names(meeting, contact)
    cited = cited_notes(meeting, cite)
    framings = [_framing(meeting.notes[i].text) for i in cited]
    _explain_citations(meeting, cite, cited, notes)

    action = open_action(meeting)
    if action and _reads_as_job_ask(_action_sentence(action, _words(action))):
        notes.append(
            f"The action “{_excerpt(action)}” reads as a job ask, so it was left out: "
            "a thank-you never asks for a job."
        )
        action = ""
    if not meeting.action_items:
        notes.append(
            "No action item is recorded for this meeting: add what you will do with their "
            "advice, so the thank-you can say it."
        )

    referral = next((r for r in meeting.referrals if r.name.strip()), None)
    referral_text = _referral_sentence(referral.name, referral.organization) if referral else ""
    if referral_text and _reads_as_job_ask(referral_text):
        notes.append("The referral reads as a job ask, so it was left out.")
        referral_text = ""

    def compose(note_words: list[int], action_words: int, with_referral: bool) -> str:
        said = [
            _cited_sentence(framing, position, words, names)
            for position, (framing, words) in enumerate(zip(framings, note_words, strict=False))
        ]
        opening = " ".join([thanks, *said]) if said else f"{thanks} {GENERAL_THANKS}"
        paragraphs = [greeting, opening]
        if action:
            sentence = _action_sentence(action, action_words, names)
            paragraphs.append(f"{sentence} {CLOSING_WITH_ACTION}")
        if with_referral and referral_text:
            paragraphs.append(referral_text)
        return "\n\n".join([*paragraphs, sign_off])

    def fitted(count: int, floor: int, with_referral: bool) -> tuple[str, list[int]]:
        """The letter with the first ``count`` cited notes, cutting the longest of them and
        the action a word at a time (none below ``floor`` words) until it fits."""
        sizes = [min(_words(f.body), THANKS_WORD_LIMIT) for f in framings[:count]]
        sizes.append(min(_words(action), THANKS_WORD_LIMIT))  # the action, last
        while True:
            text = compose(sizes[:-1], sizes[-1], with_referral)
            longest = max(range(len(sizes)), key=lambda i: sizes[i])
            if _fits(text) or sizes[longest] <= floor:
                return text, sizes
            sizes[longest] -= 1

    # Everything whole if it fits; else both notes cut to no less than a good clause; else
    # one note; then one note cut short; then without the referral.
    both = len(framings)
    tries = [(both, _CLAUSE_WORDS, True), (min(both, 1), _CLAUSE_WORDS, True),
             (min(both, 1), _NOTE_MIN_WORDS, True), (min(both, 1), _NOTE_MIN_WORDS, False)]
    for count, floor, with_referral in tries:
        text, sizes = fitted(count, floor, with_referral)
        if _fits(text):
            break
    if count < both:
        notes.append(
            f"Only one note could be cited in under {THANKS_WORD_LIMIT} words; shorten the "
            "notes to cite two."
        )
    if not with_referral and referral_text:
        notes.append(f"The referral was left out to stay under {THANKS_WORD_LIMIT} words.")
    if any(size < _words(f.body) for f, size in zip(framings, sizes[:-1], strict=False)):
        notes.append(
            f"A cited note was shortened to keep the thank-you under {THANKS_WORD_LIMIT} words: "
            "check how it reads."
        )
    if action and sizes[-1] < _words(action):
        notes.append("The action was shortened to fit: check how it reads.")
    if not _fits(text):
        notes.append(
            f"The thank-you is {_length(text)} words; keep it under {THANKS_WORD_LIMIT}: "
            "shorten the signature or the surname."
        )
    if any(f.rule == "job-ask" for f in lint(text, Kind.THANKS)):
        notes.append("The coach reads part of this thank-you as a job ask: reword it before sending.")
    return Draft(kind="thanks", channel="email", subject=THANKS_SUBJECT, text=text, notes=notes)


def _explain_citations(
    meeting: Meeting, cite: list[int] | None, cited: list[int], notes: list[str]
) -> None:
    """Say why the thank-you cites what it does, when the user may want to change it."""
    if not any(note.text.strip() for note in meeting.notes):
        notes.append(
            "This meeting has no notes, so the thank-you cannot name anything specific they "
            "said: add a note (and star it) so it can."
        )
        return
    if cite is not None:
        if not cite:
            notes.append(
                "No note is chosen, so the thank-you names nothing specific they said: choose "
                "one or two notes to cite."
            )
            return
        for index in dict.fromkeys(cite):
            if index in cited:
                continue
            if not isinstance(index, int) or not 0 <= index < len(meeting.notes):
                notes.append(f"There is no note {index + 1} in this meeting, so it is not cited.")
            elif not meeting.notes[index].text.strip():
                notes.append(f"Note {index + 1} is blank, so it is not cited.")
            elif _reads_as_job_ask(meeting.notes[index].text):
                notes.append(f"Note {index + 1} reads as a job ask, so the thank-you does not cite it.")
            else:
                notes.append(
                    f"A thank-you cites at most {MAX_CITED} notes: note {index + 1} is not cited."
                )
        if not cited:
            notes.append("None of the chosen notes can be cited: choose another, or star one.")
        return
    if any(
        note.starred and note.text.strip() and _reads_as_job_ask(note.text) for note in meeting.notes
    ):
        notes.append("A starred note reads as a job ask, so the thank-you does not cite it.")
    if not cited:
        notes.append(
            "None of this meeting's notes can be cited (they are notes to yourself or read as "
            "job asks): star or add one so the thank-you can be specific."
        )
    elif not any(meeting.notes[i].starred for i in cited):
        if any(note.starred for note in meeting.notes):
            notes.append(
                "Your starred note says much the same as the action, so the thank-you cites "
                "your longest other note: check that it is one worth naming."
            )
        else:
            notes.append(
                "No note is starred, so the thank-you cites your longest note: star the one "
                "that mattered most to cite it instead."
            )
