"""Insights: the figures History shows over months (issue 6).

Pure functions over contacts and meetings; no Textual, no TinyDB. Each figure has its own
function, and :func:`insights` gathers them all into one frozen :class:`Insights`.

Decisions, kept the same in every figure:

* **Archived meetings and contacts are included.** Archiving tidies lists; it does not rewrite
  history, so an archived meeting still counts as outreach sent, a meeting held, a referral.
* **A meeting's path** is its history's statuses, plus its current status when the history
  does not end with it (odd data: a meeting with no history still has a status). "Reached X"
  means X is on that path.
* **Held** means the meeting has a ``started_at``, or reached ``done`` or ``thanked``. It was held
  at its ``ended_at``, else its ``started_at``, else when it entered ``done`` (else ``thanked``).
  A held meeting with no readable date is counted where no date is needed (thank-you rate) and
  left out where one is (months, talk share over time).
* **Months** are calendar months in the user's ``timezone``, keyed ``"YYYY-MM"`` (sortable and
  locale-free; :func:`month_label` gives ``"Nov 2026"``). A window of ``months`` months ends with
  the month of ``now``; moments outside it (older, or in a later month) are not counted there.
* **Odd data is tolerated**: an unreadable or missing date is treated as missing, an unknown
  contact id is reported as an unknown contact, ``talk`` of None (or with nobody speaking) is
  simply no talk data. Nothing raises on stored data; only a bad ``months`` or ``timezone`` does.
* **Deterministic**: every list has a total order (ties broken by name, then id), so the same
  data in any order gives the same figures.
* Shares are fractions 0..1 (0.35 is 35%); hours are floats.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.describe import zone as load_zone

# The referral figures live in their own module; their names stay importable from here.
from infocoach.core.insights.referral_stats import (
    IntroducedBy,
    NameCount,
    ReferralStats,
    ReferrerCount,
    referral_stats,
    referred_by,
)
from infocoach.core.pipeline.follow_through import THANKS_WITHIN_HOURS
from infocoach.core.records.model import Contact, Meeting, Status

__all__ = [
    "Insights",
    "IntroducedBy",
    "NameCount",
    "ReferralStats",
    "ReferrerCount",
    "ResponseRate",
    "TalkPoint",
    "TalkTrend",
    "ThankYouStats",
    "held_at",
    "hours_to_thank",
    "insights",
    "is_held",
    "meetings_per_month",
    "month_keys",
    "month_label",
    "outreach_outcome",
    "outreach_per_month",
    "referral_stats",
    "referred_by",
    "response_rate",
    "sent_at",
    "sparkline_values",
    "talk_points",
    "talk_trend",
    "thank_you_stats",
]

S = Status

TREND_WINDOW = 5
"""The talk-share trend compares the mean of the last this-many meetings with the first."""

_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ANSWERS = frozenset({S.SCHEDULED.value, S.DONE.value, S.THANKED.value})
_MET = frozenset({S.DONE.value, S.THANKED.value})


# --- the results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResponseRate:
    """Replies to outreach, among meetings whose outreach was sent (a ``requested`` step).

    Every sent meeting is in exactly one of ``scheduled_or_met``, ``declined``, ``no_response``
    and ``waiting``; ``answered`` is the first two together. A meeting that was scheduled at
    any point after the request counts as scheduled (a "not now" that later became "yes", or a
    booking later cancelled); a late reply after ``no-response`` counts as an answer.
    """

    sent: int = 0
    answered: int = 0
    scheduled_or_met: int = 0
    declined: int = 0
    no_response: int = 0  # let go, no answer since
    waiting: int = 0  # still requested or followed-up: left out of the rate
    rate: float | None = None  # answered / (answered + no_response); None when that is 0 / 0


@dataclass(frozen=True, slots=True)
class ThankYouStats:
    """Thank-you notes (rule 10), among meetings that reached ``done`` or ``thanked``."""

    met: int = 0
    thanked: int = 0
    rate: float | None = None  # thanked / met; None when nothing was met
    measured: int = 0  # thanked meetings with both an end and a thank-you date
    median_hours: float | None = None  # from the meeting's end to the thank-you; None if unmeasured
    within_24h: int = 0  # of the measured, how many were thanked within 24 hours


@dataclass(frozen=True, slots=True)
class TalkPoint:
    """The user's talk share in one held meeting, at the moment it was held (user's zone)."""

    meeting_id: str
    at: pendulum.DateTime
    share: float


@dataclass(frozen=True, slots=True)
class TalkTrend:
    """The user's talk share over time.

    ``points`` covers every held meeting with talk data (all time), oldest first. ``monthly`` is
    the month window, oldest first, with the mean share of that month's meetings, or **None for
    a month with no data** (so it lines up with the meetings-per-month series); a Sparkline needs
    floats, so use :func:`sparkline_values`, which skips the Nones. ``average`` is the mean over
    all points (each meeting counts once, whatever its length). ``trend`` is the mean of the last
    :data:`TREND_WINDOW` points minus the mean of the first ones, when there are more than
    :data:`TREND_WINDOW` points (negative: the user talks less than they used to, which is good).
    """

    points: tuple[TalkPoint, ...] = ()
    monthly: tuple[tuple[str, float | None], ...] = ()
    average: float | None = None
    trend: float | None = None


@dataclass(frozen=True, slots=True)
class Insights:
    """Everything History's insights show, computed at one ``now`` in one time zone."""

    months: tuple[str, ...]  # the window, "YYYY-MM", oldest first, ending with now's month
    meetings_per_month: tuple[tuple[str, int], ...]
    outreach_per_month: tuple[tuple[str, int], ...]
    response: ResponseRate
    thanks: ThankYouStats
    talk: TalkTrend
    referrals: ReferralStats
    held: int  # meetings held, all time (with or without a date)


