"""Sample data for ``infocoach demo``, screenshots and snapshot tests.

:func:`build_demo` expands the written content of :mod:`infocoach.core.samples.demo_contacts` and :mod:`infocoach.core.samples.demo_meetings` into contacts
and meetings. It is deterministic for a given ``now`` (fixed ids, no randomness), and every date
is relative to ``now``, so the demo always shows a follow-up due, a meeting today or tomorrow,
an overdue thank-you, and so on. Each meeting's history is built with the real pipeline, so it is
always a legal path with increasing dates.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.pipeline.statuses import start_history, transition
from infocoach.core.records.model import (
    ActionItem,
    Contact,
    Meeting,
    Note,
    Question,
    Referral,
    Status,
    TalkTotals,
)
from infocoach.core.samples.demo_contacts import CONTACTS
from infocoach.core.samples.demo_live import record_live
from infocoach.core.samples.demo_meetings import DEMO_USER_NAME, MEETINGS, MeetingSpec, When

__all__ = ["DEMO_USER_NAME", "build_demo"]  # the demo's user is part of its API

_SOON_HOUR = 15  # the meeting "later today" (or tomorrow), in the user's time zone
_IN_3_DAYS_HOUR = 16
_WRAP_UP_MINUTES = 3  # meetings end a little after their planned length
_CREATED_BEFORE = pendulum.duration(minutes=10)  # a record exists just before its first step


class _Timeline:
    """Turns the :data:`When` values of the demo content into moments relative to ``now``."""

    def __init__(self, now: pendulum.DateTime, timezone: str) -> None:
        self.local = now.in_timezone(timezone)

    def at(self, when: When, start: pendulum.DateTime | None = None, minutes: int = 30) -> pendulum.DateTime:
        if isinstance(when, tuple):
            days, hhmm = when
            hour, minute = (int(part) for part in hhmm.split(":"))
            return self.local.subtract(days=days).at(hour, minute)
        if when == "end":
            assert start is not None, "'end' needs the meeting's start"
            return start.add(minutes=minutes + _WRAP_UP_MINUTES)
        if when in ("ended-30h-ago", "ended-5h-ago"):
            hours = 30 if when == "ended-30h-ago" else 5
            begin = self.local.subtract(hours=hours, minutes=minutes + _WRAP_UP_MINUTES)
            # Start on a quarter hour, so the meeting ends up to 15 minutes before the target.
            return begin.set(minute=begin.minute - begin.minute % 15, second=0, microsecond=0)
        if when == "later-today":
            today = self.local.at(_SOON_HOUR, 0)
            if self.local <= today.subtract(hours=1):
                return today
            return self.local.add(days=1).at(_SOON_HOUR, 0)
        if when == "in-3-days":
            return self.local.add(days=3).at(_IN_3_DAYS_HOUR, 0)
        raise ValueError(f"unknown demo time {when!r}")


def _offered_slots(sent: pendulum.DateTime, timezone: str, times: tuple[str, ...]) -> str:
    """Concrete weekday times in the contact's zone, from three days after the outreach."""
    day = sent.in_timezone(timezone).add(days=3)
    slots: list[str] = []
    for hhmm in times:
        while day.day_of_week in (pendulum.SATURDAY, pendulum.SUNDAY):
            day = day.add(days=1)
        hour, minute = (int(part) for part in hhmm.split(":"))
        slots.append(day.at(hour, minute).format("dddd D MMMM [at] HH:mm", locale="en"))
        day = day.add(days=1)
    place = timezone.rsplit("/", 1)[-1].replace("_", " ")
    listed = ", ".join(slots[:-1]) + f" or {slots[-1]}" if len(slots) > 1 else slots[0]
    return f"{listed} ({place} time)"


def _stamp(meeting: Meeting, spec: MeetingSpec) -> float | None:
    """Referrals come near the end, when the user asks who else to talk to."""
    if meeting.talk is None:
        return None
    return float(max(0, int(meeting.talk.me + meeting.talk.them + meeting.talk.nobody) - 240))


