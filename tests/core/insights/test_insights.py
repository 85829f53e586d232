"""Insights (issue 6): meetings per month, response rate, thank-you rate and time, talk share
over time, and who referred the user onward. Pure core logic: exact numbers on small hand-built
cases, the demo's figures, odd data, and a loose timing over 2,000 meetings."""

from __future__ import annotations

import dataclasses
import random
import time

import pendulum
import pytest

from infocoach.core.clock import iso, parse_iso
from infocoach.core.insights.figures import (
    Insights,
    IntroducedBy,
    NameCount,
    ReferrerCount,
    ResponseRate,
    ThankYouStats,
    held_at,
    hours_to_thank,
    insights,
    is_held,
    meetings_per_month,
    month_keys,
    month_label,
    outreach_outcome,
    outreach_per_month,
    referral_stats,
    referred_by,
    response_rate,
    sent_at,
    sparkline_values,
    talk_points,
    talk_trend,
    thank_you_stats,
)
from infocoach.core.records.model import Contact, Meeting, Referral, TalkTotals, Transition
from infocoach.core.samples.demo import build_demo

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")  # a Wednesday, 13:30 in London
LONDON = "Europe/London"
LA = "America/Los_Angeles"


def meeting(
    id: str = "m-1",
    steps: list[tuple[str, str]] | None = None,
    *,
    contact_id: str = "c-1",
    status: str | None = None,
    started: str | None = None,
    ended: str | None = None,
    talk: tuple[float, float] | None = None,
    referrals: list[Referral] | None = None,
    archived: bool = False,
) -> Meeting:
    """A meeting whose history is ``steps`` ((status, ISO) pairs) and whose status is the last
    step's unless given."""
    history = [Transition(s, at) for s, at in (steps or [])]
    return Meeting(
        id=id,
        contact_id=contact_id,
        status=status or (history[-1].status if history else "planned"),
        history=history,
        started_at=started,
        ended_at=ended,
        talk=TalkTotals(me=talk[0], them=talk[1]) if talk is not None else None,
        referrals=referrals or [],
        archived=archived,
    )


def contact(id: str, first: str, last: str, honorific: str = "", connection: str = "") -> Contact:
    return Contact(id=id, first_name=first, last_name=last, honorific=honorific, connection=connection)


def thanked_after(id: str, ended: str, hours: float) -> Meeting:
    """A met-and-thanked meeting, the thank-you ``hours`` after the end."""
    end = parse_iso(ended)
    return meeting(
        id,
        [
            ("scheduled", "2026-01-01T09:00:00+00:00"),
            ("done", ended),
            ("thanked", iso(end.add(seconds=int(hours * 3600)))),
        ],
        ended=ended,
    )


def held(id: str, ended: str, share_me: float) -> Meeting:
    """A held meeting with talk totals giving the user ``share_me`` of the talking."""
    return meeting(
        id,
        [("scheduled", "2026-01-01T09:00:00+00:00"), ("done", ended)],
        started=iso(parse_iso(ended).subtract(minutes=30)),
        ended=ended,
        talk=(share_me * 1000, (1 - share_me) * 1000),
    )


# --- months ------------------------------------------------------------------------------------


def test_month_keys_end_with_now_and_cross_the_year() -> None:
    assert month_keys(NOW, LONDON, 3) == ("2026-09", "2026-10", "2026-11")
    january = pendulum.parse("2026-01-10T12:00:00+00:00")
    assert month_keys(january, LONDON, 3) == ("2025-11", "2025-12", "2026-01")
    assert month_keys(january, LONDON, 1) == ("2026-01",)
    assert len(month_keys(NOW, LONDON)) == 12 and month_keys(NOW, LONDON)[0] == "2025-12"
    assert month_keys(january, LONDON, 25)[0] == "2024-01"


def test_month_keys_read_now_in_the_users_zone() -> None:
    # 05:00 UTC on 1 December is still 30 November (21:00) in Los Angeles.
    early = pendulum.parse("2026-12-01T05:00:00+00:00")
    assert month_keys(early, LA, 2) == ("2026-10", "2026-11")
    assert month_keys(early, "UTC", 2) == ("2026-11", "2026-12")


