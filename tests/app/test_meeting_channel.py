"""Planning a meeting, "Reach out by" starts as the way the contact can be reached: a LinkedIn
message for someone with a LinkedIn profile and no email address (a LinkedIn import), else email.
It follows the contact chosen until the user picks a channel; the choices read in words while
the stored values stay ``email`` and ``linkedin``."""

from __future__ import annotations

from textual.widgets import Select

from infocoach.core.records.model import Contact, Meeting
from infocoach.dialogs.meeting_form import MeetingForm, default_channel
from infocoach.screens.history.history_screen import HistoryScreen

IMPORTED = Contact(
    id="c-linked", first_name="Priya", last_name="Raman", organization="St Mary's", source="linkedin",
    linkedin="https://www.linkedin.com/in/priya-raman",
)  # fmt: skip
ALSO_IMPORTED = Contact(
    id="c-linked-2", first_name="Tom", last_name="Quist", organization="Data Desk",
    linkedin="https://www.linkedin.com/in/tomquist",
)  # fmt: skip
MAILED = Contact(
    id="c-mailed", first_name="Ada", last_name="Baker", organization="Field Labs", email="ada@example.org",
    linkedin="https://www.linkedin.com/in/ada",
)  # fmt: skip


def test_linkedin_only_when_there_is_no_email_address() -> None:
    assert default_channel(IMPORTED) == "linkedin"
    assert default_channel(MAILED) == "email"  # both known: email, as before
    assert default_channel(Contact(id="c-x", first_name="No", last_name="Ways")) == "email"
    assert default_channel(None) == "email"


async def _new_meeting_form(app, pilot, *contacts: Contact) -> MeetingForm:
    for contact in contacts:
        app.store.save_contact(contact)
    history = app.screen
    assert isinstance(history, HistoryScreen)
    await pilot.press("n")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, MeetingForm)
    return form


async def _choose(pilot, select: Select, value: str) -> None:
    select.value = value
    await pilot.pause()
    await pilot.pause()


async def test_a_linkedin_import_is_reached_by_linkedin_message_and_saved_so(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _new_meeting_form(app, pilot, IMPORTED)  # the only contact: already chosen
        channel = form.query_one("#channel", Select)
        assert channel.value == "linkedin"
        assert str(channel.query_one("SelectCurrent").label) == "LinkedIn message"  # as it reads
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        [meeting] = app.store.meetings()
        assert meeting.contact_id == IMPORTED.id and meeting.channel == "linkedin"


async def test_the_channel_follows_the_contact_chosen_until_the_user_picks_one(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _new_meeting_form(app, pilot, IMPORTED, ALSO_IMPORTED, MAILED)
        contact, channel = form.query_one("#contact", Select), form.query_one("#channel", Select)
        assert channel.value == "email"  # nobody chosen yet
        await _choose(pilot, contact, IMPORTED.id)
        assert channel.value == "linkedin"
        await _choose(pilot, contact, MAILED.id)
        assert channel.value == "email"
        await _choose(pilot, contact, ALSO_IMPORTED.id)
        assert channel.value == "linkedin"
        await _choose(pilot, channel, "email")  # by hand: theirs to keep from now on
        await _choose(pilot, contact, IMPORTED.id)
        assert channel.value == "email"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [meeting] = app.store.meetings()
        assert meeting.contact_id == IMPORTED.id and meeting.channel == "email"


async def test_the_choices_read_in_words_and_an_edited_meeting_keeps_its_channel(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for contact in (IMPORTED, MAILED):
            app.store.save_contact(contact)
        meeting = Meeting(id="m-kept", contact_id=MAILED.id, channel="linkedin")
        app.store.save_meeting(meeting)
        form = MeetingForm(meeting, contacts=app.store.contacts(), clock=app.clock, settings=app.settings)
        app.push_screen(form)
        await pilot.pause()
        channel = form.query_one("#channel", Select)
        assert channel.value == "linkedin"
        channel.focus()
        await pilot.press("enter")  # the list of choices opens
        await pilot.pause()
        overlay = channel.query_one("SelectOverlay")
        prompts = [str(overlay.get_option_at_index(i).prompt) for i in range(overlay.option_count)]
        assert prompts == ["Email", "LinkedIn message"]
        await pilot.press("escape")
        await _choose(pilot, form.query_one("#contact", Select), IMPORTED.id)
        assert channel.value == "linkedin"
        await _choose(pilot, form.query_one("#contact", Select), MAILED.id)
        assert channel.value == "linkedin"  # saved with the meeting: not the form's to change
