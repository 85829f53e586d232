"""Outreach and follow-up drafts, written from the contact, the meeting and the user's settings.

The product's rules shape every draft: a formal greeting (honorific + surname, never a first
name), the connection and the "why this person" first, a yes/no question asking for 20–30 minutes
of advice, two or three concrete times in the contact's zone, a flexibility line, a kind close,
and no job words. Emails stay under 100 words; a LinkedIn note stays within its character limit.
A follow-up is short, gracious and proposes fresh times.

What only the user can fix (no honorific, no name in Settings …) comes back as ``notes``; the
draft then keeps a visible placeholder such as "(title)" rather than guessing.

Pure: no Textual, no storage. ``contact.why`` is read as a sentence said *to* the contact
("Your move from teaching into data journalism is the path I hope to take.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.coach import count_words
from infocoach.core.prep.outreach_phrasing import (
    connection_sentence,
    contact_name,
    first_sentence,
    joined,
    why_sentence,
)
from infocoach.core.prep.slots import (
    Slot,
    format_slot_for_them,
    format_slots_compact,
    propose_slots,
)
from infocoach.core.records.model import CHANNELS, Contact, Meeting, Status
from infocoach.core.records.validation import is_timezone
from infocoach.core.settings import Settings

__all__ = [
    "EMAIL_WORD_LIMIT",
    "FOLLOWUP_WORD_LIMIT",
    "Draft",
    "body_words",
    "busy_times",
    "draft_followup",
    "draft_outreach",
]

EMAIL_WORD_LIMIT = 100  # an outreach email's body stays under this many words
FOLLOWUP_WORD_LIMIT = 70
MAX_ASK_MINUTES = 30
LINKEDIN_ASK_MINUTES = 20
TITLE_PLACEHOLDER = "(title)"
NAME_PLACEHOLDER = "(your name)"
FLEXIBILITY = "If none of these suit you, I am happy to work around your schedule."
CLOSE = "Thank you for considering it."
GRACIOUS = "If now is not a good time, I completely understand."
SIGN_OFF = "Kind regards,"

Busy = Sequence[tuple[pendulum.DateTime, pendulum.DateTime]]


@dataclass(frozen=True, slots=True)
class Draft:
    kind: str  # "outreach" | "followup"
    channel: str  # "email" | "linkedin"
    subject: str  # "" for linkedin
    text: str  # the message body (email: without the subject line)
    slots: list[Slot] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user must fix before sending

    def as_text(self) -> str:
        """The draft as one would paste it: "Subject: …", a blank line and the body (email)."""
        return f"Subject: {self.subject}\n\n{self.text}" if self.subject else self.text


def busy_times(
    meetings: Iterable[Meeting], *, exclude: str | None = None
) -> list[tuple[pendulum.DateTime, pendulum.DateTime]]:
    """The intervals of scheduled meetings (not archived, not ``exclude``), in time order."""
    intervals = []
    for meeting in meetings:
        if meeting.id == exclude or meeting.archived or not meeting.scheduled_for:
            continue
        if meeting.status != Status.SCHEDULED.value:
            continue
        try:
            start = parse_iso(meeting.scheduled_for)
        except ValueError:
            continue  # a damaged date is the store's to report, not a reason to fail a draft
        intervals.append((start, start.add(minutes=max(meeting.planned_minutes, 1))))
    intervals.sort(key=lambda pair: pair[0])
    return intervals


def body_words(text: str) -> int:
    """Words in a message, as a reader counts them ("10:00" is one)."""
    return len(text.split())


def _fits(body: str, signature: str, limit: int) -> bool:
    """Whether the body is under ``limit`` words and the whole email within the lint's count
    (the coach counts "10:00" as two words, and the sign-off and name too)."""
    return body_words(body) < limit and count_words(f"{body}\n\n{signature}") <= limit


# --- pieces shared by every draft -------------------------------------------------------------


def _salutation(contact: Contact, notes: list[str]) -> str:
    """'Dr. Okafor'; a placeholder and a note when the honorific (or surname) is missing."""
    surname = contact.last_name.strip()
    if not surname:
        notes.append(
            f"{contact_name(contact)} has no surname yet: add it (p on History) so the greeting can be formal."
        )
        surname = "(surname)"
    honorific = contact.honorific.strip()
    if not honorific:
        notes.append(
            f"{contact_name(contact)} has no honorific yet: add one (p on History) so the greeting can be formal."
        )
        honorific = TITLE_PLACEHOLDER
    return f"{honorific} {surname}"


def _signature(settings: Settings, notes: list[str]) -> str:
    """The email's sign-off: the signature (with "Kind regards," unless it has its own)."""
    signature = settings.signature.strip()
    if signature:
        first_line = signature.splitlines()[0].rstrip()
        return signature if first_line.endswith(",") else f"{SIGN_OFF}\n{signature}"
    if settings.user_name.strip():
        return f"{SIGN_OFF}\n{settings.user_name.strip()}"
    notes.append(_no_name_note())
    return f"{SIGN_OFF}\n{NAME_PLACEHOLDER}"


