"""The data model: contacts and meetings as plain dataclasses, each field written once.

Everything here is pure: no Textual, no TinyDB. A record's fields are its whole shape: the
dict used by the store and by JSON export (``to_dict``/``from_dict``, so a round trip is exact),
the light :class:`MeetingHead`, and the import and file checks are all derived from them (see
:mod:`infocoach.core.records.field_shapes`). Dates are ISO-8601 strings with an offset (made with
pendulum), which keeps the data file readable and the comparison of exports byte-for-byte.
"""

# No `from __future__ import annotations`: the fields' types are read at run time (see
# field_shapes), and as objects they need no evaluating at start-up.
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Literal, cast

from infocoach.core.records.field_shapes import rules
from infocoach.core.records.stored_record import RecordHead, StoredRecord


class Status(StrEnum):
    """Where a meeting is in the pipeline. The values are the names users see everywhere."""

    PLANNED = "planned"  # preparing outreach
    REQUESTED = "requested"  # outreach sent
    FOLLOWED_UP = "followed-up"  # the one follow-up sent
    NO_RESPONSE = "no-response"  # let go
    DECLINED = "declined"
    SCHEDULED = "scheduled"
    DONE = "done"  # met, thank-you not yet sent
    THANKED = "thanked"


STATUS_NAMES: tuple[str, ...] = tuple(s.value for s in Status)
_STATUSES: dict[str, Status] = {s.value: s for s in Status}


def as_status(name: str) -> Status:
    """The Status of that name. Callers may pass the name ("done"); a name that is no status is
    kept as it is, for the record checks to report when it is saved or imported."""
    return _STATUSES.get(name) or cast(Status, name)


# Who holds the talk clock (see infocoach.core.live.talk_clock): part of the stored record.
Speaker = Literal["me", "them", "nobody"]
SPEAKERS: tuple[Speaker, ...] = ("me", "them", "nobody")

HONORIFICS: tuple[str, ...] = ("Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Prof.")
"""Accepted honorifics. An empty honorific means "none yet": drafts then ask for one."""

ADDRESS_BY: tuple[str, ...] = ("title", "first-name", "full-name")
"""How drafts greet a contact. "title" (the rule: "Dear Dr. Tan") needs an honorific;
"first-name" once they have asked to be called by it ("Dear Mei Lin"); "full-name" when no
honorific suits them ("Dear Alex Demir")."""

CHANNELS: tuple[str, ...] = ("email", "linkedin")
CONTACT_SOURCES: tuple[str, ...] = ("linkedin", "vcard")
"""Where an imported contact came from ("" = typed in infocoach)."""
IMPORTED_FIELDS: tuple[str, ...] = ("first_name", "last_name", "role", "organization", "email", "linkedin", "phone")
"""The contact fields an import fills, and may later update unless the user changed them."""
ADVOCACY: tuple[str, ...] = ("auto", "yes", "no")
"""A target's Advocacy: "auto" = yes when one of your contacts works there; or set by hand."""
MOTIVATION = (1, 5)  # how much you want to work there
POSTING = (1, 3)  # 3 = a posting for your target role, 2 = some posting, 1 = none
QUESTION_STATES: tuple[str, ...] = ("open", "asked", "skipped")
PLANNED_MINUTES = (5, 240)  # what a stored meeting may plan (forms are stricter)

# The shape of the stored records (and of exports); each step up is a migration in
# infocoach.core.records.migrations, checked by infocoach.core.exports.json_exchange.
SCHEMA_VERSION = 5

# Field rules used more than once (see infocoach.core.records.field_shapes.rules).
IDENTIFIER = rules(kind="identifier")
MOMENT = rules(kind="moment")  # ISO-8601; "" allowed where "" is the default, None where None is


def new_id(prefix: str) -> str:
    """A short, random, URL-safe id such as ``m-3f9a1c7e2b``."""
    import secrets  # here: it loads the hashing library, which opening the app never needs

    return f"{prefix}-{secrets.token_hex(5)}"