def test_month_keys_need_at_least_one_month() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        month_keys(NOW, LONDON, 0)
    with pytest.raises(ValueError):
        insights([], [], now=NOW, timezone=LONDON, months=-2)


def test_month_label() -> None:
    assert month_label("2026-11") == "Nov 2026"
    assert month_label("2025-01") == "Jan 2025"


# --- held, and meetings per month --------------------------------------------------------------


def test_held_means_started_or_done_or_thanked() -> None:
    assert is_held(meeting(started="2026-11-20T10:00:00+00:00", status="scheduled"))  # live now
    assert is_held(meeting(steps=[("scheduled", "2026-11-01T10:00:00+00:00"), ("done", "2026-11-02T10:00:00+00:00")]))
    assert is_held(meeting(status="thanked"))  # no history at all
    assert not is_held(meeting(steps=[("scheduled", "2026-11-01T10:00:00+00:00")]))
    assert not is_held(meeting(steps=[("requested", "2026-11-01T10:00:00+00:00")]))


def test_held_at_prefers_end_then_start_then_done() -> None:
    steps = [("scheduled", "2026-10-01T09:00:00+00:00"), ("done", "2026-10-30T12:00:00+00:00")]
    both = meeting(steps=steps, started="2026-10-30T10:00:00+00:00", ended="2026-10-30T10:31:00+00:00")
    assert held_at(both) == parse_iso("2026-10-30T10:31:00+00:00")
    started = meeting(steps=steps, started="2026-10-30T10:00:00+00:00")
    assert held_at(started) == parse_iso("2026-10-30T10:00:00+00:00")
    assert held_at(meeting(steps=steps)) == parse_iso("2026-10-30T12:00:00+00:00")
    # Odd data: thanked with no done step falls back to the thank-you.
    odd = meeting(steps=[("scheduled", "2026-10-01T09:00:00+00:00"), ("thanked", "2026-10-31T08:00:00+00:00")])
    assert held_at(odd) == parse_iso("2026-10-31T08:00:00+00:00")
    # Not held: no date even with an end time written down; held but undated: None.
    assert held_at(meeting(steps=steps[:1], ended="2026-10-30T10:31:00+00:00")) is None
    assert held_at(meeting(status="done")) is None
    assert held_at(meeting(status="done", ended="not a date")) is None


def test_meetings_per_month_counts_held_meetings_oldest_first_with_zero_months() -> None:
    meetings = [
        held("a", "2026-11-03T10:30:00+00:00", 0.3),
        held("b", "2026-11-20T10:30:00+00:00", 0.3),
        held("c", "2026-09-15T10:30:00+01:00", 0.3),
        meeting("d", [("requested", "2026-11-01T08:00:00+00:00"), ("scheduled", "2026-11-02T08:00:00+00:00")]),
        meeting("e", [("scheduled", "2026-08-01T08:00:00+00:00"), ("done", "2026-08-31T22:30:00+00:00")]),
    ]
    # e: 22:30 UTC on 31 August is 23:30 in London: still August.
    assert meetings_per_month(meetings, now=NOW, timezone=LONDON, months=4) == (
        ("2026-08", 1),
        ("2026-09", 1),
        ("2026-10", 0),
        ("2026-11", 2),
    )


def test_meetings_per_month_month_boundary_in_los_angeles() -> None:
    # Ended 06:30 UTC on 1 November = 23:30 PDT on 31 October.
    late = held("late", "2026-11-01T06:30:00+00:00", 0.3)
    # Ended 08:10 UTC on 1 December = 00:10 PST on 1 December (after the DST change).
    december = held("dec", "2026-12-01T08:10:00+00:00", 0.3)
    now = pendulum.parse("2026-12-15T20:00:00+00:00")
    assert meetings_per_month([late, december], now=now, timezone=LA, months=3) == (
        ("2026-10", 1),
        ("2026-11", 0),
        ("2026-12", 1),
    )
    assert meetings_per_month([late, december], now=now, timezone="UTC", months=3) == (
        ("2026-10", 0),
        ("2026-11", 1),
        ("2026-12", 1),
    )