def _short_name(settings: Settings, notes: list[str]) -> str:
    """The name that closes a LinkedIn note: the user's name, else the signature's last line."""
    if settings.user_name.strip():
        return settings.user_name.strip()
    lines = [line.strip() for line in settings.signature.splitlines() if line.strip()]
    if lines and not lines[-1].endswith(","):
        return lines[-1]
    notes.append(_no_name_note())
    return NAME_PLACEHOLDER


def _no_name_note() -> str:
    return "Your name is not set: add it in Settings (s on History) so the draft is signed."


def _zones(contact: Contact, settings: Settings, notes: list[str]) -> tuple[str, str]:
    """(their zone, my zone), falling back to the user's zone when the contact's is unknown."""
    mine = settings.timezone if is_timezone(settings.timezone) else "UTC"
    theirs = contact.timezone
    if not is_timezone(theirs):
        notes.append(
            f"{contact_name(contact)}'s time zone {theirs!r} is not known, so the times are in yours: "
            "set theirs (p on History)."
        )
        theirs = mine
    return theirs, mine


def _ask_minutes(meeting: Meeting) -> int:
    planned = meeting.planned_minutes
    return planned if 0 < planned <= MAX_ASK_MINUTES else MAX_ASK_MINUTES


_NUMBER_WORDS = {10: "Ten", 15: "Fifteen", 20: "Twenty", 25: "Twenty-five", 30: "Thirty"}


def _subject(meeting: Meeting) -> str:
    minutes = _ask_minutes(meeting)
    amount = _NUMBER_WORDS.get(minutes, str(minutes))
    return f"{amount} minutes of your advice?"


def _slots(
    contact_tz: str,
    my_tz: str,
    now: pendulum.DateTime,
    minutes: int,
    busy: Busy,
    count: int = 3,
    *,
    vary: bool = True,
) -> list[Slot]:
    return propose_slots(now, their_tz=contact_tz, my_tz=my_tz, count=count, minutes=minutes, busy=busy, vary=vary)


def _resolve_channel(channel: str | None, meeting: Meeting) -> str:
    chosen = channel or meeting.channel or "email"
    if chosen not in CHANNELS:
        raise ValueError(f"unknown channel {chosen!r}; expected one of: {', '.join(CHANNELS)}")
    return chosen


# --- outreach ---------------------------------------------------------------------------------


