"""The wrap-up summary: a held meeting's figures, and one or two observations to learn from.

Pure core logic (no Textual, no TinyDB). :func:`summarize` reads a held :class:`Meeting` (its
talk totals, speaker segments, question plan and times) and returns a :class:`WrapupSummary`:
how long it ran against the plan, the user's talk share and its band, the intro and the longest
stretch of talking, the share minute by minute (for a Sparkline), the question coverage, and
:func:`observations`: at most two concrete, kind lines, problems first, then the question
coverage, then praise. The product's rule 7 ("don't make it all about you") is taught here,
after the meeting, rather than by a busy live screen.

Times are seconds of meeting time (pauses left out), as in the segments. Shares are 0..1, as
:attr:`TalkTotals.share`; the band is judged as the whole percent shown (:func:`talk_band`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from infocoach.core.describe import count_of, duration_text, meeting_length, percent_text
from infocoach.core.live.meeting_clock import EPSILON
from infocoach.core.live.talk_clock import INTRO_LIMIT, MONOLOGUE_LIMIT, TalkBand, talk_band
from infocoach.core.records.model import Meeting, Question, TalkSegment, TalkTotals

__all__ = [
    "MAX_OBSERVATIONS",
    "OVERTIME_MARGIN",
    "WrapupSummary",
    "coverage_text",
    "observations",
    "spoken_time",
    "summarize",
]

MAX_OBSERVATIONS = 2
OVERTIME_MARGIN = 0.10  # a meeting more than 10% over its planned length is worth a word
DEFAULT_WINDOW = 60.0  # seconds per point of the share-over-time line

_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)


@dataclass(frozen=True)
class WrapupSummary:
    """A held meeting's figures, ready for the wrap-up screen.

    - ``planned_seconds``: the planned length; ``held_seconds``: how long it ran (the
      live clock's elapsed meeting time at the end, the one length shown everywhere: see
      :func:`~infocoach.core.describe.meeting_length`; 0 for a meeting never timed).
    - ``talk``: the talk totals (the meeting's own, else added up from its segments; None if
      the meeting was never timed); ``share``: the user's share of the talking, me/(me+them),
      0..1 or None; ``band``: "quiet", "good", "amber", "red" or None.
    - ``intro_seconds``: the user's first stretch of talking (0 if they never spoke);
      ``longest_monologue``: the user's longest stretch; ``longest_after_intro``: the longest
      one after the intro (0 if none). Touching "me" segments count as one stretch.
    - ``share_over_time``: the user's share (0..1) in consecutive windows of ``window``
      seconds; a window where nobody spoke carries the value before it (0 at the start).
    - ``planned``: questions in the plan; ``asked``: how many were asked; ``left``: the open
      ones and ``skipped``: the skipped ones, in plan order (copies).
    - ``target_low``, ``target_high``, ``red_above``: the band the share was judged against.
    - ``observations``: one or two lines, most useful first (see :func:`observations`).
    """

    planned_seconds: float
    held_seconds: float
    talk: TalkTotals | None
    share: float | None
    band: TalkBand | None
    intro_seconds: float
    longest_monologue: float
    longest_after_intro: float
    share_over_time: list[float]
    window: float
    planned: int
    asked: int
    left: list[Question]
    skipped: list[Question]
    target_low: int = 20
    target_high: int = 40
    red_above: int = 50
    observations: list[str] = field(default_factory=list)

    @property
    def overtime_seconds(self) -> float:
        """How far past the planned length the meeting ran (0 if it did not)."""
        return max(0.0, self.held_seconds - self.planned_seconds)

    @property
    def share_percent(self) -> str:
        """The share as the meter shows it: ``"32%"``, or ``"—"``."""
        return percent_text(self.share)


def summarize(
    meeting: Meeting,
    *,
    low: int = 20,
    high: int = 40,
    red: int = 50,
    window: float = DEFAULT_WINDOW,
) -> WrapupSummary:
    """The wrap-up figures and observations for ``meeting``, judged against the band
    ``low``–``high`` percent (amber above ``high``, red above ``red``; from Settings).

    Deterministic, and total: no segments, no questions, no times or a zero-length meeting
    give zeros, empty lists and None rather than errors. Raises ValueError only for a band out
    of order or a window that is not a positive number of seconds.
    """
    if not (isinstance(window, int | float) and math.isfinite(window) and window > 0):
        raise ValueError(f"window must be a positive number of seconds, not {window!r}")
    segments = _clean(meeting.segments)
    talk = meeting.talk if meeting.talk is not None else _totals(segments)
    share = talk.share if talk is not None else None
    band = talk_band(share, low, high, red)  # raises ValueError for a band out of order
    stretches = _my_stretches(segments)
    questions = sorted(enumerate(meeting.questions), key=lambda pair: (pair[1].priority, pair[0]))
    summary = WrapupSummary(
        planned_seconds=max(0.0, float(meeting.planned_minutes or 0) * 60.0),
        held_seconds=meeting_length(meeting) or 0.0,
        talk=talk,
        share=share,
        band=band,
        intro_seconds=stretches[0] if stretches else 0.0,
        longest_monologue=max(stretches, default=0.0),
        longest_after_intro=max(stretches[1:], default=0.0),
        share_over_time=_share_over_time(segments, window),
        window=float(window),
        planned=len(meeting.questions),
        asked=sum(1 for q in meeting.questions if q.state == "asked"),
        left=[replace(q) for _, q in questions if q.state == "open"],
        skipped=[replace(q) for _, q in questions if q.state == "skipped"],
        target_low=low,
        target_high=high,
        red_above=red,
    )
    return replace(summary, observations=observations(summary))


# --- figures ---------------------------------------------------------------------------------


def _clean(segments: list[TalkSegment]) -> list[TalkSegment]:
    """The segments with a finite, positive length, in time order."""
    kept = [
        s
        for s in segments
        if isinstance(s.start, int | float)
        and isinstance(s.end, int | float)
        and math.isfinite(s.start)
        and math.isfinite(s.end)
        and s.end > s.start
    ]
    return sorted(kept, key=lambda s: (s.start, s.end))


def _totals(segments: list[TalkSegment]) -> TalkTotals | None:
    if not segments:
        return None
    totals = TalkTotals()
    for s in segments:
        if s.who in ("me", "them", "nobody"):
            setattr(totals, s.who, getattr(totals, s.who) + (s.end - s.start))
    return totals


def _my_stretches(segments: list[TalkSegment]) -> list[float]:
    """The lengths of the user's stretches of talking, in order; touching ones join up."""
    stretches: list[float] = []
    previous_end: float | None = None
    for s in segments:
        if s.who != "me":
            previous_end = None
            continue
        if previous_end is not None and abs(s.start - previous_end) <= EPSILON:
            stretches[-1] += s.end - s.start
        else:
            stretches.append(s.end - s.start)
        previous_end = s.end
    return stretches


