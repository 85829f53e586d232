"""The data model: contacts and meetings as plain dataclasses.

Everything here is pure: no Textual, no TinyDB. ``to_dict`` / ``from_dict`` give the one
serialised shape used by the store and by JSON export, so a round trip is exact.
Dates are ISO-8601 strings with an offset (made with pendulum), which keeps the data file
readable and the comparison of exports byte-for-byte.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal


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

# Who holds the talk clock (see infocoach.core.live.talk_clock): part of the stored record.
Speaker = Literal["me", "them", "nobody"]
SPEAKERS: tuple[Speaker, ...] = ("me", "them", "nobody")

HONORIFICS: tuple[str, ...] = ("Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Prof.")
"""Accepted honorifics. An empty honorific means "none yet": drafts then ask for one."""

CHANNELS: tuple[str, ...] = ("email", "linkedin")

# The shape of the stored records (and of exports); each step up is a migration in
# infocoach.core.records.migrations, checked by infocoach.core.records.exchange.
SCHEMA_VERSION = 3


def new_id(prefix: str) -> str:
    """A short, random, URL-safe id such as ``m-3f9a1c7e2b``."""
    import secrets  # here: it loads the hashing library, which opening the app never needs

    return f"{prefix}-{secrets.token_hex(5)}"


@dataclass(slots=True)
class Contact:
    """A person the user wants to learn from."""

    id: str
    first_name: str
    last_name: str
    honorific: str = ""
    role: str = ""
    organization: str = ""
    email: str = ""
    linkedin: str = ""
    timezone: str = "UTC"
    connection: str = ""
    why: str = ""
    archived: bool = False
    created_at: str = ""

    @property
    def display_name(self) -> str:
        """Honorific + full name, e.g. ``Ms. Maria Rivera`` (no honorific: just the name)."""
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.honorific} {name}" if self.honorific else name

    @property
    def formal_name(self) -> str:
        """Honorific + surname for salutations, e.g. ``Ms. Rivera``; empty without an honorific."""
        return f"{self.honorific} {self.last_name}" if self.honorific else ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        return cls(**{name: data[name] for name in _CONTACT_FIELDS if name in data})


_CONTACT_FIELDS = tuple(f.name for f in fields(Contact))  # looked up once, not per contact


@dataclass(slots=True)
class Transition:
    """One step in a meeting's pipeline: the status it moved to and when (ISO-8601)."""

    status: str
    at: str

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "at": self.at}


@dataclass(slots=True)
class Note:
    """A note taken during or after a meeting. ``starred`` notes are cited in thank-yous.

    ``at`` is seconds of meeting time since the start (pauses left out), or None for a note
    written outside the meeting; ``written_at`` is the wall-clock moment (ISO-8601, "" if not
    known); ``question`` is the question on screen when it was taken ("" for none).
    """

    text: str
    at: float | None = None
    written_at: str = ""
    question: str = ""
    starred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "at": self.at,
            "written_at": self.written_at,
            "question": self.question,
            "starred": self.starred,
        }


@dataclass(slots=True)
class Question:
    """A planned question. ``category`` is a TIARA group; ``state`` is open, asked or skipped."""

    text: str
    category: str = ""
    priority: int = 0
    state: str = "open"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "category": self.category,
            "priority": self.priority,
            "state": self.state,
        }


@dataclass(slots=True)
class Referral:
    """Someone the contact suggested talking to next; ``at`` as for :class:`Note`."""

    name: str
    organization: str = ""
    detail: str = ""
    at: float | None = None
    contact_id: str = ""  # set once the referral has been added as a contact

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "organization": self.organization,
            "detail": self.detail,
            "at": self.at,
            "contact_id": self.contact_id,
        }


@dataclass(slots=True)
class ActionItem:
    """Something the user said they would do ("read her report"); ``at`` as for :class:`Note`."""

    text: str
    at: float | None = None
    done: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "at": self.at, "done": self.done}


@dataclass(slots=True)
class TalkSegment:
    """One stretch of one speaker ("me", "them" or "nobody"), in seconds of meeting time."""

    who: str
    start: float
    end: float

    def to_dict(self) -> dict[str, Any]:
        return {"who": self.who, "start": self.start, "end": self.end}


@dataclass(slots=True)
class TalkTotals:
    """Seconds of talk in a meeting: the user ("me"), the contact ("them") and nobody."""

    me: float = 0.0
    them: float = 0.0
    nobody: float = 0.0

    @property
    def share(self) -> float | None:
        """The user's share of the talking (0..1), or None when nobody spoke."""
        spoken = self.me + self.them
        return self.me / spoken if spoken > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {"me": self.me, "them": self.them, "nobody": self.nobody}


