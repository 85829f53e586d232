"""The wrap-up summary: figures from segments, the share-over-time line, and the observations."""

from __future__ import annotations

import math

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infocoach.core.records.model import Meeting, Question, TalkSegment, TalkTotals
from infocoach.core.samples.demo import build_demo
from infocoach.core.wrapup.summary import (
    WrapupSummary,
    coverage_text,
    observations,
    spoken_time,
    summarize,
)

FIXED_NOW = "2026-11-25T13:30:00+00:00"
USER_TZ = "Europe/London"

SHARE_HIGH = "Next time, follow each answer with a short question and let them talk."
MONOLOGUE = "hand the conversation back with a question"


def held(
    turns: list[tuple[str, float]] = (),  # type: ignore[assignment]
    *,
    questions: list[Question] | None = None,
    planned_minutes: int = 30,
    talk: TalkTotals | None | str = "from-turns",
    started_at: str | None = None,
    ended_at: str | None = None,
) -> Meeting:
    """A held meeting from (speaker, seconds) turns laid end to end from 0."""
    segments, t = [], 0.0
    totals = TalkTotals()
    for who, seconds in turns:
        segments.append(TalkSegment(who, t, t + seconds))
        setattr(totals, who, getattr(totals, who) + seconds)
        t += seconds
    return Meeting(
        id="m-test",
        contact_id="c-test",
        status="done",
        planned_minutes=planned_minutes,
        questions=questions or [],
        segments=segments,
        talk=(totals if segments else None) if talk == "from-turns" else talk,  # type: ignore[arg-type]
        started_at=started_at,
        ended_at=ended_at,
    )


def plan(*specs: tuple[str, str]) -> list[Question]:
    """Questions from (category, state), priority by position."""
    return [
        Question(text=f"Question {i}?", category=category, priority=i, state=state)
        for i, (category, state) in enumerate(specs, start=1)
    ]


def balanced(me: float, them: float) -> list[tuple[str, float]]:
    """A short intro, then the rest of the user's talking in 40-second turns between answers,
    so no intro or monologue line fires: only the share speaks."""
    turns: list[tuple[str, float]] = []
    left_me, left_them = me, them
    while left_me > 0 or left_them > 0:
        if left_me > 0:
            turns.append(("me", min(40.0, left_me)))
            left_me -= 40.0
        if left_them > 0:
            turns.append(("them", min(40.0, left_them)))
            left_them -= 40.0
    return turns


# --- figures ---------------------------------------------------------------------------------


def test_figures_from_hand_built_segments() -> None:
    meeting = held(
        [("me", 70), ("them", 120), ("nobody", 10), ("me", 100), ("them", 120)],
        questions=plan(("Trends", "asked"), ("Advice", "open"), ("Resources", "skipped")),
        planned_minutes=20,
    )
    summary = summarize(meeting)
    assert summary.planned_seconds == 1200
    assert summary.held_seconds == 420
    assert summary.talk == TalkTotals(me=170, them=240, nobody=10)
    assert summary.share == pytest.approx(170 / 410)
    assert summary.share_percent == "41%"
    assert summary.band == "amber"
    assert summary.intro_seconds == 70
    assert summary.longest_monologue == 100
    assert summary.longest_after_intro == 100
    assert summary.overtime_seconds == 0
    assert summary.share_over_time == pytest.approx([1.0, 10 / 60, 0.0, 40 / 50, 1.0, 0.0, 0.0])
    assert summary.window == 60
    assert (summary.planned, summary.asked) == (3, 1)
    assert [q.category for q in summary.left] == ["Advice"]
    assert [q.category for q in summary.skipped] == ["Resources"]
    assert summary.target_low == 20 and summary.target_high == 40 and summary.red_above == 50


def test_the_meetings_own_talk_totals_win_and_segments_fill_in_when_there_are_none() -> None:
    turns = [("me", 30), ("them", 90)]
    given_totals = TalkTotals(me=10, them=90, nobody=20)
    assert summarize(held(turns, talk=given_totals)).talk == given_totals
    derived = summarize(held(turns, talk=None))
    assert derived.talk == TalkTotals(me=30, them=90, nobody=0)
    assert derived.share == pytest.approx(0.25)


def test_the_intro_is_the_first_stretch_even_when_they_speak_first() -> None:
    summary = summarize(held([("nobody", 5), ("them", 20), ("me", 50), ("them", 60), ("me", 80)]))
    assert summary.intro_seconds == 50
    assert summary.longest_monologue == 80
    assert summary.longest_after_intro == 80


