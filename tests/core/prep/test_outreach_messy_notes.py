"""Outreach drafts fed deliberately messy notes: fragments, shorthand, symbols, third person, one
word, 500 words, nothing. A note is never spliced in where a sentence belongs: the draft asks for
the sentence instead, nothing leaks, nothing is cut, limits hold, and both channels ask for the
same minutes. Once the user's sentences are given, the coach's lint finds no error."""

from __future__ import annotations

import re

import pendulum
import pytest

from infocoach.core.coach import has_errors, lint
from infocoach.core.coach.unanswered import open_questions
from infocoach.core.pipeline.referrals import contact_from_referral
from infocoach.core.prep.outreach import EMAIL_WORD_LIMIT, Draft, draft_followup, draft_outreach
from infocoach.core.prep.outreach_parts import ME, WHY, WHY_SHORT, intro_sentence, sentences_of
from infocoach.core.records.model import Contact, Meeting, Referral
from infocoach.core.settings import Settings

NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="UTC")
SETTINGS = Settings(user_name="Sam Lee", timezone="Europe/London")
MARKER = re.compile(r"\[\[answer above: [^\]]+\]\]")
LEFTOVERS = re.compile(r"[★☆•→*#]|->|=>|\bTODO\b|\bw/|\byrs\b|…")

MESSY_WHYS = {
    "fragment": "nursing informatics fellowship",
    "shorthand": "8 yrs ICU -> DS, runs fellowship w/ P",
    "symbols": "★ runs the fellowship • TODO ask about it",
    "third person": "She spent eight years as an ICU nurse before moving into data science.",
    "note to self": "Runs the nursing informatics fellowship; mention Priya sent me",
    "one word": "informatics",
    "500 words": " ".join(["She runs the fellowship and mentors nurses"] * 72),
    "empty": "",
}


def _contact(why: str, **changes: str) -> Contact:
    values = {"connection": "referred by Dr. Okafor", "why": why} | changes
    return Contact(id="c-1", first_name="Priya", last_name="Raman", honorific="Dr.", timezone="Europe/London", **values)


def _meeting(**drafts: str) -> Meeting:
    return Meeting(id="m-1", contact_id="c-1", planned_minutes=20, drafts=dict(drafts))


def _body_sentences(draft: Draft) -> list[str]:
    """The sentences of the message between the greeting and the sign-off, markers left out."""
    text = MARKER.sub("", draft.text)
    if draft.channel == "email":
        paragraphs = text.split("\n\n")[1:-1]  # not "Dear …," nor "Kind regards,\nname"
    else:
        paragraphs = [text.split(",", 1)[1].rsplit(" ", 2)[0]]  # after "Dear Dr. Raman,", before the name
    return [s for p in paragraphs for s in sentences_of(p)]


def _reads_as_sentences(draft: Draft) -> None:
    for sentence in _body_sentences(draft):
        assert sentence[0].isupper(), (sentence, draft.text)
        assert sentence[-1] in ".?!", (sentence, draft.text)
    assert not LEFTOVERS.search(MARKER.sub("", draft.text)), draft.text


def _minutes(draft: Draft) -> int:
    found = re.search(r"Could you spare (\d+) minutes", draft.text)
    assert found, draft.text
    return int(found.group(1))


@pytest.mark.parametrize("name", list(MESSY_WHYS))
def test_a_messy_why_is_asked_for_never_spliced_in(name: str) -> None:
    why = MESSY_WHYS[name]
    contact, meeting = _contact(why), _meeting(**{ME.key: "I spent eight years as an ICU nurse."})
    drafts = [draft_outreach(contact, meeting, SETTINGS, NOW, channel=c) for c in ("email", "linkedin")]
    for draft in drafts:
        if why:
            assert why not in draft.text and why.split()[0] not in draft.text.split(), draft.text
        assert WHY in draft.asks and "[[answer above: Why them, in one sentence to them?]]" in draft.text
        _reads_as_sentences(draft)
        assert open_questions(draft.text) == ["Why them, in one sentence to them?"]  # shown, never sendable
    email, note = drafts
    assert email.text.endswith("\n\nKind regards,\nSam Lee")
    assert len(email.text.rsplit("\n\n", 1)[0].split()) < EMAIL_WORD_LIMIT
    assert len(note.text) <= SETTINGS.linkedin_note_limit
    assert _minutes(email) == _minutes(note) == 20