def _share_over_time(segments: list[TalkSegment], window: float) -> list[float]:
    end = max((s.end for s in segments), default=0.0)
    if end <= EPSILON:
        return []
    count = max(1, math.ceil(end / window - EPSILON))
    spoken = {"me": [0.0] * count, "them": [0.0] * count}
    for s in segments:
        if s.who not in spoken:
            continue
        start = max(0.0, s.start)
        first = min(count - 1, int(start // window))
        last = min(count - 1, max(first, math.ceil(s.end / window) - 1))
        for index in range(first, last + 1):
            overlap = min(s.end, (index + 1) * window) - max(start, index * window)
            if overlap > 0:
                spoken[s.who][index] += overlap
    values: list[float] = []
    current = 0.0
    for me, them in zip(spoken["me"], spoken["them"], strict=True):
        if me + them > EPSILON:
            current = me / (me + them)
        values.append(current)
    return values


# --- words -----------------------------------------------------------------------------------


def spoken_time(seconds: float) -> str:
    """A length as said aloud: ``"2:10"``, ``"0:45"``, ``"12:05"``: :func:`duration_text`, the
    one way a length is written (whole seconds, rounded down as the meeting clock counts)."""
    return duration_text(seconds)


def _word(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _whole(seconds: float) -> int:
    return max(0, math.floor(seconds + EPSILON))


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _categories(left: list[Question]) -> str | None:
    """``"was Advice"``, ``"were both Advice"``, ``"were Advice, Trends and Resources"``,
    ``"were two Advice and one Trends"``; None when a left question has no category."""
    names = [q.category.strip() for q in left]
    if not names or not all(names):
        return None
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    if len(names) == 1:
        return f"was {names[0]}"
    if len(counts) == 1:
        return f"were {'both' if len(names) == 2 else 'all'} {names[0]}"
    if len(counts) == len(names):
        return f"were {_and_list(names)}"
    return "were " + _and_list([f"{_word(n)} {name}" for name, n in counts.items()])


def coverage_text(summary: WrapupSummary) -> str | None:
    """The question coverage in one line, or None for a meeting with no question plan."""
    planned, asked = summary.planned, summary.asked
    left, skipped = len(summary.left), len(summary.skipped)
    if planned == 0:
        return None
    if asked > 0:
        head = f"You asked {asked} of {count_of(planned, 'question')}"
    elif planned == 1:
        head = "You didn't mark your one question as asked"
    else:
        head = f"You marked none of your {planned} questions as asked"
    if skipped:
        head += f" and skipped {_word(skipped)}"
    if left:
        categories = _categories(summary.left)
        if categories is None:
            verb = "was" if left == 1 else "were"
            return f"{head}; {_word(left)} {verb} left open."
        return f"{head}; the {_word(left)} left {categories}."
    if skipped:
        return f"{head}, so nothing was left open."
    return f"{head}: {'the one' if planned == 1 else 'every one'} you planned."


def observations(summary: WrapupSummary, *, limit: int = MAX_OBSERVATIONS) -> list[str]:
    """One or two concrete, kind lines about the meeting, most useful first.

    Problems come first, each with something to do next time: a talk share above the band
    (red, then amber), an intro over a minute, a stretch of talking over 90 seconds after the
    intro, a meeting more than 10% over its planned length. Then the question coverage. Then
    praise: a share in (or below) the band, a short intro, finishing on time. Never more than
    ``limit``; for a meeting with nothing to go on, one gentle line.
    """
    share, band = summary.share, summary.band
    high = summary.target_high
    problems: list[str] = []
    praise: list[str] = []

    if share is not None and band in ("red", "amber"):
        above = "above" if band == "red" else "a little above"
        problems.append(
            f"You spoke {percent_text(share)} of the time, {above} the {high}% you aim for. "
            "Next time, follow each answer with a short question and let them talk."
        )
    intro = _whole(summary.intro_seconds)
    if intro > INTRO_LIMIT:
        problems.append(f"Your intro ran {spoken_time(intro)} — aim for under a minute next time.")
    longest = _whole(summary.longest_after_intro)
    if longest > MONOLOGUE_LIMIT:
        problems.append(
            f"Your longest stretch of talking was {spoken_time(longest)}; after about a minute, "
            "hand the conversation back with a question."
        )
    planned, held = summary.planned_seconds, summary.held_seconds
    if planned > 0 and held > planned * (1 + OVERTIME_MARGIN) + EPSILON:
        problems.append(
            f"The meeting ran {count_of(_whole(held) // 60, 'minute')} against {_minutes(planned)} planned; "
            "next time, start wrapping up at the five-minute cue to respect their time."
        )

    if share is not None and band == "good":
        praise.append(
            f"You spoke {percent_text(share)} of the time, right in your "
            f"{summary.target_low}–{high}% band: well listened."
        )
    elif share is not None and band == "quiet":
        praise.append(
            f"You spoke {percent_text(share)} of the time and let them do most of the "
            "talking: plenty of room for their insight."
        )
    if 0 < intro <= INTRO_LIMIT:
        praise.append(
            f"Your intro took {spoken_time(intro)}, under a minute: a good start that left the time for them."
        )
    if planned > 0 and 60 <= held <= planned + EPSILON:
        praise.append(
            f"You finished in {count_of(_whole(held) // 60, 'minute')}, inside the {_minutes(planned)} "
            "you asked for: that respects their time."
        )

    coverage = coverage_text(summary)
    lines = [*problems, *([coverage] if coverage else []), *praise]
    if not lines:
        if share is None:
            gentle = (
                "There is no talk balance for this meeting; next time, mark who is speaking "
                "on the live screen to see it here."
            )
            lines = [gentle]
        else:  # pragma: no cover - a share always gives a band line above
            lines = ["Thank you for meeting: note one thing you learned while it is fresh."]
    return lines[: max(0, limit)]


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return str(int(minutes)) if abs(minutes - round(minutes)) <= EPSILON else f"{minutes:g}"
