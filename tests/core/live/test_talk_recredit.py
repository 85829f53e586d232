"""Moving a turn the live meter showed late back to where it really was (TalkClock.recredit)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infocoach.core.clock import FixedClock
from infocoach.core.live.clock_record import LiveClock


def spans(live: LiveClock, clock: FixedClock) -> list[tuple[str, float, float]]:
    return [(s["who"], round(s["start"], 3), round(s["end"], 3)) for s in live.talk.segments(clock.now())]


def test_a_late_turn_is_moved_to_its_real_start_and_end(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("nobody", clock.now())
    clock.advance(5.25)
    live.press("me", clock.now())  # the meter saw me a quarter second late...
    clock.advance(5.65)
    live.press("nobody", clock.now())  # ...and let go of me a hangover after my last word
    clock.advance(2.0)
    assert live.talk.recredit("me", 5.0, 10.0, clock.now())
    assert spans(live, clock)[1] == ("me", 5.0, 10.9)  # a paint: the pause after it is still mine...
    assert live.talk.recredit("nobody", 10.0, 12.9, clock.now())  # ...until it is given back
    assert spans(live, clock) == [("nobody", 0.0, 5.0), ("me", 5.0, 10.0), ("nobody", 10.0, 12.9)]
    totals = live.talk.totals(clock.now())
    assert totals["me"] == pytest.approx(5.0) and sum(totals.values()) == pytest.approx(12.9)
    assert live.talk.speaker == "nobody"


def test_the_current_stretch_keeps_its_speaker_after_the_span(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("them", clock.now())
    clock.advance(3.3)
    live.press("me", clock.now())  # I started at 3.0 really, and I am still talking
    clock.advance(2.0)
    assert live.talk.recredit("me", 3.0, 5.3, clock.now())
    assert spans(live, clock) == [("them", 0.0, 3.0), ("me", 3.0, 5.3)]
    assert not live.talk.recredit("me", 3.0, 5.3, clock.now())  # already so: nothing to save
    assert live.talk.monologue_seconds(clock.now()) == pytest.approx(2.3)  # one stretch, from 3.0
    clock.advance(1.0)
    assert spans(live, clock) == [("them", 0.0, 3.0), ("me", 3.0, 6.3)]


def test_a_span_past_now_or_before_the_start_is_kept_within_the_meeting(clock: FixedClock) -> None:
    live = LiveClock(30)
    assert not live.talk.recredit("me", 0.0, 1.0, clock.now())  # not started: nothing to move
    live.press("them", clock.now())
    clock.advance(4.0)
    assert live.talk.recredit("me", -2.0, 9.0, clock.now())
    assert spans(live, clock) == [("me", 0.0, 4.0)]
    assert not live.talk.recredit("me", 2.0, 2.0, clock.now())
    with pytest.raises(ValueError, match="not a speaker"):
        live.talk.recredit("us", 1.0, 2.0, clock.now())
    live.end(clock.now())
    assert not live.talk.recredit("them", 1.0, 2.0, clock.now())


def test_a_recredited_clock_is_saved_and_read_back_the_same(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("them", clock.now())
    clock.advance(2.5)
    live.press("me", clock.now())
    clock.advance(1.9)
    live.press("them", clock.now())
    clock.advance(3.0)
    live.talk.recredit("me", 2.2, 3.7, clock.now())
    again = LiveClock.from_dict(json.loads(json.dumps(live.to_dict())))
    assert spans(again, clock) == spans(live, clock)
    assert again.talk.totals(clock.now()) == pytest.approx(live.talk.totals(clock.now()))


@settings(max_examples=60, deadline=None)
@given(
    presses=st.lists(
        st.tuples(st.sampled_from(["me", "them", "nobody"]), st.floats(0.01, 5.0)), min_size=1, max_size=8
    ),
    moves=st.lists(
        st.tuples(st.sampled_from(["me", "them", "nobody"]), st.floats(-2.0, 30.0), st.floats(0.0, 6.0)), max_size=5
    ),
)
def test_recrediting_keeps_the_timeline_whole(
    presses: list[tuple[str, float]], moves: list[tuple[str, float, float]]
) -> None:
    clock = FixedClock("2026-11-25T13:30:00+00:00")
    live = LiveClock(30)
    for who, seconds in presses:
        live.press(who, clock.now())
        clock.advance(seconds)
    for who, start, length in moves:
        live.talk.recredit(who, start, start + length, clock.now())
        segments = live.talk.segments(clock.now())
        assert segments[0]["start"] == 0.0
        assert all(a["end"] == pytest.approx(b["start"]) for a, b in zip(segments, segments[1:], strict=False))
        assert all(a["who"] != b["who"] for a, b in zip(segments, segments[1:], strict=False))
        elapsed = live.meeting.elapsed(clock.now())
        assert sum(live.talk.totals(clock.now()).values()) == pytest.approx(elapsed)
        if 0 <= start and start + length <= elapsed and length > 0.001:
            inside = [s for s in segments if s["start"] < start + length and s["end"] > start]
            assert [s["who"] for s in inside] == [who]
        LiveClock.from_dict(json.loads(json.dumps(live.to_dict())))  # still a valid saved record