def test_touching_stretches_of_mine_count_as_one() -> None:
    meeting = held()
    meeting.segments = [
        TalkSegment("me", 0, 40),
        TalkSegment("me", 40, 75),
        TalkSegment("them", 75, 200),
        TalkSegment("me", 200, 230),
    ]
    summary = summarize(meeting)
    assert summary.intro_seconds == 75
    assert summary.longest_monologue == 75
    assert summary.longest_after_intro == 30


def test_a_meeting_where_i_never_spoke() -> None:
    summary = summarize(held([("nobody", 10), ("them", 600)]))
    assert summary.intro_seconds == 0
    assert summary.longest_monologue == 0
    assert summary.share == 0
    assert summary.band == "quiet"
    assert summary.share_over_time == [0.0] * 11


def test_held_time_falls_back_to_talk_totals_then_the_wall_clock_then_zero() -> None:
    by_talk = held(talk=TalkTotals(me=100, them=300, nobody=20))
    assert summarize(by_talk).held_seconds == 420
    by_clock = held(started_at="2026-11-25T10:00:00+00:00", ended_at="2026-11-25T10:31:15+00:00")
    assert summarize(by_clock).held_seconds == 1875
    assert summarize(held()).held_seconds == 0
    backwards = held(started_at="2026-11-25T10:30:00+00:00", ended_at="2026-11-25T10:00:00+00:00")
    assert summarize(backwards).held_seconds == 0
    broken = held(started_at="not a date", ended_at="2026-11-25T10:00:00+00:00")
    assert summarize(broken).held_seconds == 0


def test_left_and_skipped_follow_the_plan_and_are_copies() -> None:
    questions = [
        Question("Third?", "Advice", 3, "open"),
        Question("First?", "Trends", 1, "open"),
        Question("Second?", "Insights", 2, "skipped"),
        Question("Fourth?", "Resources", 4, "open"),
    ]
    meeting = held([("me", 30)], questions=questions)
    summary = summarize(meeting)
    assert [q.text for q in summary.left] == ["First?", "Third?", "Fourth?"]
    assert [q.text for q in summary.skipped] == ["Second?"]
    summary.left[0].state = "asked"
    assert questions[1].state == "open"


def test_odd_input_gives_zeros_not_errors() -> None:
    empty = Meeting(id="m-empty", contact_id="c", planned_minutes=0)
    summary = summarize(empty)
    assert summary.planned_seconds == 0 and summary.held_seconds == 0
    assert summary.talk is None and summary.share is None and summary.band is None
    assert summary.share_over_time == [] and summary.left == [] and summary.skipped == []
    assert (summary.planned, summary.asked, summary.intro_seconds) == (0, 0, 0)
    assert len(summary.observations) == 1

    odd = held(talk=TalkTotals())  # timed, but nobody was ever marked as speaking
    odd.segments = [
        TalkSegment("me", 10, 10),  # zero length
        TalkSegment("them", 30, 20),  # backwards
        TalkSegment("me", 0, math.nan),
    ]
    summary = summarize(odd)
    assert summary.held_seconds == 0 and summary.share_over_time == []
    assert summary.share is None and summary.intro_seconds == 0
    assert len(summary.observations) == 1


def test_bad_window_or_band_is_refused() -> None:
    meeting = held([("me", 30)])
    for window in (0, -60, math.inf, math.nan):
        with pytest.raises(ValueError):
            summarize(meeting, window=window)
    with pytest.raises(ValueError):
        summarize(meeting, low=40, high=20)


def test_summarize_is_deterministic() -> None:
    meeting = held([("me", 45), ("them", 200), ("me", 100)], questions=plan(("Advice", "open")))
    assert summarize(meeting) == summarize(meeting)


# --- share over time -------------------------------------------------------------------------


def test_silent_windows_carry_the_value_before_them() -> None:
    meeting = held([("me", 30), ("them", 30), ("nobody", 120), ("them", 20), ("me", 40)])
    assert summarize(meeting).share_over_time == pytest.approx([0.5, 0.5, 0.5, 40 / 60])


def test_a_silent_start_reads_zero_and_a_short_last_window_counts() -> None:
    meeting = held([("nobody", 120), ("me", 30)])
    assert summarize(meeting).share_over_time == pytest.approx([0.0, 0.0, 1.0])


