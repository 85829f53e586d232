"""Outreach and follow-up drafts: the product's rules hold for every demo meeting.

Every demo meeting is drafted at several fixed moments (around daylight-saving changes and
weekends too), on both channels, once the sentences only the user can write are given (who
they are, from an intro), and checked by the coach's own lint: no errors and no warnings, the
contact with no honorific included (greeted by full name, never a placeholder).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pendulum
import pytest

from infocoach.core.prep.outreach import (
    EMAIL_WORD_LIMIT,
    FOLLOWUP_WORD_LIMIT,
    Draft,
    body_words,
    busy_times,
    draft_followup,
    draft_outreach,
)
from infocoach.core.prep.outreach_parts import GREETING, WHY, WHY_SHORT
from infocoach.core.prep.outreach_parts import ME as ME_ASK
from infocoach.core.prep.slots import format_slot_for_them, format_slots_compact
from infocoach.core.records.model import Contact, Meeting, Status
from infocoach.core.samples.demo import build_demo
from infocoach.core.settings import Settings

LONDON = "Europe/London"
SETTINGS = Settings(user_name="Alex Morgan", timezone=LONDON)
NOWS = [
    "2026-11-25T13:30:00+00:00",  # the snapshot tests' Wednesday
    "2026-03-27T17:30:00+00:00",  # Friday evening, between the US and UK spring changes
    "2026-06-12T08:00:00+00:00",  # a summer Friday morning
    "2026-10-29T12:00:00+00:00",  # Thursday, between the UK and US autumn changes
]
NO_HONORIFIC = "c-demo-14"
INTRO = (
    "Hello, I'm Alex. I taught science for eight years and I am now exploring data work. "
    "I would love to hear how you made your move."
)
ME = "I taught science for eight years and I am now exploring data work."
WHY_FOR_A_NOTE = "Your path from teaching into data is the one I hope to take."
JOB_WORDS = re.compile(r"\b(job|jobs|position|opening|vacanc\w*|intern\w*|hire|hiring|hired|"
                       r"r[eé]sum[eé]|cv|refer\w*|recruit\w*|apply|application)\b", re.IGNORECASE)  # fmt: skip


def demo_at(now_text: str) -> tuple[pendulum.DateTime, dict[str, Contact], list[Meeting]]:
    now = pendulum.parse(now_text)
    assert isinstance(now, pendulum.DateTime)
    contacts, meetings = build_demo(now, LONDON)
    return now, {c.id: c for c in contacts}, meetings


@cache
def all_drafts(
    now_text: str, settings: Settings = SETTINGS
) -> tuple[tuple[pendulum.DateTime, Contact, Meeting, Draft], ...]:
    """Every demo meeting's outreach and follow-up, by email and LinkedIn, written at ``now``."""
    now, contacts, meetings = demo_at(now_text)
    drafts = []
    for meeting in meetings:
        meeting = replace(meeting, intro=INTRO)
        contact = contacts[meeting.contact_id]
        busy = busy_times(meetings, exclude=meeting.id)
        for write in (draft_outreach, draft_followup):
            for channel in ("email", "linkedin"):
                draft = write(contact, meeting, settings, now, channel=channel, busy=busy)
                if WHY_SHORT in draft.asks:  # the demo's whys are longer than a note: a shorter one
                    meeting = replace(meeting, drafts={**meeting.drafts, WHY_SHORT.key: WHY_FOR_A_NOTE})
                    draft = write(contact, meeting, settings, now, channel=channel, busy=busy)
                drafts.append((now, contact, meeting, draft))
    return tuple(drafts)


def body_of(draft: Draft) -> str:
    """An email without its sign-off and name."""
    return draft.text.rsplit("\n\n", 1)[0]


# --- the coach's lint ------------------------------------------------------------------------


@pytest.mark.parametrize("now_text", NOWS)
def test_every_demo_draft_passes_lint(now_text: str) -> None:
    from infocoach.core.coach import has_errors, lint

    checked = 0
    for _, contact, meeting, draft in all_drafts(now_text):
        findings = lint(draft.text, draft.kind, channel=draft.channel,
                        note_limit=SETTINGS.linkedin_note_limit, addressee=draft.addressee)  # fmt: skip
        where = (meeting.id, draft.kind, draft.channel, draft.text, findings)
        assert draft.asks == ([GREETING] if contact.id == NO_HONORIFIC else []), where
        assert not has_errors(findings), where
        assert findings == [], where
        checked += 1
    assert checked == 16 * 4