def test_meetings_per_month_uses_the_end_over_the_start() -> None:
    # Started 23:50 on 31 October (LA), ended 00:20 on 1 November: held in November.
    spanning = meeting(
        steps=[("scheduled", "2026-10-20T10:00:00-07:00"), ("done", "2026-11-01T00:25:00-07:00")],
        started="2026-10-31T23:50:00-07:00",
        ended="2026-11-01T00:20:00-07:00",
    )
    now = pendulum.parse("2026-11-10T12:00:00-08:00")
    assert meetings_per_month([spanning], now=now, timezone=LA, months=2) == (("2026-10", 0), ("2026-11", 1))


def test_meetings_outside_the_window_or_in_the_future_are_not_counted() -> None:
    meetings = [
        held("old", "2025-11-30T10:00:00+00:00", 0.3),  # 13 months back
        held("future", "2026-12-02T10:00:00+00:00", 0.3),  # next month
        held("later-today", "2026-11-25T18:00:00+00:00", 0.3),  # later in now's month: counted
    ]
    series = meetings_per_month(meetings, now=NOW, timezone=LONDON)
    assert [k for k, _ in series] == list(month_keys(NOW, LONDON))
    assert sum(n for _, n in series) == 1 and series[-1] == ("2026-11", 1)


def test_outreach_per_month_counts_the_request_once() -> None:
    meetings = [
        meeting("a", [("planned", "2026-09-28T10:00:00+00:00"), ("requested", "2026-09-30T22:30:00-07:00")]),
        meeting(
            "b",
            [
                ("planned", "2026-10-01T10:00:00+00:00"),
                ("requested", "2026-10-02T10:00:00+00:00"),
                ("followed-up", "2026-10-09T10:00:00+00:00"),
                ("scheduled", "2026-11-02T10:00:00+00:00"),
            ],
        ),
        meeting("c", [("planned", "2026-11-01T10:00:00+00:00"), ("scheduled", "2026-11-02T10:00:00+00:00")]),
        meeting("d", status="requested"),  # no history: no date to place it
    ]
    # a: 22:30 PDT on 30 September is 06:30 on 1 October in London.
    assert outreach_per_month(meetings, now=NOW, timezone=LONDON, months=3) == (
        ("2026-09", 0),
        ("2026-10", 2),
        ("2026-11", 0),
    )
    assert outreach_per_month(meetings, now=NOW, timezone=LA, months=3) == (
        ("2026-09", 1),
        ("2026-10", 1),
        ("2026-11", 0),
    )
    odd = meeting("e", [("requested", "2026-10-02T10:00:00+00:00"), ("requested", "2026-11-02T10:00:00+00:00")])
    assert sent_at(odd) == parse_iso("2026-10-02T10:00:00+00:00")


# --- response rate -----------------------------------------------------------------------------

T = "2026-10-%02dT09:00:00+00:00"


def path(id: str, *statuses: str, status: str | None = None) -> Meeting:
    return meeting(id, [(s, T % (day + 1)) for day, s in enumerate(statuses)], status=status)


def test_outreach_outcomes() -> None:
    assert outreach_outcome(path("a", "planned", "requested", "scheduled")) == "scheduled"
    assert outreach_outcome(path("a", "planned", "requested", "scheduled", "done", "thanked")) == "scheduled"
    assert outreach_outcome(path("a", "planned", "requested", "followed-up", "declined")) == "declined"
    # "Not now" that became "yes", and a booking later cancelled: both were scheduled.
    assert outreach_outcome(path("a", "planned", "requested", "declined", "scheduled")) == "scheduled"
    assert outreach_outcome(path("a", "planned", "requested", "scheduled", "declined")) == "scheduled"
    # A late reply counts as an answer.
    assert outreach_outcome(path("a", "planned", "requested", "followed-up", "no-response", "scheduled")) == "scheduled"
    assert outreach_outcome(path("a", "planned", "requested", "no-response", "declined")) == "declined"
    assert outreach_outcome(path("a", "planned", "requested", "followed-up", "no-response")) == "no-response"
    assert outreach_outcome(path("a", "planned", "requested")) == "waiting"
    assert outreach_outcome(path("a", "planned", "requested", "followed-up")) == "waiting"
    # No outreach sent: booked directly, or still planned.
    assert outreach_outcome(path("a", "planned", "scheduled", "done")) is None
    assert outreach_outcome(path("a", "planned")) is None
    # No history: the current status is the path.
    assert outreach_outcome(meeting(status="requested")) == "waiting"
    # A history that stops short of the status: the status still counts.
    assert outreach_outcome(path("a", "planned", "requested", status="scheduled")) == "scheduled"


