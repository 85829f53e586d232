"""The thank-you note (rule 10), written from the meeting and the user's own sentences.

A thank-you greets the contact as they asked (``Addressee.greeting_name``: "Dear Dr. Okafor"
until invited), thanks them for their time on the day of the meeting ("yesterday", "on
Tuesday"), names one specific thing learned and one thing the user will do, and thanks them
for a referral by name. It never asks for a job (rule 9), stays within 150 words, and is always
the same for the same meeting.

Notes are shorthand, never spliced in where a sentence needs a clause. The thing learned is the
user's own answer to "What stayed with you from this conversation?", else a note quoted as what
it is ("You said something I wrote down: “…”."); the action is their answer to "What will you do
with their advice?", else an action item that already reads as one. What is still missing is a
visible marker (never a guess) the wrap-up shows as a question still open. The letter is fitted by leaving
parts out, never by cutting inside a sentence.

Pure: no Textual, no storage.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.coach import Addressee, Kind, count_words, lint
from infocoach.core.coach.engine import THANKS_MAX_WORDS
from infocoach.core.coach.unanswered import ask_marker
from infocoach.core.prep.outreach import Draft, signature
from infocoach.core.records.model import Contact, Meeting, Note
from infocoach.core.records.validation import is_timezone
from infocoach.core.settings import Settings
from infocoach.core.wrapup.own_sentences import ACTION, STAYED, own_sentence
from infocoach.core.wrapup.thanks_phrasing import action_sentence, quote_of, quote_sentence, referral_sentence

__all__ = [
    "CLOSING_WITH_ACTION",
    "GREETING_QUESTION",
    "THANKS_SUBJECT",
    "THANKS_WORD_LIMIT",
    "ThanksParts",
    "cited_notes",
    "day_phrase",
    "draft_thanks",
    "is_question_note",
    "open_action",
    "thanks_parts",
]

THANKS_WORD_LIMIT = THANKS_MAX_WORDS  # the whole note, greeting and signature included
THANKS_SUBJECT = "Thank you for your time"
RECENT_DAYS = 6  # a meeting up to this many days ago is "on Tuesday"; older, "on 3 December"
CLOSING_WITH_ACTION = "I will let you know how I get on."
GREETING_QUESTION = "their title or full name?"


# --- which note to quote -----------------------------------------------------------------------


def _reads_as_job_ask(text: str) -> bool:
    return any(f.rule == "job-ask" for f in lint(text, Kind.THANKS))


def _citable(note: Note) -> bool:
    """A note that may be quoted back to the contact: not blank, and nothing like a job ask."""
    return bool(note.text.strip()) and not _reads_as_job_ask(" ".join(note.text.split()))


def open_action(meeting: Meeting) -> str:
    """The first action item not yet done (its text), or ""."""
    return next((a.text for a in meeting.action_items if not a.done and a.text.strip()), "")


def cited_notes(meeting: Meeting, chosen: list[int] | None = None) -> list[int]:
    """The note the thank-you quotes, as a list of at most one index into ``meeting.notes``.

    ``chosen``: the first of them that names a citable note (in range, not blank, not a job ask).
    Otherwise the first starred note that can be quoted, else the first starred note (the user
    is then asked what stayed with them, with it as a reminder), else the longest note that can
    be quoted (the earliest of equals); none when no note can be.
    """
    notes = meeting.notes
    citable = [i for i, note in enumerate(notes) if _citable(note)]
    if chosen is not None:
        return [i for i in chosen if isinstance(i, int) and i in citable][:1]
    starred = [i for i in citable if notes[i].starred]
    quotable = [i for i in citable if quote_of(notes[i].text)]
    for pick in ([i for i in starred if i in quotable], starred):
        if pick:
            return pick[:1]
    if quotable:
        return [max(quotable, key=lambda i: (len(notes[i].text.split()), -i))]
    return []


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
    return max(count_words(text), len(text.split()))


def _greeting(contact: Contact, notes: list[str]) -> str:
    name = Addressee.of(contact).greeting_name()
    if name:
        return f"Dear {name},"
    who = contact.display_name.strip() or "this contact"
    notes.append(f"{_GREETING_NOTE_START}{who} (their title, or their full name) so the greeting can be formal.")
    return f"Dear {ask_marker(GREETING_QUESTION)},"


def is_question_note(note: str) -> bool:
    """Whether a draft's note only repeats a question the wrap-up asks in place (the greeting,
    what stayed with the user, what they will do): a screen that shows the question may leave it out."""
    return note.startswith(_GREETING_NOTE_START) or any(f"“{s.question}”" in note for s in (STAYED, ACTION))


_GREETING_NOTE_START = "Choose how to greet "


def _learned(meeting: Meeting, cite: list[int] | None, notes: list[str]) -> str:
    """The one thing learned: the user's sentence, else a quoted note, else the marker."""
    own = own_sentence(meeting, STAYED)
    if own:
        return own
    cited = cited_notes(meeting, cite)
    quote = quote_of(meeting.notes[cited[0]].text) if cited else None
    if quote:
        return quote_sentence(quote)
    if cited:
        notes.append(
            f"Note {cited[0] + 1} reads as a note to yourself, so it is not quoted: "
            f"answer “{STAYED.question}” in a sentence of your own."
        )
    elif not any(note.text.strip() for note in meeting.notes):
        notes.append(f"This meeting has no notes: answer “{STAYED.question}” so the thank-you names one thing.")
    else:
        notes.append(f"No note can be quoted as it is: answer “{STAYED.question}” in a sentence of your own.")
    return ask_marker(STAYED.question)


