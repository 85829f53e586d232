"""Proposed meeting times: weekdays, business hours, lead time, busy times, and DST changes.

The daylight-saving cases use 2026, when the US springs forward on 8 March and the UK on
29 March (New York is 4 hours behind London in between, 5 otherwise), and the UK falls back on
25 October and the US on 1 November (4 hours again in between).
"""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.prep.slots import (
    MAX_STRETCH_MINUTES,
    Slot,
    format_slot,
    format_slot_for_them,
    format_slots_compact,
    place_name,
    propose_slots,
)

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
MELBOURNE = "Australia/Melbourne"
SINGAPORE = "Asia/Singapore"


def utc(text: str) -> pendulum.DateTime:
    moment = pendulum.parse(text)
    assert isinstance(moment, pendulum.DateTime)
    return moment


def local(slots: list[Slot], tz: str) -> list[str]:
    return [slot.start.in_timezone(tz).format("ddd YYYY-MM-DD HH:mm", locale="en") for slot in slots]


def minutes_of_day(moment: pendulum.DateTime) -> int:
    return moment.hour * 60 + moment.minute


NOWS = [
    "2026-01-05T09:00:00+00:00",  # a Monday morning
    "2026-03-06T19:00:00+00:00",  # Friday evening before the US change
    "2026-03-25T12:00:00+00:00",  # between the US and UK spring changes
    "2026-06-12T22:30:00+00:00",  # Friday night, northern summer
    "2026-10-23T17:00:00+00:00",  # Friday, between the UK and US autumn changes
    "2026-12-24T08:00:00+00:00",  # Christmas Eve (a Thursday)
]
ZONES = [LONDON, NEW_YORK, MELBOURNE, SINGAPORE, "America/Los_Angeles", "Africa/Lagos", "Asia/Tokyo"]


@pytest.mark.parametrize("now_text", NOWS)
@pytest.mark.parametrize("their_tz", ZONES)
def test_every_slot_is_a_future_weekday_in_their_business_hours(now_text: str, their_tz: str) -> None:
    now = utc(now_text)
    slots = propose_slots(now, their_tz=their_tz, my_tz=LONDON)
    assert len(slots) == 3
    assert slots == sorted(slots, key=lambda s: s.start)
    days = [s.start.in_timezone(their_tz).date() for s in slots]
    assert len(set(days)) == 3, "one slot a day"
    for slot in slots:
        theirs = slot.start.in_timezone(their_tz)
        assert slot.start.tzinfo is not None and slot.end.tzinfo is not None
        assert theirs.day_of_week not in (pendulum.SATURDAY, pendulum.SUNDAY)
        assert 9 * 60 <= minutes_of_day(theirs) and minutes_of_day(slot.end.in_timezone(their_tz)) <= 17 * 60
        assert slot.end.in_timezone(their_tz).date() == theirs.date()
        assert (slot.end - slot.start).in_minutes() == 30
        assert slot.start >= now.add(hours=48)
        assert slot.start <= now.add(days=22)
        # The user is never asked to meet in the middle of their night.
        mine = slot.start.in_timezone(LONDON)
        assert 5 * 60 <= minutes_of_day(mine) <= 23 * 60


def test_same_zone_proposes_natural_times_on_the_next_working_days() -> None:
    now = utc("2026-12-01T09:00:00+00:00")  # Tuesday
    slots = propose_slots(now, their_tz=LONDON, my_tz=LONDON)
    # 48 hours ahead is Thursday 09:00; the days vary the time so a busy morning is no bar.
    assert local(slots, LONDON) == ["Thu 2026-12-03 10:00", "Fri 2026-12-04 14:00", "Mon 2026-12-07 11:00"]
    same = propose_slots(now, their_tz=LONDON, my_tz=LONDON, vary=False)
    assert local(same, LONDON) == ["Thu 2026-12-03 10:00", "Fri 2026-12-04 10:00", "Mon 2026-12-07 10:00"]


