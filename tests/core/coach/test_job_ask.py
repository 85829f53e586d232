"""The job-ask rule's parts one by one: representative asks and good sentences both ways, the
spans it marks, misspellings, the model's gate, and how a message is cut into sentences."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Kind, lint
from infocoach.core.coach import job_ask_model as model
from infocoach.core.coach.job_ask import job_asks, model_asks, pattern_asks


def marked(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lint(text, Kind.QUESTION) if f.rule == "job-ask"]


# Asks in shapes the first list of patterns did not foresee (issue 16), none of them in the corpus.
ASKS = [
    "Is your studio bringing on any junior animators this winter?",
    "Could you slip my CV to the person running the search?",
    "would ur team have space for a grad like me",
    "Could you let the hiring committee know I'd love an interview?",
    "I'd be so grateful if you could get me in front of your recruiter.",
    "Is there any chance of a contract role with your department?",
    "Are you guys short-staffed? I could start next week.",
    "Can you tell me when your firm opens applications so you can refer me?",
    "Do you know if the podcast team needs an editor? I'd love to apply.",
    "any internshps going at your agency",
    "Could I be considered for the analyst post?",
]

GOOD = [
    "What is the hardest part of hiring for a small team?",
    "How did the internship you did at university shape your career?",
    "Would Wednesday at 11:00 work for a twenty-minute call?",
    "Could you recommend a book about how newsrooms work?",
    "Thank you for explaining how your company's referral scheme works.",
    "I'll keep your advice about interviews in mind.",
    "Your team's work on flood maps is why I'm writing.",
    "Could you introduce me to a colleague who moved into policy, just for advice?",
    "What do you look for when you read a junior designer's portfolio?",
    "How long did it take you to find your first role after your degree?",
    "I hope your hiring round goes well.",
    "Do you think a master's degree helps people get hired in this field?",
]


@pytest.mark.parametrize("text", ASKS)
def test_asks_in_everyday_words_are_caught(text: str) -> None:
    assert marked(text), text


@pytest.mark.parametrize("text", GOOD)
def test_good_questions_and_sentences_pass(text: str) -> None:
    assert marked(text) == [], text
    message = f"Dear Dr. Tan,\n\n{text}\n\nBest wishes,\nSam"
    assert not [f for f in lint(message, Kind.OUTREACH) if f.rule == "job-ask"], text


def test_a_pattern_marks_the_phrase() -> None:
    text = "Thanks so much. Could you introduce me to whoever is hiring for the data role?"
    assert marked(text) == ["introduce me to whoever is hiring"]


def test_the_model_marks_the_sentence_it_flags() -> None:
    text = "Thank you for your time. Is your newsroom taking on any trainee reporters this year?"
    assert pattern_asks(text) == []
    assert marked(text) == ["Is your newsroom taking on any trainee reporters this year"]


def test_a_sentence_a_pattern_marked_is_not_marked_again_by_the_model() -> None:
    text = "Is your team hiring right now, and could I apply?"
    hits = job_asks(text)
    assert len(hits) == 1
    assert text[hits[0].start : hits[0].end].startswith("Is your team hiring")


def test_two_asks_in_two_sentences_are_two_findings_whichever_part_finds_them() -> None:
    text = "Is your newsroom taking on any trainee reporters this year? Could you refer me?"
    assert len(marked(text)) == 2


def test_misspelt_job_words_are_read_right() -> None:
    assert model.tokens("oppening vaccancy intrenships compnay recuiter")[0].word == "opening"
    assert [t.word for t in model.tokens("vaccancy intrenships compnay recuiter")] == [
        "vacancy",
        "internships",
        "company",
        "recruiter",
    ]
    # Short words and words not one edit from a job word stay as they are.
    assert [t.word for t in model.tokens("hiking roles positive")] == ["hiking", "roles", "positive"]


def test_shorthand_and_accents_are_read_as_words() -> None:
    assert [t.word for t in model.tokens("u ur pls résumé CV")] == ["you", "your", "please", "resume", "resume"]


def test_the_model_is_quiet_on_a_sentence_that_names_nothing_to_ask_for() -> None:
    shipped = model.shipped()
    for text in ("Would you have a full hour for me?", "Could you possibly help me?", "Please let me know."):
        assert model.score(shipped, text) == 0.0, text
    assert model.score(shipped, "Could you refer me for the analyst role?") > shipped.threshold


def test_an_introduction_to_a_person_keeps_the_model_quiet_unless_it_is_about_hiring() -> None:
    assert model_asks("Could you introduce me to someone on your design team?") == []
    assert model_asks("Could you introduce me to someone on your team who is hiring?") != []


def test_sentences_are_cut_at_end_marks_and_line_breaks() -> None:
    text = "Dear Ms. Rivera,\nThank you! Is your team hiring? I hope so; truly.\n\n"
    pieces = [text[s:e].strip() for s, e in model.sentences(text)]
    assert pieces == ["Dear Ms.", "Rivera,", "Thank you!", "Is your team hiring?", "I hope so;", "truly."]


def test_curly_apostrophes_in_a_model_hit_keep_offsets() -> None:
    text = "I’m grateful. Is your newsroom taking on any trainee reporters this year?"
    assert marked(text) == ["Is your newsroom taking on any trainee reporters this year"]
