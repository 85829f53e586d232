"""Audio seconds onto meeting time: running, paused, resumed."""

from __future__ import annotations

import pytest

from infocoach.core.live.audio_time import AudioTimeline


def test_nothing_is_known_before_the_first_anchor() -> None:
    assert AudioTimeline().meeting_time(3.0) is None


def test_while_running_audio_and_meeting_time_move_together() -> None:
    timeline = AudioTimeline()
    timeline.mark(12.0, 40.0, True)
    timeline.mark(20.0, 48.1, True)  # no change of state: the first anchor still rules
    assert timeline.meeting_time(12.0) == 40.0
    assert timeline.meeting_time(15.5) == pytest.approx(43.5)
    assert timeline.meeting_time(10.0) == 40.0  # heard before the anchor: at the anchor


def test_audio_heard_while_paused_falls_on_the_paused_moment() -> None:
    timeline = AudioTimeline()
    timeline.mark(0.0, 0.0, False)  # listening before the start
    timeline.mark(5.0, 0.0, True)  # p
    timeline.mark(65.0, 60.0, False)  # paused at one minute of meeting time
    timeline.mark(125.0, 60.0, True)  # resumed a minute later
    assert timeline.meeting_time(3.0) == 0.0
    assert timeline.meeting_time(35.0) == pytest.approx(30.0)
    assert timeline.meeting_time(90.0) == 60.0
    assert timeline.meeting_time(130.0) == pytest.approx(65.0)
    # a turn from 60 s before the pause to 5 s after it is credited 5 + 5 seconds
    assert timeline.meeting_time(130.0) - timeline.meeting_time(60.0) == pytest.approx(10.0)


def test_a_running_span_never_passes_the_next_anchor() -> None:
    timeline = AudioTimeline()
    timeline.mark(0.0, 0.0, True)
    timeline.mark(10.0, 9.8, False)  # the screen saw the pause a little before the audio did
    assert timeline.meeting_time(9.95) == 9.8
    with pytest.raises(ValueError):
        timeline.mark(5.0, 9.8, True)