def test_friday_evening_with_a_48_hour_lead_starts_on_monday() -> None:
    # Friday 18:00 + 48 h is Sunday 18:00: the first working day after that is Monday.
    # (Tuesday only with a longer lead: 72 h reaches Monday 18:00, after business hours.)
    now = pendulum.datetime(2026, 11, 27, 18, 0, tz=LONDON)
    slots = propose_slots(now, their_tz=LONDON, my_tz=LONDON)
    assert local(slots, LONDON)[0] == "Mon 2026-11-30 10:00"
    later = propose_slots(now, their_tz=LONDON, my_tz=LONDON, lead_hours=72)
    assert local(later, LONDON)[0] == "Tue 2026-12-01 10:00"


def test_the_lead_time_is_counted_from_now_to_the_minute() -> None:
    now = pendulum.datetime(2026, 12, 1, 9, 59, tz=LONDON)
    assert local(propose_slots(now, their_tz=LONDON, my_tz=LONDON), LONDON)[0] == "Thu 2026-12-03 10:00"
    now = now.add(minutes=2)  # 10:01: Thursday 10:00 is now 47h59m away
    assert local(propose_slots(now, their_tz=LONDON, my_tz=LONDON), LONDON)[0] == "Thu 2026-12-03 14:00"


def test_us_spring_change_new_york_is_four_hours_behind_until_the_uk_changes() -> None:
    now = utc("2026-03-25T12:00:00+00:00")  # Wednesday
    slots = propose_slots(now, their_tz=NEW_YORK, my_tz=LONDON)
    assert [format_slot(s, NEW_YORK, LONDON) for s in slots] == [
        "Fri, Mar 27 at 10:00 AM New York time (2:00 PM your time)",  # 4 hours: UK still on GMT
        "Mon, Mar 30 at 2:00 PM New York time (7:00 PM your time)",  # 5 hours: BST from 29 March
        "Tue, Mar 31 at 11:00 AM New York time (4:00 PM your time)",
    ]


def test_uk_autumn_change_new_york_is_four_hours_behind_until_the_us_changes() -> None:
    now = utc("2026-10-21T12:00:00+00:00")  # Wednesday
    slots = propose_slots(now, their_tz=NEW_YORK, my_tz=LONDON)
    assert [format_slot(s, NEW_YORK, LONDON) for s in slots] == [
        "Fri, Oct 23 at 10:00 AM New York time (3:00 PM your time)",  # 5 hours: both on summer time
        "Mon, Oct 26 at 2:00 PM New York time (6:00 PM your time)",  # 4 hours: UK back on GMT
        "Tue, Oct 27 at 11:00 AM New York time (3:00 PM your time)",
    ]
    after = propose_slots(utc("2026-10-29T12:00:00+00:00"), their_tz=NEW_YORK, my_tz=LONDON)
    assert format_slot(after[0], NEW_YORK, LONDON) == "Mon, Nov 2 at 10:00 AM New York time (3:00 PM your time)"


def test_wall_times_hold_across_the_change_for_the_user_too() -> None:
    # A London contact and a London user: 10:00 stays 10:00 on both sides of 29 March.
    now = utc("2026-03-25T09:00:00+00:00")
    slots = propose_slots(now, their_tz=LONDON, my_tz=LONDON, vary=False)
    assert local(slots, LONDON) == ["Fri 2026-03-27 10:00", "Mon 2026-03-30 10:00", "Tue 2026-03-31 10:00"]
    assert [s.start.in_timezone("UTC").hour for s in slots] == [10, 9, 9]


def test_days_that_suit_the_user_are_preferred_over_stretching_their_day() -> None:
    # The user is free only until 14:00. 9:00 in New York is 14:00 in London in the 5-hour
    # weeks (30 minutes too late) but 13:00 in the 4-hour weeks from 8 March (9:30 fits too).
    now = utc("2026-03-02T09:00:00+00:00")  # Monday
    slots = propose_slots(now, their_tz=NEW_YORK, my_tz=LONDON, my_hours=(8, 14))
    assert local(slots, NEW_YORK) == ["Mon 2026-03-09 09:30", "Tue 2026-03-10 09:30", "Wed 2026-03-11 09:30"]
    assert local(slots, LONDON) == ["Mon 2026-03-09 13:30", "Tue 2026-03-10 13:30", "Wed 2026-03-11 13:30"]
    # With only the 5-hour weeks in range, the user's day is stretched the least possible.
    soon = propose_slots(now, their_tz=NEW_YORK, my_tz=LONDON, my_hours=(8, 14), days_ahead=4)
    assert local(soon, LONDON) == ["Wed 2026-03-04 14:00", "Thu 2026-03-05 14:00", "Fri 2026-03-06 14:00"]


