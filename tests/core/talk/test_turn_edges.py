"""The turn tracker's edges: a turn is dated over the sound joined to its voice (at most
edge_frames either side), never over a previous turn, and a stray sound long before a turn does
not date it."""

from __future__ import annotations

from infocoach.core.talk.turn_taking import Talker, Turn, TurnTracker


def track(frames: list[tuple[Talker | None, tuple[Talker, ...]]], edge: int = 10) -> list[Turn]:
    tracker = TurnTracker(rest="nobody", hangover_frames=30, min_run_frames=8, edge_frames=edge)
    for voice, sounding in frames:
        tracker.step(voice, sounding)
    tracker.finish()
    return tracker.take_turns()


def quiet(count: int) -> list[tuple[Talker | None, tuple[Talker, ...]]]:
    return [(None, ())] * count


def sound(who: Talker, count: int) -> list[tuple[Talker | None, tuple[Talker, ...]]]:
    """Sound on the channel that the voice detector does not call voice (an "s", a "th")."""
    return [(None, (who,))] * count


def voice(who: Talker, count: int) -> list[tuple[Talker | None, tuple[Talker, ...]]]:
    return [(who, (who,))] * count


def test_the_unvoiced_sound_leading_into_and_out_of_a_turn_belongs_to_it() -> None:
    assert track(quiet(20) + sound("me", 4) + voice("me", 20) + sound("me", 5) + quiet(40)) == [Turn("me", 20, 49)]


def test_joined_sound_counts_only_up_to_edge_frames() -> None:
    assert track(quiet(5) + sound("me", 30) + voice("me", 20) + sound("me", 30) + quiet(40)) == [Turn("me", 25, 65)]
    assert track(quiet(5) + sound("me", 30) + voice("me", 20) + quiet(40), edge=0) == [Turn("me", 35, 55)]


def test_sound_after_a_break_or_on_the_other_channel_is_not_joined() -> None:
    frames = sound("me", 5) + quiet(2) + voice("me", 20) + quiet(2) + sound("me", 5) + sound("them", 5) + quiet(40)
    assert track(frames) == [Turn("me", 7, 27)]


def test_a_new_turn_never_starts_inside_the_one_before() -> None:
    frames = voice("me", 20) + sound("them", 6) + voice("them", 20) + quiet(40)
    [mine, theirs] = track(frames)
    assert mine == Turn("me", 0, 20) and theirs.who == "them" and theirs.start >= mine.end


def test_a_stray_sound_well_before_a_turn_does_not_date_it() -> None:
    frames = quiet(5) + voice("me", 1) + quiet(20) + voice("me", 20) + quiet(40)
    assert track(frames, edge=0) == [Turn("me", 26, 46)]
