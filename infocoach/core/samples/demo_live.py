"""The demo's past meetings as if they had been held on the live screen.

Each met demo meeting is given a conversation with the talk totals its content names: a short
intro, their answers and the user's questions in turn, a few silences. The conversation is played
through a real :class:`~infocoach.core.live.clock_record.LiveClock`, so the saved record (start, end,
segments, clock state) is exactly what the live screen would have written.
"""

from __future__ import annotations

import pendulum

from infocoach.core.clock import iso
from infocoach.core.live.clock_record import LiveClock
from infocoach.core.records.model import Meeting, TalkSegment, TalkTotals

# Turn lengths vary by these weights in turn, so the demo's share-over-time chart has a shape.
_WEIGHTS = (1.0, 0.6, 1.4, 0.8, 1.2, 0.9, 1.5, 0.7)
_THEIR_TURN = 130.0  # seconds: about how long one of their answers runs
_INTRO_SHARE = 0.08  # the intro's part of the user's talking


def _split(total: float, parts: int, offset: int) -> list[float]:
    """``total`` seconds in ``parts`` varied, whole-second lengths that add up exactly."""
    if parts <= 0:
        return []
    weights = [_WEIGHTS[(offset + i) % len(_WEIGHTS)] for i in range(parts)]
    scale = total / sum(weights)
    lengths = [float(round(w * scale)) for w in weights[:-1]]
    return [*lengths, total - sum(lengths)]


def conversation(me: float, them: float, nobody: float) -> list[tuple[str, float]]:
    """(speaker, seconds) turns: the user's intro first, then their answer and the user's next
    question in turn, with a silence after every third answer; the totals add up exactly."""
    their_turns = max(3, round(them / _THEIR_TURN))
    intro = round(min(55.0, max(20.0, me * _INTRO_SHARE)))
    my_turns = [float(intro), *_split(me - intro, their_turns, 3)]
    silences = _split(nobody, max(1, their_turns // 3), 5)
    turns: list[tuple[str, float]] = []
    for index, answer in enumerate(_split(them, their_turns, 0)):
        turns.append(("me", my_turns[index]))
        turns.append(("them", answer))
        if index % 3 == 2 and silences:
            turns.append(("nobody", silences.pop()))
    turns.append(("me", my_turns[-1]))  # the thanks at the end
    turns += [("nobody", rest) for rest in silences]
    return [(who, seconds) for who, seconds in turns if seconds > 0]


def record_live(meeting: Meeting, start: pendulum.DateTime, talk: TalkTotals) -> None:
    """Fill the meeting's live record from a conversation with these totals, held at ``start``."""
    live = LiveClock(meeting.planned_minutes)
    live.start(start)
    offset = 0.0
    for who, seconds in conversation(talk.me, talk.them, talk.nobody):
        live.press(who, start.add(seconds=offset))
        offset += seconds
    end = start.add(seconds=offset)
    live.shown |= {cue.id for cue in live.meeting.cues() if cue.due_at <= offset}
    live.end(end)
    meeting.started_at = iso(start)
    meeting.ended_at = iso(end)
    meeting.talk = live.talk_totals(end)
    meeting.segments = [TalkSegment(**s) for s in live.talk.segments(end)]
    meeting.live = live.to_dict()