# --- small helpers -----------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _moment(text: str | None) -> pendulum.DateTime | None:
    """A stored moment, or None when missing or unreadable (cached: the figures share dates)."""
    if not text:
        return None
    try:
        return parse_iso(text)
    except ValueError:
        return None


def _path(meeting: Meeting) -> list[str]:
    statuses = [step.status for step in meeting.history]
    if not statuses or statuses[-1] != meeting.status:
        statuses.append(meeting.status)
    return statuses


def _entered(meeting: Meeting, status: str, *, first: bool = False) -> pendulum.DateTime | None:
    """When the meeting entered ``status`` (the last time, or the first), if readable."""
    steps = meeting.history if first else reversed(meeting.history)
    for step in steps:
        if step.status == status:
            return _moment(step.at)
    return None


def _month_key(moment: pendulum.DateTime, zone: pendulum.Timezone | pendulum.FixedTimezone) -> str:
    local = moment.in_timezone(zone)
    return f"{local.year:04d}-{local.month:02d}"


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


# --- months ------------------------------------------------------------------------------------


def month_keys(now: pendulum.DateTime, timezone: str, months: int = 12) -> tuple[str, ...]:
    """The last ``months`` calendar months in ``timezone``, ``"YYYY-MM"``, oldest first, ending
    with the month of ``now``."""
    if months < 1:
        raise ValueError(f"months must be at least 1, not {months}")
    local = now.in_timezone(load_zone(timezone))
    last = local.year * 12 + local.month - 1
    return tuple(f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(last - months + 1, last + 1))


def month_label(key: str) -> str:
    """``"2026-11"`` → ``"Nov 2026"`` (English, for axis labels)."""
    year, month = key.split("-")
    return f"{_MONTH_NAMES[int(month) - 1]} {year}"


def _per_month(
    moments: Iterable[pendulum.DateTime | None], now: pendulum.DateTime, timezone: str, months: int
) -> tuple[tuple[str, int], ...]:
    keys = month_keys(now, timezone, months)
    zone = load_zone(timezone)
    counts = Counter(_month_key(moment, zone) for moment in moments if moment is not None)
    return tuple((key, counts.get(key, 0)) for key in keys)


# --- meetings held and outreach sent, per month ------------------------------------------------


def is_held(meeting: Meeting) -> bool:
    """Held: the live meeting was started, or the meeting reached done or thanked."""
    return bool(meeting.started_at) or not _MET.isdisjoint(_path(meeting))


def held_at(meeting: Meeting) -> pendulum.DateTime | None:
    """When a held meeting was held: ``ended_at``, else ``started_at``, else when it entered
    done (else thanked). None for a meeting not held, or with no readable date."""
    if not is_held(meeting):
        return None
    for moment in (
        _moment(meeting.ended_at),
        _moment(meeting.started_at),
        _entered(meeting, S.DONE.value),
        _entered(meeting, S.THANKED.value),
    ):
        if moment is not None:
            return moment
    return None


def sent_at(meeting: Meeting) -> pendulum.DateTime | None:
    """When the outreach was sent: the (first) time the meeting entered ``requested``."""
    return _entered(meeting, S.REQUESTED.value, first=True)


def meetings_per_month(
    meetings: Iterable[Meeting], *, now: pendulum.DateTime, timezone: str, months: int = 12
) -> tuple[tuple[str, int], ...]:
    """Meetings held in each of the last ``months`` months: ``(("2025-12", 0), …, ("2026-11", 2))``,
    oldest first, months with none included."""
    return _per_month((held_at(m) for m in meetings), now, timezone, months)


def outreach_per_month(
    meetings: Iterable[Meeting], *, now: pendulum.DateTime, timezone: str, months: int = 12
) -> tuple[tuple[str, int], ...]:
    """Outreach sent (entered ``requested``) in each of the last ``months`` months, as above."""
    return _per_month((sent_at(m) for m in meetings), now, timezone, months)


# --- response rate -----------------------------------------------------------------------------


