"""The thank-you draft (rule 10): greeted as the contact asked, dated, one thing learned and one
action (the user's own sentences, else a note quoted as what it is, else a marker the lint
flags), the referral, never a job ask (rule 9), within 150 words, and the same every time."""

from __future__ import annotations

import re

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infocoach.core.coach import Kind, count_words, has_errors, lint
from infocoach.core.coach.unanswered import ask_marker, has_marker, open_questions
from infocoach.core.records.model import ActionItem, Contact, Meeting, Note, Referral
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings
from infocoach.core.wrapup.own_sentences import ACTION, STAYED
from infocoach.core.wrapup.thanks import (
    GREETING_QUESTION,
    THANKS_SUBJECT,
    cited_notes,
    day_phrase,
    draft_thanks,
    is_question_note,
    thanks_parts,
)

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")  # a Wednesday, 13:30 in London
SETTINGS = Settings(timezone="Europe/London", user_name="Alex Morgan")
CONTACT = Contact(id="c-1", first_name="Amara", last_name="Okafor", honorific="Dr.", organization="Northbridge")


def meeting(**fields: object) -> Meeting:
    values: dict[str, object] = {
        "id": "m-1",
        "contact_id": "c-1",
        "status": "done",
        "ended_at": "2026-11-24T14:33:00+00:00",
    }
    values.update(fields)
    return Meeting(**values)  # type: ignore[arg-type]


def thanks_for(m: Meeting, contact: Contact = CONTACT, cite: list[int] | None = None) -> str:
    return draft_thanks(m, contact, SETTINGS, NOW, cite).text


def errors(text: str) -> list[str]:
    return [f"{f.rule}: {f.message}" for f in lint(text, Kind.THANKS) if f.severity == "error"]


@pytest.fixture(scope="module")
def demo() -> tuple[dict[str, Contact], dict[str, Meeting]]:
    contacts, meetings = build_demo(NOW, "Europe/London")
    return {c.id: c for c in contacts}, {m.id: m for m in meetings}


# --- the greeting, the subject, the signature -------------------------------------------------


def test_the_greeting_is_honorific_and_surname_and_the_draft_is_an_email() -> None:
    draft = draft_thanks(meeting(notes=[Note("SQL matters more than charts", starred=True)]), CONTACT, SETTINGS, NOW)
    assert draft.kind == "thanks" and draft.channel == "email"
    assert draft.subject == THANKS_SUBJECT == "Thank you for your time"
    assert draft.text.startswith("Dear Dr. Okafor,\n\n")
    assert "Amara" not in draft.text
    assert draft.text.endswith("\n\nKind regards,\nAlex Morgan")
    assert draft.as_text().startswith("Subject: Thank you for your time\n\nDear Dr. Okafor,")


def test_no_honorific_asks_never_guesses_and_the_draft_is_not_sendable() -> None:
    contact = Contact(id="c-1", first_name="Sam", last_name="Lee")
    draft = draft_thanks(meeting(), contact, SETTINGS, NOW)
    assert draft.text.startswith(f"Dear {ask_marker(GREETING_QUESTION)},")
    assert "(title)" not in draft.text
    assert any("Choose how to greet Sam Lee" in note for note in draft.notes)
    assert open_questions(draft.text)[0] == GREETING_QUESTION


@pytest.mark.parametrize(
    ("address_by", "greeting"), [("first-name", "Dear Mei Lin,"), ("full-name", "Dear Mei Lin Tan,")]
)
def test_the_greeting_follows_how_the_contact_asked_to_be_addressed(address_by: str, greeting: str) -> None:
    contact = Contact(id="c-1", first_name="Mei Lin", last_name="Tan", honorific="Dr.", address_by=address_by)
    assert draft_thanks(meeting(), contact, SETTINGS, NOW).text.startswith(greeting + "\n\n")


def test_the_signature_is_the_settings_own() -> None:
    own = Settings(timezone="Europe/London", user_name="Alex Morgan", signature="Best wishes,\nAlex")
    text = draft_thanks(meeting(), CONTACT, own, NOW).text
    assert text.endswith("\n\nBest wishes,\nAlex")