def test_the_window_length_is_a_parameter() -> None:
    meeting = held([("me", 45), ("them", 45)])
    assert summarize(meeting, window=30).share_over_time == pytest.approx([1.0, 0.5, 0.0])
    assert summarize(meeting, window=90).share_over_time == pytest.approx([0.5])
    assert summarize(meeting, window=1000).share_over_time == pytest.approx([0.5])


def test_no_segments_no_line() -> None:
    assert summarize(held(talk=TalkTotals(me=100, them=200))).share_over_time == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["me", "them", "nobody"]),
            st.floats(min_value=0.5, max_value=400, allow_nan=False),
        ),
        max_size=40,
    ),
    st.sampled_from([15.0, 60.0, 90.0]),
)
def test_figures_hold_for_any_conversation(turns: list[tuple[str, float]], window: float) -> None:
    meeting = held(turns, questions=plan(("Advice", "open"), ("Trends", "asked")))
    summary = summarize(meeting, window=window)
    total = sum(seconds for _, seconds in turns)
    assert summary.held_seconds == pytest.approx(total)
    assert len(summary.share_over_time) == (math.ceil(total / window - 1e-6) if turns else 0)
    assert all(0 <= value <= 1 for value in summary.share_over_time)
    assert summary.longest_monologue >= summary.intro_seconds
    assert summary.longest_monologue >= summary.longest_after_intro
    assert 1 <= len(summary.observations) <= 2


# --- band edges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("me", "them", "band"),
    [
        (19, 81, "quiet"),
        (20, 80, "good"),
        (40, 60, "good"),
        (41, 59, "amber"),
        (50, 50, "amber"),
        (51, 49, "red"),
    ],
)
def test_band_edges(me: float, them: float, band: str) -> None:
    summary = summarize(held(balanced(me * 10, them * 10)))
    assert summary.share_percent == f"{me}%"
    assert summary.band == band
    first = summary.observations[0]
    if band in ("amber", "red"):
        assert first.startswith(f"You spoke {me}% of the time")
        assert SHARE_HIGH in first
        assert ("a little above" in first) == (band == "amber")
    elif band == "good":
        assert first == f"You spoke {me}% of the time, right in your 20–40% band: well listened."
    else:
        assert first.startswith(f"You spoke {me}% of the time and let them do most of the talking")


def test_the_band_comes_from_the_settings_passed_in() -> None:
    meeting = held(balanced(380, 620))  # 38%
    assert summarize(meeting).band == "good"
    strict = summarize(meeting, low=15, high=30, red=35)
    assert strict.band == "red"
    assert strict.observations[0].startswith("You spoke 38% of the time, above the 30% you aim")


# --- observations ----------------------------------------------------------------------------


def test_a_long_intro() -> None:
    summary = summarize(held([("me", 130), ("them", 600), ("me", 40), ("them", 500)]))
    assert summary.observations[0] == "Your intro ran 2:10 — aim for under a minute next time."
    assert not any(MONOLOGUE in line for line in summary.observations)


def test_an_intro_of_a_minute_is_fine_and_earns_a_word_when_there_is_room() -> None:
    summary = summarize(held([("me", 60.5), ("them", 900)]))  # reads 1:00 on the clock
    assert not any("aim for under a minute" in line for line in summary.observations)
    assert "Your intro took 1:00, under a minute" in observations(summary, limit=10)[1]


def test_intro_edge_61_seconds() -> None:
    summary = summarize(held([("me", 61), ("them", 900)]))
    assert summary.observations[0] == "Your intro ran 1:01 — aim for under a minute next time."


def test_a_long_stretch_after_the_intro() -> None:
    summary = summarize(held([("me", 30), ("them", 600), ("me", 160), ("them", 700)]))
    assert summary.observations[0] == (
        "Your longest stretch of talking was 2:40; after about a minute, hand the conversation back with a question."
    )


def test_ninety_seconds_is_not_a_monologue_but_ninety_one_is() -> None:
    calm = summarize(held([("me", 30), ("them", 600), ("me", 90.4), ("them", 700)]))
    assert not any(MONOLOGUE in line for line in calm.observations)
    long = summarize(held([("me", 30), ("them", 600), ("me", 91), ("them", 700)]))
    assert "was 1:31;" in long.observations[0]


def test_a_long_intro_and_a_long_stretch_after_it_are_both_named() -> None:
    summary = summarize(held([("me", 130), ("them", 900), ("me", 100), ("them", 900)]))
    assert summary.observations == [
        "Your intro ran 2:10 — aim for under a minute next time.",
        ("Your longest stretch of talking was 1:40; after about a minute, hand the conversation back with a question."),
    ]