def test_response_rate_counts_and_rate() -> None:
    meetings = [
        path("s1", "planned", "requested", "scheduled"),
        path("s2", "planned", "requested", "followed-up", "scheduled", "done"),
        path("s3", "planned", "requested", "no-response", "scheduled"),
        path("d1", "planned", "requested", "declined"),
        path("n1", "planned", "requested", "followed-up", "no-response"),
        path("n2", "planned", "requested", "no-response"),
        path("w1", "planned", "requested"),
        path("w2", "planned", "requested", "followed-up"),
        path("x1", "planned", "scheduled", "done"),  # not outreach
        path("x2", "planned"),
    ]
    assert response_rate(meetings) == ResponseRate(
        sent=8, answered=4, scheduled_or_met=3, declined=1, no_response=2, waiting=2, rate=4 / 6
    )


def test_response_rate_is_none_with_nothing_decided() -> None:
    assert response_rate([]) == ResponseRate()
    assert response_rate([]).rate is None
    waiting = response_rate([path("w", "planned", "requested")])
    assert (waiting.sent, waiting.waiting, waiting.rate) == (1, 1, None)
    assert response_rate([path("n", "planned", "requested", "no-response")]).rate == 0.0
    assert response_rate([path("d", "planned", "requested", "declined")]).rate == 1.0


# --- thank-you ---------------------------------------------------------------------------------


def test_hours_to_thank_from_the_end_or_from_done() -> None:
    m = thanked_after("a", "2026-11-01T10:00:00+00:00", 5.5)
    assert hours_to_thank(m) == 5.5
    # No ended_at: from entering done.
    done_only = meeting(steps=[("done", "2026-11-01T10:00:00+00:00"), ("thanked", "2026-11-02T12:00:00+01:00")])
    assert hours_to_thank(done_only) == 25.0
    # Thanked "before" the end (odd data): 0 hours.
    early = meeting(
        steps=[("done", "2026-11-01T10:00:00+00:00"), ("thanked", "2026-11-01T11:00:00+00:00")],
        ended="2026-11-01T12:00:00+00:00",
    )
    assert hours_to_thank(early) == 0.0
    assert hours_to_thank(meeting(status="thanked")) is None
    assert hours_to_thank(meeting(steps=[("done", "2026-11-01T10:00:00+00:00")])) is None


def test_thank_you_stats_odd_count_median() -> None:
    meetings = [
        thanked_after("a", "2026-11-01T10:00:00+00:00", 2),
        thanked_after("b", "2026-11-02T10:00:00+00:00", 30),
        thanked_after("c", "2026-11-03T10:00:00+00:00", 24),  # exactly 24 hours: within
        meeting("d", [("scheduled", T % 1), ("done", T % 2)]),  # met, not thanked
        meeting("e", [("requested", T % 1), ("scheduled", T % 2)]),  # not met
    ]
    assert thank_you_stats(meetings) == ThankYouStats(
        met=4, thanked=3, rate=0.75, measured=3, median_hours=24.0, within_24h=2
    )


def test_thank_you_stats_even_count_median_is_the_mean_of_the_middle_two() -> None:
    meetings = [
        thanked_after("a", "2026-11-01T10:00:00+00:00", 1),
        thanked_after("b", "2026-11-02T10:00:00+00:00", 10),
        thanked_after("c", "2026-11-03T10:00:00+00:00", 20),
        thanked_after("d", "2026-11-04T10:00:00+00:00", 100),
    ]
    stats = thank_you_stats(meetings)
    assert stats.median_hours == 15.0
    assert (stats.met, stats.thanked, stats.rate, stats.within_24h) == (4, 4, 1.0, 3)


def test_thank_you_stats_with_nothing_to_measure() -> None:
    assert thank_you_stats([]) == ThankYouStats(met=0, thanked=0, rate=None, measured=0, median_hours=None)
    # Thanked, but no dates: counts in the rate, not in the timing.
    undated = thank_you_stats([meeting(status="thanked"), meeting("b", status="done")])
    assert (undated.met, undated.thanked, undated.rate) == (2, 1, 0.5)
    assert (undated.measured, undated.median_hours, undated.within_24h) == (0, None, 0)