@dataclass(slots=True)
class Meeting:
    """One informational interview, from first outreach to thank-you."""

    id: str
    contact_id: str
    status: str = Status.PLANNED.value
    history: list[Transition] = field(default_factory=list)
    purpose: str = ""
    channel: str = "email"
    scheduled_for: str | None = None
    planned_minutes: int = 30
    research: str = ""
    intro: str = ""  # the user's 30-second pitch for this meeting
    questions: list[Question] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    started_at: str | None = None  # when the live meeting started (ISO-8601)
    ended_at: str | None = None
    talk: TalkTotals | None = None
    segments: list[TalkSegment] = field(default_factory=list)
    # A later update for the contact ("how your advice worked out"): when it is due (ISO-8601).
    next_touch: str | None = None
    # The live screen's clock state (pauses, current speaker, cues shown), for resuming after a
    # crash; written by infocoach.core.live.clock_record.LiveClock.to_dict.
    live: dict[str, Any] | None = None
    drafts: dict[str, str] = field(default_factory=dict)
    archived: bool = False
    created_at: str = ""

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "contact_id": self.contact_id,
            "status": self.status,
            "history": [t.to_dict() for t in self.history],
            "purpose": self.purpose,
            "channel": self.channel,
            "scheduled_for": self.scheduled_for,
            "planned_minutes": self.planned_minutes,
            "research": self.research,
            "intro": self.intro,
            "questions": [q.to_dict() for q in self.questions],
            "notes": [n.to_dict() for n in self.notes],
            "referrals": [r.to_dict() for r in self.referrals],
            "action_items": [a.to_dict() for a in self.action_items],
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "talk": self.talk.to_dict() if self.talk is not None else None,
            "segments": [s.to_dict() for s in self.segments],
            "next_touch": self.next_touch,
            "live": _copy_json(self.live),
            "drafts": dict(self.drafts),
            "archived": self.archived,
            "created_at": self.created_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """Build from a dict already checked by :func:`infocoach.core.records.exchange.check_meeting`."""
        talk = data.get("talk")
        return cls(
            id=data["id"],
            contact_id=data["contact_id"],
            status=data.get("status", Status.PLANNED.value),
            history=[Transition(**t) for t in data.get("history", [])],
            purpose=data.get("purpose", ""),
            channel=data.get("channel", "email"),
            scheduled_for=data.get("scheduled_for"),
            planned_minutes=data.get("planned_minutes", 30),
            research=data.get("research", ""),
            intro=data.get("intro", ""),
            questions=[Question(**q) for q in data.get("questions", [])],
            notes=[Note(**n) for n in data.get("notes", [])],
            referrals=[Referral(**r) for r in data.get("referrals", [])],
            action_items=[ActionItem(**a) for a in data.get("action_items", [])],
            started_at=data.get("started_at"),
            ended_at=data.get("ended_at"),
            talk=TalkTotals(**talk) if talk is not None else None,
            segments=[TalkSegment(**seg) for seg in data.get("segments", [])],
            next_touch=data.get("next_touch"),
            # Shared, not copied: nothing changes a live record in place (it is rebuilt by
            # LiveClock.from_dict and replaced whole), and to_dict copies it on the way out.
            # Copying it here cost a third of building 2,000 meetings at start-up.
            live=data.get("live"),
            drafts=dict(data.get("drafts", {})),
            archived=data.get("archived", False),
            created_at=data.get("created_at", ""),
        )


@dataclass(frozen=True, slots=True)
class MeetingHead:
    """What History lists, filters, dates and reminds about: a meeting without its notes,
    questions, drafts and talk segments.

    Opening History on 2,000 meetings builds these, several times faster than whole meetings;
    the whole meeting is read when it is shown, changed or searched. It answers the same
    questions as :class:`Meeting` for the pipeline and the rows (``entered_at``,
    ``last_step_at``), so those functions take either.
    """

    id: str
    contact_id: str
    status: str
    steps: tuple[tuple[str, str], ...]  # (status, at) of each pipeline step, oldest first
    scheduled_for: str | None
    next_touch: str | None
    talk: TalkTotals | None
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingHead:
        """From a stored meeting (as :meth:`Meeting.from_dict` takes it)."""
        talk = data.get("talk")
        return cls(
            id=data["id"],
            contact_id=data["contact_id"],
            status=data.get("status", Status.PLANNED.value),
            steps=tuple((step["status"], step["at"]) for step in data.get("history", ())),
            scheduled_for=data.get("scheduled_for"),
            next_touch=data.get("next_touch"),
            talk=TalkTotals(**talk) if talk is not None else None,
            archived=data.get("archived", False),
            created_at=data.get("created_at", ""),
        )


def _copy_json(value: Any) -> Any:
    """A copy of JSON-shaped data (dicts, lists, scalars): the live clock's state is copied on
    every save, and copy.deepcopy's generality costs several times more."""
    if isinstance(value, dict):
        return {key: _copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_json(item) for item in value]
    return value