@pytest.mark.parametrize("limit", [200, 300])
def test_every_linkedin_note_passes_lint_at_both_limits(limit: int) -> None:
    from infocoach.core.coach import lint

    settings = replace(SETTINGS, linkedin_note_limit=limit)
    for *_, draft in all_drafts(NOWS[0], settings):
        if draft.channel != "linkedin":
            continue
        assert lint(draft.text, draft.kind, channel="linkedin", note_limit=limit, addressee=draft.addressee) == [], (
            draft.text
        )


# --- shape and length ------------------------------------------------------------------------


@pytest.mark.parametrize("now_text", NOWS)
def test_drafts_are_formal_short_and_propose_times(now_text: str) -> None:
    for now, contact, meeting, draft in all_drafts(now_text):
        if contact.honorific:
            assert draft.text.startswith(f"Dear {contact.formal_name},")
            assert contact.first_name not in draft.text
        else:  # no honorific known: their full name, never a placeholder, until the user chooses
            assert draft.text.startswith(f"Dear {contact.first_name} {contact.last_name},")
        assert not JOB_WORDS.search(draft.text), (meeting.id, JOB_WORDS.search(draft.text))
        assert "hour" not in draft.text.lower()
        assert draft.slots, (meeting.id, draft.kind, draft.channel)
        for slot in draft.slots:
            theirs = slot.start.in_timezone(contact.timezone)
            assert slot.start >= now.add(hours=48)
            assert theirs.day_of_week not in (pendulum.SATURDAY, pendulum.SUNDAY)
            assert 9 * 60 <= theirs.hour * 60 + theirs.minute
            assert slot.end.in_timezone(contact.timezone).format("HH:mm") <= "17:00"
        if draft.channel == "email":
            assert draft.subject and "\n" not in draft.subject
            assert draft.text.endswith("\n\nKind regards,\nAlex Morgan")
            for slot in draft.slots:
                assert format_slot_for_them(slot, contact.timezone, LONDON) in draft.text
            limit = EMAIL_WORD_LIMIT if draft.kind == "outreach" else FOLLOWUP_WORD_LIMIT
            assert body_words(body_of(draft)) < limit, (meeting.id, draft.kind)
            assert 2 <= len(draft.slots) <= 3
        else:
            assert draft.subject == "" and "\n" not in draft.text
            assert len(draft.text) <= 200, (meeting.id, draft.kind, len(draft.text))
            assert draft.text.endswith(" Alex Morgan")
            assert format_slots_compact(draft.slots, contact.timezone) in draft.text
            assert 1 <= len(draft.slots) <= 2


def test_outreach_leads_with_the_connection_and_the_why() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    meeting = replace(next(m for m in meetings if m.id == "m-demo-02"), intro=INTRO)
    draft = draft_outreach(contacts["c-demo-02"], meeting, SETTINGS, now, channel="email")
    paragraphs = draft.text.split("\n\n")
    assert paragraphs[0] == "Dear Mr. Herrera,"
    # The connection (its aside left out to stay under 100 words), then who the user is (the
    # intro's first sentence that says so, whole), then why them, as written.
    assert paragraphs[1].startswith(f"We met at a data visualisation meetup. {ME} You taught chemistry for seven years")
    assert paragraphs[2].startswith("Could you spare 30 minutes for your advice? I could do ")
    assert "If none of these suit you, I am happy to work around your schedule." in paragraphs[2]
    assert paragraphs[3] == "Thank you for considering it."
    assert draft.subject == "Thirty minutes of your advice?"
    assert draft.notes == [] and draft.asks == []


def test_the_longest_demo_contact_still_fits_under_100_words() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    longest = max(contacts.values(), key=lambda c: len(f"{c.connection} {c.why}".split()))
    meeting = replace(next(m for m in meetings if m.contact_id == longest.id), intro=INTRO)
    draft = draft_outreach(longest, meeting, SETTINGS, now, channel="email")
    assert body_words(body_of(draft)) < EMAIL_WORD_LIMIT
    assert len(draft.slots) >= 2
    assert not any("before the signature" in note for note in draft.notes)
    assert ME in draft.text and "…" not in draft.text