# --- talk share --------------------------------------------------------------------------------


def test_talk_points_in_date_order_skipping_meetings_without_talk() -> None:
    meetings = [
        held("late", "2026-11-10T10:00:00+00:00", 0.5),
        held("early", "2026-09-10T10:00:00+00:00", 0.25),
        meeting("none", [("done", "2026-10-10T10:00:00+00:00")]),  # talk None
        meeting(
            "silent", [("done", "2026-10-11T10:00:00+00:00")], ended="2026-10-11T10:00:00+00:00", talk=(0.0, 0.0)
        ),  # nobody spoke: share None
        meeting("undated", status="done", talk=(100.0, 100.0)),  # no date to place it
    ]
    points = talk_points(meetings, LA)
    assert [(p.meeting_id, p.share) for p in points] == [("early", 0.25), ("late", 0.5)]
    assert points[0].at.timezone_name == LA
    assert points[0].at == parse_iso("2026-09-10T10:00:00+00:00")


def test_talk_points_tie_on_time_broken_by_id() -> None:
    same = "2026-11-10T10:00:00+00:00"
    points = talk_points([held("b", same, 0.2), held("a", same, 0.4)], LONDON)
    assert [p.meeting_id for p in points] == ["a", "b"]


def test_talk_trend_monthly_series_average_and_trend() -> None:
    shares = [0.6, 0.5, 0.5, 0.4, 0.3, 0.2]  # six meetings, talking less and less
    days = ["2026-08-05", "2026-08-20", "2026-10-01", "2026-10-15", "2026-11-02", "2026-11-20"]
    meetings = [held(f"m{i}", f"{day}T10:00:00+00:00", s) for i, (day, s) in enumerate(zip(days, shares))]
    trend = talk_trend(meetings, now=NOW, timezone=LONDON, months=4)
    assert [(k, None if v is None else round(v, 9)) for k, v in trend.monthly] == [
        ("2026-08", 0.55),
        ("2026-09", None),
        ("2026-10", 0.45),
        ("2026-11", 0.25),
    ]
    assert trend.average == pytest.approx(2.5 / 6)
    # Last five (0.5 … 0.2: 0.38) minus first five (0.6 … 0.3: 0.46).
    assert trend.trend == pytest.approx(-0.08)
    assert [round(v, 9) for v in sparkline_values(trend.monthly)] == [0.55, 0.45, 0.25]
    assert len(trend.points) == 6


def test_talk_trend_needs_six_meetings_and_some_data() -> None:
    five = [held(f"m{i}", f"2026-11-0{i + 1}T10:00:00+00:00", 0.3) for i in range(5)]
    assert talk_trend(five, now=NOW, timezone=LONDON).trend is None
    assert talk_trend(five, now=NOW, timezone=LONDON).average == pytest.approx(0.3)
    empty = talk_trend([], now=NOW, timezone=LONDON, months=2)
    assert (empty.points, empty.average, empty.trend) == ((), None, None)
    assert empty.monthly == (("2026-10", None), ("2026-11", None))
    assert sparkline_values(empty.monthly) == []


def test_talk_trend_points_cover_all_time_the_series_only_the_window() -> None:
    meetings = [held("old", "2024-03-01T10:00:00+00:00", 0.8), held("new", "2026-11-01T10:00:00+00:00", 0.2)]
    trend = talk_trend(meetings, now=NOW, timezone=LONDON, months=2)
    assert [p.meeting_id for p in trend.points] == ["old", "new"]
    assert trend.average == pytest.approx(0.5)
    assert trend.monthly == (("2026-10", None), ("2026-11", 0.2))


def test_talk_monthly_series_uses_the_users_zone() -> None:
    # 06:30 UTC on 1 November is 31 October in Los Angeles.
    m = held("a", "2026-11-01T06:30:00+00:00", 0.4)
    assert talk_trend([m], now=NOW, timezone=LA, months=2).monthly == (("2026-10", 0.4), ("2026-11", None))
    assert talk_trend([m], now=NOW, timezone=LONDON, months=2).monthly == (("2026-10", None), ("2026-11", 0.4))