# --- the day ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ended_at", "phrase"),
    [
        ("2026-11-25T10:15:00+00:00", "today"),
        ("2026-11-24T23:30:00+00:00", "yesterday"),
        ("2026-11-23T09:00:00+00:00", "on Monday"),
        ("2026-11-19T16:00:00+00:00", "on Thursday"),  # six days ago: still a weekday name
        ("2026-11-18T16:00:00+00:00", "on 18 November"),  # a week ago: the date
        ("2026-10-03T16:00:00+00:00", "on 3 October"),
        ("2025-12-03T16:00:00+00:00", "on 3 December 2025"),  # another year: with the year
    ],
)
def test_the_day_is_said_from_now(ended_at: str, phrase: str) -> None:
    m = meeting(ended_at=ended_at)
    assert day_phrase(m, NOW, "Europe/London") == phrase
    assert f"Thank you for taking the time to speak with me {phrase}." in thanks_for(m)


def test_the_day_is_the_users_day_not_utcs() -> None:
    # 23:30 in New York on the 24th is 04:30 on the 25th in London: "today" for a London user.
    m = meeting(ended_at="2026-11-24T23:30:00-05:00")
    assert day_phrase(m, NOW, "Europe/London") == "today"
    assert day_phrase(m, NOW, "America/New_York") == "yesterday"


def test_the_day_falls_back_to_the_start_then_the_schedule_then_is_left_out() -> None:
    started = meeting(ended_at=None, started_at="2026-11-24T09:00:00+00:00")
    assert day_phrase(started, NOW, "Europe/London") == "yesterday"
    scheduled = meeting(ended_at=None, scheduled_for="2026-11-23T09:00:00+09:00")
    assert day_phrase(scheduled, NOW, "Europe/London") == "on Monday"
    undated = meeting(ended_at=None)
    assert day_phrase(undated, NOW, "Europe/London") == ""
    assert "Thank you for taking the time to speak with me." in thanks_for(undated)
    damaged = meeting(ended_at="not a date", started_at="2026-11-25T09:00:00+00:00")
    assert day_phrase(damaged, NOW, "Europe/London") == "today"
    assert day_phrase(meeting(ended_at="2026-12-01T09:00:00+00:00"), NOW, "Europe/London") == ""


# --- the thing learned ------------------------------------------------------------------------

NOTES = [
    Note("Most of the week is planning and synthesis."),
    Note("Runs the fellowship; mention Priya sent me", starred=True),  # shorthand: not quotable
    Note("Teachers already know how to explain uncertainty to a room.", starred=True),
    Note("Volunteer at weekend family science days.", starred=True),
]


def test_a_starred_note_that_reads_as_said_is_quoted_as_what_it_is() -> None:
    m = meeting(notes=NOTES)
    assert cited_notes(m) == [2]
    text = thanks_for(m)
    assert "You said something I wrote down: “Teachers already know how to explain uncertainty to a room.”" in text
    assert "fellowship" not in text and "planning" not in text


def test_a_phrase_the_note_quotes_is_quoted_alone_cleaned_of_the_star() -> None:
    note = "had to unlearn 'act now, perfect info later' - in DS you document assumptions first. ★"
    text = thanks_for(meeting(notes=[Note(note, starred=True)]))
    assert "You said something I wrote down: “act now, perfect info later”." in text
    assert "★" not in text and "your point that had" not in text and "DS" not in text


def test_a_starred_note_in_shorthand_is_not_spliced_in_the_user_is_asked() -> None:
    m = meeting(notes=[Note("Runs the fellowship; mention Priya sent me", starred=True), Note("SQL")])
    assert cited_notes(m) == [0]  # the starred one, shown to the user as a reminder
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW)
    assert ask_marker(STAYED.question) in draft.text
    assert "fellowship" not in draft.text and "SQL" not in draft.text
    assert any("Note 1" in n and STAYED.question in n for n in draft.notes)
    assert STAYED.question in open_questions(draft.text)  # never sendable while it asks


