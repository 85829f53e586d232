"""A heavy user's years of meetings, generated: for scale tests and benchmarks.

About 2,000 meetings with long notes (some 10 MB as stored), spread over six years, in every
status, with contacts met more than once. Deterministic for a given seed and ``now``. The text is
stitched from the demo's own notes and questions (our words), so search has real words to find.
"""

from __future__ import annotations

import random

import pendulum

from infocoach.core.clock import iso
from infocoach.core.live.clock_record import LiveClock
from infocoach.core.records.model import (
    ActionItem,
    Contact,
    Meeting,
    Note,
    Question,
    Referral,
    Status,
    TalkSegment,
    Transition,
)
from infocoach.core.samples.demo import build_demo

_PATHS: tuple[tuple[str, ...], ...] = (
    ("planned", "requested", "scheduled", "done", "thanked"),
    ("planned", "requested", "scheduled", "done", "thanked"),
    ("planned", "requested", "scheduled", "done", "thanked"),
    ("planned", "requested", "followed-up", "scheduled", "done", "thanked"),
    ("planned", "requested", "followed-up", "no-response"),
    ("planned", "requested", "declined"),
    ("planned", "requested", "scheduled", "done"),
    ("planned",),
    ("planned", "requested"),
    ("planned", "requested", "scheduled"),
)
_OPEN = {"planned": (-20, 0), "requested": (-6, 0), "scheduled": (1, 20)}  # days from now
_ZONES = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "Europe/Berlin",
    "Asia/Singapore",
    "Australia/Melbourne",
    "America/Los_Angeles",
    "Africa/Lagos",
)
_FIRST = (
    "Amara",
    "Tomás",
    "Ingrid",
    "Sasha",
    "Mei Lin",
    "Lukas",
    "Chloé",
    "Rajesh",
    "Sofía",
    "Hana",
    "Margaret",
    "Jonas",
    "Kwabena",
    "Ayşe",
    "Daniel",
    "Farah",
    "Priya",
    "Chidi",
)
_LAST = (
    "Okafor",
    "Herrera",
    "Halvorsen",
    "Novak",
    "Tan",
    "Brenner",
    "Tremblay",
    "Iyer",
    "Castillo",
    "Sato",
    "Whitlock",
    "Lindqvist",
    "Asante",
    "Demir",
    "Osei",
    "Siddiqui",
    "Raman",
    "Eze",
    "Nakamura",
    "Kowalski",
)
_HONORIFICS = ("Dr.", "Ms.", "Mr.", "Mx.", "Prof.", "Mrs.")


def large_history(
    count: int = 2000, *, now: pendulum.DateTime, seed: int = 7, note_words: int = 320
) -> tuple[list[Contact], list[Meeting]]:
    """``count`` meetings with about ``note_words`` words of notes each, and their contacts."""
    rng = random.Random(seed)
    demo_contacts, demo_meetings = build_demo(now)
    sentences = [n.text for m in demo_meetings for n in m.notes]
    questions = [q for m in demo_meetings for q in m.questions]
    organizations = sorted({c.organization for c in demo_contacts})
    roles = sorted({c.role for c in demo_contacts if c.role})
    contacts = [
        Contact(
            id=f"c-bulk-{index:05d}",
            first_name=rng.choice(_FIRST),
            last_name=rng.choice(_LAST),
            honorific=rng.choice(_HONORIFICS),
            role=rng.choice(roles),
            organization=rng.choice(organizations),
            email=f"person{index}@example.org",
            timezone=rng.choice(_ZONES),
            connection=rng.choice(
                ("alumni network", "a meetup", "a conference talk", f"referred by Dr. {rng.choice(_LAST)}")
            ),
            why="Their move from teaching into data work is the path I am exploring.",
            created_at=iso(now.subtract(years=6)),
        )
        for index in range(max(1, count // 2))
    ]
    meetings = []
    for index in range(count):
        contact = contacts[index % len(contacts)]
        path = rng.choice(_PATHS)
        if path[-1] in _OPEN and index % 10 == 0:  # a few still open: recent, or to come
            low, high = _OPEN[path[-1]]
            start = now.add(days=rng.randint(low, high), hours=rng.randint(1, 8))
        else:
            start = now.subtract(days=rng.randint(30, 6 * 365), hours=rng.randint(0, 8))
            if path[-1] in _OPEN:
                path = ("planned", "requested", "declined")
        meetings.append(_meeting(rng, index, path, contact, start, sentences, questions, note_words))
    return contacts, meetings


def _meeting(
    rng: random.Random,
    index: int,
    path: tuple[str, ...],
    contact: Contact,
    start: pendulum.DateTime,
    sentences: list[str],
    questions: list[Question],
    note_words: int,
) -> Meeting:
    before = [status for status in path if status not in ("done", "thanked")]
    first = start.subtract(days=len(before) * 4)
    history = [Transition(status, iso(first.add(days=4 * step))) for step, status in enumerate(before)]
    if "done" in path:  # held: done when it ends, thanked a few hours to a few days later
        history.append(Transition("done", iso(start.add(minutes=35))))
    if "thanked" in path:
        history.append(Transition("thanked", iso(start.add(hours=rng.randint(2, 60)))))
    meeting = Meeting(
        id=f"m-bulk-{index:05d}",
        contact_id=contact.id,
        status=Status(path[-1]),
        history=history,
        purpose="Learn how a teacher moves into data work, and which skills carry over.",
        scheduled_for=iso(start) if "scheduled" in path else None,
        research=" ".join(rng.choice(sentences) for _ in range(4)),
        questions=[
            Question(q.text, q.category, rank, rng.choice(("asked", "asked", "open")))
            for rank, q in enumerate(rng.sample(questions, 6), start=1)
        ],
        created_at=history[0].at,
    )
    if path[-1] in (Status.DONE.value, Status.THANKED.value):
        _hold(rng, meeting, start, sentences, note_words)
    return meeting


def _hold(
    rng: random.Random, meeting: Meeting, start: pendulum.DateTime, sentences: list[str], note_words: int
) -> None:
    live = LiveClock(meeting.planned_minutes)
    live.start(start)
    offset = 0
    while offset < 1700:
        live.press(rng.choice(("me", "them", "them", "them", "nobody")), start.add(seconds=offset))
        offset += rng.randint(20, 140)
    end = start.add(seconds=offset)
    live.end(end)
    meeting.started_at, meeting.ended_at = iso(start), iso(end)
    meeting.talk = live.talk_totals(end)
    meeting.segments = [TalkSegment(**s) for s in live.talk.segments(end)]
    meeting.live = live.to_dict()
    words = 0
    notes = []
    while words < note_words:
        text = " ".join(rng.choice(sentences) for _ in range(3))
        words += len(text.split())
        notes.append(
            Note(text=text, at=float(rng.randint(0, offset)), written_at=iso(start), starred=rng.random() < 0.2)
        )
    meeting.notes = sorted(notes, key=lambda note: note.at or 0.0)
    meeting.referrals = [
        Referral(
            name=f"Dr. {rng.choice(_LAST)}",
            organization="Northbridge",
            detail=rng.choice(sentences),
            at=float(offset - 200),
        )
    ]
    meeting.action_items = [ActionItem(text=rng.choice(sentences)[:80], at=float(offset - 100))]