# --- referrals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("connection", "name"),
    [
        ("referred by Ms. Rivera", "Ms. Rivera"),
        ("  Referred   by   Ms.  Rivera.  ", "Ms. Rivera"),
        ("referred by: Dr. Tan (Straits Biologics), who worked with her", "Dr. Tan"),
        ("referred by Ms. Halvorsen (Nordlys Science Museum), who worked with her", "Ms. Halvorsen"),
        ("referred by Mr. Herrera; met once", "Mr. Herrera"),
        ("referred by Jo Park - a former colleague", "Jo Park"),
        ("an old friend, referred by Sam Lee", "Sam Lee"),
        ("referred by Dr.", "Dr."),
        ("referred by", None),
        ("referred by (see notes)", None),
        ("met at a meetup", None),
        ("", None),
        ("self-referred", None),
    ],
)
def test_referred_by(connection: str, name: str | None) -> None:
    assert referred_by(connection) == name


def test_referral_stats_by_contact_and_organization() -> None:
    contacts = [contact("c-1", "Amara", "Okafor", "Dr."), contact("c-2", "Tomás", "Herrera", "Mr.")]
    meetings = [
        meeting("m1", contact_id="c-1", referrals=[Referral("A", "Acme"), Referral("B", "acme ")]),
        meeting("m2", contact_id="c-1", referrals=[Referral("C", "Beta Labs")]),
        meeting("m3", contact_id="c-2", referrals=[Referral("D", "ACME"), Referral("E", "")]),
        meeting("m4", contact_id="c-ghost", referrals=[Referral("F", "Beta Labs"), Referral("G", "Gamma")]),
        meeting("m5", contact_id="c-2"),
    ]
    stats = referral_stats(contacts, meetings)
    assert stats.total == 7
    assert stats.by_contact == (
        ReferrerCount("c-1", "Dr. Amara Okafor", 3),
        ReferrerCount("c-2", "Mr. Tomás Herrera", 2),
        ReferrerCount("c-ghost", "unknown contact", 2),
    )
    # "Acme", "acme " and "ACME" are one organisation, shown by its most common spelling (a tie:
    # the first in sort order); an empty organisation is left out.
    assert stats.by_organization == (NameCount("ACME", 3), NameCount("Beta Labs", 2), NameCount("Gamma", 1))


def test_referral_stats_chain_of_introductions() -> None:
    contacts = [
        contact("c-1", "Ingrid", "Halvorsen", "Ms."),
        contact("c-2", "Mei Lin", "Tan", "Dr.", "referred by Ms. Halvorsen (Nordlys), a colleague"),
        contact("c-3", "Daniel", "Osei", "Mr.", "referred by Dr. Tan"),
        contact("c-4", "Farah", "Siddiqui", "Dr.", "Referred by dr. tan."),
        contact("c-5", "Ann", "Lee", "", "referred by Sam Smith"),  # not a contact
        contact("c-6", "Jo", "Smith", "Ms."),
        contact("c-7", "Kim", "Smith", "Ms.", "referred by Ms. Smith"),
        contact("c-8", "Pat", "Smith", "Ms."),
        contact("c-9", "Rob", "Roe", "", "met at a meetup"),
    ]
    stats = referral_stats(contacts, [])
    assert stats.introduced_by == (
        IntroducedBy("Dr. Tan", 2, "c-2", ("Dr. Farah Siddiqui", "Mr. Daniel Osei")),
        IntroducedBy("Ms. Halvorsen", 1, "c-1", ("Dr. Mei Lin Tan",)),
        # Three contacts are Ms. Smith (Jo, Kim, Pat): no single match, so no link.
        IntroducedBy("Ms. Smith", 1, "", ("Ms. Kim Smith",)),
        IntroducedBy("Sam Smith", 1, "", ("Ann Lee",)),
    )
    assert stats.by_contact == () and stats.by_organization == () and stats.total == 0


def test_referral_stats_empty() -> None:
    stats = referral_stats([], [])
    assert (stats.by_contact, stats.by_organization, stats.introduced_by, stats.total) == ((), (), (), 0)


# --- archived, odd data, determinism -----------------------------------------------------------