def test_melbourne_contact_for_a_london_user_in_both_seasons() -> None:
    # December: Melbourne is 11 hours ahead, so their 9:00 is the user's 22:00 the day before.
    december = propose_slots(utc("2026-12-02T10:00:00+00:00"), their_tz=MELBOURNE, my_tz=LONDON)
    assert [format_slot(s, MELBOURNE, LONDON) for s in december] == [
        "Mon, Dec 7 at 9:00 AM Melbourne time (Sun 10:00 PM your time)",
        "Tue, Dec 8 at 9:00 AM Melbourne time (Mon 10:00 PM your time)",
        "Wed, Dec 9 at 9:00 AM Melbourne time (Tue 10:00 PM your time)",
    ]
    # June: 9 hours ahead; their late afternoon is the user's early morning.
    june = propose_slots(utc("2026-06-02T10:00:00+00:00"), their_tz=MELBOURNE, my_tz=LONDON)
    assert format_slot(june[0], MELBOURNE, LONDON) == ("Fri, Jun 5 at 4:30 PM Melbourne time (7:30 AM your time)")
    for slot in december + june:
        assert 9 * 60 <= minutes_of_day(slot.start.in_timezone(MELBOURNE)) <= 16 * 60 + 30


def test_singapore_contact_gets_the_users_morning() -> None:
    winter = propose_slots(utc("2026-01-13T10:00:00+00:00"), their_tz=SINGAPORE, my_tz=LONDON)
    summer = propose_slots(utc("2026-07-14T10:00:00+00:00"), their_tz=SINGAPORE, my_tz=LONDON)
    # Singapore keeps one clock all year; London's changes, so the proposal moves by an hour.
    assert {s.start.in_timezone(SINGAPORE).format("HH:mm") for s in winter} == {"16:00"}
    assert {s.start.in_timezone(SINGAPORE).format("HH:mm") for s in summer} == {"15:00"}
    for slot in winter + summer:
        assert slot.start.in_timezone(LONDON).format("HH:mm") == "08:00"


def test_a_skipped_wall_time_is_never_proposed() -> None:
    # Egypt springs forward at midnight on a Friday: 00:00-01:00 on 24 April 2026 never happens.
    cairo = "Africa/Cairo"
    now = utc("2026-04-23T12:00:00+00:00")
    slots = propose_slots(now, their_tz=cairo, my_tz=cairo, their_hours=(0, 2), my_hours=(0, 24),
                          lead_hours=0, count=1)  # fmt: skip
    assert [s.start.isoformat() for s in slots] == ["2026-04-24T01:00:00+03:00"]


def test_busy_times_and_their_buffer_are_avoided() -> None:
    now = utc("2026-12-01T09:00:00+00:00")
    free = propose_slots(now, their_tz=LONDON, my_tz=LONDON, count=1)
    assert local(free, LONDON) == ["Thu 2026-12-03 10:00"]
    meeting = pendulum.datetime(2026, 12, 3, 10, 30, tz=LONDON)
    busy = [(meeting, meeting.add(minutes=30))]
    slots = propose_slots(now, their_tz=LONDON, my_tz=LONDON, count=1, busy=busy)
    # 10:00-10:30 ends as the meeting starts, inside the 15-minute buffer; 14:00 is next.
    assert local(slots, LONDON) == ["Thu 2026-12-03 14:00"]
    tight = propose_slots(now, their_tz=LONDON, my_tz=LONDON, count=1, busy=busy, buffer_minutes=0)
    assert local(tight, LONDON) == ["Thu 2026-12-03 10:00"]
    # A whole day taken moves the slot to the next day.
    day = pendulum.datetime(2026, 12, 3, 0, 0, tz=LONDON)
    assert local(propose_slots(now, their_tz=LONDON, my_tz=LONDON, count=1, busy=[(day, day.add(days=1))]),
                 LONDON) == ["Fri 2026-12-04 10:00"]  # fmt: skip


