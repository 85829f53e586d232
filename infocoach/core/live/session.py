"""A meeting being held: its clocks, and the notes, referrals, actions and ticks taken during it.

The live screen keeps one :class:`LiveSession` and turns every key into one call here, with the
moment from the injected clock. :meth:`LiveSession.snapshot` gives the meeting to save: the
working copy plus the clock's state, the talk totals and the speaker segments up to that moment.
Resuming after a crash is :meth:`LiveSession.open` on the saved meeting.
"""

from __future__ import annotations

from datetime import datetime

import pendulum

from infocoach.core.clock import iso, parse_iso
from infocoach.core.live.clock_record import LiveClock
from infocoach.core.live.last_note import MarkedQuestion, question_for_note
from infocoach.core.pipeline.meeting_times import record_held_time
from infocoach.core.pipeline.statuses import transition
from infocoach.core.records.model import (
    ActionItem,
    Meeting,
    Note,
    Referral,
    Status,
    TalkSegment,
)

SHORT_ON_TIME = 600.0  # under ten minutes left, the top remaining questions stand out
TOP_QUESTIONS = 3


class LiveSessionError(ValueError):
    """Something the live screen cannot do now (say, start a meeting that has ended)."""


def why_not_live(meeting: Meeting) -> str | None:
    """Why this meeting cannot be held on the live screen, or None when it can."""
    if meeting.live is not None and meeting.ended_at is not None:
        return "it has already been held (it ended and was saved); its notes are in History"
    if meeting.status != Status.SCHEDULED.value and meeting.started_at is None:
        return f"it is {meeting.status}, not scheduled; mark it scheduled first (History: t), then start it"
    return None


def next_to_hold(meetings: list[Meeting], now: datetime) -> Meeting | None:
    """The meeting ``infocoach live`` opens without an id: one already under way, else the
    scheduled meeting nearest in time that has not ended (the earliest still to come, or the
    latest that started within its planned length), ignoring archived ones."""
    candidates = [m for m in meetings if not m.archived and why_not_live(m) is None]
    under_way = [m for m in candidates if m.started_at is not None]
    if under_way:
        return max(under_way, key=lambda m: m.started_at or "")

    def distance(meeting: Meeting) -> tuple[int, float]:
        if meeting.scheduled_for is None:
            return (2, 0.0)
        start = parse_iso(meeting.scheduled_for)
        seconds = abs(start.timestamp() - now.timestamp())
        running = start <= now and seconds <= meeting.planned_minutes * 60
        return (0 if running or start > now else 1, seconds)

    return min(candidates, key=distance, default=None)