@dataclass(slots=True)
class Contact(StoredRecord):
    """A person the user wants to learn from."""

    NOUN: ClassVar[str] = "contact"

    id: str = field(metadata=IDENTIFIER)
    first_name: str
    last_name: str
    honorific: str = field(default="", metadata=rules(choices=HONORIFICS, noun="an honorific", or_empty=True))
    # How drafts greet them (one of ADDRESS_BY); formal until they invite otherwise.
    address_by: str = field(default="title", metadata=rules(choices=ADDRESS_BY, noun="a way to address them"))
    role: str = ""
    organization: str = ""
    # Email and LinkedIn are checked by the forms on entry, not in stored data: an address typed
    # long ago that looks odd today must never make a whole database unreadable.
    email: str = ""
    linkedin: str = ""
    timezone: str = field(default="UTC", metadata=rules(kind="timezone"))
    connection: str = ""
    why: str = ""
    phone: str = ""
    # The id of the contact who referred you to them ("" for none): set when a referral becomes
    # a contact, and used to remind you to tell the referrer how it went.
    referred_by: str = ""
    # Imports: where they came from ("linkedin", "vcard"; "" = typed here), when you connected
    # (YYYY-MM-DD, from LinkedIn), and each imported field's value as last imported: a field
    # whose value differs from it was changed by you, and a later import leaves it alone.
    source: str = field(default="", metadata=rules(choices=CONTACT_SOURCES, noun="a source", or_empty=True))
    connected_on: str = ""
    imported: dict[str, str] = field(default_factory=dict)
    archived: bool = False
    created_at: str = field(default="", metadata=MOMENT)

    @property
    def display_name(self) -> str:
        """Honorific + full name, e.g. ``Ms. Maria Rivera`` (no honorific: just the name)."""
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.honorific} {name}" if self.honorific else name

    @property
    def formal_name(self) -> str:
        """Honorific + surname for salutations, e.g. ``Ms. Rivera``; empty without an honorific."""
        return f"{self.honorific} {self.last_name}" if self.honorific else ""


@dataclass(slots=True)
class Transition(StoredRecord):
    """One step in a meeting's pipeline: the status it moved to and when (ISO-8601).

    The status is its name as stored (one of the Status values), not the enum: a meeting has
    thousands of steps, and what reads them compares names.
    """

    NOUN: ClassVar[str] = "transition"

    status: str = field(metadata=rules(choices=STATUS_NAMES, noun="a status"))
    at: str = field(metadata=MOMENT)


@dataclass(slots=True)
class Note(StoredRecord):
    """A note taken during or after a meeting. ``starred`` notes are cited in thank-yous.

    ``at`` is seconds of meeting time since the start (pauses left out), or None for a note
    written outside the meeting; ``written_at`` is the wall-clock moment (ISO-8601, "" if not
    known); ``question`` is the question on screen when it was taken ("" for none).
    """

    NOUN: ClassVar[str] = "note"

    text: str
    at: float | None = None
    written_at: str = field(default="", metadata=MOMENT)
    question: str = ""
    starred: bool = False


@dataclass(slots=True)
class Question(StoredRecord):
    """A planned question. ``category`` is a TIARA group; ``state`` is open, asked or skipped."""

    NOUN: ClassVar[str] = "question"

    text: str
    category: str = ""
    priority: int = 0
    state: str = field(default="open", metadata=rules(choices=QUESTION_STATES, noun="a question state"))


@dataclass(slots=True)
class Referral(StoredRecord):
    """Someone the contact suggested talking to next; ``at`` as for :class:`Note`."""

    NOUN: ClassVar[str] = "referral"

    name: str
    organization: str = ""
    detail: str = ""
    at: float | None = None
    contact_id: str = ""  # set once the referral has been added as a contact


@dataclass(slots=True)
class ActionItem(StoredRecord):
    """Something the user said they would do ("read her report"); ``at`` as for :class:`Note`."""

    NOUN: ClassVar[str] = "action item"

    text: str
    at: float | None = None
    done: bool = False


@dataclass(slots=True)
class TalkSegment(StoredRecord):
    """One stretch of one speaker ("me", "them" or "nobody"), in seconds of meeting time."""

    NOUN: ClassVar[str] = "talk segment"

    who: str = field(metadata=rules(choices=SPEAKERS, noun="a speaker"))
    start: float
    end: float


@dataclass(slots=True)
class TalkTotals(StoredRecord):
    """Seconds of talk in a meeting: the user ("me"), the contact ("them") and nobody."""

    NOUN: ClassVar[str] = "talk total"

    me: float = 0.0
    them: float = 0.0
    nobody: float = 0.0

    @property
    def share(self) -> float | None:
        """The user's share of the talking (0..1), or None when nobody spoke."""
        spoken = self.me + self.them
        return self.me / spoken if spoken > 0 else None


@dataclass(slots=True)
class EarlierTime(StoredRecord):
    """A time a meeting was scheduled for (``scheduled_for``) until it was moved, or held at
    another time, at ``changed_at`` (both ISO-8601): the schedule's history."""

    NOUN: ClassVar[str] = "earlier time"

    scheduled_for: str = field(metadata=MOMENT)
    changed_at: str = field(metadata=MOMENT)


