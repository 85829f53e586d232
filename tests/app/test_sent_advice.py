"""After Mark sent, the notice says what the coach does next, in the user's pacing."""

from __future__ import annotations

from infocoach.core.records.model import Status
from infocoach.core.settings import Settings
from infocoach.screens.prep.draft_actions import what_comes_next


def test_the_ten_rules_count_calendar_days_from_the_setting() -> None:
    later = what_comes_next(Settings(follow_up_days=10), Status.REQUESTED, "Mercy Health")
    assert later == " If there is no reply in 10 days, one brief follow-up will be due."
    assert "10 more quiet days" in what_comes_next(Settings(follow_up_days=10), Status.FOLLOWED_UP, "")


def test_3b7_names_business_days_and_the_employer() -> None:
    settings = Settings(pacing="3b7")
    later = what_comes_next(settings, Status.REQUESTED, " Mercy Health ")
    assert "after 3 business days" in later and "the next person at Mercy Health;" in later
    assert "after 7, one brief follow-up" in later
    assert "the next person;" in what_comes_next(settings, Status.REQUESTED, "")
    assert "7 more quiet business days" in what_comes_next(settings, Status.FOLLOWED_UP, "Mercy")
    assert what_comes_next(settings, Status.SCHEDULED, "Mercy") == ""
