"""Outreach and follow-up drafts, written from the contact, the meeting and the user's settings.

The product's rules shape every draft: a formal greeting (honorific + surname, never a first
name), the connection and the "why this person" first, a yes/no question asking for 20–30 minutes
of advice, two or three concrete times in the contact's zone, a flexibility line, a kind close,
and no job words. Emails stay under 100 words; a LinkedIn note stays within its character limit.
A follow-up is short, gracious and proposes fresh times.

The sentences only the user can write come from them (see ``outreach_parts``): why them (their
answer, or a "why this person" that already reads as said to them), who they are (from their
30-second intro), and the greeting's name. Until one is given the draft holds the coach's
``[[answer above: …]]`` marker (a question still open, shown above the coach's notes) and says which in ``asks``. A limit is
met by choosing shorter parts (fewer times, the connection without its asides, fewer whole
sentences, a shorter flexibility line), never by cutting inside a sentence. Every channel asks for the same minutes.

What else only the user can fix (no name in Settings …) comes back as ``notes``.

Pure: no Textual, no storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.coach import Addressee, count_words
from infocoach.core.prep.outreach_parts import (
    GREETING,
    WHY_SHORT,
    Ask,
    Greeting,
    Part,
    greeting_for,
    me_part,
    sentences_of,
    why_part,
)
from infocoach.core.prep.outreach_phrasing import contact_name, joined, tidy_connection
from infocoach.core.prep.own_words import marker, own_sentence
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
NAME_PLACEHOLDER = "(your name)"
FLEXIBILITY = "If none of these suit you, I am happy to work around your schedule."
# A LinkedIn note's flexibility line, the longer first (both are what the no-flexibility rule
# looks for): the shorter one leaves 11 more characters for why them.
FLEXIBLE_NOTE = ("Happy to fit your schedule.", "Happy to adjust.")
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
    asks: list[Ask] = field(default_factory=list)  # the sentences still asked of the user, in order
    addressee: Addressee | None = None  # who the greeting addresses, as written (for the lint)
    why_room: int | None = None  # a LinkedIn outreach note: the characters it has room for in why them

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
    """ "Dr. Okafor" (or the name they asked for); their full name and a note when no honorific
    is known. Never a placeholder."""
    greeting = greeting_for(contact)
    if greeting.ask is not None:
        notes.append(_greeting_note(contact))
    return greeting.line.removeprefix("Dear ").removesuffix(",")


def _greeting_note(contact: Contact) -> str:
    return (
        f"{contact_name(contact)} has no honorific yet, so the greeting uses their full name: choose "
        "Mr., Ms., Mx., Dr., Prof. or their full name in Prep, or edit the contact (p on History)."
    )


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
    greeting = greeting_for(contact)
    opening, brief_opening = tidy_connection(contact, notes), tidy_connection(contact, [], asides=False)
    me, why = me_part(meeting), why_part(contact, meeting)
    signature = _signature(settings, notes)
    their_tz, my_tz = _zones(contact, settings, notes)
    minutes = _ask_minutes(meeting)
    proposed = _slots(their_tz, my_tz, now, minutes, busy)
    ask = f"Could you spare {minutes} minutes for your advice?"

    def body(slots: list[Slot], first: str, why_text: str) -> str:
        intro = " ".join(part for part in (first, me.text, why_text) if part)
        if slots:
            times = joined([format_slot_for_them(s, their_tz, my_tz) for s in slots])
            request = f"{ask} I could do {times}. {FLEXIBILITY}"
        else:
            request = f"{ask} I am happy to work around your schedule."
        return "\n\n".join(part for part in (greeting.line, intro, request, CLOSE) if part)

    # The first that fits under the word limit, choosing shorter parts and never cutting one:
    # three times, then two, then the connection without its bracketed details, then fewer of
    # the why's own sentences, then no connection at all.
    whys = _shorter(why.text)
    options = [(proposed, opening, why.text), (proposed[:2], opening, why.text)]
    options += [(proposed[:2], brief_opening, w) for w in whys]
    options += [(proposed[:2], "", w) for w in whys]
    for slots, first, why_text in options:
        text = body(slots, first, why_text)
        if _fits(text, signature, EMAIL_WORD_LIMIT):
            break
    else:
        slots, first, why_text = options[0]
        text = body(slots, first, why_text)
        notes.append(
            f"The message is {body_words(text)} words before the signature; under "
            f"{EMAIL_WORD_LIMIT} gets the most replies: write a shorter sentence on why them or "
            "who you are, or shorten the connection (p on History)."
        )
    if why_text != why.text:
        notes.append(
            f"Only part of why them (whole sentences) fitted in under {EMAIL_WORD_LIMIT} words: "
            "check that it still says why them."
        )
    if opening and not first:
        notes.append(f"The connection was left out to stay under {EMAIL_WORD_LIMIT} words.")
    if not opening and not contact.connection.strip():
        notes.append(
            f"How you know {contact_name(contact)} is not recorded: add the connection (p on History) "
            "so the message can open with it."
        )
    if not proposed:
        notes.append(_no_slots_note())
    text = f"{text}\n\n{signature}"
    return _draft("outreach", "email", _subject(meeting), text, slots, notes, contact, greeting, me, why)


def _shorter(text: str) -> list[str]:
    """``text``, then fewer of its sentences, whole, longest first."""
    parts = sentences_of(text)
    return list(dict.fromkeys([text] + [" ".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]))


def _draft(
    kind: str,
    channel: str,
    subject: str,
    text: str,
    slots: list[Slot],
    notes: list[str],
    contact: Contact,
    greeting: Greeting,
    *parts: Part,
) -> Draft:
    """A Draft with the questions its greeting and parts still ask (those its text holds)."""
    asks = [GREETING] if greeting.ask is not None else []
    asks += [part.ask for part in parts if part.ask is not None and part.text and part.text in text]
    if greeting.ask is not None:
        notes.insert(0, _greeting_note(contact))
    return Draft(
        kind=kind,
        channel=channel,
        subject=subject,
        text=text,
        slots=list(slots),
        notes=notes,
        asks=asks,
        addressee=greeting.addressee,
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
    greeting = greeting_for(contact)
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
        return "\n\n".join((greeting.line, f"{opening} {request} {GRACIOUS}"))

    for count in (3, 2, 1):
        slots = proposed[:count]
        text = body(slots)
        if _fits(text, signature, FOLLOWUP_WORD_LIMIT):
            break
    if not proposed:
        notes.append(_no_slots_note())
    return _draft(
        "followup", "email", f"Re: {_subject(meeting)}", f"{text}\n\n{signature}", slots, notes, contact, greeting
    )


# --- LinkedIn ---------------------------------------------------------------------------------


def _linkedin(
    kind: str,
    contact: Contact,
    meeting: Meeting,
    settings: Settings,
    now: pendulum.DateTime,
    busy: Busy,
) -> Draft:
    """One short paragraph within the note limit, salutation and name included.

    Outreach keeps why them whole if it can (then fewer of its whole sentences) and a
    flexibility line, then the connection, who you are and a second time; a follow-up keeps its
    gracious line and drops a time first. Nothing is ever cut inside a sentence.
    """
    notes: list[str] = []
    limit = settings.linkedin_note_limit
    greeting = greeting_for(contact)
    name = _short_name(settings, notes)
    their_tz, my_tz = _zones(contact, settings, notes)
    minutes = _ask_minutes(meeting)
    proposed = _slots(their_tz, my_tz, now, minutes, busy, count=2, vary=False)
    outreach = kind == "outreach"
    me = me_part(meeting) if outreach else Part("")
    why = why_part(contact, meeting) if outreach else Part("")
    connection = tidy_connection(contact, [], asides=False) if outreach else ""

    def note(slots: list[Slot], why_text: str, with_me: bool, with_connection: bool, flexible: str) -> str:
        ask = f"Could you spare {minutes} minutes for your advice"
        ask += f", perhaps {format_slots_compact(slots, their_tz)}?" if slots else "?"
        parts = [greeting.line]
        if kind == "followup":
            parts.append("I know how busy things get.")
        if with_connection:
            parts.append(connection)
        if with_me:
            parts.append(me.text)
        parts += [why_text, ask, flexible]
        if kind == "followup":
            parts.append("If now is not a good time, I understand.")
        parts.append(name)
        return " ".join(part for part in parts if part)

    # What matters most stays: why them and a flexibility line (the coach warns when a note
    # proposes times and never offers to fit theirs), then how you are connected (a LinkedIn
    # invitation shows your name and headline beside the note), then who you are, then a
    # second time. So the first to give way is "Happy to fit your schedule." (to "Happy to
    # adjust."), then the second time, who you are, the connection, and why them's later whole
    # sentences. A why of theirs still too long: a shorter one of theirs (asked for once, kept
    # as sentence:why-short; its question's marker is short enough to fit), never a cut one.
    # Only a sentence of theirs longer than the room the note has for it (``why_room``) drops
    # the flexibility line, with a note that says so.
    counts = (2, 1) if len(proposed) > 1 else (len(proposed),)
    Try = tuple[list[Slot], str, bool, bool, str]

    def tries(whys: list[str], flexibles: tuple[str, ...]) -> list[Try]:
        return [
            (proposed[:n], w, with_me, with_connection, flexible)
            for w in whys
            for with_connection in ((True, False) if connection else (False,))
            for with_me in ((True, False) if me.text else (False,))
            for n in counts
            for flexible in flexibles
        ]

    def first_fitting(candidates: list[Try]) -> Try | None:
        return next((t for t in candidates if len(note(*t)) <= limit), None)

    room = max(0, limit - len(note(proposed[:1], "", False, False, FLEXIBLE_NOTE[-1])) - 1)
    whys = _shorter(why.text) if why.text else [""]
    chosen = first_fitting(tries(whys, FLEXIBLE_NOTE))
    if chosen is None and outreach and why.ask is None:
        short = own_sentence(meeting.drafts.get(WHY_SHORT.key, ""))
        why = Part(short) if short else Part(marker(WHY_SHORT.question), WHY_SHORT)
        whys = _shorter(short) if short else [why.text]
        chosen = first_fitting(tries(whys, FLEXIBLE_NOTE))
    if chosen is None:
        chosen = first_fitting(tries(whys, ("",)))
        if chosen is not None and outreach and why.ask is None:
            notes.append(
                f"Your sentence on why them ({len(why.text)} characters) leaves no room in the note to say "
                f"you will fit their schedule: LinkedIn's {limit} characters have room for about {room}."
            )
    if chosen is None:
        chosen = tries(whys, ("",))[-1]
        notes.append(
            f"The note is {len(note(*chosen))} characters, over LinkedIn's {limit}: write a shorter "
            f"sentence on why them (about {room} characters) before sending."
        )
    slots, why_text, with_me, *_ = chosen
    text = note(*chosen)
    if why.text and why_text != why.text:
        notes.append(f"Only part of why them (whole sentences) fitted in LinkedIn's {limit} characters.")
    if me.text and not with_me and me.ask is None:
        notes.append(f"Your sentence on who you are did not fit in LinkedIn's {limit} characters.")
    if not proposed:
        notes.append(_no_slots_note())
    shown = Part(me.text if with_me else "", me.ask)
    draft = _draft(kind, "linkedin", "", text, slots, notes, contact, greeting, shown, why)
    return replace(draft, why_room=room) if outreach else draft


# --- shared with the thank-you draft (infocoach.core.wrapup.thanks) ----------------------------------

salutation = _salutation
signature = _signature