@dataclass(slots=True)
class Meeting(StoredRecord):
    """One informational interview, from first outreach to thank-you."""

    NOUN: ClassVar[str] = "meeting"

    id: str = field(metadata=IDENTIFIER)
    contact_id: str = field(metadata=IDENTIFIER)
    status: Status = field(default=Status.PLANNED, metadata=rules(required=True, noun="a status"))
    history: list[Transition] = field(default_factory=list)
    purpose: str = ""
    channel: str = field(default="email", metadata=rules(choices=CHANNELS, noun="a channel"))
    scheduled_for: str | None = field(default=None, metadata=MOMENT)
    # The times it was scheduled for before it was moved or held at another time, oldest first.
    earlier_times: list[EarlierTime] = field(default_factory=list)
    planned_minutes: int = field(default=30, metadata=rules(within=PLANNED_MINUTES))
    research: str = ""
    intro: str = ""  # the user's 30-second pitch for this meeting
    questions: list[Question] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    started_at: str | None = field(default=None, metadata=MOMENT)  # when the live meeting started
    ended_at: str | None = field(default=None, metadata=MOMENT)
    talk: TalkTotals | None = None
    segments: list[TalkSegment] = field(default_factory=list)
    # A later update for the contact ("how your advice worked out"): when it is due.
    next_touch: str | None = field(default=None, metadata=MOMENT)
    # The live screen's clock state (pauses, current speaker, cues shown), for resuming after a
    # crash; written by infocoach.core.live.clock_record.LiveClock.to_dict. Shared by from_dict,
    # not copied: nothing changes it in place (it is rebuilt by LiveClock.from_dict and replaced
    # whole), and to_dict copies it on the way out; copying it in cost a third of a load.
    live: dict[str, Any] | None = field(default=None, metadata=rules(kind="live clock"))
    drafts: dict[str, str] = field(default_factory=dict)
    # When you told whoever referred you to this contact how the meeting went (None: not yet).
    referrer_told_at: str | None = field(default=None, metadata=MOMENT)
    # The calendar invitation that scheduled it (its UID and SEQUENCE), so a rescheduled or
    # cancelled copy of the same invitation finds this meeting again.
    invite_uid: str = ""
    invite_sequence: int = 0
    archived: bool = False
    created_at: str = field(default="", metadata=MOMENT)

    def __post_init__(self) -> None:
        self.status = as_status(self.status)  # callers may pass the name ("done")

    def entered_at(self, status: str) -> str | None:
        """When the meeting last moved to ``status`` (ISO-8601), or None."""
        for step in reversed(self.history):
            if step.status == status:
                return step.at
        return None

    @property
    def last_step_at(self) -> str | None:
        """When the meeting took its latest pipeline step (ISO-8601), or None."""
        return self.history[-1].at if self.history else None


@dataclass(slots=True)
class Target(StoredRecord):
    """An employer on the user's LAMP list (Steve Dalton's *The 2-Hour Job Search*).

    Contacts and meetings belong to a target by their organisation's name (see
    infocoach.core.campaign.matching); nothing links them by id, so a contact typed before the
    target existed is found too.
    """

    NOUN: ClassVar[str] = "target"

    id: str = field(metadata=IDENTIFIER)
    name: str = field(metadata=rules(kind="identifier"))
    motivation: int = field(default=3, metadata=rules(within=MOTIVATION))
    posting: int = field(default=1, metadata=rules(within=POSTING))
    advocacy: str = field(default="auto", metadata=rules(choices=ADVOCACY, noun="an advocacy"))
    notes: str = ""
    # 3B7 keeps one unanswered request open per employer; True lets you have more at this one.
    parallel_requests: bool = False
    archived: bool = False
    created_at: str = field(default="", metadata=MOMENT)


def _steps(history: list[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple([(step["status"], step["at"]) for step in history])


@dataclass(frozen=True, slots=True)
class MeetingHead(RecordHead):
    """What History lists, filters, dates and reminds about: a meeting without its notes,
    questions, drafts and talk segments.

    Opening History on 2,000 meetings builds these, several times faster than whole meetings;
    the whole meeting is read when it is shown, changed or searched. It answers the same
    questions as :class:`Meeting` for the pipeline and the rows (``entered_at``,
    ``last_step_at``), so those functions take either. Each field is the meeting's field of
    that name (same type, read the same way), except ``steps``.
    """

    HEAD_OF: ClassVar[type[StoredRecord]] = Meeting

    id: str
    contact_id: str
    status: Status
    # (status, at) of each pipeline step, oldest first: the history without a record per step.
    steps: tuple[tuple[str, str], ...] = field(metadata=rules(derive=("history", _steps)))
    scheduled_for: str | None
    next_touch: str | None
    talk: TalkTotals | None
    referrer_told_at: str | None
    archived: bool
    created_at: str

    def entered_at(self, status: str) -> str | None:
        """When the meeting last moved to ``status`` (ISO-8601), or None."""
        for step_status, at in reversed(self.steps):
            if step_status == status:
                return at
        return None

    @property
    def last_step_at(self) -> str | None:
        return self.steps[-1][1] if self.steps else None