def test_every_linkedin_note_fits_200_and_300_characters() -> None:
    for limit in (200, 300):
        settings = replace(SETTINGS, linkedin_note_limit=limit)
        for _, _contact, meeting, draft in all_drafts(NOWS[1], settings):
            if draft.channel == "linkedin":
                assert len(draft.text) <= limit, (limit, meeting.id, draft.text)
                assert not any("over LinkedIn" in note for note in draft.notes)
                assert "…" not in draft.text, draft.text  # nothing is ever cut


def test_a_why_too_long_for_linkedin_asks_for_a_shorter_one_never_cuts_it() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = replace(contacts["c-demo-01"], why="Your " + "remarkably " * 30 + "path inspires me.")
    meeting = replace(next(m for m in meetings if m.contact_id == contact.id), intro=INTRO)
    draft = draft_outreach(contact, meeting, SETTINGS, now, channel="linkedin")
    assert len(draft.text) <= 200
    assert "remarkably" not in draft.text and "…" not in draft.text
    assert draft.asks == [WHY_SHORT]
    assert "[[answer above: Why them, in a shorter sentence?]]" in draft.text
    meeting.drafts[WHY_SHORT.key] = "Your path from the classroom to data is the one I hope to take"
    answered = draft_outreach(contact, meeting, SETTINGS, now, channel="linkedin")
    assert "Your path from the classroom to data is the one I hope to take." in answered.text
    assert answered.asks == [] and len(answered.text) <= 200
    # The email has room for the whole sentence: it keeps it as written.
    assert contact.why in draft_outreach(contact, meeting, SETTINGS, now, channel="email").text


def test_the_longest_slot_texts_still_fit_in_a_linkedin_note() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    for contact in contacts.values():
        meeting = next(m for m in meetings if m.contact_id == contact.id)
        draft = draft_outreach(replace(contact, honorific="Prof.", last_name="Vandenberghe-Oyelaran"),
                               meeting, SETTINGS, now, channel="linkedin")  # fmt: skip
        assert len(draft.text) <= 200, draft.text


# --- what only the user can fix ---------------------------------------------------------------


def test_no_honorific_greets_by_full_name_and_asks_never_a_placeholder() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = contacts[NO_HONORIFIC]
    meeting = next(m for m in meetings if m.contact_id == contact.id)
    for channel in ("email", "linkedin"):
        for write in (draft_outreach, draft_followup):
            draft = write(contact, meeting, SETTINGS, now, channel=channel)
            assert draft.text.startswith("Dear Ayşe Demir,")
            assert "(title)" not in draft.text and "(" not in draft.text.split(",")[0]
            assert draft.asks[0] == GREETING
            assert "no honorific yet" in draft.notes[0]
            answered = write(replace(contact, honorific="Dr."), meeting, SETTINGS, now, channel=channel)
            assert answered.text.startswith("Dear Dr. Demir,") and GREETING not in answered.asks


def test_a_first_name_contact_is_greeted_by_first_name() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = replace(contacts["c-demo-02"], address_by="first-name")
    meeting = next(m for m in meetings if m.contact_id == contact.id)
    assert draft_outreach(contact, meeting, SETTINGS, now, channel="email").text.startswith("Dear Tomás,")


def test_no_name_in_settings_gives_a_placeholder_and_a_note() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact, meeting = contacts["c-demo-08"], next(m for m in meetings if m.id == "m-demo-08")
    for channel in ("email", "linkedin"):
        draft = draft_outreach(contact, meeting, Settings(timezone=LONDON), now, channel=channel)
        assert draft.text.endswith("(your name)")
        assert any("Settings" in note for note in draft.notes)


@pytest.mark.parametrize(
    "signature, ending",
    [
        ("Alex Morgan", "\n\nKind regards,\nAlex Morgan"),
        ("Best wishes,\nAlex\nPhysics teacher, Manchester", "\n\nBest wishes,\nAlex\nPhysics teacher, Manchester"),
    ],
)
def test_the_signature_is_used_with_a_sign_off(signature: str, ending: str) -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact, meeting = contacts["c-demo-08"], next(m for m in meetings if m.id == "m-demo-08")
    settings = replace(SETTINGS, signature=signature)
    assert draft_outreach(contact, meeting, settings, now, channel="email").text.endswith(ending)


