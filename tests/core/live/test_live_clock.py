"""The live meeting's clocks: timer, cues, talk clock and saved state, all on a fixed clock."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infocoach.core.clock import FixedClock
from infocoach.core.live.clock_record import LiveClock
from infocoach.core.live.meeting_clock import (
    MeetingClock,
    about_minutes,
    mmss,
    overtime_text,
)
from infocoach.core.live.talk_clock import TalkClock, talk_band
from infocoach.core.settings import Settings

START = "2026-11-25T13:30:00+00:00"
SEVENTY = "about ten minutes left: your top questions next"
WRAP_UP = "start wrapping up: ask who else you should talk to"
TIME_UP = "time's up: thank them and offer to let them go"


def run_cues(meeting: MeetingClock, clock: FixedClock, seconds: int) -> list[tuple[str, str, str]]:
    """Tick once a second, as the screen would, and note each cue with the time it appeared."""
    shown: set[str] = set()
    seen = []
    for _ in range(seconds):
        clock.advance(1)
        cue = meeting.due_cue(clock.now(), shown)
        if cue is not None:
            shown |= cue.settles
            seen.append((meeting.elapsed_text(clock.now()), cue.id, cue.text))
    return seen


def roundtrip(live: LiveClock) -> LiveClock:
    return LiveClock.from_dict(json.loads(json.dumps(live.to_dict())))


# --- the meeting timer -----------------------------------------------------------------------


def test_a_whole_thirty_minute_meeting_cues_at_21_25_and_30_minutes(clock: FixedClock) -> None:
    meeting = MeetingClock(30)
    meeting.start(clock.now())
    assert meeting.remaining_text(clock.now()) == "30:00"

    seen = run_cues(meeting, clock, 35 * 60)

    assert seen == [
        ("21:00", "seventy", SEVENTY),
        ("25:00", "five-left", WRAP_UP),
        ("30:00", "end", TIME_UP),
    ]
    assert meeting.elapsed(clock.now()) == 35 * 60
    assert meeting.overtime(clock.now()) == 5 * 60
    assert meeting.remaining_text(clock.now()) == "+05:00"
    meeting.end(clock.now())
    clock.advance(600)
    assert meeting.elapsed_text(clock.now()) == "35:00"  # frozen at the end
    assert meeting.ended_at == "2026-11-25T14:05:00+00:00"


def test_elapsed_rounds_down_and_remaining_up_then_overtime_as_plus(clock: FixedClock) -> None:
    meeting = MeetingClock(30)
    meeting.start(clock.now())
    clock.advance(0.5)
    assert (meeting.elapsed_text(clock.now()), meeting.remaining_text(clock.now())) == (
        "00:00",
        "30:00",
    )
    clock.advance(29 * 60 + 59)  # 29:59.5
    assert (meeting.elapsed_text(clock.now()), meeting.remaining_text(clock.now())) == (
        "29:59",
        "00:01",
    )
    clock.advance(0.5)
    assert meeting.remaining_text(clock.now()) == "00:00"
    clock.advance(65)
    assert meeting.remaining_text(clock.now()) == "+01:05"
    assert mmss(125 * 60 + 3) == "125:03" and overtime_text(59.9) == "+00:59"


def test_paused_time_is_left_out_of_elapsed_and_delays_the_cues(clock: FixedClock) -> None:
    meeting = MeetingClock(30)
    meeting.start(clock.now())
    clock.advance(600)
    meeting.pause(clock.now())
    clock.advance(900)
    assert meeting.elapsed(clock.now()) == 600 and meeting.paused
    meeting.resume(clock.now())
    clock.advance(60)
    assert meeting.elapsed_text(clock.now()) == "11:00"

    seen = run_cues(meeting, clock, 25 * 60)

    assert [(at, cue_id) for at, cue_id, _ in seen] == [
        ("21:00", "seventy"),
        ("25:00", "five-left"),
        ("30:00", "end"),
    ]


def test_cues_due_together_show_only_the_latest_and_skip_the_late_ones(clock: FixedClock) -> None:
    meeting = MeetingClock(30)
    meeting.start(clock.now())
    clock.advance(26 * 60)  # a frozen loop or a restart: 21:00 went by unseen
    cue = meeting.due_cue(clock.now(), set())
    assert cue is not None and (cue.id, cue.skipped) == ("five-left", ("seventy",))
    # Even a caller that records only the id never gets the late cue afterwards.
    assert meeting.due_cue(clock.now(), {"five-left"}) is None
    clock.advance(10 * 60)
    cue = meeting.due_cue(clock.now(), {"five-left"})
    assert cue is not None and (cue.id, cue.skipped) == ("end", ("seventy",))
    cue = meeting.due_cue(clock.now(), {"seventy", "five-left"})
    assert cue is not None and (cue.id, cue.skipped) == ("end", ())


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (
            20,
            [
                ("14:00", "about six minutes left: your top questions next"),
                ("15:00", WRAP_UP),
                ("20:00", TIME_UP),
            ],
        ),
        (15, [("10:00", WRAP_UP), ("15:00", TIME_UP)]),  # a 70% cue would come after wrapping up
        (
            45,
            [
                ("31:30", "about 15 minutes left: your top questions next"),
                ("40:00", WRAP_UP),
                ("45:00", TIME_UP),
            ],
        ),
    ],
)
def test_cues_for_other_lengths(clock: FixedClock, minutes: int, expected: list[tuple[str, str]]) -> None:
    meeting = MeetingClock(minutes)
    meeting.start(clock.now())
    seen = run_cues(meeting, clock, minutes * 60 + 60)
    assert [(at, text) for at, _, text in seen] == expected


def test_about_minutes_reads_as_speech() -> None:
    assert [about_minutes(m) for m in (1, 6, 7.5, 9, 13.5, 36)] == [
        "about one minute",
        "about six minutes",
        "about eight minutes",
        "about ten minutes",
        "about 15 minutes",
        "about 35 minutes",
    ]


def test_misuse_is_refused(clock: FixedClock) -> None:
    meeting = MeetingClock(30)
    with pytest.raises(ValueError, match="not started"):
        meeting.pause(clock.now())
    with pytest.raises(ValueError, match="not started"):
        TalkClock(meeting).switch("me", clock.now())
    with pytest.raises(ValueError, match="time zone"):
        meeting.start(clock.now().naive())
    meeting.start(clock.now())
    with pytest.raises(ValueError, match="not paused"):
        meeting.resume(clock.now())
    meeting.pause(clock.now())
    with pytest.raises(ValueError, match="already paused"):
        meeting.pause(clock.now())
    meeting.end(clock.now())
    with pytest.raises(ValueError, match="ended"):
        meeting.resume(clock.now())
    with pytest.raises(ValueError, match="positive"):
        MeetingClock(0)


# --- the talk clock --------------------------------------------------------------------------


def test_time_before_the_first_speaker_key_is_nobodys(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.start(clock.now())
    clock.advance(12)
    assert live.talk.totals(clock.now()) == {"me": 0.0, "them": 0.0, "nobody": 12.0}
    assert live.talk.share(clock.now()) is None


def test_the_first_speaker_key_starts_the_meeting(clock: FixedClock) -> None:
    live = LiveClock(30)
    assert live.press("them", clock.now()) is True
    assert live.meeting.started_at == START and live.talk.speaker == "them"
    assert live.press("them", clock.now()) is False
    with pytest.raises(ValueError, match="not a speaker"):
        LiveClock(30).press("everyone", clock.now())


def test_paused_time_counts_for_no_one_and_the_speaker_carries_on(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(30)
    assert live.toggle_pause(clock.now()) is True
    clock.advance(120)
    assert live.talk.totals(clock.now()) == {"me": 30.0, "them": 0.0, "nobody": 0.0}
    assert live.toggle_pause(clock.now()) is False
    clock.advance(10)
    assert live.talk.totals(clock.now()) == {"me": 40.0, "them": 0.0, "nobody": 0.0}
    assert live.talk.segments(clock.now()) == [{"who": "me", "start": 0.0, "end": 40.0}]


def test_a_switch_while_paused_takes_effect_at_the_paused_time(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(20)
    live.toggle_pause(clock.now())
    clock.advance(50)
    live.press("them", clock.now())
    clock.advance(50)
    live.toggle_pause(clock.now())
    clock.advance(5)
    assert live.talk.segments(clock.now()) == [
        {"who": "me", "start": 0.0, "end": 20.0},
        {"who": "them", "start": 20.0, "end": 25.0},
    ]


def test_resume_from_the_saved_dict_in_the_middle_of_a_me_stretch(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("them", clock.now())
    clock.advance(120)
    live.press("me", clock.now())
    clock.advance(45)
    assert live.next_cue(clock.now()) is None
    saved = json.dumps(live.to_dict())
    clock.advance(30)  # the process is dead; the meeting is not

    resumed = LiveClock.from_dict(json.loads(saved))

    now = clock.now()
    assert resumed.talk.speaker == "me"
    assert resumed.talk.totals(now) == {"me": 75.0, "them": 120.0, "nobody": 0.0}
    assert resumed.meeting.elapsed(now) == 195.0
    assert resumed.talk.intro_seconds(now) == 75.0  # the first "me" stretch, still going
    assert resumed.talk.monologue_seconds(now) == 75.0
    clock.advance(15)
    cue = resumed.next_cue(clock.now())  # the intro warning came due while the process was dead
    assert cue is not None and (cue.id, cue.skipped) == ("monologue-1", ("intro",))
    assert roundtrip(resumed).next_cue(clock.now()) is None  # shown cues are saved too


def test_the_intro_is_the_first_me_stretch_and_warns_at_a_minute(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.start(clock.now())
    clock.advance(5)
    live.press("me", clock.now())
    clock.advance(59)
    assert live.talk.intro_seconds(clock.now()) == 59 and not live.talk.intro_too_long(clock.now())
    assert live.next_cue(clock.now()) is None
    clock.advance(1)
    cue = live.next_cue(clock.now())
    assert cue is not None and cue.id == "intro" and live.talk.intro_too_long(clock.now())
    clock.advance(10)
    live.press("them", clock.now())
    clock.advance(60)
    live.press("me", clock.now())
    clock.advance(80)
    assert live.talk.intro_seconds(clock.now()) == 70  # later stretches are not the intro
    assert live.next_cue(clock.now()) is None  # and get no intro warning


def test_the_monologue_cue_comes_once_per_stretch(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("them", clock.now())
    clock.advance(30)
    live.press("me", clock.now())
    cues = []
    for _ in range(200):
        clock.advance(1)
        cue = live.next_cue(clock.now())
        if cue is not None:
            cues.append((live.talk.monologue_seconds(clock.now()), cue.id))
    live.press("them", clock.now())
    clock.advance(5)
    live.press("me", clock.now())
    clock.advance(89)
    assert live.next_cue(clock.now()) is None
    clock.advance(1)
    cue = live.next_cue(clock.now())
    assert cues == [(60.0, "intro"), (90.0, "monologue-1")] and cue is not None
    assert (cue.id, cue.text) == ("monologue-2", "ask a question, then listen")


def test_an_intro_cue_due_with_the_monologue_cue_is_skipped(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(95)
    cue = live.next_cue(clock.now())
    assert cue is not None and (cue.id, cue.skipped) == ("monologue-1", ("intro",))
    assert live.next_cue(clock.now()) is None


def test_switches_at_one_instant_leave_no_empty_segments(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(40)
    live.press("them", clock.now())
    live.press("me", clock.now())  # a slip of the finger: still the same "me" stretch
    clock.advance(50)
    assert live.talk.segments(clock.now()) == [{"who": "me", "start": 0.0, "end": 90.0}]
    cue = live.next_cue(clock.now())
    assert cue is not None and cue.id == "monologue-1"


def test_recent_share_looks_at_the_last_five_minutes_of_meeting_time(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(600)
    live.press("them", clock.now())
    clock.advance(300)
    now = clock.now()
    assert live.talk.share(now) == pytest.approx(600 / 900)
    assert live.talk.recent_share(now) == 0.0
    live.press("me", now)
    clock.advance(60)
    live.toggle_pause(clock.now())
    clock.advance(600)  # paused: the window does not slide
    assert live.talk.recent_share(clock.now()) == pytest.approx(60 / 300)
    assert live.talk.recent_share(clock.now(), window=60) == 1.0


def test_a_wall_clock_stepping_back_never_takes_talk_time_back(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(100)
    live.press("them", clock.now())
    clock.advance(-30)
    now = clock.now()
    assert live.talk.totals(now) == {"me": 100.0, "them": 0.0, "nobody": 0.0}
    assert live.meeting.elapsed(now) == 100.0


def test_the_end_freezes_the_totals_for_the_export(clock: FixedClock) -> None:
    live = LiveClock(30)
    live.press("me", clock.now())
    clock.advance(50)
    live.press("them", clock.now())
    clock.advance(100)
    live.end(clock.now())
    clock.advance(999)
    assert live.talk_totals(clock.now()).to_dict() == {"me": 50.0, "them": 100.0, "nobody": 0.0}
    with pytest.raises(ValueError, match="ended"):
        live.press("me", clock.now())
    assert roundtrip(live).meeting.ended_at == "2026-11-25T13:32:30+00:00"


@pytest.mark.parametrize(
    "broken",
    [
        {"version": 2},
        {"version": 1, "meeting": {"started_at": "yesterday"}, "talk": {}},
        {
            "version": 1,
            "meeting": {"started_at": START, "pauses": [[5, None], [9, 10]]},
            "talk": {},
        },
        {
            "version": 1,
            "meeting": {"started_at": START},
            "talk": {"segments": [{"who": "me", "start": 3, "end": 9}]},
        },
        {"version": 1, "meeting": {"started_at": START}, "talk": {"speaker": "someone"}},
    ],
)
def test_a_broken_saved_state_is_refused(broken: dict) -> None:
    with pytest.raises(ValueError):
        LiveClock.from_dict(broken)


# --- the band --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "band"),
    [
        (None, None),
        (0.0, "quiet"),
        (0.194, "quiet"),
        (0.2, "good"),
        (0.404, "good"),
        (0.41, "amber"),
        (0.5, "amber"),
        (0.51, "red"),
        (1.0, "red"),
    ],
)
def test_talk_band_matches_the_percent_shown(share: float | None, band: str | None) -> None:
    assert talk_band(share) == band


def test_talk_band_follows_the_settings() -> None:
    s = Settings(talk_target_low=10, talk_target_high=30, talk_red_above=35)
    assert talk_band(0.33, s.talk_target_low, s.talk_target_high, s.talk_red_above) == "amber"
    with pytest.raises(ValueError, match="order"):
        talk_band(0.3, 40, 30, 50)


# --- the invariant ---------------------------------------------------------------------------

ACTIONS = st.sampled_from(["me", "them", "nobody", "pause", "resume", "reload"])
STEPS = st.lists(st.tuples(st.floats(0, 400, allow_nan=False), ACTIONS), max_size=40)


@settings(max_examples=300, deadline=None)
@given(STEPS, st.booleans())
def test_talk_totals_add_up_to_elapsed_and_never_decrease(steps: list, end: bool) -> None:
    clock = FixedClock(START)
    live = LiveClock(30)
    live.start(clock.now())
    before = {"me": 0.0, "them": 0.0, "nobody": 0.0}

    def check() -> None:
        nonlocal before
        now = clock.now()
        totals = live.talk.totals(now)
        assert abs(sum(totals.values()) - live.meeting.elapsed(now)) <= 1e-6
        assert all(totals[who] >= before[who] - 1e-9 for who in totals)
        segments = live.talk.segments(now)
        assert abs(sum(s["end"] - s["start"] for s in segments) - live.meeting.elapsed(now)) <= 1e-6
        before = totals

    for seconds, action in steps:
        clock.advance(seconds)
        check()
        if action == "reload":
            live = roundtrip(live)
        elif action in ("pause", "resume"):
            if live.meeting.paused == (action == "resume"):
                getattr(live.meeting, action)(clock.now())
            else:
                with pytest.raises(ValueError):
                    getattr(live.meeting, action)(clock.now())
        else:
            live.press(action, clock.now())
        check()
    if end:
        live.end(clock.now())
        clock.advance(100)
        check()