def test_fewer_slots_when_fewer_fit() -> None:
    now = utc("2026-12-01T09:00:00+00:00")
    assert len(propose_slots(now, their_tz=LONDON, my_tz=LONDON, days_ahead=3)) == 2  # Thu, Fri
    assert propose_slots(now, their_tz=LONDON, my_tz=LONDON, days_ahead=1) == []
    assert propose_slots(now, their_tz=LONDON, my_tz=LONDON, count=0) == []
    # Honolulu's working day is London's night: past the stretch limit, nothing is proposed.
    assert propose_slots(now, their_tz="Pacific/Honolulu", my_tz=LONDON, my_hours=(8, 12)) == []
    assert MAX_STRETCH_MINUTES == 180


def test_length_and_custom_hours() -> None:
    now = utc("2026-12-01T09:00:00+00:00")
    slots = propose_slots(now, their_tz=LONDON, my_tz=LONDON, minutes=20, count=2, their_hours=(13, 15))
    assert local(slots, LONDON) == ["Thu 2026-12-03 14:00", "Fri 2026-12-04 14:30"]
    assert all((s.end - s.start).in_minutes() == 20 for s in slots)
    # A 30-minute slot cannot start at 16:45 when the day ends at 17:00.
    late = propose_slots(now, their_tz=LONDON, my_tz=LONDON, their_hours=(16, 17), count=1)
    assert local(late, LONDON) == ["Thu 2026-12-03 16:00"]


def test_proposals_are_deterministic() -> None:
    now = utc("2026-10-23T17:00:00+00:00")
    kwargs = {"their_tz": MELBOURNE, "my_tz": LONDON, "busy": [(now.add(days=3), now.add(days=3, hours=1))]}
    assert propose_slots(now, **kwargs) == propose_slots(now, **kwargs)
    assert propose_slots(now.in_timezone(MELBOURNE), **kwargs) == propose_slots(now, **kwargs)


def test_format_slot() -> None:
    slot = Slot(pendulum.datetime(2026, 12, 8, 10, 0, tz=NEW_YORK), pendulum.datetime(2026, 12, 8, 10, 30, tz=NEW_YORK))
    assert format_slot(slot, NEW_YORK, LONDON) == "Tue, Dec 8 at 10:00 AM New York time (3:00 PM your time)"
    assert format_slot(slot, NEW_YORK, NEW_YORK) == "Tue, Dec 8 at 10:00 AM"
    # Different zones with the same clock at that moment need no conversion.
    assert format_slot(slot, NEW_YORK, "America/Toronto") == "Tue, Dec 8 at 10:00 AM"
    # The user's day is named when it is another day for them.
    assert format_slot(slot, NEW_YORK, "Asia/Tokyo") == "Tue, Dec 8 at 10:00 AM New York time (Wed 12:00 AM your time)"
    assert format_slot_for_them(slot, NEW_YORK, LONDON) == "Tue, Dec 8 at 10:00 AM New York time"
    assert format_slot_for_them(slot, NEW_YORK, NEW_YORK) == "Tue, Dec 8 at 10:00 AM"
    assert place_name("America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert place_name("UTC") == "UTC"


def test_format_slots_compact() -> None:
    def at(day: int, hour: int, minute: int = 0, month: int = 12) -> Slot:
        start = pendulum.datetime(2026, month, day, hour, minute, tz=NEW_YORK)
        return Slot(start, start.add(minutes=20))

    assert format_slots_compact([at(8, 10), at(9, 10)], NEW_YORK) == "Tue 8 or Wed 9 Dec, 10am your time"
    assert format_slots_compact([at(8, 14, 30)], NEW_YORK) == "Tue 8 Dec, 2:30pm your time"
    assert format_slots_compact([at(8, 10), at(9, 14)], NEW_YORK) == "Tue 8 Dec 10am or Wed 9 Dec 2pm, your time"
    assert (
        format_slots_compact([at(30, 10, month=11), at(1, 10)], NEW_YORK) == "Mon 30 Nov or Tue 1 Dec, 10am your time"
    )
    assert format_slots_compact([], NEW_YORK) == ""