def test_a_why_written_about_them_is_asked_for_not_pasted() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = replace(contacts["c-demo-03"], why="She taught physics in Bergen and now runs a museum programme.")
    meeting = next(m for m in meetings if m.contact_id == contact.id)
    draft = draft_outreach(contact, meeting, SETTINGS, now, channel="email")
    assert "She taught" not in draft.text and WHY in draft.asks
    assert "[[answer above: Why them, in one sentence to them?]]" in draft.text


def test_an_unknown_contact_zone_falls_back_to_the_users_with_a_note() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = replace(contacts["c-demo-02"], timezone="Mars/Olympus_Mons")
    meeting = next(m for m in meetings if m.contact_id == contact.id)
    draft = draft_outreach(contact, meeting, SETTINGS, now, channel="email")
    assert draft.slots and any("time zone" in note for note in draft.notes)


@pytest.mark.parametrize(
    "connection, sentence",
    [
        ("met at a hands-on workshop she ran at the Manchester Science Festival",
         "We met at a hands-on workshop you ran at the Manchester Science Festival."),
        ("she spoke at our school's careers evening", "You spoke at our school's careers evening."),
        ("alumni network of the University of Leeds physics department",
         "We are fellow alumni of the University of Leeds physics department."),
        ("referred by Ms. Halvorsen (Nordlys Science Museum), who worked with her on a touring exhibition",
         "Ms. Halvorsen (Nordlys Science Museum) suggested I write to you."),
        ("met at a climate data hackathon in Manchester; we were on the same team",
         "We met at a climate data hackathon in Manchester; we were on the same team."),
        ("he teaches at my old school", "You teach at my old school."),
        ("the Physics Teachers' Network", "We are connected through the Physics Teachers' Network."),
    ],
)  # fmt: skip
def test_the_connection_is_said_to_them(connection: str, sentence: str) -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    contact = replace(contacts["c-demo-06"], connection=connection)
    meeting = next(m for m in meetings if m.contact_id == contact.id)
    meeting = replace(meeting, drafts={ME_ASK.key: "I teach physics."})
    draft = draft_outreach(contact, meeting, SETTINGS, now, channel="email")
    assert draft.text.split("\n\n")[1].startswith(sentence + " I teach physics. ")


def test_no_connection_no_why_and_no_times_each_get_a_note() -> None:
    now = pendulum.datetime(2026, 12, 1, 9, tz=LONDON)
    contact = Contact(id="c-1", first_name="Ada", last_name="Lovelace", honorific="Ms.", timezone=LONDON)
    meeting = Meeting(id="m-1", contact_id="c-1")
    whole_days = [(now, now.add(days=30))]
    draft = draft_outreach(contact, meeting, SETTINGS, now, channel="email", busy=whole_days)
    assert draft.slots == []
    joined = " ".join(draft.notes)
    assert WHY in draft.asks and ME_ASK in draft.asks
    assert "connection" in joined and "specific times" in joined
    assert "work around your schedule" in draft.text


# --- follow-up -------------------------------------------------------------------------------


def test_followup_is_brief_gracious_and_proposes_fresh_times() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    meeting = next(m for m in meetings if m.id == "m-demo-10")  # followed up, Tokyo
    contact = contacts[meeting.contact_id]
    first = draft_outreach(contact, meeting, SETTINGS, now.subtract(days=9), channel="email")
    follow = draft_followup(contact, meeting, SETTINGS, now, channel="email")
    assert follow.subject == f"Re: {first.subject}"
    assert "I know how busy things get" in follow.text
    assert "If now is not a good time, I completely understand." in follow.text
    assert body_words(body_of(follow)) < FOLLOWUP_WORD_LIMIT
    assert min(s.start for s in follow.slots) >= now.add(hours=48) > max(s.start for s in first.slots)
    for phrase in ("still", "haven't heard", "ASAP", "as soon as possible", "reminder", "again"):
        assert phrase.lower() not in follow.text.lower()


# --- channels, busy times, determinism -------------------------------------------------------


def test_the_channel_defaults_to_the_meetings() -> None:
    now, contacts, meetings = demo_at(NOWS[0])
    meeting = replace(next(m for m in meetings if m.id == "m-demo-08"), channel="linkedin")
    draft = draft_outreach(contacts[meeting.contact_id], meeting, SETTINGS, now)
    assert draft.channel == "linkedin" and draft.subject == ""
    assert draft_outreach(contacts[meeting.contact_id], meeting, SETTINGS, now, channel="email").subject
    with pytest.raises(ValueError, match="unknown channel"):
        draft_outreach(contacts[meeting.contact_id], meeting, SETTINGS, now, channel="fax")


