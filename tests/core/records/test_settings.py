"""Settings: a bad file warns and falls back per field; the form explains every bad field."""

from __future__ import annotations

import tomllib
from dataclasses import fields

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from infocoach.core.settings import (
    FIELDS,
    Settings,
    parse_settings,
    settings_from_form,
    settings_to_toml_data,
)

EXAMPLE = """
[user]
name = "Alex Morgan"
signature = "Alex Morgan\\nalex@example.org"
timezone = "Europe/London"
[meetings]
length_minutes = 25
follow_up_days = 10
[talk]
target_low = 15
target_high = 35
red_above = 45
[outreach]
linkedin_note_limit = 300
"""


def parse(text: str, default_timezone: str = "America/Chicago") -> tuple[Settings, list[str]]:
    return parse_settings(tomllib.loads(text), default_timezone=default_timezone)


def test_full_file_is_read_without_warnings() -> None:
    settings, warnings = parse(EXAMPLE)
    assert warnings == []
    assert settings == Settings(
        user_name="Alex Morgan",
        signature="Alex Morgan\nalex@example.org",
        timezone="Europe/London",
        meeting_minutes=25,
        follow_up_days=10,
        talk_target_low=15,
        talk_target_high=35,
        talk_red_above=45,
        linkedin_note_limit=300,
    )


def test_empty_file_gives_defaults_and_the_system_time_zone() -> None:
    settings, warnings = parse("", default_timezone="Asia/Tokyo")
    assert warnings == []
    assert settings == Settings(timezone="Asia/Tokyo")
    assert (settings.meeting_minutes, settings.follow_up_days, settings.linkedin_note_limit) == (30, 7, 200)


def test_a_bad_system_time_zone_falls_back_to_utc() -> None:
    assert parse("", default_timezone="CEST")[0].timezone == "UTC"


def test_unknown_sections_and_keys_are_reported_and_ignored() -> None:
    settings, warnings = parse('[talk]\ncolour = "red"\ntarget_low = 10\n[theme]\nname = "dark"\n')
    assert warnings == [
        "unknown setting [talk] colour: ignored",
        "unknown settings section [theme]: ignored",
    ]
    assert settings.talk_target_low == 10


@pytest.mark.parametrize(
    ("text", "attribute", "expected_value", "warning"),
    [
        (
            "[meetings]\nlength_minutes = 500",
            "meeting_minutes",
            30,
            "[meetings] length_minutes = 500 is out of range 10–120: using 30",
        ),
        (
            "[meetings]\nfollow_up_days = true",
            "follow_up_days",
            7,
            "[meetings] follow_up_days = true is not a whole number: using 7",
        ),
        (
            "[meetings]\nfollow_up_days = 7.0",
            "follow_up_days",
            7,
            "[meetings] follow_up_days = 7.0 is not a whole number: using 7",
        ),
        (
            '[outreach]\nlinkedin_note_limit = "300"',
            "linkedin_note_limit",
            200,
            '[outreach] linkedin_note_limit = "300" is not a whole number: using 200',
        ),
        (
            "[outreach]\nlinkedin_note_limit = 99",
            "linkedin_note_limit",
            200,
            "[outreach] linkedin_note_limit = 99 is out of range 100–300: using 200",
        ),
        ("[user]\nname = 42", "user_name", "", '[user] name = 42 is not text: using ""'),
        (
            '[user]\ntimezone = "Europe/Londn"',
            "timezone",
            "America/Chicago",
            "[user] timezone = \"Europe/Londn\" is not valid (unknown time zone 'Europe/Londn': "
            'use an IANA name such as Europe/London): using "America/Chicago"',
        ),
        ("talk = 5", "talk_target_low", 20, "talk = 5 should be a [talk] table: ignored"),
    ],
)
def test_each_bad_value_warns_once_and_uses_the_default(
    text: str, attribute: str, expected_value: object, warning: str
) -> None:
    settings, warnings = parse(text)
    assert warnings == [warning]
    assert getattr(settings, attribute) == expected_value


def test_good_values_survive_beside_bad_ones() -> None:
    settings, warnings = parse("[meetings]\nlength_minutes = 0\nfollow_up_days = 14")
    assert len(warnings) == 1
    assert (settings.meeting_minutes, settings.follow_up_days) == (30, 14)