@pytest.mark.parametrize("name", list(MESSY_WHYS))
def test_once_the_sentences_are_given_every_draft_passes_the_lint(name: str) -> None:
    contact = _contact(MESSY_WHYS[name], connection="met at a nursing informatics meetup in Leeds")
    meeting = _meeting(**{
        ME.key: "I spent eight years as an ICU nurse and now build dashboards for my ward",
        WHY.key: "Your move from the ICU into informatics is the step I hope to take next",
        WHY_SHORT.key: "Your move from the ICU into informatics is the step I hope to take.",
    })  # fmt: skip
    for write, kind in ((draft_outreach, "outreach"), (draft_followup, "followup")):
        for channel in ("email", "linkedin"):
            draft = write(contact, meeting, SETTINGS, NOW, channel=channel)
            assert draft.asks == [], draft.text
            findings = lint(draft.text, kind, channel=channel, addressee=draft.addressee)
            assert not has_errors(findings), (draft.text, findings)
            _reads_as_sentences(draft)
            if channel == "email" and kind == "outreach":
                assert "Your move from the ICU into informatics is the step I hope to take next." in draft.text
                assert "I spent eight years as an ICU nurse and now build dashboards for my ward." in draft.text
                body = draft.text.rsplit("\n\n", 1)[0]
                assert len(body.split()) < EMAIL_WORD_LIMIT


def test_a_referral_note_in_shorthand_never_becomes_the_reason() -> None:
    referrer = _contact("You lead the data team.")
    referral = Referral(
        name="Ms. Priya Raman", organization="St Mary's", detail="runs informatics fellowship; say P sent me"
    )
    contact = contact_from_referral(referral, referrer, timezone="Europe/London")
    meeting = _meeting(**{ME.key: "I am an ICU nurse moving into informatics."})
    for channel in ("email", "linkedin"):
        draft = draft_outreach(contact, meeting, SETTINGS, NOW, channel=channel)
        assert "runs informatics fellowship" not in draft.text and "P sent me" not in draft.text
        if channel == "email":  # a note short of room keeps the question before the connection
            assert "Dr. Raman suggested I write to you." in draft.text
        assert WHY in draft.asks
        assert draft.text.startswith("Dear Ms. Raman,")


@pytest.mark.parametrize(
    "connection",
    ["met @ conf w/ P ★", "TODO: how do I know her?", "-> via Priya (nursing school) -> LinkedIn"],
)
def test_a_messy_connection_is_left_out_with_a_note(connection: str) -> None:
    contact = _contact("You lead the fellowship I hope to join.", connection=connection)
    draft = draft_outreach(contact, _meeting(**{ME.key: "I am an ICU nurse."}), SETTINGS, NOW, channel="email")
    assert "We are connected" not in draft.text and connection not in draft.text
    _reads_as_sentences(draft)
    assert any("reads like a note" in note for note in draft.notes)


@pytest.mark.parametrize(
    ("intro", "chosen"),
    [
        ("Hi, I'm Sam. I spent eight years as an ICU nurse. I'm exploring informatics.",
         "I spent eight years as an ICU nurse."),
        ("Hello! My name is Sam Lee. My background is eight years of ICU nursing, and I now build dashboards.",
         "My background is eight years of ICU nursing, and I now build dashboards."),
        ("hi!! sam here ★ ICU nurse -> DS", ""),
        ("I " + "really " * 60 + "love data.", ""),
        ("", ""),
        (" ".join(["We talked about sepsis dashboards and audits."] * 60), ""),
    ],
)  # fmt: skip
def test_who_you_are_is_a_whole_sentence_from_the_intro_or_asked(intro: str, chosen: str) -> None:
    assert intro_sentence(intro) == chosen
    meeting = Meeting(id="m-1", contact_id="c-1", intro=intro)
    draft = draft_outreach(_contact("You lead the fellowship I hope to join."), meeting, SETTINGS, NOW, channel="email")
    if chosen:
        assert chosen in draft.text and ME not in draft.asks
    else:
        assert ME in draft.asks and "[[answer above: Who are you, in one sentence?]]" in draft.text
    _reads_as_sentences(draft)


@pytest.mark.parametrize("minutes", [15, 20, 30, 45])
def test_both_channels_ask_for_the_same_minutes(minutes: int) -> None:
    meeting = Meeting(id="m-1", contact_id="c-1", planned_minutes=minutes, intro="I am an ICU nurse.")
    contact = _contact("You lead the fellowship I hope to join.")
    asked = {_minutes(draft_outreach(contact, meeting, SETTINGS, NOW, channel=c)) for c in ("email", "linkedin")}
    assert asked == {min(minutes, 30)}
