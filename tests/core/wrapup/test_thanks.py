"""The thank-you draft (rule 10): formal, specific, dated, with the action and the referral,
never a job ask (rule 9), always under 150 words, and the same every time."""

from __future__ import annotations

import re

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infocoach.core.coach import Kind, count_words, has_errors, lint
from infocoach.core.prep.outreach import body_words
from infocoach.core.records.model import ActionItem, Contact, Meeting, Note, Referral
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings
from infocoach.core.wrapup.thanks import (
    GENERAL_THANKS,
    THANKS_SUBJECT,
    cited_notes,
    day_phrase,
    draft_thanks,
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


def test_no_honorific_keeps_a_placeholder_and_says_so() -> None:
    contact = Contact(id="c-1", first_name="Sam", last_name="Lee")
    draft = draft_thanks(meeting(), contact, SETTINGS, NOW)
    assert draft.text.startswith("Dear (title) Lee,")
    assert any("no honorific" in note for note in draft.notes)
    assert "Sam" not in draft.text.split("\n\n", 1)[1]


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


# --- which notes are cited --------------------------------------------------------------------

NOTES = [
    Note("Most of the week is planning and synthesis."),  # 8 words
    Note("Learn R before Python for epidemiology: most public health code she reads is in R."),
    Note("Teachers already know how to explain uncertainty to a room.", starred=True),
    Note("Volunteer at weekend family science days.", starred=True),
    Note("A third starred note that is never cited by default.", starred=True),
]


def test_the_first_one_or_two_starred_notes_are_cited_by_default() -> None:
    m = meeting(notes=NOTES)
    assert cited_notes(m) == [2, 3]
    text = thanks_for(m)
    assert "teachers already know how to explain uncertainty to a room" in text
    assert "volunteer at weekend family science days" in text
    assert "never cited" not in text and "planning and synthesis" not in text
    only_one = meeting(notes=[Note("a"), Note("Evaluation is half the work.", starred=True)])
    assert cited_notes(only_one) == [1]


def test_without_a_star_the_most_substantial_note_is_cited_earliest_of_equals() -> None:
    m = meeting(notes=[Note(n.text) for n in NOTES])
    assert cited_notes(m) == [1]  # 15 words
    text = thanks_for(m)
    assert "learn R before Python for epidemiology: most public health code you read is in R." in text
    ties = meeting(notes=[Note("one two three"), Note("four five six"), Note("seven")])
    assert cited_notes(ties) == [0]
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW)
    assert any("No note is starred" in note for note in draft.notes)


def test_a_note_to_self_is_not_the_default_citation() -> None:
    m = meeting(
        notes=[
            Note("Note to self: I spent far too long on my own story at the start, keep it short."),
            Note("SQL matters more than charts."),
        ]
    )
    assert cited_notes(m) == [1]


def test_cite_is_honoured_valid_indexes_only_at_most_two_in_order() -> None:
    m = meeting(notes=NOTES)
    assert cited_notes(m, [1]) == [1]
    assert cited_notes(m, [4, 0]) == [4, 0]
    assert cited_notes(m, [9, -1, 4, 4, 0, 1]) == [4, 0]
    assert cited_notes(m, []) == []
    text = thanks_for(m, cite=[1])
    assert "learn R before Python" in text and "uncertainty" not in text
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW, [9, 1])
    assert any("no note 10" in note for note in draft.notes)
    nothing = draft_thanks(m, CONTACT, SETTINGS, NOW, [])
    assert GENERAL_THANKS in nothing.text and any("No note is chosen" in n for n in nothing.notes)


def test_never_more_than_two_things_are_cited() -> None:
    m = meeting(notes=[Note(f"Point number {i} matters a great deal.", starred=True) for i in range(5)])
    assert len(cited_notes(m)) == 2
    assert len(cited_notes(m, [0, 1, 2, 3])) == 2
    text = thanks_for(m, cite=[0, 1, 2, 3])
    assert "number 0" in text and "number 1" in text and "number 2" not in text