@pytest.mark.parametrize(
    ("band", "warning"),
    [
        ((40, 40, 50), "[talk] target_low = 40 must be below target_high = 40"),
        ((20, 60, 50), "[talk] target_high = 60 must be at most red_above = 50"),
    ],
)
def test_an_out_of_order_talk_band_is_replaced_whole(band: tuple[int, int, int], warning: str) -> None:
    low, high, red = band
    settings, warnings = parse(f"[talk]\ntarget_low = {low}\ntarget_high = {high}\nred_above = {red}")
    assert warnings == [f"{warning}: using the defaults (target_low = 20, target_high = 40, red_above = 50)"]
    assert (settings.talk_target_low, settings.talk_target_high, settings.talk_red_above) == (20, 40, 50)


def test_band_edges_are_allowed() -> None:
    settings, warnings = parse("[talk]\ntarget_low = 0\ntarget_high = 100\nred_above = 100")
    assert warnings == []
    assert (settings.talk_target_low, settings.talk_target_high, settings.talk_red_above) == (0, 100, 100)


def test_toml_data_has_the_documented_shape_and_round_trips() -> None:
    settings, _ = parse(EXAMPLE)
    data = settings_to_toml_data(settings)
    assert data == {
        "user": {"name": "Alex Morgan", "signature": "Alex Morgan\nalex@example.org", "timezone": "Europe/London"},
        "meetings": {"length_minutes": 25, "follow_up_days": 10, "pacing": "one-follow-up"},
        "talk": {"target_low": 15, "target_high": 35, "red_above": 45},
        "outreach": {"linkedin_note_limit": 300},
        "appearance": {"theme": ""},
        "audio": {"microphone": "", "call_audio": ""},
    }
    assert parse(tomli_w.dumps(data)) == (settings, [])


def test_the_keys_table_is_read_checked_and_kept_on_save() -> None:
    data = {"keys": {"live.me": "i", "history": {"search": "ctrl+f"}, "live.end": 3, "x": "a b"}}
    settings, warnings = parse(tomli_w.dumps(data))
    assert settings.keys == (("live.me", "i"), ("history.search", "ctrl+f"))
    assert warnings == [
        '[keys] live.end = 3 is not a key name like "ctrl+f" or "f5": ignored',
        '[keys] x = "a b" is not a key name like "ctrl+f" or "f5": ignored',
    ]
    saved = settings_to_toml_data(settings)
    assert saved["keys"] == {"live.me": "i", "history.search": "ctrl+f"}
    assert parse(tomli_w.dumps(saved)) == (settings, [])
    assert parse(tomli_w.dumps({"keys": "nope"}))[1] == ['keys = "nope" should be a [keys] table: ignored']


@given(st.text(), st.text())
def test_any_name_and_signature_round_trip_through_toml(name: str, signature: str) -> None:
    settings = Settings(user_name=name, signature=signature)
    text = tomli_w.dumps(settings_to_toml_data(settings))
    assert parse_settings(tomllib.loads(text), default_timezone="UTC") == (settings, [])


@given(
    st.dictionaries(
        st.text(max_size=10),
        st.one_of(
            st.integers(),
            st.booleans(),
            st.text(max_size=10),
            st.floats(),
            st.dictionaries(
                st.sampled_from([s.key for s in FIELDS] + ["x"]), st.one_of(st.integers(), st.text(), st.booleans())
            ),
        ),
    )
)
def test_parse_never_raises(data: dict) -> None:
    settings, warnings = parse_settings(data, default_timezone="UTC")
    assert isinstance(settings, Settings) and all(isinstance(w, str) for w in warnings)
    assert settings.talk_target_low < settings.talk_target_high <= settings.talk_red_above


def test_form_accepts_good_text_and_keeps_the_rest_of_base() -> None:
    base = Settings(user_name="Alex", timezone="Europe/London")
    settings, errors = settings_from_form(
        {"meeting_minutes": " 25 ", "signature": "Alex\n[bold]x[/] ", "timezone": " Asia/Tokyo"},
        base=base,
    )
    assert errors == {}
    assert settings == Settings(
        user_name="Alex", signature="Alex\n[bold]x[/] ", timezone="Asia/Tokyo", meeting_minutes=25
    )