def outreach_outcome(meeting: Meeting) -> str | None:
    """What became of a meeting's outreach: ``"scheduled"`` (scheduled, met or thanked after the
    request), ``"declined"``, ``"no-response"``, ``"waiting"``, or None when none was sent."""
    path = _path(meeting)
    if S.REQUESTED.value not in path:
        return None
    after = path[path.index(S.REQUESTED.value) + 1 :]
    if not _ANSWERS.isdisjoint(after):
        return "scheduled"
    if S.DECLINED.value in after:
        return "declined"
    if S.NO_RESPONSE.value in after:
        return "no-response"
    return "waiting"


def response_rate(meetings: Iterable[Meeting]) -> ResponseRate:
    """Replies to outreach; see :class:`ResponseRate`."""
    counts = Counter(outreach_outcome(m) for m in meetings)
    scheduled, declined = counts["scheduled"], counts["declined"]
    no_response, waiting = counts["no-response"], counts["waiting"]
    answered = scheduled + declined
    decided = answered + no_response
    return ResponseRate(
        sent=answered + no_response + waiting,
        answered=answered,
        scheduled_or_met=scheduled,
        declined=declined,
        no_response=no_response,
        waiting=waiting,
        rate=answered / decided if decided else None,
    )


# --- thank-you notes ---------------------------------------------------------------------------


def hours_to_thank(meeting: Meeting) -> float | None:
    """Hours from the meeting's end (``ended_at``, else entering done) to entering thanked;
    None when either is unknown. A thank-you dated before the end counts as 0 hours."""
    thanked = _entered(meeting, S.THANKED.value)
    end = _moment(meeting.ended_at) or _entered(meeting, S.DONE.value)
    if thanked is None or end is None:
        return None
    return max(0.0, (thanked - end).total_seconds() / 3600)


def thank_you_stats(meetings: Iterable[Meeting]) -> ThankYouStats:
    """The thank-you rate and the time to thank; see :class:`ThankYouStats`.

    A meeting met in the last few hours and not thanked yet lowers the rate until it is thanked.
    """
    met = thanked = 0
    hours: list[float] = []
    for meeting in meetings:
        path = _path(meeting)
        if _MET.isdisjoint(path):
            continue
        met += 1
        if S.THANKED.value in path:
            thanked += 1
            if (delay := hours_to_thank(meeting)) is not None:
                hours.append(delay)
    return ThankYouStats(
        met=met,
        thanked=thanked,
        rate=thanked / met if met else None,
        measured=len(hours),
        median_hours=statistics.median(hours) if hours else None,
        within_24h=sum(1 for h in hours if h <= THANKS_WITHIN_HOURS),
    )


# --- talk share over time ----------------------------------------------------------------------


def talk_points(meetings: Iterable[Meeting], timezone: str) -> tuple[TalkPoint, ...]:
    """The user's talk share in each held, dated meeting with talk data, oldest first."""
    zone = load_zone(timezone)
    points = []
    for meeting in meetings:
        if meeting.talk is None or (share := meeting.talk.share) is None:
            continue
        if (when := held_at(meeting)) is None:
            continue
        points.append(TalkPoint(meeting.id, when.in_timezone(zone), share))
    points.sort(key=lambda p: (p.at, p.meeting_id))
    return tuple(points)


def talk_trend(meetings: Iterable[Meeting], *, now: pendulum.DateTime, timezone: str, months: int = 12) -> TalkTrend:
    """The talk share over time; see :class:`TalkTrend`."""
    points = talk_points(meetings, timezone)
    by_month: dict[str, list[float]] = defaultdict(list)
    for point in points:
        by_month[f"{point.at.year:04d}-{point.at.month:02d}"].append(point.share)
    monthly = tuple((key, _mean(by_month.get(key, []))) for key in month_keys(now, timezone, months))
    shares = [p.share for p in points]
    trend = None
    if len(shares) > TREND_WINDOW:
        trend = sum(shares[-TREND_WINDOW:]) / TREND_WINDOW - sum(shares[:TREND_WINDOW]) / TREND_WINDOW
    return TalkTrend(points=points, monthly=monthly, average=_mean(shares), trend=trend)


def sparkline_values(monthly: Iterable[tuple[str, float | None]]) -> list[float]:
    """The values of a monthly series for a Sparkline: the months with data, in order."""
    return [value for _, value in monthly if value is not None]


# --- all together ------------------------------------------------------------------------------


def insights(
    contacts: Iterable[Contact],
    meetings: Iterable[Meeting],
    *,
    now: pendulum.DateTime,
    timezone: str,
    months: int = 12,
) -> Insights:
    """Every figure at once, for ``months`` calendar months ending with ``now``'s month in the
    user's ``timezone``. Archived meetings and contacts are included (see the module notes)."""
    meetings = list(meetings)
    return Insights(
        months=month_keys(now, timezone, months),
        meetings_per_month=meetings_per_month(meetings, now=now, timezone=timezone, months=months),
        outreach_per_month=outreach_per_month(meetings, now=now, timezone=timezone, months=months),
        response=response_rate(meetings),
        thanks=thank_you_stats(meetings),
        talk=talk_trend(meetings, now=now, timezone=timezone, months=months),
        referrals=referral_stats(contacts, meetings),
        held=sum(1 for m in meetings if is_held(m)),
    )
