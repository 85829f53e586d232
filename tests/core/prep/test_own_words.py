"""The user's own sentences: the advice beside the input, the marker, and the sentence as used."""

from __future__ import annotations

import pytest

from infocoach.core.prep.own_words import (
    check_own_sentence,
    marker,
    markers_in,
    own_sentence,
    sentence_key,
)

GOOD = [
    "You moved from nursing into data science, the path I hope to take.",
    "Your move from teaching into data journalism is the path I hope to take.",
    "Dr. Raman said you could tell me how the fellowship works.",
    "I spent eight years as an ICU nurse and now build dashboards for a hospital trust.",
    "The museum's schools programme caught my eye.",
    "Your talk at the Leeds meetup on flood charts stayed with me.",
    "My friend said she loved your talk on sepsis dashboards.",
    "I am a nurse exploring data work.",
]


@pytest.mark.parametrize("text", GOOD)
def test_a_sentence_said_to_them_gets_no_advice(text: str) -> None:
    assert check_own_sentence(text) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("She spent eight years as an ICU nurse before moving into data science.", 'about them ("She spent'),
        ("Her path from nursing to data is the one I hope to follow.", "about them"),
        ("He runs the team, so I'd love to hear how he got there.", "about them"),
        ("Runs the nursing informatics fellowship; mention Priya sent me", '"Runs …" reads like a note'),
        ("Runs the nursing informatics fellowship; mention Priya sent me", "You run"),
        ("Moved from ICU to analytics in 2019.", '"Moved …" reads like a note'),
        ("★ You ran the sepsis dashboard project.", '"★" looks left over'),
        ("You moved into data -> and I want to as well.", '"->" looks left over'),
        ("- You lead the analytics team.", "left over"),
        ("You lead the team TODO check name.", '"TODO" looks left over'),
        ("You spent 8 yrs in the ICU.", '"yrs" is shorthand'),
        ("You work w/ clinicians on dashboards.", '"w/" is shorthand'),
        ("nursing informatics fellowship", "no verb"),
        ("nursing informatics fellowship", "small letter"),
        ("you lead the fellowship and I am curious;", 'ends with ";"'),
        ("informatics", "One word"),
        ("TODO", "One word"),
        ("You run the fellowship. I am a nurse. I want to learn. I hope you can help.", "4 sentences"),
        ("You " + "really " * 60 + "inspire me.", "63 words"),
    ],
)
def test_notes_get_kind_specific_advice(text: str, says: str) -> None:
    advice = check_own_sentence(text)
    assert any(says in line for line in advice), advice


def test_blank_text_has_no_advice_and_a_marker_is_not_an_answer() -> None:
    assert check_own_sentence("  \n ") == []
    assert check_own_sentence(marker("Why them?")) == ["Replace the bracketed question with your own sentence."]
    assert own_sentence(marker("Why them?")) == ""


def test_the_sentence_is_used_as_written_with_a_full_stop_if_it_has_none() -> None:
    assert own_sentence("  You lead the fellowship\n and I am curious ") == "You lead the fellowship and I am curious."
    assert own_sentence("Would you tell me about it?") == "Would you tell me about it?"
    assert own_sentence("") == ""


def test_markers_are_found_and_keys_are_namespaced() -> None:
    text = f"Dear Dr. Tan,\n\n{marker('Who are you, in one sentence?')} {marker('Why them?')}"
    assert markers_in(text) == [
        "[[answer above: Who are you, in one sentence?]]",
        "[[answer above: Why them?]]",
    ]
    assert markers_in("Dear Dr. Tan, [sic] fine") == []
    assert sentence_key("why") == "sentence:why"