def test_archived_meetings_and_contacts_are_included() -> None:
    steps = [("planned", T % 1), ("requested", T % 2), ("scheduled", T % 3), ("done", T % 20), ("thanked", T % 21)]
    live = meeting("a", steps, ended=T % 20, talk=(300.0, 700.0), referrals=[Referral("X", "Org")])
    archived = dataclasses.replace(live, id="b", archived=True)
    people = [contact("c-1", "Amara", "Okafor", "Dr."), contact("c-2", "Ben", "Ng", "", "referred by Dr. Okafor")]
    people[1].archived = True
    one = insights(people, [live], now=NOW, timezone=LONDON, months=3)
    two = insights(people, [live, archived], now=NOW, timezone=LONDON, months=3)
    assert one.meetings_per_month[1] == ("2026-10", 1) and two.meetings_per_month[1] == ("2026-10", 2)
    assert two.outreach_per_month[1] == ("2026-10", 2)
    assert (two.response.sent, two.response.scheduled_or_met) == (2, 2)
    assert (two.thanks.met, two.thanks.thanked) == (2, 2)
    assert len(two.talk.points) == 2 and two.held == 2
    assert two.referrals.by_contact == (ReferrerCount("c-1", "Dr. Amara Okafor", 2),)
    assert two.referrals.introduced_by == (IntroducedBy("Dr. Okafor", 1, "c-1", ("Ben Ng",)),)


def test_odd_data_does_not_raise() -> None:
    meetings = [
        meeting("no-history", status="done"),
        meeting(
            "bad-dates",
            [("requested", "yesterday"), ("done", "2026-13-45")],
            started="soon",
            ended="",
            talk=(10.0, 30.0),
        ),
        meeting(
            "future",
            [
                ("requested", "2027-05-01T10:00:00+00:00"),
                ("scheduled", "2027-05-02T10:00:00+00:00"),
                ("done", "2027-06-01T10:00:00+00:00"),
                ("thanked", "2027-06-01T12:00:00+00:00"),
            ],
            ended="2027-06-01T10:00:00+00:00",
            talk=(1.0, 3.0),
        ),
        meeting("talk-none", [("done", "2026-11-02T10:00:00+00:00")], talk=None),
        meeting("unknown-status", status="on-hold"),
        meeting("ghost", [("done", "2026-11-03T10:00:00+00:00")], contact_id="c-nobody", referrals=[Referral("", "")]),
    ]
    result = insights([], meetings, now=NOW, timezone=LONDON, months=2)
    assert result.meetings_per_month == (("2026-10", 0), ("2026-11", 2))
    assert result.outreach_per_month == (("2026-10", 0), ("2026-11", 0))
    assert result.held == 5
    # bad-dates and future were both answered (their later steps count, dated or not).
    assert result.response == ResponseRate(sent=2, answered=2, scheduled_or_met=2, rate=1.0)
    assert (result.thanks.met, result.thanks.thanked, result.thanks.median_hours) == (5, 1, 2.0)
    # The future meeting is a point (it is data) but outside the month window.
    assert [p.meeting_id for p in result.talk.points] == ["future"]
    assert result.talk.monthly == (("2026-10", None), ("2026-11", None))
    assert result.referrals.by_contact == (ReferrerCount("c-nobody", "unknown contact", 1),)
    assert result.referrals.by_organization == ()


def test_same_figures_whatever_the_order() -> None:
    contacts, meetings = build_demo(NOW, LONDON)
    expected = insights(contacts, meetings, now=NOW, timezone=LONDON)
    shuffled_c, shuffled_m = contacts[:], meetings[:]
    rng = random.Random(6)
    for _ in range(5):
        rng.shuffle(shuffled_c)
        rng.shuffle(shuffled_m)
        assert insights(shuffled_c, shuffled_m, now=NOW, timezone=LONDON) == expected


def test_insights_are_frozen_and_accept_iterators() -> None:
    contacts, meetings = build_demo(NOW, LONDON)
    result = insights(iter(contacts), iter(meetings), now=NOW, timezone=LONDON)
    assert result == insights(contacts, meetings, now=NOW, timezone=LONDON)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.held = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.response.rate = 1.0  # type: ignore[misc]


# --- the demo ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo() -> Insights:
    contacts, meetings = build_demo(NOW, LONDON)
    return insights(contacts, meetings, now=NOW, timezone=LONDON)