def test_overtime_over_ten_percent() -> None:
    over = summarize(held([("me", 30), ("them", 2250)], planned_minutes=30))  # 38:00
    assert over.observations[0] == (
        "The meeting ran 38 minutes against 30 planned; "
        "next time, start wrapping up at the five-minute cue to respect their time."
    )
    edge = summarize(held([("me", 30), ("them", 1950)], planned_minutes=30))  # exactly 33:00
    assert not any("planned;" in line for line in observations(edge, limit=10))
    just_over = summarize(held([("me", 30), ("them", 1951)], planned_minutes=30))
    assert "ran 33 minutes against 30 planned" in just_over.observations[0]


def test_overtime_from_the_wall_clock_when_the_meeting_was_not_timed() -> None:
    meeting = held(
        started_at="2026-11-25T10:00:00+00:00",
        ended_at="2026-11-25T10:40:00+00:00",
        planned_minutes=30,
    )
    assert summarize(meeting).observations[0].startswith("The meeting ran 40 minutes against 30")


def test_finishing_on_time_is_praised_when_there_is_room() -> None:
    summary = summarize(held([("me", 30), ("them", 1670)], planned_minutes=30))  # 28:20
    lines = observations(summary, limit=10)
    assert "You finished in 28 minutes, inside the 30 you asked for: that respects their time." in lines
    between = summarize(held([("me", 30), ("them", 1890)], planned_minutes=30))  # 32:00
    assert not any("finished" in line or "planned;" in line for line in observations(between, limit=10))


def test_problems_first_then_coverage_then_praise() -> None:
    meeting = held(
        [("me", 130), ("them", 300), ("me", 200), ("them", 300), ("me", 1000), ("them", 400)],
        questions=plan(("Advice", "asked"), ("Advice", "open")),
        planned_minutes=30,
    )
    summary = summarize(meeting)
    every = observations(summary, limit=10)
    assert [line.split(" ")[:3] for line in every] == [
        ["You", "spoke", "57%"],
        ["Your", "intro", "ran"],
        ["Your", "longest", "stretch"],
        ["The", "meeting", "ran"],
        ["You", "asked", "1"],
    ]
    assert summary.observations == every[:2]


def test_coverage_comes_before_praise() -> None:
    meeting = held(balanced(300, 900), questions=plan(("Trends", "asked"), ("Advice", "open")))
    assert summarize(meeting).observations == [
        "You asked 1 of 2 questions; the one left was Advice.",
        "You spoke 25% of the time, right in your 20–40% band: well listened.",
    ]


def test_never_more_than_two_and_always_at_least_one() -> None:
    meetings = [
        held([("me", 200), ("them", 100), ("me", 2000)], questions=plan(("Advice", "open"))),
        held(balanced(300, 900)),
        held(),
        held(questions=plan(("Advice", "asked"))),
        Meeting(id="m", contact_id="c"),
    ]
    for meeting in meetings:
        assert 1 <= len(summarize(meeting).observations) <= 2
    assert observations(summarize(meetings[0]), limit=1) == summarize(meetings[0]).observations[:1]


def test_no_talk_data_speaks_of_the_questions_only() -> None:
    meeting = held(questions=plan(("Trends", "asked"), ("Advice", "asked"), ("Advice", "open")))
    assert summarize(meeting).observations == [
        "You asked 2 of 3 questions; the one left was Advice.",
    ]


def test_no_talk_data_and_no_questions_gets_a_gentle_line() -> None:
    (line,) = summarize(held()).observations
    assert line.startswith("There is no talk balance for this meeting; next time, mark who")


def test_observations_never_judge() -> None:
    harsh = ("bad", "poor", "fail", "wrong", "too much", "should have", "!")
    meeting = held(
        [("me", 130), ("them", 300), ("me", 200), ("them", 300), ("me", 1000), ("them", 400)],
        questions=plan(("Advice", "open")),
    )
    for line in observations(summarize(meeting), limit=10):
        assert not any(word in line.lower() for word in harsh), line


# --- question coverage grammar ---------------------------------------------------------------


def coverage(*specs: tuple[str, str]) -> str | None:
    return coverage_text(summarize(held(questions=plan(*specs))))


