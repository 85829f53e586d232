"""Filtering the question bank as the picker does, and TIARA said in words."""

from __future__ import annotations

from infocoach.core.prep.question_bank import BANK, CATEGORIES, TIARA_MEANINGS, search_bank, tiara_explained


def test_an_empty_query_keeps_every_question_in_order() -> None:
    assert search_bank("") == list(BANK)
    assert search_bank("   ") == list(BANK)


def test_every_word_must_match_in_the_text_or_the_category_ignoring_case() -> None:
    found = search_bank("SKILLS five")
    assert found and all("skills" in q.text.lower() and "five" in q.text.lower() for q in found)
    resources = search_bank("resources")
    assert {q.category for q in resources} == {"Resources"}
    assert len(resources) == sum(q.category == "Resources" for q in BANK)
    assert search_bank("advice younger") == [q for q in BANK if "younger" in q.text]
    assert search_bank("zeppelin") == []


def test_it_searches_the_questions_it_is_given() -> None:
    few = [q for q in BANK if q.category == "Trends"][:3]
    assert search_bank("field", few) == [q for q in few if "field" in q.text]


def test_tiara_is_spelled_out_for_every_category() -> None:
    assert tuple(TIARA_MEANINGS) == CATEGORIES
    sentence = tiara_explained()
    assert sentence.startswith("TIARA")
    for category, meaning in TIARA_MEANINGS.items():
        assert f"{category}: {meaning}" in sentence