def test_the_users_own_sentences_are_used_as_written_and_take_the_place_of_notes() -> None:
    stayed = "Your point that teachers already explain uncertainty every day changed how I see my CV"
    m = meeting(
        notes=NOTES,
        action_items=[ActionItem("msg P re fellowship")],
        drafts={STAYED.key: stayed, ACTION.key: "I will sign up for a weekend science day this month!"},
    )
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW)
    assert f"{stayed}." in draft.text  # a full stop added, nothing else changed
    assert "I will sign up for a weekend science day this month! I will let you know how I get on." in draft.text
    assert "You said something" not in draft.text and "msg P" not in draft.text
    assert not has_marker(draft.text) and not errors(draft.text) and draft.notes == []
    parts = thanks_parts(m, CONTACT)
    assert parts.learned == f"{stayed}." and parts.action.startswith("I will sign up")


def test_cite_chooses_the_note_to_quote_and_an_empty_choice_asks() -> None:
    m = meeting(notes=NOTES)
    assert cited_notes(m, [0]) == [0]
    assert cited_notes(m, [9, -1, 0, 2]) == [0]
    assert "“Most of the week is planning and synthesis.”" in thanks_for(m, cite=[0])
    assert ask_marker(STAYED.question) in thanks_for(m, cite=[])


def test_a_note_that_reads_as_a_job_ask_is_never_quoted() -> None:
    m = meeting(
        notes=[
            Note("Keep me in mind if a role opens up on the team.", starred=True),
            Note("Evaluation is the hidden half of museum work.", starred=True),
        ]
    )
    assert cited_notes(m) == [1]
    assert cited_notes(m, [0]) == []
    assert "keep me in mind" not in thanks_for(m, cite=[0]).lower()


# --- the action and the referral --------------------------------------------------------------


def test_an_action_item_that_reads_as_one_is_used_and_the_referral_by_name() -> None:
    m = meeting(
        notes=[Note("Storage is the story of the next decade.", starred=True)],
        action_items=[
            ActionItem("Email the author", done=True),
            ActionItem("Read the grid report"),
            ActionItem("Join the forecasting forum"),
        ],
        referrals=[Referral("Ms. Priya Raman", "Fernhill Learning"), Referral("Mr. Second")],
    )
    text = thanks_for(m)
    assert "Following your advice, I am going to read the grid report. I will let you know how I get on." in text
    assert "Email the author" not in text and "forum" not in text
    assert "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." in text
    assert "Mr. Second" not in text
    assert not errors(text) and not has_marker(text)


@pytest.mark.parametrize("item", ["IPCC summary: read chapter 2", "msg P re fellowship", "She'll send the slides"])
def test_an_action_item_in_shorthand_is_not_spliced_in(item: str) -> None:
    draft = draft_thanks(meeting(action_items=[ActionItem(item)]), CONTACT, SETTINGS, NOW)
    assert item not in draft.text and ask_marker(ACTION.question) in draft.text
    assert any(ACTION.question in n for n in draft.notes)


def test_an_action_item_keeps_its_own_capitals() -> None:
    text = thanks_for(meeting(action_items=[ActionItem("Email Dr. Tan about the SQL course.")]))
    assert "I am going to email Dr. Tan about the SQL course." in text


# --- the demo: every meeting held passes the coach once its questions are answered ------------

HELD = ("m-demo-01", "m-demo-02", "m-demo-03", "m-demo-04", "m-demo-05")
ANSWERS = {
    STAYED.key: "Hearing how you use what you learned as a teacher every day gave me a clearer picture of the work.",
    ACTION.key: "I have started a small project this week and will share it when it is done.",
}


def test_the_demo_meetings_held_are_the_ones_checked(demo) -> None:
    _, meetings = demo
    held = sorted(m.id for m in meetings.values() if m.status in ("done", "thanked"))
    assert held == list(HELD)