def _action(meeting: Meeting, notes: list[str]) -> str:
    """What the user will do: their sentence, else an action item that reads as one, else the marker."""
    own = own_sentence(meeting, ACTION)
    if own:
        return own
    item = open_action(meeting)
    sentence = action_sentence(item) if item else None
    if sentence and _reads_as_job_ask(sentence):
        notes.append("The action item reads as a job ask, so it is left out: a thank-you never asks for a job.")
        sentence = None
    if sentence:
        return sentence
    notes.append(f"Answer “{ACTION.question}” so the thank-you says what you will do.")
    return ask_marker(ACTION.question)


@dataclass(frozen=True, slots=True)
class ThanksParts:
    """The parts of a thank-you that change with the user's answers, as they stand in the text:
    the greeting line, the thing learned and the action (a sentence, or a marker)."""

    greeting: str
    learned: str
    action: str


def thanks_parts(
    meeting: Meeting, contact: Contact, cite: list[int] | None = None, notes: list[str] | None = None
) -> ThanksParts:
    """The greeting, the thing learned and the action as :func:`draft_thanks` writes them;
    what the user should answer or fix is added to ``notes``."""
    said: list[str] = [] if notes is None else notes
    return ThanksParts(_greeting(contact, said), _learned(meeting, cite, said), _action(meeting, said))


def draft_thanks(
    meeting: Meeting,
    contact: Contact,
    settings: Settings,
    now: pendulum.DateTime,
    cite: list[int] | None = None,
) -> Draft:
    """The thank-you email for a meeting that has been held (see the module docstring).

    ``cite`` chooses the note to quote (indexes into ``meeting.notes``, the first citable one
    is used); by default a starred one. What the user should answer, fix or check comes back in
    ``notes``; a draft with a marker in it is not ready to send.
    """
    notes: list[str] = []
    greeting, learned, action = astuple(thanks_parts(meeting, contact, cite, notes))
    sign_off = signature(settings, notes)
    day = day_phrase(meeting, now, settings.timezone)
    thanks = f"Thank you for taking the time to speak with me{' ' + day if day else ''}."
    referral = next((r for r in meeting.referrals if r.name.strip()), None)
    referral_text = referral_sentence(referral.name, referral.organization) if referral else None
    if referral_text and _reads_as_job_ask(referral_text):
        referral_text = None

    def compose(closing: bool, with_referral: bool) -> str:
        paragraphs = [greeting, f"{thanks} {learned}", f"{action} {CLOSING_WITH_ACTION}" if closing else action]
        if with_referral and referral_text:
            paragraphs.append(referral_text)
        return "\n\n".join([*paragraphs, sign_off])

    # Whole if it fits; else without the referral; else without the closing line too.
    for closing, with_referral in ((True, True), (True, False), (False, False)):
        text = compose(closing, with_referral)
        if _length(text) <= THANKS_WORD_LIMIT:
            break
    if referral_text and not with_referral:
        notes.append(f"The thanks for the referral was left out to stay within {THANKS_WORD_LIMIT} words.")
    if _length(text) > THANKS_WORD_LIMIT:
        notes.append(
            f"The thank-you is {_length(text)} words; keep it within {THANKS_WORD_LIMIT}: shorten your own sentences."
        )
    if any(f.rule == "job-ask" for f in lint(text, Kind.THANKS)):
        notes.append("The coach reads part of this thank-you as a job ask: reword it before sending.")
    return Draft(kind="thanks", channel="email", subject=THANKS_SUBJECT, text=text, notes=notes)