def test_demo_months(demo: Insights) -> None:
    assert demo.months[0] == "2025-12" and demo.months[-1] == "2026-11" and len(demo.months) == 12
    assert dict(demo.meetings_per_month) == dict.fromkeys(demo.months, 0) | {
        "2026-06": 1,
        "2026-07": 1,
        "2026-09": 1,
        "2026-11": 2,
    }
    # The archived March outreach counts: it is history.
    assert dict(demo.outreach_per_month) == dict.fromkeys(demo.months, 0) | {
        "2026-03": 1,
        "2026-06": 1,
        "2026-07": 1,
        "2026-08": 1,
        "2026-10": 2,
        "2026-11": 8,
    }
    assert demo.held == 5


def test_demo_response_rate(demo: Insights) -> None:
    assert demo.response == ResponseRate(
        sent=14, answered=9, scheduled_or_met=7, declined=2, no_response=1, waiting=4, rate=0.9
    )


def test_demo_thank_you(demo: Insights) -> None:
    # Thanked after 19h01m40s, 16h50m20s and 3h40m30s; two met meetings are not thanked yet.
    assert dataclasses.replace(demo.thanks, median_hours=None) == ThankYouStats(
        met=5, thanked=3, rate=0.6, measured=3, median_hours=None, within_24h=3
    )
    assert demo.thanks.median_hours == pytest.approx(16 + 50 / 60 + 20 / 3600)


def test_demo_talk_share(demo: Insights) -> None:
    talk = demo.talk
    assert [p.meeting_id for p in talk.points] == [f"m-demo-0{i}" for i in range(1, 6)]
    assert [round(p.share, 4) for p in talk.points] == [0.359, 0.4096, 0.2798, 0.5196, 0.32]
    assert [k for k, v in talk.monthly if v is not None] == ["2026-06", "2026-07", "2026-09", "2026-11"]
    assert dict(talk.monthly)["2026-11"] == pytest.approx((930 / 1790 + 560 / 1750) / 2)
    assert len(sparkline_values(talk.monthly)) == 4
    assert talk.average == pytest.approx(sum(p.share for p in talk.points) / 5)
    assert talk.trend is None  # five meetings with talk data: not yet a trend


def test_demo_referrals(demo: Insights) -> None:
    refs = demo.referrals
    assert refs.total == 7
    assert [(r.name, r.count) for r in refs.by_contact] == [
        ("Dr. Mei Lin Tan", 2),
        ("Mr. Tomás Herrera", 2),
        ("Dr. Amara Okafor", 1),
        ("Ms. Ingrid Halvorsen", 1),
        ("Mx. Sasha Novak", 1),
    ]
    assert len(refs.by_organization) == 7 and all(o.count == 1 for o in refs.by_organization)
    assert refs.by_organization[0] == NameCount("Coastal University of Science and Technology", 1)
    assert refs.introduced_by == (
        IntroducedBy("Mr. Herrera", 1, "c-demo-02", ("Prof. Kwabena Asante",)),
        IntroducedBy("Ms. Halvorsen", 1, "c-demo-03", ("Dr. Mei Lin Tan",)),
    )


# --- performance -------------------------------------------------------------------------------


def _shifted(m: Meeting, suffix: str, days: int) -> Meeting:
    """A copy of ``m`` with a new id and every date moved back ``days`` days."""
    data = m.to_dict()
    data["id"] = f"{m.id}-{suffix}"

    def move(text: str | None) -> str | None:
        return iso(parse_iso(text).subtract(days=days)) if text else text

    data["history"] = [{"status": t["status"], "at": move(t["at"])} for t in data["history"]]
    for key in ("scheduled_for", "started_at", "ended_at", "created_at"):
        data[key] = move(data[key])
    return Meeting.from_dict(data)


def test_two_thousand_meetings_are_quick() -> None:
    contacts, demo_meetings = build_demo(NOW, LONDON)
    meetings = [_shifted(m, str(copy), days=copy * 3) for copy in range(125) for m in demo_meetings]
    assert len(meetings) == 2000 and len({m.id for m in meetings}) == 2000
    start = time.perf_counter()
    result = insights(contacts, meetings, now=NOW, timezone=LONDON)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"insights over 2,000 meetings took {elapsed:.2f} s"
    assert result.held == 5 * 125
    assert result.response.sent == 14 * 125
    assert len(result.talk.points) == 5 * 125
    assert result.talk.trend is not None
    assert sum(n for _, n in result.meetings_per_month) > 5
