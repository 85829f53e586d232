"""3B7's one unanswered request per employer, asked when an outreach is marked sent."""

from __future__ import annotations

from campaign_records import MONDAY, ZONE, meeting, person, target

from infocoach.core.campaign.request_hold import request_hold
from infocoach.core.settings import Settings

THREE_B_SEVEN = Settings(timezone=ZONE, pacing="3b7")
TAN = person("c-tan", "Mei", "Tan", "Fabrikam, Inc.", honorific="Dr.")
PARK = person("c-park", "Jun", "Park", "FABRIKAM")
ASKED_TAN = meeting("m-tan", "c-tan", ("planned", MONDAY), ("requested", MONDAY.add(hours=1)))


def hold(days: int, settings: Settings = THREE_B_SEVEN, **target_fields: object) -> str | None:
    employer = target("t-1", "Fabrikam", **target_fields)
    return request_hold(PARK, [TAN, PARK], [ASKED_TAN], [employer], MONDAY.add(days=days, hours=2), settings)


def test_a_second_request_at_the_same_employer_waits_three_business_days() -> None:
    said = hold(1)  # Tuesday: one business day
    assert said is not None
    assert "Your request to Dr. Tan at Fabrikam is still waiting (sent 1 business day ago)" in said
    assert "give Dr. Tan 2 more business days" in said
    assert "sent today" in (hold(0) or "")
    assert hold(3) is None  # Thursday: 3B7 moves on to the next person


def test_weekends_do_not_count() -> None:
    friday = request_hold(
        PARK,
        [TAN, PARK],
        [meeting("m", "c-tan", ("requested", MONDAY.add(days=4)))],
        [],
        MONDAY.add(days=7),
        THREE_B_SEVEN,
    )
    assert friday is not None and "1 business day ago" in friday  # Friday to Monday


def test_the_default_pacing_a_target_with_parallel_requests_and_other_employers_never_wait() -> None:
    assert hold(1, Settings(timezone=ZONE)) is None
    assert hold(1, parallel_requests=True) is None
    elsewhere = person("c-lee", "Ann", "Lee", "Contoso")
    assert request_hold(elsewhere, [TAN, elsewhere], [ASKED_TAN], [], MONDAY.add(days=1), THREE_B_SEVEN) is None


def test_an_employer_without_a_target_is_held_by_its_name() -> None:
    said = request_hold(PARK, [TAN, PARK], [ASKED_TAN], [], MONDAY.add(days=1), THREE_B_SEVEN)
    assert said is not None and "at FABRIKAM" in said


def test_a_reply_frees_the_employer() -> None:
    replied = meeting("m-tan", "c-tan", ("requested", MONDAY), ("scheduled", MONDAY.add(hours=3)))
    assert request_hold(PARK, [TAN, PARK], [replied], [], MONDAY.add(days=1), THREE_B_SEVEN) is None
