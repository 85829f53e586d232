"""A LinkedIn note fits its limit and keeps a flexibility line: the drafter never drops the
sentence the coach's no-flexibility rule asks for to make room, so a draft never earns a warning
the drafter caused. Only a why of the user's own that is longer than the note's room for it
(``Draft.why_room``) leaves the line out, and the draft says so. The question for a shorter why
says how long the sentence is and how much room the note has, in words true on either channel.
"""

from __future__ import annotations

from dataclasses import replace

import pendulum
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from infocoach.core.coach import has_errors, lint
from infocoach.core.prep.outreach import FLEXIBLE_NOTE, Draft, busy_times, draft_followup, draft_outreach
from infocoach.core.prep.outreach_parts import WHY, WHY_SHORT, why_short_question
from infocoach.core.prep.own_words import marker
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings

LONDON = "Europe/London"
NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="UTC")
SETTINGS = Settings(user_name="Alex Morgan", timezone=LONDON)
INTRO = "Hello, I'm Alex. I taught science for eight years and I am now exploring data work."
LONG_WHY = (
    "You moved from teaching chemistry into analytics at a hospital trust, and you wrote so openly "
    "about learning SQL in the evenings that I would value your advice on the same move."
)
SHORT_WHY = "Your path from teaching into data is the one I hope to take."
LIMITS = [200, 300]


def _demo() -> list[tuple[Contact, Meeting, list[tuple[pendulum.DateTime, pendulum.DateTime]]]]:
    contacts, meetings = build_demo(NOW, LONDON)
    by_id = {c.id: c for c in contacts}
    return [(by_id[m.contact_id], replace(m, intro=INTRO), busy_times(meetings, exclude=m.id)) for m in meetings]


DEMO = _demo()


def _note(contact: Contact, meeting: Meeting, busy, limit: int, **sentences: str) -> Draft:
    drafts = {**meeting.drafts, **{f"sentence:{name.replace('_', '-')}": text for name, text in sentences.items()}}
    return draft_outreach(
        contact,
        replace(meeting, drafts=drafts),
        replace(SETTINGS, linkedin_note_limit=limit),
        NOW,
        channel="linkedin",
        busy=busy,
    )


def _rules(draft: Draft, limit: int) -> list[str]:
    findings = lint(draft.text, "outreach", channel="linkedin", note_limit=limit, addressee=draft.addressee)
    assert not has_errors(findings), (draft.text, findings)
    return [finding.rule for finding in findings]


def _has_flexibility_line(text: str) -> bool:
    return any(line in text for line in FLEXIBLE_NOTE)


def test_long_why_is_over_150_characters() -> None:
    assert len(LONG_WHY) >= 150 and len(SHORT_WHY) < 65


@pytest.mark.parametrize("line", FLEXIBLE_NOTE)
def test_each_flexibility_line_is_one_the_rule_recognises(line: str) -> None:
    times = "Dear Dr. Tan, could you spare 30 minutes for your advice, perhaps Tue 1 Dec 10am or Wed 2 Dec 2pm?"
    assert "no-flexibility" in [f.rule for f in lint(times, "outreach", channel="linkedin")]
    assert "no-flexibility" not in [f.rule for f in lint(f"{times} {line}", "outreach", channel="linkedin")]


@pytest.mark.parametrize("limit", LIMITS)
def test_every_demo_note_keeps_a_flexibility_line_while_a_shorter_why_is_asked(limit: int) -> None:
    """The reviewer's walk: why them answered with a long sentence, the note asks for a shorter
    one, and keeps its flexibility line meanwhile (the marker is short enough to leave room)."""
    for contact, meeting, busy in DEMO:
        draft = _note(contact, meeting, busy, limit, why=LONG_WHY)
        where = (contact.id, limit, draft.text)
        assert len(draft.text) <= limit, where
        assert _has_flexibility_line(draft.text), where
        assert "no-flexibility" not in _rules(draft, limit), where
        assert not any("no room" in note or "over LinkedIn" in note for note in draft.notes), where
        if LONG_WHY in draft.text:  # 300 characters have room for it, whole
            assert WHY_SHORT not in draft.asks and draft.why_room is not None and draft.why_room >= len(LONG_WHY)
        else:
            assert WHY_SHORT in draft.asks and marker(WHY_SHORT.question) in draft.text, where


@pytest.mark.parametrize("limit", LIMITS)
def test_every_demo_note_with_its_shorter_why_passes_the_lint_with_nothing_to_say(limit: int) -> None:
    for contact, meeting, busy in DEMO:
        draft = _note(contact, meeting, busy, limit, why=LONG_WHY, why_short=SHORT_WHY)
        where = (contact.id, limit, draft.text)
        assert len(draft.text) <= limit and _has_flexibility_line(draft.text), where
        assert _rules(draft, limit) == [], where
        assert (SHORT_WHY in draft.text) != (LONG_WHY in draft.text), where


