"""The thank-you note (rule 10), written from the meeting's own notes.

A thank-you is formal (honorific + surname, as the outreach drafts greet), thanks the contact
for their time on the day of the meeting ("yesterday", "on Tuesday"), names one or two specific
things they said, taken from the user's notes (starred ones first), says what the user will do
about it (the first open action item) and thanks them for a referral by name. It never asks
for a job (rule 9), stays under 150 words, and is always the same for the same meeting.

Notes are written by the user for themselves, often as fragments ("Portfolio idea: …",
"Invited me to …", "Learn R before Python"); :func:`cited_sentence` turns each into a sentence
said *to* the contact without changing its words beyond the pronouns ("she" -> "you").
Note text is plain text: anything that looks like markup is kept exactly as written.

Pure: no Textual, no storage.
"""

from __future__ import annotations

import re

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.coach import Kind, count_words, lint
from infocoach.core.prep.outreach import Draft, body_words, salutation, signature
from infocoach.core.records.model import Contact, Meeting, Note
from infocoach.core.records.validation import is_timezone
from infocoach.core.settings import Settings
from infocoach.core.wrapup.thanks_phrasing import (
    action_sentence,
    cited_sentence,
    cut_words,
    framing,
    known_names,
    referral_sentence,
)

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
            if isinstance(index, int) and 0 <= index < len(notes) and index not in picked and _citable(notes[index]):
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
        return [max(candidates, key=lambda i: (body_words(notes[i].text), -i))]
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


# --- the draft ---------------------------------------------------------------------------------


def _length(text: str) -> int:
    """Words as the lint counts them, or as a reader does, whichever is more."""
    return max(count_words(text), body_words(text))


def _fits(text: str) -> bool:
    return _length(text) < THANKS_WORD_LIMIT


def _excerpt(text: str) -> str:
    return cut_words(" ".join(text.split()), 8)


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

    names = known_names(meeting, contact)
    cited = cited_notes(meeting, cite)
    framings = [framing(meeting.notes[i].text) for i in cited]
    _explain_citations(meeting, cite, cited, notes)

    action = open_action(meeting)
    if action and _reads_as_job_ask(action_sentence(action, body_words(action))):
        notes.append(
            f"The action “{_excerpt(action)}” reads as a job ask, so it was left out: a thank-you never asks for a job."
        )
        action = ""
    if not meeting.action_items:
        notes.append(
            "No action item is recorded for this meeting: add what you will do with their "
            "advice, so the thank-you can say it."
        )

    referral = next((r for r in meeting.referrals if r.name.strip()), None)
    referral_text = referral_sentence(referral.name, referral.organization) if referral else ""
    if referral_text and _reads_as_job_ask(referral_text):
        notes.append("The referral reads as a job ask, so it was left out.")
        referral_text = ""

    def compose(note_words: list[int], action_words: int, with_referral: bool) -> str:
        said = [
            cited_sentence(framing, position, words, names)
            for position, (framing, words) in enumerate(zip(framings, note_words, strict=False))
        ]
        opening = " ".join([thanks, *said]) if said else f"{thanks} {GENERAL_THANKS}"
        paragraphs = [greeting, opening]
        if action:
            sentence = action_sentence(action, action_words, names)
            paragraphs.append(f"{sentence} {CLOSING_WITH_ACTION}")
        if with_referral and referral_text:
            paragraphs.append(referral_text)
        return "\n\n".join([*paragraphs, sign_off])

    def fitted(count: int, floor: int, with_referral: bool) -> tuple[str, list[int]]:
        """The letter with the first ``count`` cited notes, cutting the longest of them and
        the action a word at a time (none below ``floor`` words) until it fits."""
        sizes = [min(body_words(f.body), THANKS_WORD_LIMIT) for f in framings[:count]]
        sizes.append(min(body_words(action), THANKS_WORD_LIMIT))  # the action, last
        while True:
            text = compose(sizes[:-1], sizes[-1], with_referral)
            longest = max(range(len(sizes)), key=lambda i: sizes[i])
            if _fits(text) or sizes[longest] <= floor:
                return text, sizes
            sizes[longest] -= 1

    # Everything whole if it fits; else both notes cut to no less than a good clause; else
    # one note; then one note cut short; then without the referral.
    both = len(framings)
    tries = [
        (both, _CLAUSE_WORDS, True),
        (min(both, 1), _CLAUSE_WORDS, True),
        (min(both, 1), _NOTE_MIN_WORDS, True),
        (min(both, 1), _NOTE_MIN_WORDS, False),
    ]
    for count, floor, with_referral in tries:
        text, sizes = fitted(count, floor, with_referral)
        if _fits(text):
            break
    if count < both:
        notes.append(f"Only one note could be cited in under {THANKS_WORD_LIMIT} words; shorten the notes to cite two.")
    if not with_referral and referral_text:
        notes.append(f"The referral was left out to stay under {THANKS_WORD_LIMIT} words.")
    if any(size < body_words(f.body) for f, size in zip(framings, sizes[:-1], strict=False)):
        notes.append(
            f"A cited note was shortened to keep the thank-you under {THANKS_WORD_LIMIT} words: check how it reads."
        )
    if action and sizes[-1] < body_words(action):
        notes.append("The action was shortened to fit: check how it reads.")
    if not _fits(text):
        notes.append(
            f"The thank-you is {_length(text)} words; keep it under {THANKS_WORD_LIMIT}: "
            "shorten the signature or the surname."
        )
    if any(f.rule == "job-ask" for f in lint(text, Kind.THANKS)):
        notes.append("The coach reads part of this thank-you as a job ask: reword it before sending.")
    return Draft(kind="thanks", channel="email", subject=THANKS_SUBJECT, text=text, notes=notes)


def _explain_citations(meeting: Meeting, cite: list[int] | None, cited: list[int], notes: list[str]) -> None:
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
                "No note is chosen, so the thank-you names nothing specific they said: choose one or two notes to cite."
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
                notes.append(f"A thank-you cites at most {MAX_CITED} notes: note {index + 1} is not cited.")
        if not cited:
            notes.append("None of the chosen notes can be cited: choose another, or star one.")
        return
    if any(note.starred and note.text.strip() and _reads_as_job_ask(note.text) for note in meeting.notes):
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