@pytest.mark.parametrize("meeting_id", HELD)
def test_every_demo_thank_you_passes_the_coach_once_its_questions_are_answered(demo, meeting_id: str) -> None:
    contacts, meetings = demo
    m = meetings[meeting_id]
    contact = contacts[m.contact_id]
    draft = draft_thanks(m, contact, SETTINGS, NOW)
    asked = {sentence.key for sentence in (STAYED, ACTION) if ask_marker(sentence.question) in draft.text}
    answered = Meeting.from_dict(m.to_dict())
    answered.drafts.update({key: ANSWERS[key] for key in asked})
    final = draft_thanks(answered, contact, SETTINGS, NOW)
    assert not has_marker(final.text)
    assert not has_errors(lint(final.text, Kind.THANKS)), errors(final.text)
    assert count_words(final.text) <= 150
    assert final.text.startswith(f"Dear {contact.honorific} {contact.last_name},\n\n")
    assert not re.search(r"\b(job|jobs|hiring|vacanc|position|internship|CV|résumé|resume)\b", final.text)
    assert m.referrals[0].name in final.text
    assert draft == draft_thanks(m, contact, SETTINGS, NOW)  # deterministic


def test_the_demo_thank_you_for_yesterdays_ux_call(demo) -> None:
    contacts, meetings = demo
    m = meetings["m-demo-04"]
    text = draft_thanks(m, contacts[m.contact_id], SETTINGS, NOW).text
    assert text.startswith("Dear Mx. Novak,\n\nThank you for taking the time to speak with me yesterday.")
    assert "“Teachers ask good open questions but must unlearn helping" in text
    assert "Following your advice, I am going to run five short usability sessions" in text
    assert "Ms. Priya Raman at Fernhill Learning" in text


# --- always within the limit, whatever the notes say ------------------------------------------

_PIECES = st.sampled_from([
    "[bold]Key finding[/bold]", "[/]", "[red]x[/red]", "🎉", "👩🏽‍🔬", "שלום עולם", "مرحبا بالعالم",
    "10:00", "follow-up", "(unclosed", "…", ":", "—", "she", "her", "I", "SQL", "\n", "  ",
    "https://example.org/a-very-long-path", "Learn", "Invited", "Portfolio idea:", "★", "->", ";",
])  # fmt: skip
_NOTE_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(min_size=1, max_size=12)), max_size=60).map(" ".join),
    st.lists(_PIECES, min_size=300, max_size=1500).map(" ".join),  # huge
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes=st.lists(st.tuples(_NOTE_TEXT, st.booleans()), max_size=4),
    action=st.one_of(st.just(""), _NOTE_TEXT),
    cite=st.one_of(st.none(), st.lists(st.integers(-2, 6), max_size=4)),
)
def test_always_within_150_words_never_a_cut_sentence_and_deterministic(
    notes: list[tuple[str, bool]], action: str, cite: list[int] | None
) -> None:
    m = meeting(
        notes=[Note(text, starred=starred) for text, starred in notes],
        action_items=[ActionItem(action)] if action else [],
        referrals=[Referral("Ms. Priya Raman", "Fernhill Learning")],
    )
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW, cite)
    assert count_words(draft.text) <= 150
    assert not [f for f in lint(draft.text, Kind.THANKS) if f.rule in ("too-long", "missing-thanks")]
    assert draft.text.startswith("Dear Dr. Okafor,\n\nThank you for taking the time")
    assert draft.text.endswith("Kind regards,\nAlex Morgan")
    assert len(cited_notes(m, cite)) <= 1
    assert draft == draft_thanks(m, CONTACT, SETTINGS, NOW, cite)


def test_notes_that_repeat_a_question_asked_in_place_are_told_apart() -> None:
    contact = Contact(id="c-1", first_name="Sam", last_name="Lee")
    m = meeting(notes=[Note("SQL")], referrals=[Referral("Ms. Priya Raman", "Fernhill Learning")])
    notes = draft_thanks(m, contact, Settings(timezone="Europe/London"), NOW).notes
    asked = [note for note in notes if is_question_note(note)]
    assert len(asked) == 3  # the greeting, what stayed, what they will do
    assert [note for note in notes if not is_question_note(note)] == [
        note for note in notes if "Settings" in note
    ]  # the name: not asked in place, so it stays