def test_coverage_grammar() -> None:
    assert coverage(("Advice", "asked")) == "You asked 1 of 1 question: the one you planned."
    assert coverage(("Advice", "asked"), ("Trends", "asked")) == ("You asked 2 of 2 questions: every one you planned.")
    assert coverage(("Trends", "asked"), ("Advice", "open")) == ("You asked 1 of 2 questions; the one left was Advice.")
    assert coverage(*[("Trends", "asked")] * 6, ("Advice", "open"), ("Advice", "open")) == (
        "You asked 6 of 8 questions; the two left were both Advice."
    )
    assert (
        coverage(("Insights", "asked"), ("Advice", "open"), ("Trends", "open"), ("Resources", "open"))
        == "You asked 1 of 4 questions; the three left were Advice, Trends and Resources."
    )
    assert coverage(("Insights", "asked"), *[("Advice", "open")] * 3) == (
        "You asked 1 of 4 questions; the three left were all Advice."
    )
    assert (
        coverage(("Insights", "asked"), ("Advice", "open"), ("Trends", "open"), ("Advice", "open"))
        == "You asked 1 of 4 questions; the three left were two Advice and one Trends."
    )


def test_coverage_with_skipped_questions() -> None:
    assert coverage(("Trends", "asked"), ("Advice", "skipped")) == (
        "You asked 1 of 2 questions and skipped one, so nothing was left open."
    )
    assert coverage(("Trends", "asked"), ("Advice", "skipped"), ("Resources", "open")) == (
        "You asked 1 of 3 questions and skipped one; the one left was Resources."
    )


def test_coverage_when_nothing_was_marked_asked() -> None:
    assert coverage(("Advice", "open")) == ("You didn't mark your one question as asked; the one left was Advice.")
    assert coverage(("Advice", "open"), ("Trends", "open")) == (
        "You marked none of your 2 questions as asked; the two left were Advice and Trends."
    )


def test_coverage_without_categories() -> None:
    assert coverage(("Trends", "asked"), ("", "open"), ("Advice", "open")) == (
        "You asked 1 of 3 questions; two were left open."
    )
    assert coverage(("Trends", "asked"), ("", "open")) == "You asked 1 of 2 questions; one was left open."


def test_no_plan_no_coverage_line() -> None:
    assert coverage() is None


def test_spoken_time() -> None:
    assert spoken_time(130) == "2:10"
    assert spoken_time(45) == "0:45"
    assert spoken_time(59.9) == "0:59"
    assert spoken_time(725) == "12:05"
    assert spoken_time(0) == "0:00"


# --- the demo's held meetings ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_summaries() -> dict[str, tuple[Meeting, WrapupSummary]]:
    _, meetings = build_demo(pendulum.parse(FIXED_NOW), USER_TZ)
    return {m.id: (m, summarize(m)) for m in meetings if m.talk is not None}


def test_the_demo_held_meetings_are_the_ones_with_talk(demo_summaries) -> None:
    assert sorted(demo_summaries) == [f"m-demo-0{i}" for i in range(1, 6)]


def test_demo_figures_are_sensible(demo_summaries) -> None:
    for meeting_id, (meeting, summary) in demo_summaries.items():
        talk = meeting.talk
        assert talk is not None
        assert summary.held_seconds == pytest.approx(talk.me + talk.them + talk.nobody), meeting_id
        assert summary.share == pytest.approx(talk.share), meeting_id
        assert summary.planned_seconds == meeting.planned_minutes * 60
        assert 20 <= summary.intro_seconds <= 60, meeting_id
        assert summary.longest_monologue >= summary.intro_seconds
        assert len(summary.share_over_time) == math.ceil(summary.held_seconds / 60)
        assert all(0 <= value <= 1 for value in summary.share_over_time)
        assert summary.planned == len(meeting.questions)
        assert summary.asked + len(summary.left) + len(summary.skipped) == summary.planned
        assert 1 <= len(summary.observations) <= 2


def test_demo_bands_and_observations(demo_summaries) -> None:
    bands = {meeting_id: summary.band for meeting_id, (_, summary) in demo_summaries.items()}
    assert bands == {
        "m-demo-01": "good",
        "m-demo-02": "amber",
        "m-demo-03": "good",
        "m-demo-04": "red",
        "m-demo-05": "good",
    }
    _, talky = demo_summaries["m-demo-04"]
    assert talky.share_percent == "52%"
    assert talky.observations[0].startswith("You spoke 52% of the time, above the 40% you aim for.")
    _, calm = demo_summaries["m-demo-03"]
    assert calm.observations == [
        "You asked 6 of 7 questions; the one left was Resources.",
        "You spoke 28% of the time, right in your 20–40% band: well listened.",
    ]