def test_busy_times_are_the_other_scheduled_meetings() -> None:
    _, _, meetings = demo_at(NOWS[0])
    scheduled = [m for m in meetings if m.status == Status.SCHEDULED.value and not m.archived]
    assert len(scheduled) >= 2
    busy = busy_times(meetings)
    assert len(busy) == len(scheduled)
    assert busy == sorted(busy)
    assert all((end - start).in_minutes() in (20, 30) for start, end in busy)
    assert len(busy_times(meetings, exclude=scheduled[0].id)) == len(scheduled) - 1
    broken = replace(scheduled[0], scheduled_for="not a date")
    assert len(busy_times([broken])) == 0


def test_a_draft_avoids_the_users_scheduled_meetings() -> None:
    now = pendulum.datetime(2026, 12, 1, 9, tz=LONDON)
    contact = Contact(id="c-1", first_name="Ada", last_name="Lovelace", honorific="Ms.", timezone=LONDON,
                      connection="met at a meetup", why="Your path from maths into engines is the one I hope to follow.")  # fmt: skip
    meeting = Meeting(id="m-1", contact_id="c-1")
    booked = Meeting(id="m-2", contact_id="c-2", status="scheduled", planned_minutes=30,
                     scheduled_for=pendulum.datetime(2026, 12, 3, 10, tz=LONDON).isoformat())  # fmt: skip
    free = draft_outreach(contact, meeting, SETTINGS, now, channel="email")
    assert "Thu, Dec 3 at 10:00 AM" in free.text
    busy = draft_outreach(contact, meeting, SETTINGS, now, channel="email", busy=busy_times([booked, meeting]))
    assert "Thu, Dec 3 at 10:00 AM" not in busy.text and "Thu, Dec 3 at 2:00 PM" in busy.text


def test_drafts_are_deterministic_for_a_fixed_now() -> None:
    first = [draft for *_, draft in all_drafts.__wrapped__(NOWS[3])]
    second = [draft for *_, draft in all_drafts.__wrapped__(NOWS[3])]
    assert first == second


def test_as_text_puts_the_subject_first_for_email_only() -> None:
    email = Draft("outreach", "email", "Hello?", "Dear Ms. X,\n\nBody", [], [])
    assert email.as_text() == "Subject: Hello?\n\nDear Ms. X,\n\nBody"
    note = Draft("outreach", "linkedin", "", "Dear Ms. X, hi", [], [])
    assert note.as_text() == "Dear Ms. X, hi"


def test_follow_up_times_come_after_it_is_due_not_before() -> None:
    import pendulum

    from infocoach.core.clock import iso
    from infocoach.core.pipeline.statuses import start_history, transition
    from infocoach.core.prep.outreach import draft_followup
    from infocoach.core.records.model import Meeting
    from infocoach.core.samples.demo import build_demo
    from infocoach.core.settings import Settings

    now = pendulum.datetime(2026, 11, 25, 13, 30, tz="UTC")
    contacts, _ = build_demo(now, "Europe/London")
    contact = next(c for c in contacts if c.honorific)
    meeting = Meeting(id="m-x", contact_id=contact.id, created_at=iso(now))
    start_history(meeting, now)
    transition(meeting, "requested", now)  # sent just now: the follow-up is due in 7 days
    settings = Settings(user_name="Alex Morgan", timezone="Europe/London", follow_up_days=7)
    draft = draft_followup(contact, meeting, settings, now, channel="email")
    assert draft.slots and all(s.start >= now.add(days=7) for s in draft.slots)


def test_connection_sentences_read_naturally() -> None:
    from infocoach.core.prep.outreach_phrasing import connection_sentence
    from infocoach.core.records.model import Contact

    def said(connection: str) -> str:
        return connection_sentence(Contact(id="c", first_name="A", last_name="B", connection=connection))

    assert said("Alumni network (State U., class of 2009)") == "We are fellow alumni (State U., class of 2009)."
    assert said("Mutual friend, Sam Lee") == "We are connected through a mutual friend, Sam Lee."
    assert said("Referred by Ms. Halvorsen") == "Ms. Halvorsen suggested I write to you."