def test_the_first_note_and_the_one_after_the_answer_both_keep_the_flexibility_line() -> None:
    contact, meeting, busy = DEMO[0]
    contact = replace(contact, why="Runs the analytics team; mention the Leeds alumni event")  # a note: asked for
    first = _note(contact, meeting, busy, 200)
    assert WHY in first.asks and _has_flexibility_line(first.text), first.text
    answered = _note(contact, meeting, busy, 200, why=LONG_WHY)
    assert answered.asks == [WHY_SHORT] and _has_flexibility_line(answered.text), answered.text
    assert "no-flexibility" not in _rules(answered, 200)


def test_a_shorter_why_of_the_rooms_length_fits_with_a_flexibility_line() -> None:
    for contact, meeting, busy in DEMO:
        room = _note(contact, meeting, busy, 200, why=LONG_WHY).why_room
        assert room is not None and room >= len(marker(WHY_SHORT.question)), contact.id
        exact = ("Your path " + "x" * room)[: room - 1] + "."
        draft = _note(contact, meeting, busy, 200, why=LONG_WHY, why_short=exact)
        assert exact in draft.text and len(draft.text) <= 200 and _has_flexibility_line(draft.text), draft.text
        assert draft.why_room == room


def test_a_shorter_why_longer_than_the_room_drops_the_flexibility_line_and_says_so() -> None:
    contact, meeting, busy = DEMO[0]
    room = _note(contact, meeting, busy, 200, why=LONG_WHY).why_room
    assert room is not None
    too_long = ("Your path " + "x" * room)[: room + 4] + "."
    draft = _note(contact, meeting, busy, 200, why=LONG_WHY, why_short=too_long)
    assert too_long in draft.text and len(draft.text) <= 200 and not _has_flexibility_line(draft.text)
    assert any(f"room for about {room}" in note and f"({len(too_long)} characters)" in note for note in draft.notes)


def test_the_question_for_a_shorter_why_says_how_long_it_is_and_the_room() -> None:
    assert why_short_question("x" * 82, 61) == (
        "Why them, in a shorter sentence for the LinkedIn note? "
        "Your sentence (82 characters) does not fit: the note has room for about 61."
    )
    assert why_short_question("x" * 40, 61) == (
        "Why them, in a shorter sentence for the LinkedIn note? The note has room for about 61 characters."
    )
    assert why_short_question("x" * 82, None) == "Why them, in a shorter sentence for the LinkedIn note?"
    # Its marker is short: it stands in the note beside the flexibility line.
    assert len(marker(WHY_SHORT.question)) <= 50


def test_an_email_has_no_room_figure_and_a_follow_up_note_neither() -> None:
    contact, meeting, busy = DEMO[0]
    assert draft_outreach(contact, meeting, SETTINGS, NOW, channel="email", busy=busy).why_room is None
    assert draft_followup(contact, meeting, SETTINGS, NOW, channel="linkedin", busy=busy).why_room is None


_WORDS = st.sampled_from(["your", "path", "from", "teaching", "into", "data", "inspires", "me", "and", "the"])
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=45).map(lambda words: "You " + " ".join(words) + ".")


@settings(max_examples=40, deadline=None)
@given(
    why=_SENTENCE,
    short=st.none() | _SENTENCE,
    limit=st.sampled_from(LIMITS),
    which=st.integers(min_value=0, max_value=len(DEMO) - 1),
)
def test_any_why_fits_and_the_flexibility_goes_only_for_a_shorter_why_past_the_room(
    why: str, short: str | None, limit: int, which: int
) -> None:
    assume(short != why)
    contact, meeting, busy = DEMO[which]
    draft = _note(contact, meeting, busy, limit, why=why, **({"why_short": short} if short else {}))
    assert draft.why_room is not None
    rules = [
        f.rule for f in lint(draft.text, "outreach", channel="linkedin", note_limit=limit, addressee=draft.addressee)
    ]
    if why in draft.text or short is None:  # theirs, whole, or the question for a shorter one
        assert why in draft.text or marker(WHY_SHORT.question) in draft.text, draft.text
        assert len(draft.text) <= limit and "no-flexibility" not in rules, draft.text
    elif len(short) <= draft.why_room:
        assert short in draft.text and len(draft.text) <= limit, draft.text  # whole, never cut
        assert "no-flexibility" not in rules, draft.text
    else:  # the user's shorter sentence is longer than the room the note has for it: told so
        assert short in draft.text, draft.text
        assert any(f"about {draft.why_room}" in note for note in draft.notes), draft.notes