def draft_outreach(
    contact: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime,
    *,
    channel: str | None = None,
    busy: Busy = (),
) -> Draft:
    """The first message to the contact, asking for a short call at one of a few times."""
    chosen = _resolve_channel(channel, meeting)
    if chosen == "linkedin":
        return _linkedin("outreach", contact, meeting, settings, now, busy)
    notes: list[str] = []
    greeting = f"Dear {_salutation(contact, notes)},"
    opening, brief_opening = connection_sentence(contact), connection_sentence(contact, asides=False)
    why = why_sentence(contact, notes)
    signature = _signature(settings, notes)
    their_tz, my_tz = _zones(contact, settings, notes)
    minutes = _ask_minutes(meeting)
    proposed = _slots(their_tz, my_tz, now, minutes, busy)
    ask = f"Could you spare {minutes} minutes for your advice?"

    def body(slots: list[Slot], first: str, why_text: str) -> str:
        intro = " ".join(part for part in (first, why_text) if part)
        if slots:
            times = joined([format_slot_for_them(s, their_tz, my_tz) for s in slots])
            request = f"{ask} I could do {times}. {FLEXIBILITY}"
        else:
            request = f"{ask} I am happy to work around your schedule."
        return "\n\n".join(part for part in (greeting, intro, request, CLOSE) if part)

    # The first that fits under the word limit: three times, then two, then the connection
    # without its bracketed details, then only the first sentence of the why.
    options = [
        (proposed, opening, why),
        (proposed[:2], opening, why),
        (proposed[:2], brief_opening, why),
        (proposed[:2], brief_opening, first_sentence(why)),
    ]
    for slots, first, why_text in options:
        text = body(slots, first, why_text)
        if _fits(text, signature, EMAIL_WORD_LIMIT):
            break
    else:
        notes.append(
            f"The message is {body_words(text)} words before the signature; under "
            f"{EMAIL_WORD_LIMIT} gets the most replies: shorten “why this person” or the "
            "connection (p on History)."
        )
    if why_text != why:
        notes.append(
            f"Only the first sentence of “why this person” fitted in under {EMAIL_WORD_LIMIT} "
            "words: check that it still says why them."
        )
    if not opening:
        notes.append(
            f"How you know {contact_name(contact)} is not recorded: add the connection (p on History) "
            "so the message can open with it."
        )
    if not proposed:
        notes.append(_no_slots_note())
    return Draft(
        kind="outreach",
        channel="email",
        subject=_subject(meeting),
        text=f"{text}\n\n{signature}",
        slots=list(slots),
        notes=notes,
    )


def _no_slots_note() -> str:
    return "No weekday time in the next three weeks suits both of you: add two or three specific times yourself."


# --- follow-up --------------------------------------------------------------------------------


def followup_from(meeting: Meeting, settings: Settings, now: pendulum.DateTime) -> pendulum.DateTime:
    """When the follow-up goes out: now, or when it falls due if that is later (rule 4), so
    its times are fresh and never the ones the first message already offered."""
    sent = meeting.entered_at(Status.REQUESTED.value)
    if sent is None:
        return now
    due = parse_iso(sent).add(days=settings.follow_up_days)
    return max(now, due)


def draft_followup(
    contact: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime,
    *,
    channel: str | None = None,
    busy: Busy = (),
) -> Draft:
    """The one brief, gracious follow-up, with fresh times: after it is due, never earlier."""
    chosen = _resolve_channel(channel, meeting)
    now = followup_from(meeting, settings, now)
    if chosen == "linkedin":
        return _linkedin("followup", contact, meeting, settings, now, busy)
    notes: list[str] = []
    greeting = f"Dear {_salutation(contact, notes)},"
    signature = _signature(settings, notes)
    their_tz, my_tz = _zones(contact, settings, notes)
    minutes = _ask_minutes(meeting)
    proposed = _slots(their_tz, my_tz, now, minutes, busy)
    opening = (
        f"I know how busy things get, so here is a brief second note about a {minutes}-minute call to hear your advice."
    )

    def body(slots: list[Slot]) -> str:
        if slots:
            times = joined([format_slot_for_them(s, their_tz, my_tz) for s in slots])
            request = f"Would {times} suit you? I am happy to work around your schedule."
        else:
            request = "I am happy to work around your schedule."
        return "\n\n".join((greeting, f"{opening} {request} {GRACIOUS}"))

    for count in (3, 2, 1):
        slots = proposed[:count]
        text = body(slots)
        if _fits(text, signature, FOLLOWUP_WORD_LIMIT):
            break
    if not proposed:
        notes.append(_no_slots_note())
    return Draft(
        kind="followup",
        channel="email",
        subject=f"Re: {_subject(meeting)}",
        text=f"{text}\n\n{signature}",
        slots=list(slots),
        notes=notes,
    )


