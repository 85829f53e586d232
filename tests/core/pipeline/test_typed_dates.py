"""Reading the date and time a person types when a contact accepts (``parse_when``).

Every test gives ``now`` explicitly: nothing reads the wall clock, the machine's time zone or
its locale (one test runs the parser under other TZ and locale settings to prove it).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pendulum
import pytest

from infocoach.core.clock import FixedClock
from infocoach.core.pipeline.typed_dates import HINT, NEEDS_TIME, parse_when

NY = "America/New_York"
# Tuesday 24 November 2026, 09:00 in New York (14:00 UTC).
TUESDAY = FixedClock("2026-11-24T14:00:00+00:00").now()


def when(text: str, timezone: str = NY, now: pendulum.DateTime = TUESDAY) -> str:
    """The parsed moment as ISO text, for short assertions."""
    return parse_when(text, timezone, now).isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03 15:30", "2026-12-03T15:30:00-05:00"),
        ("2026-12-03T15:30", "2026-12-03T15:30:00-05:00"),
        ("2026-12-03t15:30", "2026-12-03T15:30:00-05:00"),
        ("2026-12-03 15:30:45", "2026-12-03T15:30:45-05:00"),
        ("  2026-12-03   15:30  ", "2026-12-03T15:30:00-05:00"),
        ("2026-12-03 3pm", "2026-12-03T15:00:00-05:00"),
        ("2026-12-03 3 PM", "2026-12-03T15:00:00-05:00"),
        ("2026-12-03 at 3:15 p.m.", "2026-12-03T15:15:00-05:00"),
        ("2026-12-03 12am", "2026-12-03T00:00:00-05:00"),
        ("2026-12-03 12pm", "2026-12-03T12:00:00-05:00"),
        ("2026-12-03 noon", "2026-12-03T12:00:00-05:00"),
        ("2026/12/03 9:05", "2026-12-03T09:05:00-05:00"),
        ("2026-7-4 10:00", "2026-07-04T10:00:00-04:00"),
        ("Dec 3 15:30", "2026-12-03T15:30:00-05:00"),
        ("3 Dec 10:00", "2026-12-03T10:00:00-05:00"),
        ("3 December 2026 10:00", "2026-12-03T10:00:00-05:00"),
        ("December 3rd at 4pm", "2026-12-03T16:00:00-05:00"),
        ("december 3, 2027 10:00", "2027-12-03T10:00:00-05:00"),
        ("Sept 3 10:00", "2027-09-03T10:00:00-04:00"),  # without a year: the next 3 September
        ("Nov 1 10:00", "2027-11-01T10:00:00-04:00"),
    ],
)
def test_dates_written_out(text: str, expected: str) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow 3pm", "2026-11-25T15:00:00-05:00"),
        ("Tomorrow at 3 pm.", "2026-11-25T15:00:00-05:00"),
        ("tomorrow at noon", "2026-11-25T12:00:00-05:00"),
        ("3.30pm tomorrow", "2026-11-25T15:30:00-05:00"),
        ("tomorrow 15h30", "2026-11-25T15:30:00-05:00"),
        ("today 4pm", "2026-11-24T16:00:00-05:00"),
        ("3pm", "2026-11-24T15:00:00-05:00"),  # a time alone is today
        ("Friday at 2pm", "2026-11-27T14:00:00-05:00"),
        ("on Friday, at 2pm", "2026-11-27T14:00:00-05:00"),
        ("fri 2pm", "2026-11-27T14:00:00-05:00"),
        ("in 3 days at 11am", "2026-11-27T11:00:00-05:00"),
        ("in 1 week at 9am", "2026-12-01T09:00:00-05:00"),
        ("next Monday 9am", "2026-11-30T09:00:00-05:00"),
    ],
)
def test_phrases_are_relative_to_now(text: str, expected: str) -> None:
    assert when(text) == expected


def test_weekdays_from_the_same_weekday() -> None:
    # Today is a Tuesday: "next Tuesday" and a bare "Tuesday" are a week on; "this" is today.
    assert when("next Tuesday 10:30") == "2026-12-01T10:30:00-05:00"
    assert when("Tuesday 10:30") == "2026-12-01T10:30:00-05:00"
    assert when("this Tuesday 10:30") == "2026-11-24T10:30:00-05:00"
    assert when("next tue 10:30") == "2026-12-01T10:30:00-05:00"


@pytest.mark.parametrize(
    ("today", "bare", "next_", "this"),
    [
        # "Tuesday": the first after today. "next Tuesday": next week's (weeks start on Monday).
        # "this Tuesday": today on a Tuesday, else the coming one; never a past day.
        ("2026-11-22", "2026-11-24", "2026-11-24", "2026-11-24"),  # Sunday
        ("2026-11-23", "2026-11-24", "2026-12-01", "2026-11-24"),  # Monday
        ("2026-11-24", "2026-12-01", "2026-12-01", "2026-11-24"),  # Tuesday
        ("2026-11-25", "2026-12-01", "2026-12-01", "2026-12-01"),  # Wednesday
        ("2026-11-28", "2026-12-01", "2026-12-01", "2026-12-01"),  # Saturday
    ],
)
def test_weekday_words_through_the_week(today: str, bare: str, next_: str, this: str) -> None:
    now = FixedClock(f"{today}T14:00:00+00:00").now()
    assert when("Tuesday 10:30", now=now)[:10] == bare
    assert when("next Tuesday 10:30", now=now)[:10] == next_
    assert when("this Tuesday 10:30", now=now)[:10] == this
    assert when("This tuesday at 10:30", now=now)[:10] == this


def test_relative_phrases_use_the_contacts_day_not_utc() -> None:
    # 02:00 UTC on Wednesday is still Tuesday evening in New York, and already Wednesday in Tokyo.
    late = FixedClock("2026-11-25T02:00:00+00:00").now()
    assert when("tomorrow 3pm", NY, late) == "2026-11-25T15:00:00-05:00"
    assert when("tomorrow 3pm", "Asia/Tokyo", late) == "2026-11-26T15:00:00+09:00"


def test_the_result_is_in_the_contacts_zone() -> None:
    moment = parse_when("2026-12-03 15:30", "Europe/Berlin", TUESDAY)
    assert isinstance(moment, pendulum.DateTime)
    assert moment.timezone_name == "Europe/Berlin"
    assert (moment.hour, moment.minute) == (15, 30)
    assert moment.in_timezone("UTC").isoformat() == "2026-12-03T14:30:00+00:00"


def test_an_explicit_offset_names_an_instant() -> None:
    assert when("2026-12-03T15:30+01:00") == "2026-12-03T09:30:00-05:00"
    assert when("2026-12-03T15:30Z") == "2026-12-03T10:30:00-05:00"


def test_past_dates_are_returned_for_the_caller_to_judge() -> None:
    assert when("2020-01-02 10:00") == "2020-01-02T10:00:00-05:00"
    assert when("yesterday 10am") == "2026-11-23T10:00:00-05:00"


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_nothing_typed(text: str) -> None:
    with pytest.raises(ValueError, match="Enter when you will meet") as info:
        parse_when(text, NY, TUESDAY)
    assert HINT in str(info.value)


@pytest.mark.parametrize(
    "text",
    ["purple", "purple 3pm", "not tomorrow 3pm", "3rd of december at 10am", "2026-12-03 15",
     "2026-12-03 banana", "soon", "tomorrow morning at 10", "!!!"],
)  # fmt: skip
def test_nonsense_says_what_to_type(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_when(text, NY, TUESDAY)
    message = str(info.value)
    assert "2026-12-03 15:30" in message or "exact time" in message, message


def test_nonsense_message_is_the_hint() -> None:
    with pytest.raises(ValueError) as info:
        parse_when("purple", NY, TUESDAY)
    assert str(info.value) == (
        "Could not read 'purple' as a date and time. Try 2026-12-03 15:30, or 'tomorrow 3pm', or 'next Tuesday 10:30'."
    )


@pytest.mark.parametrize("text", ["2026-12-03", "tomorrow", "next Tuesday", "Dec 3", "3 December 2026"])
def test_a_date_needs_a_time(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_when(text, NY, TUESDAY)
    assert str(info.value) == NEEDS_TIME
    assert "Add a time, e.g. 'tomorrow 3pm'" in NEEDS_TIME


@pytest.mark.parametrize("text", ["tomorrow morning", "Friday afternoon", "tonight", "monday evening"])
def test_a_part_of_the_day_is_not_a_time(text: str) -> None:
    with pytest.raises(ValueError, match="Add an exact time"):
        parse_when(text, NY, TUESDAY)


@pytest.mark.parametrize(
    "text", ["12/03 15:00", "12/03/2026 10am", "3/12/26 10:00", "03.12.2026 10:00", "12-03 10am", "on 4/5 at 2pm"]
)
def test_numeric_dates_are_ambiguous(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD") as info:
        parse_when(text, NY, TUESDAY)
    assert "different countries" in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2026-02-30 10:00", "2026-02-30 is not a day in the calendar"),
        ("2026-13-01 10:00", "is not a day in the calendar"),
        ("Feb 30 10:00", "not in the calendar"),
        ("31 April 2027 10:00", "not in the calendar"),
        ("2026-12-03 25:00", "25:00 is not a time of day"),
        ("2026-12-03 10:60", "is not a time of day"),
        ("2026-12-03 13pm", "13pm is not a time of day"),
        ("2026-12-03 0am", "0am is not a time of day"),
    ],
)
def test_impossible_dates_and_times(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_when(text, NY, TUESDAY)


def test_unknown_time_zone() -> None:
    with pytest.raises(ValueError, match="not a time zone name"):
        parse_when("2026-12-03 15:30", "Mars/Olympus_Mons", TUESDAY)


# --- changes of the clocks ---------------------------------------------------------------------


def test_a_wall_time_the_clocks_skip_does_not_exist() -> None:
    # 2026-03-08: New York's clocks jump from 02:00 to 03:00.
    with pytest.raises(ValueError) as info:
        parse_when("2026-03-08 02:30", NY, TUESDAY)
    assert str(info.value) == (
        "02:30 on Sun 8 Mar 2026 does not exist in America/New_York: the clocks go forward "
        "that night. Choose another time, e.g. 03:30 or 01:30."
    )
    # The same wall time is fine in a zone without that change, and either side of the gap.
    assert when("2026-03-08 02:30", "Asia/Tokyo") == "2026-03-08T02:30:00+09:00"
    assert when("2026-03-08 01:59") == "2026-03-08T01:59:00-05:00"
    assert when("2026-03-08 03:00") == "2026-03-08T03:00:00-04:00"


def test_a_skipped_time_reached_by_a_phrase_is_refused_too() -> None:
    saturday = FixedClock("2026-03-07T15:00:00+00:00").now()
    with pytest.raises(ValueError, match="does not exist in America/New_York"):
        parse_when("tomorrow 2:30am", NY, saturday)


def test_a_repeated_wall_time_is_its_first_occurrence() -> None:
    # 2026-11-01: New York's clocks go back from 02:00 EDT to 01:00 EST; 01:30 happens twice.
    moment = parse_when("2026-11-01 01:30", NY, TUESDAY)
    assert moment.isoformat() == "2026-11-01T01:30:00-04:00"
    assert moment.in_timezone("UTC").isoformat() == "2026-11-01T05:30:00+00:00"
    assert when("2026-11-01 02:30") == "2026-11-01T02:30:00-05:00"


def test_dst_in_the_southern_hemisphere() -> None:
    # Sydney moves forward at 02:00 on 2026-10-04.
    with pytest.raises(ValueError, match="does not exist in Australia/Sydney"):
        parse_when("2026-10-04 02:15", "Australia/Sydney", TUESDAY)
    assert when("2026-10-04 10:00", "Australia/Sydney") == "2026-10-04T10:00:00+11:00"


def test_the_machines_time_zone_and_locale_do_not_matter() -> None:
    code = (
        "import locale\n"
        "try: locale.setlocale(locale.LC_ALL, '')\n"
        "except locale.Error: pass\n"
        "from infocoach.core.clock import FixedClock\n"
        "from infocoach.core.pipeline.typed_dates import parse_when\n"
        "now = FixedClock('2026-11-24T14:00:00+00:00').now()\n"
        "for text in ['tomorrow 3pm', 'next Tuesday 10:30', 'Dec 3 15:30', 'in 3 days at 11am']:\n"
        "    print(parse_when(text, 'America/New_York', now).isoformat())\n"
        "try: parse_when('2026-03-08 02:30', 'America/New_York', now)\n"
        "except ValueError as e: print(e)\n"
    )
    outputs = set()
    for tz, lang in [("UTC", "C"), ("Pacific/Kiritimati", "de_DE.UTF-8"), ("America/St_Johns", "fr_FR.UTF-8")]:
        env = {**os.environ, "TZ": tz, "LANG": lang, "LC_ALL": lang}
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert outputs.pop().splitlines()[:4] == [
        "2026-11-25T15:00:00-05:00",
        "2026-12-01T10:30:00-05:00",
        "2026-12-03T15:30:00-05:00",
        "2026-11-27T11:00:00-05:00",
    ]


@pytest.mark.parametrize("text", ["now", "Now", " right now ", "just now", "NOW."])
def test_now_is_this_minute_in_the_contacts_zone(text: str) -> None:
    at = FixedClock("2026-11-24T14:07:42+00:00").now()
    assert parse_when(text, NY, at).isoformat() == "2026-11-24T09:07:00-05:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tonight 8pm", "2026-11-24T20:00:00-05:00"),
        ("tonight at 8:30pm", "2026-11-24T20:30:00-05:00"),
        ("this evening at 7pm", "2026-11-24T19:00:00-05:00"),
        ("this afternoon 2pm", "2026-11-24T14:00:00-05:00"),
        ("tomorrow morning 9am", "2026-11-25T09:00:00-05:00"),
        ("Friday afternoon at 3pm", "2026-11-27T15:00:00-05:00"),
        ("today 15:00", "2026-11-24T15:00:00-05:00"),
    ],
)
def test_a_part_of_the_day_beside_a_time_confirms_it(text: str, expected: str) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tonight 8am", "08:00 is not in the evening: check 'tonight 8am'."),
        ("tomorrow morning 9pm", "21:00 is not in the morning: check 'tomorrow morning 9pm'."),
    ],
)
def test_a_part_of_the_day_that_disagrees_with_the_time_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_when(text, NY, TUESDAY)
    assert str(info.value) == message


def test_today_alone_asks_for_a_time() -> None:
    with pytest.raises(ValueError) as info:
        parse_when("today", NY, TUESDAY)
    assert str(info.value) == NEEDS_TIME
