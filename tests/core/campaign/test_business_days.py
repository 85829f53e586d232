"""Business days for 3B7: Monday to Friday, no holidays by default, holidays when given."""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.campaign.business_days import add_business_days, business_days_between, is_business_day

D = pendulum.date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 11, 23), 0, D(2026, 11, 23)),  # Monday + 0
        (D(2026, 11, 23), 3, D(2026, 11, 26)),  # Monday + 3 = Thursday
        (D(2026, 11, 26), 3, D(2026, 12, 1)),  # Thursday + 3 = Tuesday, across a weekend and a month end
        (D(2026, 11, 27), 1, D(2026, 11, 30)),  # Friday + 1 = Monday
        (D(2026, 11, 28), 1, D(2026, 11, 30)),  # Saturday + 1 = Monday
        (D(2026, 11, 29), 5, D(2026, 12, 4)),  # Sunday + 5 = Friday
        (D(2026, 11, 23), 7, D(2026, 12, 2)),  # Monday + 7 = next Wednesday
        (D(2026, 12, 31), 1, D(2027, 1, 1)),  # no holidays unless given: New Year's Day counts
        (D(2026, 2, 27), 1, D(2026, 3, 2)),  # Friday at February's end + 1 = Monday 2 March
        (D(2026, 11, 30), -1, D(2026, 11, 27)),  # Monday - 1 = Friday
    ],
)
def test_add_business_days(start: pendulum.Date, n: int, expected: pendulum.Date) -> None:
    assert add_business_days(start, n) == expected


def test_a_holiday_is_skipped_when_given() -> None:
    christmas, boxing = D(2026, 12, 25), D(2026, 12, 28)  # Friday, and the Monday in lieu
    assert add_business_days(D(2026, 12, 24), 1) == christmas
    assert add_business_days(D(2026, 12, 24), 1, {christmas, boxing}) == D(2026, 12, 29)
    assert business_days_between(D(2026, 12, 24), D(2026, 12, 29)) == 3
    assert business_days_between(D(2026, 12, 24), D(2026, 12, 29), holidays={christmas, boxing}) == 1
    assert not is_business_day(christmas, {christmas}) and is_business_day(christmas)
    # A holiday on a weekend is not taken off twice.
    assert business_days_between(D(2026, 12, 24), D(2026, 12, 29), holidays=[D(2026, 12, 26)]) == 3


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 11, 23), D(2026, 11, 23), 0),
        (D(2026, 11, 23), D(2026, 11, 26), 3),  # Monday to Thursday
        (D(2026, 11, 27), D(2026, 11, 30), 1),  # Friday to Monday
        (D(2026, 11, 28), D(2026, 11, 29), 0),  # a weekend
        (D(2026, 11, 27), D(2026, 11, 29), 0),  # Friday to Sunday
        (D(2026, 11, 23), D(2026, 12, 2), 7),  # Monday to the next Wednesday
        (D(2026, 11, 2), D(2026, 12, 2), 22),  # a month
        (D(2026, 11, 26), D(2026, 11, 23), -3),  # backwards
    ],
)
def test_business_days_between(start: pendulum.Date, end: pendulum.Date, expected: int) -> None:
    assert business_days_between(start, end) == expected


def test_between_agrees_with_adding_over_a_long_stretch() -> None:
    start = D(2026, 1, 1)
    for n in range(0, 300, 7):
        assert business_days_between(start, add_business_days(start, n)) == n


def test_moments_count_by_their_date_in_the_time_zone() -> None:
    # Friday 23:30 in Auckland is Friday morning in London: both count from a Friday.
    sent = pendulum.datetime(2026, 11, 27, 10, 30, tz="UTC")  # Friday 23:30 in Auckland
    now = pendulum.datetime(2026, 11, 30, 9, 0, tz="UTC")  # Monday
    assert business_days_between(sent, now, "Europe/London") == 1  # Friday -> Monday
    assert business_days_between(sent, now, "Pacific/Auckland") == 1  # Friday night -> Monday night
    assert business_days_between(sent, now.add(days=3), "Europe/London") == 4
    assert business_days_between(sent.subtract(hours=12), now, "America/Los_Angeles") == 2  # Thursday -> Monday
