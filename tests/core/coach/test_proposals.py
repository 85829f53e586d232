"""Proposed times (issue 16): offered times told from days named for another reason."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Kind, lint
from infocoach.core.coach.proposals import proposed_times, time_slots

WHY = "Your move from teaching into UX research is the path I hope to take."


def slots(sentence: str) -> list[str]:
    return [sentence[slot[0].start : slot[-1].end] for slot in time_slots(sentence)]


def rules(text: str, kind: Kind = Kind.OUTREACH) -> set[str]:
    return {f.rule for f in lint(text, kind)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Would Tue 8 Dec at 2pm work for you?", ["Tue 8 Dec at 2pm"]),
        ("I could do Thursday morning or Friday after 3.", ["Thursday", "Friday after 3"]),
        ("Are you free tomorrow at 3?", ["tomorrow at 3"]),
        ("How about 10:30 on Thursday the 3rd?", ["10:30 on Thursday the 3rd"]),
        ("Would 2:30 PM ET on Tuesday, December 8, suit you?", ["2:30 PM ET on Tuesday, December 8"]),
        ("I'm free Monday 9-11am or Wednesday at noon.", ["Monday 9-11am", "Wednesday at noon"]),
        ("Could we find 20 minutes on Thursday, Dec 10, between 1 and 3 pm?", ["Thursday, Dec 10, between 1 and 3 pm"]),
        ("Tuesday at 4 or Wednesday at 10 would suit me.", ["Tuesday at 4", "Wednesday at 10"]),
        ("Wed, Dec 9 at 2:30 PM ET", ["Wed, Dec 9 at 2:30 PM"]),  # a line of times alone
        (
            "Might you have 20 minutes next Tuesday or Wednesday between 2 and 4 pm?",
            ["Tuesday", "Wednesday between 2 and 4 pm"],
        ),
        ("Monday or Tuesday mornings are easiest for me.", ["Monday", "Tuesday"]),
        ("I'd love to chat on Monday at 11 or Tuesday at 3.", ["Monday at 11", "Tuesday at 3"]),
        ("Any chance Friday at 10 works?", ["Friday at 10"]),
        ("Let me know if you're free Thursday at 10.", ["Thursday at 10"]),
    ],
)
def test_offered_times_are_proposals(sentence: str, expected: list[str]) -> None:
    assert slots(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Have a great Friday and weekend!",  # a sign-off
        "Happy Monday!",
        "I left you voicemails the past two Mondays.",  # past events
        "Thank you again for meeting with me on Tuesday.",
        "I wrote to you on Nov 12 about a short call.",
        "Last Friday I finished the course you mentioned.",
        "I need to decide by March 15.",  # deadlines
        "Please reply before Friday if you can.",
        "The application closes on Friday, Oct 30.",
        "I start my new job on January 4.",  # one's own plans
        "I'll be at the conference Tuesday through Thursday.",
        "Whenever works for you is fine with me.",  # flexibility, not a time
        "I'm free to chat whenever suits you, since my classes end on Friday.",
        "I'm available to talk any time after my exams end on December 11.",
    ],
)
def test_days_named_for_another_reason_are_not_proposals(sentence: str) -> None:
    assert proposed_times(sentence) == [], sentence


def test_an_offer_after_a_past_day_keeps_only_the_offer() -> None:
    sentence = "I wrote on Monday to ask if Thursday at 10 am would suit you."
    assert slots(sentence) == ["Thursday at 10 am"]


def test_a_sign_off_day_does_not_hide_a_missing_proposal() -> None:
    text = f"Dear Ms. Rivera,\n\n{WHY} Could we talk for 20 minutes?\n\nHave a great Friday and weekend!\nSam"
    found = rules(text)
    assert "no-proposed-times" in found
    assert not found & {"few-times", "no-flexibility", "odd-times"}


def test_past_days_do_not_raise_few_times_or_no_flexibility_in_a_follow_up() -> None:
    text = (
        "Dear Ms. Rivera,\n\nI left you voicemails the past two Mondays and wanted to try once more by email. "
        "I know how busy things get.\n\nKind regards,\nSam"
    )
    assert not rules(text, Kind.FOLLOWUP) & {"few-times", "no-flexibility", "odd-times"}


def test_a_deadline_is_not_a_proposal() -> None:
    text = f"Dear Ms. Rivera,\n\n{WHY} I need to decide by March 15, so could we talk for 20 minutes?"
    assert "no-proposed-times" in rules(text)


def test_whenever_works_is_flexibility_not_a_time() -> None:
    text = f"Dear Ms. Rivera,\n\n{WHY} Could we talk for 20 minutes, whenever works for you?"
    assert "no-proposed-times" in rules(text)
    offered = f"Dear Ms. Rivera,\n\n{WHY} Could we talk on Tue at 10:00 or Wed at 14:00, or whenever works for you?"
    assert not rules(offered) & {"no-proposed-times", "no-flexibility", "few-times"}


def test_a_weekend_sign_off_does_not_make_weekday_times_odd_and_a_single_offer_is_few() -> None:
    text = f"Dear Ms. Rivera,\n\n{WHY} Would Tue, Dec 8 at 10:00 AM work? I'm flexible.\n\nEnjoy your Saturday!\nSam"
    found = rules(text)
    assert "odd-times" not in found
    assert "few-times" in found  # the one offer, not the sign-off, is what few-times counts


def test_a_list_of_times_under_a_question_is_read() -> None:
    text = (
        f"Dear Ms. Rivera,\n\n{WHY} Would any of these suit you for 20 minutes?\n"
        "- Tue, Dec 8, 10:00 AM ET\n- Wed, Dec 9, 2:30 PM ET\n\nI am happy to work around your schedule."
    )
    assert len(time_slots(text)) == 2
    assert not rules(text) & {"no-proposed-times", "few-times", "no-flexibility"}