def test_a_note_that_reads_as_a_job_ask_is_never_cited() -> None:
    m = meeting(
        notes=[
            Note("Asked her to keep me in mind if a role opens up on her team.", starred=True),
            Note("Evaluation is the hidden half of museum work.", starred=True),
        ]
    )
    assert cited_notes(m) == [1]
    assert cited_notes(m, [0, 1]) == [1]
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW, [0, 1])
    assert "keep me in mind" not in draft.text and not errors(draft.text)
    assert any("job ask" in note for note in draft.notes)


def test_no_notes_gives_a_sincere_general_line_and_asks_for_a_note() -> None:
    draft = draft_thanks(meeting(), CONTACT, SETTINGS, NOW)
    assert GENERAL_THANKS in draft.text
    assert any("no notes" in note and "star" in note for note in draft.notes)
    assert not errors(draft.text)


# --- how a note is said -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        (
            "Teachers ask good open questions but must unlearn helping",
            ("I keep coming back to your point that teachers ask good open questions but must unlearn helping."),
        ),
        (
            "Learn R before Python",  # advice, written as the user heard it
            "I am grateful for your advice to learn R before Python.",
        ),
        (
            "Invited me to join their next open lab day",  # the contact as the unwritten subject
            "I much appreciated that you invited me to join their next open lab day.",
        ),
        (
            "She called it the rarest skill on her team.",  # said to her: "she" becomes "you"
            "It has stayed with me that you called it the rarest skill on your team.",
        ),
        (
            "Portfolio idea: five short usability sessions",
            "Your portfolio idea has stayed with me: five short usability sessions.",
        ),
        (
            "SQL matters more than charts!",  # keeps its capitals and its own punctuation
            "I keep coming back to your point that SQL matters more than charts!",
        ),
        (
            "five short usability sessions",  # a fragment
            "One thing you said has stayed with me: five short usability sessions.",
        ),
    ],
)
def test_notes_are_phrased_naturally(note: str, sentence: str) -> None:
    assert sentence in thanks_for(meeting(notes=[Note(note, starred=True)]))


def test_markup_in_a_note_is_kept_literally() -> None:
    note = 'Their slide template has "[bold]Key finding[/bold]" placeholders; write the [i]finding[/].'
    text = thanks_for(meeting(notes=[Note(note, starred=True)]))
    assert '"[bold]Key finding[/bold]" placeholders; write the [i]finding[/].' in text


def test_a_very_long_note_is_cut_at_a_word_boundary_to_fit() -> None:
    words = [f"w{i}ord" for i in range(400)]
    draft = draft_thanks(meeting(notes=[Note(" ".join(words), starred=True)]), CONTACT, SETTINGS, NOW)
    assert count_words(draft.text) < 150 and body_words(draft.text) < 150
    cited = re.search(r"stayed with me: (.*?)…", draft.text)
    assert cited is not None
    kept = cited.group(1).split()
    assert kept == words[: len(kept)] and len(kept) >= 25  # whole words, from the start
    assert any("shortened" in note for note in draft.notes)


# --- the action and the referral --------------------------------------------------------------


def test_the_first_open_action_and_the_referral_by_name_are_included() -> None:
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
    assert "As you suggested, I am going to read the grid report." in text
    assert "Email the author" not in text and "forum" not in text
    assert "Thank you also for suggesting I speak with Ms. Priya Raman at Fernhill Learning." in text
    assert "Mr. Second" not in text
    assert not errors(text)


def test_an_action_keeps_its_capitals_unless_only_the_first_letter_is_one() -> None:
    keep = thanks_for(meeting(action_items=[ActionItem("IPCC summary: read chapter 2")]))
    assert "IPCC summary: read chapter 2." in keep
    lowered = thanks_for(meeting(action_items=[ActionItem("Finish the R course.")]))
    assert "As you suggested, I am going to finish the R course." in lowered
    own = thanks_for(meeting(action_items=[ActionItem("I will email Dr. Tan this week")]))
    assert "As you suggested, I am going to email Dr. Tan this week." in own


def test_a_referral_without_an_organisation_is_named_alone() -> None:
    text = thanks_for(meeting(referrals=[Referral("Mr. Daniel Osei")]))
    assert "Thank you also for suggesting I speak with Mr. Daniel Osei." in text