# --- LinkedIn ---------------------------------------------------------------------------------


def _why_variants(why: str) -> list[str]:
    """The why, then shorter forms of it that still read as sentences: its first sentence,
    then runs of whole clauses, longest first (each at least five words). Never cut mid-word."""
    variants = [why]
    first = first_sentence(why)
    variants.append(first)
    for match in reversed(list(re.finditer(r"[,;:](?= )|\s[–—](?= )", first))):
        clause = first[: match.start()].rstrip(" ,;:")
        if len(clause.split()) >= 5:
            variants.append(clause + ".")
    return list(dict.fromkeys(v for v in variants if v))


def _cut_words(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters with an ellipsis; empty
    when fewer than five words would be left."""
    words = text.split()
    while words and len(" ".join(words).rstrip(",;:")) + 1 > limit:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…" if len(words) >= 5 else ""


def _linkedin(
    kind: str,
    contact: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime,
    busy: Busy,
) -> Draft:
    """One short paragraph within the note limit, salutation and name included.

    Outreach keeps as much of the why as fits, preferring it whole with one time over cut with
    two; a follow-up keeps its gracious line and drops a time or the flexibility line first.
    """
    notes: list[str] = []
    limit = settings.linkedin_note_limit
    greeting = f"Dear {_salutation(contact, notes)},"
    name = _short_name(settings, notes)
    their_tz, my_tz = _zones(contact, settings, notes)
    minutes = min(_ask_minutes(meeting), LINKEDIN_ASK_MINUTES)
    proposed = _slots(their_tz, my_tz, now, minutes, busy, count=2, vary=False)
    why = why_sentence(contact, notes) if kind == "outreach" else ""

    def note(slots: list[Slot], why_text: str, flexible: bool = True) -> str:
        ask = f"Could you spare {minutes} minutes for your advice"
        ask += f", perhaps {format_slots_compact(slots, their_tz)}?" if slots else "?"
        parts = [greeting]
        if kind == "followup":
            parts.append("I know how busy things get.")
        parts += [why_text, ask]
        if flexible:
            parts.append("Happy to fit your schedule.")
        if kind == "followup":
            parts.append("If now is not a good time, I understand.")
        parts.append(name)
        return " ".join(part for part in parts if part)

    counts = (2, 1) if len(proposed) > 1 else (len(proposed),)
    if kind == "outreach":
        tries = [(proposed[:n], w, True) for w in _why_variants(why) for n in counts]
        room = limit - len(note(proposed[:1], "")) - 1
        tries.append((proposed[:1], _cut_words(why, room), True))
    else:
        tries = [(proposed[:n], "", flexible) for flexible in (True, False) for n in counts]
    for slots, why_text, flexible in tries:
        text = note(slots, why_text, flexible)
        if len(text) <= limit:
            break
    if why and why_text != why:
        notes.append(f"“Why this person” was shortened to fit LinkedIn's {limit}-character note: check how it reads.")
    if len(text) > limit:
        notes.append(f"The note is {len(text)} characters, over LinkedIn's {limit}: shorten it before sending.")
    if not proposed:
        notes.append(_no_slots_note())
    return Draft(kind=kind, channel="linkedin", subject="", text=text, slots=list(slots), notes=notes)


# --- shared with the thank-you draft (infocoach.core.wrapup.thanks) ----------------------------------

salutation = _salutation
signature = _signature
