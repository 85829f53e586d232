"""The thank-you fed the notes people really take: fragments, abbreviations, stars and arrows,
third person, one word, a 500-word note, none at all, only starred ones. Whatever comes in, the
draft reads as sentences: a note is only ever inside quotation marks (never where a clause is
needed), no symbol leaks, nothing is cut mid-sentence, it stays within 150 words, and once the
user has answered its questions it passes the coach with no error."""

from __future__ import annotations

import re

import pendulum
import pytest

from infocoach.core.coach import Kind, count_words, has_errors, lint
from infocoach.core.coach.unanswered import has_marker
from infocoach.core.records.model import ActionItem, Contact, Meeting, Note, Referral
from infocoach.core.settings import Settings
from infocoach.core.wrapup.own_sentences import ACTION, STAYED
from infocoach.core.wrapup.thanks import draft_thanks

NOW = pendulum.parse("2026-11-25T13:30:00+00:00")
SETTINGS = Settings(timezone="Europe/London", user_name="Noor Haddad")
CONTACT = Contact(id="c-1", first_name="Amara", last_name="Okafor", honorific="Dr.", organization="Northbridge")
LONG = " ".join(["the ward rota taught me to plan around people not spreadsheets"] * 50)  # 500 words

MESSY = {
    "fragment": [Note("runs the nursing informatics fellowship", starred=True)],
    "abbreviations": [Note("DS team w/ 3 ppl; mostly SQL + python b/c legacy", starred=True)],
    "star and arrow": [Note("★ ICU -> informatics -> DS, 8 yrs ★", starred=True), Note("* SQL first *;")],
    "third person": [Note("She had to unlearn perfectionism; her team documents assumptions first.")],
    "one word": [Note("SQL!", starred=True), Note("python")],
    "500 words": [Note(LONG, starred=True)],
    "no notes": [],
    "only starred": [Note("Keep a learning log", starred=True), Note("Portfolio > certs", starred=True)],
    "the issue's note": [
        Note("had to unlearn 'act now, perfect info later' - in DS you document assumptions first. ★", starred=True)
    ],
}
SYMBOLS = re.compile(r"[★☆*•→⇒]|->|=>|;|\s[-–—]\s(?!\w+[.,])|\bw/|\bb/c\b|\bppl\b")


def _meeting(notes: list[Note], drafts: dict[str, str] | None = None) -> Meeting:
    return Meeting(
        id="m-1",
        contact_id="c-1",
        status="done",
        ended_at="2026-11-24T14:33:00+00:00",
        notes=notes,
        action_items=[ActionItem("-> msg P re: fellowship ★")],
        referrals=[Referral("Ms. Priya Raman", "Fernhill Learning", detail="runs the fellowship; mention P")],
        drafts=drafts or {},
    )


def _outside_quotes(text: str) -> str:
    return re.sub(r"“[^”]*”", "“”", text)


@pytest.mark.parametrize("case", MESSY)
def test_messy_notes_never_break_the_letter(case: str) -> None:
    notes = MESSY[case]
    draft = draft_thanks(_meeting(notes), CONTACT, SETTINGS, NOW)
    letter = _outside_quotes(draft.text)
    for note in notes:  # a note's words appear only inside quotation marks
        words = " ".join(note.text.split()[:3])
        assert words not in letter, (case, draft.text)
    assert not SYMBOLS.search(draft.text), (case, draft.text)
    assert "…" not in draft.text  # nothing cut short
    assert "re: fellowship" not in draft.text and "mention P" not in draft.text
    assert count_words(draft.text) <= 150
    for paragraph in draft.text.split("\n\n")[1:-1]:  # every paragraph ends as a sentence ends
        assert re.search(r"[.!?]”?$|\]\]$", paragraph), (case, paragraph)
    if not has_marker(draft.text):
        assert not has_errors(lint(draft.text, Kind.THANKS)), draft.text


@pytest.mark.parametrize("case", MESSY)
def test_once_its_questions_are_answered_every_draft_passes_the_coach(case: str) -> None:
    answers = {
        STAYED.key: "Hearing how you moved from the ward into data work made the path feel possible.",
        ACTION.key: "I am going to start the SQL course you mentioned this week.",
    }
    draft = draft_thanks(_meeting(MESSY[case], answers), CONTACT, SETTINGS, NOW)
    assert not has_marker(draft.text)
    assert [f for f in lint(draft.text, Kind.THANKS) if f.severity == "error"] == []
    assert answers[STAYED.key] in draft.text and answers[ACTION.key] in draft.text
    assert count_words(draft.text) <= 150


def test_the_issues_note_is_quoted_not_spliced() -> None:
    draft = draft_thanks(_meeting(MESSY["the issue's note"]), CONTACT, SETTINGS, NOW)
    assert "You said something I wrote down: “act now, perfect info later”." in draft.text
    assert "your point that had to" not in draft.text


def test_a_500_word_note_is_not_cut_the_user_is_asked() -> None:
    draft = draft_thanks(_meeting(MESSY["500 words"]), CONTACT, SETTINGS, NOW)
    assert "ward rota" not in draft.text
    assert any(STAYED.question in note for note in draft.notes)


def test_long_own_sentences_drop_the_referral_and_closing_before_anything_is_cut() -> None:
    long_answer = " ".join(["Your story about the night shift stayed with me."] * 8)  # 72 words
    drafts = {STAYED.key: long_answer, ACTION.key: " ".join(["I will read the report you sent."] * 7)}
    draft = draft_thanks(_meeting([], drafts), CONTACT, SETTINGS, NOW)
    assert long_answer in draft.text  # whole
    assert "Priya Raman" not in draft.text
    assert any("referral was left out" in n for n in draft.notes)
    assert count_words(draft.text) <= 150