def _note(
    meeting: Meeting,
    spec: MeetingSpec,
    start: pendulum.DateTime | None,
    last_step: pendulum.DateTime,
    minute: int,
    starred: bool,
    text: str,
) -> Note:
    """A note taken ``minute`` minutes into the meeting (on the question asked by then), or,
    for a meeting not held, ``minute`` minutes after its last step (a reply, say)."""
    if start is None or meeting.started_at is None:
        return Note(text=text, written_at=iso(last_step.add(minutes=minute)), starred=starred)
    asked = [q.text for q in meeting.questions if q.state == "asked"]
    held = max(1, spec.minutes)
    question = asked[min(len(asked) - 1, minute * len(asked) // held)] if asked else ""
    return Note(
        text=text,
        at=float(minute * 60),
        written_at=iso(start.add(minutes=minute)),
        question=question,
        starred=starred,
    )


def _build_meeting(spec: MeetingSpec, timeline: _Timeline, contact_timezone: str) -> Meeting:
    start = timeline.at(spec.start, minutes=spec.minutes) if spec.start is not None else None
    moments = [timeline.at(when, start, spec.minutes) for _, when in spec.steps]
    first_status, _ = spec.steps[0]
    meeting = Meeting(
        id=spec.id,
        contact_id=spec.contact_id,
        status=Status(first_status),
        purpose=spec.purpose,
        scheduled_for=iso(start.in_timezone(contact_timezone)) if start is not None else None,
        planned_minutes=spec.minutes,
        research=spec.research,
        archived=spec.archived,
        created_at=iso(moments[0] - _CREATED_BEFORE),
    )
    start_history(meeting, moments[0])
    for (status, _), moment in zip(spec.steps[1:], moments[1:], strict=True):
        transition(meeting, status, moment)

    meeting.questions = [
        Question(text=text, category=category, priority=rank, state=state)
        for rank, (category, state, text) in enumerate(spec.questions, start=1)
    ]
    if spec.talk is not None:
        assert start is not None, f"{spec.id}: talk totals without a meeting start"
        record_live(meeting, start, TalkTotals(*(float(seconds) for seconds in spec.talk)))
    meeting.notes = [_note(meeting, spec, start, moments[-1], *note) for note in spec.notes]
    meeting.action_items = [
        ActionItem(text=text, at=float(minute * 60) if meeting.started_at else None, done=done)
        for minute, done, text in spec.actions
    ]
    meeting.referrals = [
        Referral(name=name, organization=organization, detail=detail, at=_stamp(meeting, spec))
        for name, organization, detail in spec.referrals
    ]

    if spec.outreach:
        sent = meeting.entered_at(Status.REQUESTED.value)
        assert sent is not None, f"{spec.id}: outreach without a 'requested' step"
        slots = _offered_slots(parse_iso(sent), contact_timezone, spec.slots)
        meeting.drafts["outreach"] = spec.outreach.replace("{slots}", slots)
    if spec.followup:
        meeting.drafts["followup"] = spec.followup
    if spec.thanks:
        meeting.drafts["thanks"] = spec.thanks
    return meeting


def build_demo(now: pendulum.DateTime, timezone: str = "Europe/London") -> tuple[list[Contact], list[Meeting]]:
    """The demo's contacts and meetings, with every date relative to ``now``.

    ``timezone`` is the user's: "today", "yesterday" and the hours of the day are read there.
    Meetings are scheduled in their contact's time zone.
    """
    timeline = _Timeline(now, timezone)
    contact_zones = {data["id"]: data["timezone"] for data in CONTACTS}
    meetings = [_build_meeting(spec, timeline, contact_zones[spec.contact_id]) for spec in MEETINGS]

    # A contact is added just before its first meeting is.
    first_seen: dict[str, pendulum.DateTime] = {}
    for meeting in meetings:
        created = parse_iso(meeting.created_at)
        if meeting.contact_id not in first_seen or created < first_seen[meeting.contact_id]:
            first_seen[meeting.contact_id] = created
    contacts = [Contact(**data, created_at=iso(first_seen[data["id"]] - _CREATED_BEFORE)) for data in CONTACTS]
    return contacts, meetings
