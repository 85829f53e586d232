"""The last note of a live meeting: starred, changed and deleted; and which question a note
belongs to."""

from __future__ import annotations

import pytest

from infocoach.core.live.last_note import (
    JUST_MARKED_SECONDS,
    MarkedQuestion,
    edit_last,
    last_note,
    question_for_note,
    remove_last,
    toggle_star,
)
from infocoach.core.records.model import Meeting, Note


def meeting_with(*texts: str) -> Meeting:
    return Meeting(id="m-1", contact_id="c-1", notes=[Note(text=t, at=float(i)) for i, t in enumerate(texts)])


def test_starring_toggles_the_last_note_only() -> None:
    meeting = meeting_with("first", "second")
    assert toggle_star(meeting) is meeting.notes[1]
    assert [n.starred for n in meeting.notes] == [False, True]
    toggle_star(meeting)
    assert [n.starred for n in meeting.notes] == [False, False]
    assert toggle_star(meeting_with()) is None


def test_editing_keeps_the_time_and_the_star_and_refuses_empty_text() -> None:
    meeting = meeting_with("first", "secnod")
    toggle_star(meeting)
    note = edit_last(meeting, "  second, spelt right ", "What surprised you?")
    assert (note.text, note.question, note.at, note.starred) == (
        "second, spelt right",
        "What surprised you?",
        1.0,
        True,
    )
    with pytest.raises(ValueError, match="cannot be empty"):
        edit_last(meeting, "   ", "")
    assert note.text == "second, spelt right"
    with pytest.raises(ValueError, match="no note"):
        edit_last(meeting_with(), "text", "")


def test_deleting_takes_the_last_note_away() -> None:
    meeting = meeting_with("first", "second")
    removed = remove_last(meeting)
    assert removed is not None and removed.text == "second"
    assert [n.text for n in meeting.notes] == ["first"] and last_note(meeting) is meeting.notes[0]
    remove_last(meeting)
    assert remove_last(meeting) is None and last_note(meeting) is None


def test_the_question_just_marked_wins_for_a_minute_on_the_same_clock() -> None:
    marked = MarkedQuestion(index=2, moment=100.0, running=True)
    assert question_for_note(3, marked, 100.0, True) == 2
    assert question_for_note(3, marked, 100.0 + JUST_MARKED_SECONDS, True) == 2
    assert question_for_note(3, marked, 100.1 + JUST_MARKED_SECONDS, True) == 3
    assert question_for_note(3, marked, 120.0, False) == 3  # another clock: not comparable
    assert question_for_note(3, marked, 99.0, True) == 3  # before the mark (a clock set back)
    assert question_for_note(None, None, 5.0, True) is None
