"""Schema 3 -> 4: formal greetings by default, and a held meeting dated by its live start."""

from __future__ import annotations

from typing import Any

from infocoach.core.records.migrations import upgrade_records


def _upgraded(meeting: dict[str, Any]) -> dict[str, Any]:
    contact: dict[str, Any] = {"id": "c-1"}
    upgrade_records([contact], [meeting], 3, 4)
    assert contact["address_by"] == "title"
    return meeting


def test_a_meeting_held_a_day_early_is_dated_by_its_start_and_keeps_its_booking() -> None:
    meeting = _upgraded({"started_at": "2026-11-24T13:30:00+00:00", "scheduled_for": "2026-11-25T13:30:00+00:00"})
    assert meeting["scheduled_for"] == "2026-11-24T13:30:00+00:00"
    assert meeting["earlier_times"] == [
        {"scheduled_for": "2026-11-25T13:30:00+00:00", "changed_at": "2026-11-24T13:30:00+00:00"}
    ]


def test_a_meeting_started_a_few_minutes_late_only_moves_to_its_start() -> None:
    meeting = _upgraded({"started_at": "2026-11-25T13:36:00+00:00", "scheduled_for": "2026-11-25T13:30:00+00:00"})
    assert meeting["scheduled_for"] == "2026-11-25T13:36:00+00:00" and meeting["earlier_times"] == []


def test_a_meeting_held_with_no_booking_takes_its_start_as_its_date() -> None:
    meeting = _upgraded({"started_at": "2026-11-25T13:36:00+00:00", "scheduled_for": None})
    assert meeting["scheduled_for"] == "2026-11-25T13:36:00+00:00" and meeting["earlier_times"] == []


def test_meetings_not_held_or_with_damaged_moments_are_left_for_the_checks() -> None:
    assert _upgraded({"started_at": None, "scheduled_for": "2026-11-25T13:30:00+00:00"}) == {
        "started_at": None,
        "scheduled_for": "2026-11-25T13:30:00+00:00",
        "earlier_times": [],
    }
    damaged = _upgraded({"started_at": "not a time", "scheduled_for": "2026-11-25T13:30:00+00:00"})
    assert damaged["scheduled_for"] == "2026-11-25T13:30:00+00:00" and damaged["earlier_times"] == []