class LiveSession:
    """One meeting on the live screen. Every method takes the moment it happens at."""

    def __init__(self, meeting: Meeting, clock: LiveClock) -> None:
        self.meeting = meeting
        self.clock = clock
        self.marked: MarkedQuestion | None = None  # the question last marked asked, and when

    @classmethod
    def open(cls, meeting: Meeting) -> LiveSession:
        """A session on a copy of ``meeting``, resuming its saved clock if it has one.
        Raises LiveSessionError for a meeting that cannot be held (see :func:`why_not_live`)
        or whose saved clock is damaged."""
        problem = why_not_live(meeting)
        if problem is not None:
            raise LiveSessionError(problem)
        working = Meeting.from_dict(meeting.to_dict())
        if working.live is None:
            return cls(working, LiveClock(working.planned_minutes))
        try:
            return cls(working, LiveClock.from_dict(working.live))
        except ValueError as exc:
            raise LiveSessionError(f"its saved clock cannot be read ({exc})") from None

    # --- state ---------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.clock.meeting.started

    @property
    def paused(self) -> bool:
        return self.clock.meeting.paused

    @property
    def ended(self) -> bool:
        return self.clock.meeting.ended

    @property
    def speaker(self) -> str:
        return self.clock.talk.speaker

    def elapsed(self, now: datetime) -> float:
        return self.clock.meeting.elapsed(now)

    def remaining(self, now: datetime) -> float:
        return self.clock.meeting.remaining(now)

    def stamp(self, now: datetime) -> float | None:
        """Seconds of meeting time for a note taken now; None before the meeting starts."""
        return round(self.clock.meeting.mark(now), 1) if self.started else None

    # --- the clock -----------------------------------------------------------------------

    def start(self, now: datetime) -> bool:
        """Start the meeting; False if it had started already."""
        self._require_not_ended("start")
        if self.started:
            return False
        self.clock.start(now)
        self.meeting.started_at = self.clock.meeting.started_at
        record_held_time(self.meeting)  # held at another time: the start becomes its date
        return True

    def press(self, speaker: str, now: datetime) -> bool:
        """A speaker key; the first one starts the meeting. False if nothing changed."""
        self._require_not_ended("switch speakers in")
        changed = self.clock.press(speaker, now)
        self.meeting.started_at = self.clock.meeting.started_at
        record_held_time(self.meeting)  # held at another time: the start becomes its date
        return changed

    def toggle_pause(self, now: datetime) -> bool:
        """Pause, or resume; returns whether the meeting is now paused."""
        self._require_not_ended("pause")
        if not self.started:
            raise LiveSessionError("the meeting has not started yet")
        return self.clock.toggle_pause(now)

    def end(self, now: datetime) -> None:
        """End the meeting: the clock stops, and a scheduled meeting becomes done."""
        self._require_not_ended("end")
        if not self.started:
            raise LiveSessionError("the meeting has not started yet")
        self.clock.end(now)
        self.meeting.ended_at = self.clock.meeting.ended_at
        if self.meeting.status == Status.SCHEDULED.value:
            at = pendulum.instance(now)
            if self.meeting.history:  # a step never goes back in time, even if the clock did
                at = max(at, parse_iso(self.meeting.history[-1].at))
            transition(self.meeting, Status.DONE, at)

    def _require_not_ended(self, action: str) -> None:
        if self.ended:
            raise LiveSessionError(f"cannot {action} a meeting that has ended")

    # --- what the user records -----------------------------------------------------------

    def _moment(self, now: datetime) -> tuple[float, bool]:
        """Now on the meeting clock once it runs (pauses left out), else on the wall clock."""
        if self.started and not self.ended:
            return self.clock.meeting.elapsed(now), True
        return now.timestamp(), False

    def note_question(self, cursor: int | None, now: datetime) -> int | None:
        """The question a note taken now belongs to (by index): the one just marked asked
        (within a minute), else the one under the cursor."""
        found = question_for_note(cursor, self.marked, *self._moment(now))
        return found if found is not None and 0 <= found < len(self.meeting.questions) else None

    def question_text(self, index: int | None) -> str:
        return self.meeting.questions[index].text if index is not None else ""

    def add_note(self, text: str, now: datetime, question: int | None = None) -> Note:
        """A note stamped with the meeting time and a question (by index; see note_question)."""
        text = _required(text, "note")
        asked = self.question_text(question)
        note = Note(text=text, at=self.stamp(now), written_at=iso(pendulum.instance(now)), question=asked)
        self.meeting.notes.append(note)
        return note

    def add_referral(self, name: str, organization: str, detail: str, now: datetime) -> Referral:
        referral = Referral(
            name=_required(name, "name"), organization=organization.strip(), detail=detail.strip(), at=self.stamp(now)
        )
        self.meeting.referrals.append(referral)
        return referral

    def add_action(self, text: str, now: datetime) -> ActionItem:
        item = ActionItem(text=_required(text, "action item"), at=self.stamp(now))
        self.meeting.action_items.append(item)
        return item

    def toggle_question(self, index: int, state: str, now: datetime) -> str:
        """Mark question ``index`` "asked" or "skipped" at ``now``; doing it again reopens it.
        Returns the new state."""
        if state not in ("asked", "skipped"):
            raise ValueError(f"a question can be marked asked or skipped, not {state!r}")
        question = self.meeting.questions[index]
        question.state = "open" if question.state == state else state
        if question.state == "asked":
            self.marked = MarkedQuestion(index, *self._moment(now))
        elif self.marked is not None and self.marked.index == index:
            self.marked = None  # taken back: notes go by the cursor again
        return question.state

    def highlighted_questions(self, now: datetime) -> list[int]:
        """With under ten minutes left, the indexes of the top open questions by priority (the
        plan's order breaks ties); otherwise none."""
        if not self.started or self.ended or self.remaining(now) >= SHORT_ON_TIME:
            return []
        open_ones = [i for i, q in enumerate(self.meeting.questions) if q.state == "open"]
        open_ones.sort(key=lambda i: (self.meeting.questions[i].priority, i))
        return open_ones[:TOP_QUESTIONS]

    # --- saving --------------------------------------------------------------------------

    def snapshot(self, now: datetime) -> Meeting:
        """The meeting to save at ``now``: a copy with the clock state, totals and segments."""
        meeting = Meeting.from_dict(self.meeting.to_dict())
        if self.started:
            meeting.live = self.clock.to_dict()
            meeting.talk = self.clock.talk_totals(now)
            meeting.segments = [TalkSegment(**s) for s in self.clock.talk.segments(now)]
        return meeting


def _required(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise LiveSessionError(f"an empty {what} was not saved")
    return cleaned