def test_form_explains_every_bad_field() -> None:
    settings, errors = settings_from_form(
        {
            "meeting_minutes": "thirty",
            "follow_up_days": "61",
            "linkedin_note_limit": "2.5",
            "timezone": "EST",
            "talk_target_low": "45",
            "talk_target_high": "40",
        },
        base=Settings(),
    )
    assert settings is None
    assert errors == {
        "meeting_minutes": "Enter a whole number from 10 to 120.",
        "follow_up_days": "Enter a number from 1 to 60.",
        "linkedin_note_limit": "Enter a whole number from 100 to 300.",
        "timezone": "EST has no daylight-saving history of a place: use a city name such as "
        "America/New_York or Europe/Paris.",
        "talk_target_low": "Must be below “amber above” (40).",
        "talk_target_high": "Must be above “good from” (45).",
    }


def test_form_band_checks_against_base_values() -> None:
    _, errors = settings_from_form({"talk_red_above": "30"}, base=Settings())
    assert errors == {
        "talk_target_high": "Must be at most “red above” (30).",
        "talk_red_above": "Must be at least “amber above” (40).",
    }


def test_form_field_in_two_broken_rules_keeps_the_first_message() -> None:
    _, errors = settings_from_form(
        {"talk_target_low": "45", "talk_target_high": "40", "talk_red_above": "30"}, base=Settings()
    )
    assert errors == {
        "talk_target_low": "Must be below “amber above” (40).",
        "talk_target_high": "Must be above “good from” (45).",
        "talk_red_above": "Must be at least “amber above” (40).",
    }


def test_form_rejects_names_that_are_not_settings() -> None:
    with pytest.raises(ValueError, match="not settings: colour"):
        settings_from_form({"colour": "red"}, base=Settings())


def test_one_field_spec_per_setting() -> None:
    # Every setting but the [keys] table (read on its own) has exactly one field spec.
    assert [spec.attribute for spec in FIELDS] == [f.name for f in fields(Settings) if f.name != "keys"]
    assert len({(spec.section, spec.key) for spec in FIELDS}) == len(FIELDS)


def test_time_zone_case_is_corrected_in_the_file_and_the_form() -> None:
    settings, warnings = parse_settings({"user": {"timezone": "europe/london"}}, default_timezone="UTC")
    assert warnings == [] and settings.timezone == "Europe/London"
    settings, errors = settings_from_form({"timezone": " asia/tokyo "}, base=Settings())
    assert errors == {} and settings is not None and settings.timezone == "Asia/Tokyo"


async def test_remapped_keys_work_and_unknown_ids_are_reported(make_app, paths) -> None:
    from infocoach.screens.history.history_screen import HistoryScreen
    from infocoach.screens.insights import InsightsScreen

    settings = Settings(timezone="Europe/London", keys=(("history.insights", "ctrl+y"), ("no.such", "x")))
    app = make_app(settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("no.such" in w for w in app.startup_warnings)
        await pilot.press("i")  # the old key no longer opens insights
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)


def test_pacing_is_read_from_the_meetings_section_and_checked() -> None:
    assert parse("")[0].pacing == "one-follow-up"
    settings, warnings = parse('[meetings]\npacing = "3b7"')
    assert settings.pacing == "3b7" and warnings == []
    settings, warnings = parse('[meetings]\npacing = "weekly"')
    assert settings.pacing == "one-follow-up"
    assert warnings == [
        '[meetings] pacing = "weekly" is not valid (choose one-follow-up or 3b7): using "one-follow-up"'
    ]
    settings, warnings = parse("[meetings]\npacing = 3")
    assert settings.pacing == "one-follow-up" and warnings == [
        '[meetings] pacing = 3 is not text: using "one-follow-up"'
    ]


def test_pacing_from_the_form() -> None:
    settings, errors = settings_from_form({"pacing": "3b7"}, base=Settings())
    assert settings is not None and settings.pacing == "3b7" and errors == {}
    settings, errors = settings_from_form({"pacing": "fast"}, base=Settings())
    assert settings is None and errors == {"pacing": "Choose one-follow-up or 3b7."}