def test_no_action_item_is_a_note_for_the_user() -> None:
    draft = draft_thanks(meeting(), CONTACT, SETTINGS, NOW)
    assert any("No action item" in note for note in draft.notes)
    assert "As you suggested" not in draft.text


# --- the demo: every meeting held reads well and passes the coach -----------------------------

HELD = ("m-demo-01", "m-demo-02", "m-demo-03", "m-demo-04", "m-demo-05")


def test_the_demo_meetings_held_are_the_ones_checked(demo) -> None:
    _, meetings = demo
    held = sorted(m.id for m in meetings.values() if m.status in ("done", "thanked"))
    assert held == list(HELD)


@pytest.mark.parametrize("meeting_id", HELD)
def test_every_demo_thank_you_passes_the_coach(demo, meeting_id: str) -> None:
    contacts, meetings = demo
    m = meetings[meeting_id]
    contact = contacts[m.contact_id]
    draft = draft_thanks(m, contact, SETTINGS, NOW)
    assert not has_errors(lint(draft.text, Kind.THANKS)), errors(draft.text)
    assert lint(draft.text, Kind.THANKS) == []  # not even a warning
    assert count_words(draft.text) < 150 and body_words(draft.text) < 150
    assert draft.text.startswith(f"Dear {contact.honorific} {contact.last_name},\n\n")
    assert contact.first_name not in draft.text
    assert not re.search(r"\b(job|jobs|hiring|vacanc|position|internship|CV|résumé|resume)\b", draft.text)
    assert m.referrals[0].name in draft.text
    for index in cited_notes(m):
        assert m.notes[index].starred
    assert draft == draft_thanks(m, contact, SETTINGS, NOW)  # deterministic


def test_the_demo_thank_you_for_yesterdays_ux_call(demo) -> None:
    contacts, meetings = demo
    m = meetings["m-demo-04"]
    text = draft_thanks(m, contacts[m.contact_id], SETTINGS, NOW).text
    assert text.startswith("Dear Mx. Novak,\n\nThank you for taking the time to speak with me yesterday.")
    assert "must unlearn helping" in text
    assert "Ms. Priya Raman at Fernhill Learning" in text
    if m.action_items:  # the action is named once, not again as a cited note
        assert "As you suggested, I am going to" in text
        assert text.count("usability sessions") == 1


def test_the_demo_thank_you_for_this_mornings_call(demo) -> None:
    contacts, meetings = demo
    m = meetings["m-demo-05"]
    text = draft_thanks(m, contacts[m.contact_id], SETTINGS, NOW).text
    assert text.startswith("Dear Dr. Tan,\n\nThank you for taking the time to speak with me today.")
    assert "'translators'" in text and "Mr. Daniel Osei" in text


# --- always under the limit, whatever the notes say -------------------------------------------

_PIECES = st.sampled_from([
    "[bold]Key finding[/bold]", "[/]", "[red]x[/red]", "🎉", "👩🏽‍🔬", "שלום עולם", "مرحبا بالعالم",
    "10:00", "follow-up", "(unclosed", "…", ":", "—", "she", "her", "I", "SQL", "\n", "  ",
    "https://example.org/a-very-long-path", "Learn", "Invited", "Portfolio idea:",
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
def test_always_under_150_words_and_deterministic(
    notes: list[tuple[str, bool]], action: str, cite: list[int] | None
) -> None:
    m = meeting(
        notes=[Note(text, starred=starred) for text, starred in notes],
        action_items=[ActionItem(action)] if action else [],
        referrals=[Referral("Ms. Priya Raman", "Fernhill Learning")],
    )
    draft = draft_thanks(m, CONTACT, SETTINGS, NOW, cite)
    assert count_words(draft.text) < 150 and body_words(draft.text) < 150
    assert not [f for f in lint(draft.text, Kind.THANKS) if f.rule in ("too-long", "missing-thanks")]
    assert draft.text.startswith("Dear Dr. Okafor,\n\nThank you for taking the time")
    assert draft.text.endswith("Kind regards,\nAlex Morgan")
    assert len(cited_notes(m, cite)) <= 2
    assert draft == draft_thanks(m, CONTACT, SETTINGS, NOW, cite)
