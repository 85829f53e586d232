"""The notes of a meeting being held: which question a new note belongs to, and the last note
taken (star it, change it, delete it).

The live screen's cursor moves on as soon as a question is marked asked, so the note typed just
after Enter is about the question just marked, not the one under the cursor.
:class:`QuestionMarks` remembers the last question marked asked and when (meeting time once the
clock runs), and :func:`question_for_note` chooses between the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from infocoach.core.records.model import Meeting, Note

JUST_MARKED_SECONDS = 60.0  # a note within a minute of Enter is about the question just asked


@dataclass(frozen=True, slots=True)
class MarkedQuestion:
    """A question marked asked: its index and the moment (seconds on one clock, see ``running``)."""

    index: int
    moment: float
    running: bool  # True: meeting time (pauses left out); False: the wall clock, before the start


def question_for_note(cursor: int | None, marked: MarkedQuestion | None, moment: float, running: bool) -> int | None:
    """The question a note taken at ``moment`` belongs to: the one just marked asked if that was
    within :data:`JUST_MARKED_SECONDS` on the same clock, else the one under the cursor."""
    if marked is not None and marked.running == running and 0 <= moment - marked.moment <= JUST_MARKED_SECONDS:
        return marked.index
    return cursor


def last_note(meeting: Meeting) -> Note | None:
    """The note taken last (the newest one written), or None when there is none."""
    return meeting.notes[-1] if meeting.notes else None


def toggle_star(meeting: Meeting) -> Note | None:
    """Star the last note, or unstar it when it is starred; None when there is no note."""
    note = last_note(meeting)
    if note is not None:
        note.starred = not note.starred
    return note


def edit_last(meeting: Meeting, text: str, question: str) -> Note:
    """Change the last note's text and question; its time and star stay. Raises ValueError for
    empty text or when there is no note."""
    note = last_note(meeting)
    if note is None:
        raise ValueError("there is no note to change yet")
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("a note cannot be empty; delete it instead")
    note.text, note.question = cleaned, question
    return note


def remove_last(meeting: Meeting) -> Note | None:
    """Take the last note out of the meeting and return it; None when there is none."""
    return meeting.notes.pop() if meeting.notes else None
