"""Modal forms and History's actions: what is typed ends up in the store, exactly, or not at all."""

from __future__ import annotations

import tomllib

from textual.widgets import Input, OptionList, Select, Static, TextArea

from infocoach.core.records.model import Status
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.contact_form import ContactForm
from infocoach.dialogs.meeting_form import MeetingForm
from infocoach.dialogs.settings_form import SettingsScreen
from infocoach.dialogs.status_modal import StatusModal
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.store import StoreError


def error_text(screen, name: str) -> str:
    return str(screen.query_one(f"#{name}-error", Static).content)


def fill(screen, **values: str) -> None:
    for name, value in values.items():
        widget = screen.query_one(f"#{name}")
        if isinstance(widget, TextArea):
            widget.text = value
        elif isinstance(widget, Select):
            widget.value = value
        else:
            widget.value = value


def select_meeting(app, meeting_id: str) -> None:
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting_id)
    assert history.selected_id() == meeting_id


async def test_new_contact_then_meeting_is_saved_exactly(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        form = app.screen
        assert isinstance(form, ContactForm)
        fill(
            form,
            honorific="Dr.",
            first_name="Zoë",
            last_name="O'Brien 🌱",
            role="Head of [b]Research[/b]",
            organization="Field & Stream Labs",
            email="zoe@example.org",
            linkedin="https://www.linkedin.com/in/zoe",
            timezone="America/Chicago",
            connection="met at a meetup",
            why="She moved from teaching\ninto research.",
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        # Saving a new contact leads straight to planning a meeting with them.
        assert isinstance(app.screen, MeetingForm)
        [contact] = app.store.contacts()
        assert (contact.honorific, contact.first_name, contact.last_name) == ("Dr.", "Zoë", "O'Brien 🌱")
        assert contact.role == "Head of [b]Research[/b]" and contact.why == "She moved from teaching\ninto research."
        assert contact.timezone == "America/Chicago"
        assert app.screen.query_one("#contact", Select).value == contact.id
        fill(app.screen, purpose="How she chose a lab", when="2026-12-02 10:00", minutes="25")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        [meeting] = app.store.meetings()
        assert meeting.contact_id == contact.id and meeting.status == Status.PLANNED.value
        assert meeting.purpose == "How she chose a lab" and meeting.planned_minutes == 25
        assert meeting.scheduled_for == "2026-12-02T10:00:00-06:00"
        assert [t.status for t in meeting.history] == ["planned"]
        assert meeting.history[0].at == "2026-11-25T13:30:00+00:00"
        assert app.screen.selected_id() == meeting.id


async def test_contact_form_shows_inline_errors_and_saves_nothing(make_app, paths) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        before = paths.data_file.read_bytes()
        await pilot.press("c")
        form = app.screen
        fill(form, first_name="Ada", timezone="Europe/Londn", email="not-an-email", linkedin="http://example.com/ada")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # still open
        assert error_text(form, "last_name") == "Last name is required."
        assert "Organization is required" in error_text(form, "organization")
        assert "why this person" in error_text(form, "why").lower()
        assert "Unknown time zone 'Europe/Londn'" in error_text(form, "timezone")
        assert "email" in error_text(form, "email").lower()
        assert "LinkedIn" in error_text(form, "linkedin")
        assert error_text(form, "first_name") == ""
        # The first field with a problem has the focus.
        assert app.focused is form.query_one("#last_name", Input)
        assert paths.data_file.read_bytes() == before
        # Fixing a field clears its message at once.
        form.query_one("#last_name", Input).value = "Lovelace"
        await pilot.pause()
        assert error_text(form, "last_name") == "" and "Organization is required" in error_text(form, "organization")
        # Typing is never thrown away silently: Escape asks first.
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        assert app.screen is form
        await pilot.press("escape", "y")
        assert isinstance(app.screen, HistoryScreen)
        assert app.store.contacts() == []


async def test_untouched_form_closes_at_once_and_quit_asks_when_dirty(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"Ada")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        assert isinstance(app.screen, ContactForm)
        assert app.screen.query_one("#first_name", Input).value == "Ada"


async def test_f1_opens_the_forms_own_help(make_app) -> None:
    from infocoach.dialogs.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        about = str(app.screen.query_one("#about", Static).content)
        assert "Why this person" in about
        await pilot.press("escape")
        assert isinstance(app.screen, ContactForm)


async def test_meeting_form_rejects_bad_time_and_length(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        count = len(app.store.meetings())
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, MeetingForm)
        fill(form, when="purple o'clock", minutes="600")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert "Choose who you are meeting" in error_text(form, "contact")
        assert "tomorrow 3pm" in error_text(form, "when")
        assert "between 10 and 120" in error_text(form, "minutes")
        await pilot.press("escape")
        assert len(app.store.meetings()) == count


async def test_new_meeting_without_contacts_says_add_one(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert any("Add a contact first" in str(n.message) for n in app._notifications)


async def test_edit_contact_keeps_id_and_meetings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "planned")
        select_meeting(app, meeting.id)
        await pilot.press("p")
        form = app.screen
        assert isinstance(form, ContactForm)
        fill(form, role="Chief Curator")
        await pilot.press("ctrl+s")
        await pilot.pause()
        contact = app.store.contact(meeting.contact_id)
        assert contact.role == "Chief Curator"
        assert app.store.meeting(meeting.id).contact_id == contact.id


def _choose(modal, status: str) -> None:
    options = modal.query_one("#choices", OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    options.highlighted = ids.index(status)
    options.focus()


def _requested(app, *, waited_days_at_least: int):
    from infocoach.core.clock import parse_iso

    now = app.clock.now()
    return next(
        m
        for m in app.store.meetings()
        if m.status == "requested" and (now - parse_iso(m.entered_at("requested"))).days >= waited_days_at_least
    )


async def test_status_change_records_dated_transition(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _requested(app, waited_days_at_least=7)
        select_meeting(app, meeting.id)
        await pilot.press("t")
        modal = app.screen
        assert isinstance(modal, StatusModal)
        options = modal.query_one("#choices", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["scheduled", "followed-up", "declined", "no-response"]
        _choose(modal, "followed-up")
        await pilot.press("enter")
        await pilot.pause()
        stored = app.store.meeting(meeting.id)
        assert stored.status == "followed-up"
        assert stored.history[-1].status == "followed-up"
        assert stored.history[-1].at == "2026-11-25T13:30:00+00:00"
        # Exactly one follow-up: it is not offered again.
        await pilot.press("t")
        options = app.screen.query_one("#choices", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert "followed-up" not in ids


async def test_an_early_follow_up_asks_first(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(
            m
            for m in app.store.meetings()
            if m.status == "requested" and m.id != _requested(app, waited_days_at_least=7).id
        )
        select_meeting(app, meeting.id)
        await pilot.press("t")
        _choose(app.screen, "followed-up")
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmModal)
        assert "2 days ago" in str(app.screen.query_one("#question", Static).content)
        await pilot.press("n")
        await pilot.press("escape")
        assert app.store.meeting(meeting.id).status == "requested"
        await pilot.press("t")
        _choose(app.screen, "followed-up")
        await pilot.press("enter", "y")
        await pilot.pause()
        assert app.store.meeting(meeting.id).status == "followed-up"


async def test_a_step_can_be_backdated_but_not_future_or_out_of_order(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _requested(app, waited_days_at_least=7)
        select_meeting(app, meeting.id)
        await pilot.press("t")
        modal = app.screen
        error = modal.query_one("#status-error", Static)
        at = modal.query_one("#at", Input)
        assert at.value == "2026-11-25 13:30"  # now, in the user's zone (London = UTC in November)
        at.value = "2026-11-26 09:00"
        _choose(modal, "no-response")
        await pilot.press("enter")
        assert "in the future" in str(error.content) and app.screen is modal
        at.value = "2026-01-01 09:00"
        await pilot.press("enter")
        assert "must come after" in str(error.content)
        at.value = "2026-11-24 09:00"
        await pilot.press("enter")
        await pilot.pause()
        stored = app.store.meeting(meeting.id)
        assert stored.status == "no-response" and stored.history[-1].at == "2026-11-24T09:00:00+00:00"


async def test_undo_takes_back_the_last_step(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "done")
        select_meeting(app, meeting.id)
        await pilot.press("u")
        assert isinstance(app.screen, ConfirmModal)
        assert "goes back to scheduled" in str(app.screen.query_one("#question", Static).content)
        await pilot.press("y")
        await pilot.pause()
        stored = app.store.meeting(meeting.id)
        assert stored.status == "scheduled" and len(stored.history) == len(meeting.history) - 1


async def test_scheduling_asks_for_a_time_in_their_zone(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = _requested(app, waited_days_at_least=0)
        contact = app.store.contact(meeting.contact_id)
        select_meeting(app, meeting.id)
        await pilot.press("t")
        modal = app.screen
        _choose(modal, "scheduled")
        await pilot.press("enter")
        assert modal.query_one("#when-box").display
        assert app.focused is modal.query_one("#when", Input)
        await pilot.press(*"someday", "enter")
        assert "tomorrow 3pm" in str(modal.query_one("#status-error", Static).content)
        assert app.store.meeting(meeting.id).status == "requested"
        modal.query_one("#when", Input).value = "next Tuesday 9:30"
        await pilot.press("enter")
        await pilot.pause()
        stored = app.store.meeting(meeting.id)
        assert stored.status == "scheduled"
        import pendulum

        # Wednesday 25 November: "next Tuesday" is 1 December, at 9:30 in their zone.
        expected = pendulum.datetime(2026, 12, 1, 9, 30, tz=contact.timezone)
        assert pendulum.parse(stored.scheduled_for) == expected


async def test_end_of_path_says_so(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "thanked")
        select_meeting(app, meeting.id)
        await pilot.press("t")
        assert "nothing more to do" in str(app.screen.query_one("#title", Static).content)
        assert not app.screen.query("#choices")


async def test_archive_hides_and_h_shows_archived(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "planned")
        select_meeting(app, meeting.id)
        shown = app.screen.query_one("#meetings").row_count
        await pilot.press("a")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause()
        assert app.store.meeting(meeting.id).archived is True
        assert app.screen.query_one("#meetings").row_count == shown - 1
        await pilot.press("h")
        await pilot.pause()
        assert app.screen.query_one("#meetings").row_count > shown


async def test_delete_needs_confirmation_and_cancel_keeps_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "declined" and not m.archived)
        select_meeting(app, meeting.id)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("enter")  # the focused button is Cancel: a stray Enter deletes nothing
        await pilot.pause()
        assert app.store.meeting(meeting.id) is not None
        await pilot.press("d", "y")
        await pilot.pause()
        assert app.store.meeting(meeting.id) is None


async def test_delete_contact_takes_their_meetings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "thanked")
        contact_id = meeting.contact_id
        select_meeting(app, meeting.id)
        await pilot.press("D")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause()
        assert app.store.contact(contact_id) is None
        assert all(m.contact_id != contact_id for m in app.store.meetings())


async def test_failed_save_is_reported_not_crashed(make_app, monkeypatch) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        meeting = next(m for m in app.store.meetings() if m.status == "planned")
        select_meeting(app, meeting.id)

        def refuse(_meeting) -> None:
            raise StoreError("could not write the database: No space left on device")

        monkeypatch.setattr(app.store, "save_meeting", refuse)
        await pilot.press("a", "y")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert any("No space left" in str(n.message) for n in app._notifications)
        assert app.store.meeting(meeting.id).archived is False


async def test_settings_screen_saves_toml_and_validates(make_app, paths) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, SettingsScreen)
        fill(form, follow_up_days="0")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and error_text(form, "follow_up_days")
        assert not paths.config_file.exists()
        fill(
            form,
            follow_up_days="10",
            user_name="Alex [b]Morgan[/b]",
            signature="Alex\nalex@example.org",
            linkedin_note_limit="300",
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        data = tomllib.loads(paths.config_file.read_text(encoding="utf-8"))
        assert data["meetings"]["follow_up_days"] == 10
        assert data["user"]["name"] == "Alex [b]Morgan[/b]"
        assert data["user"]["signature"] == "Alex\nalex@example.org"
        assert data["outreach"]["linkedin_note_limit"] == 300
        assert app.settings.follow_up_days == 10
        assert paths.config_file.stat().st_mode & 0o777 == 0o600


async def test_startup_warnings_are_shown_once(make_app, paths) -> None:
    app = make_app()
    app.startup_warnings = ["[meetings] length_minutes = 500 is out of range 10–120: using 30"]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any("length_minutes = 500" in m for m in messages)
