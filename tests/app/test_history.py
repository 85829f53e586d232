"""History, the home screen: Pilot tests of what the user sees and what gets stored."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, Select, Static

from infocoach.app.palette import InfocoachCommands
from infocoach.core.records.model import Contact, Meeting, Status
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.widgets.meeting_detail import MeetingDetail
from infocoach.widgets.meeting_table import MeetingTable


def table_rows(app: Any) -> list[list[str]]:
    """Each row's cells as the table shows them (before cropping to the column)."""
    table = app.screen.query_one("#meetings", MeetingTable)
    return [[cell.plain for cell in entry.cells()] for entry in table.entries]


def table_contacts(app: Any) -> list[str]:
    return [row[0] for row in table_rows(app)]


def table_statuses(app: Any, *, marks: bool = False) -> list[str]:
    cells = [row[3] for row in table_rows(app)]
    return cells if marks else [c.removesuffix(" •").removesuffix(" ◦") for c in cells]


def detail_text(app: Any) -> str:
    detail = app.screen.query_one("#detail", MeetingDetail)
    return _plain(detail)


def _plain(widget: Static) -> str:
    import io

    from rich.console import Console

    console = Console(width=200, file=io.StringIO(), color_system=None)
    content = widget.content
    console.print(content if not isinstance(content, str) else content, markup=False)
    return console.file.getvalue()


async def test_history_is_home_and_lists_unarchived_meetings(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.title == "History"
        visible = [m for m in app.store.meetings() if not m.archived]
        assert len(table_contacts(app)) == len(visible) >= 12
        table = app.screen.query_one("#meetings", MeetingTable)
        assert table.render_line(0).text.split() == ["Contact", "Organization", "Date", "Status", "Talk"]
        # Newest first; done meetings show the talk share, planned ones a dash.
        rows = {row[0]: row for row in table_rows(app)}
        done = [m for m in visible if m.status == "done"]
        contact = app.store.contact(done[0].contact_id)
        assert str(rows[contact.display_name][4]).endswith("%")
        assert "15 meetings" in _plain(app.screen.query_one("#result-count", Static))


async def test_slash_focuses_search_and_filters_as_you_type(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.focused, Input) and app.focused.id == "search"
        await pilot.press(*"okafor")
        await pilot.pause(0.2)  # the filter waits for a pause in typing
        assert table_contacts(app) and all("Okafor" in name for name in table_contacts(app))
        assert "of 15 meetings" in _plain(app.screen.query_one("#result-count", Static))
        await pilot.press("escape")
        assert app.screen.query_one("#search", Input).value == ""
        assert len(table_contacts(app)) == 15


async def test_search_is_accent_insensitive_and_reads_notes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"tomas herrera")
        await pilot.pause(0.2)
        assert table_contacts(app) == ["Mr. Tomás Herrera"]
        # A phrase that only occurs inside a meeting's notes.
        note_meeting = next(m for m in app.store.meetings() if m.notes and not m.archived)
        word = max(note_meeting.notes[0].text.split(), key=len).strip(".,;:!?\"'()")
        search = app.screen.query_one("#search", Input)
        search.value = word
        await pilot.pause(0.2)
        owner = app.store.contact(note_meeting.contact_id).display_name
        assert owner in table_contacts(app)


async def test_no_match_says_so(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"zzzqqq")
        await pilot.pause(0.2)
        assert table_contacts(app) == []
        assert "No meetings match" in _plain(app.screen.query_one("#result-count", Static))


async def test_status_filter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#status-filter", Select).value = "done"
        await pilot.pause()
        assert table_statuses(app) and set(table_statuses(app)) == {"done"}
        app.screen.query_one("#status-filter", Select).value = "planned"
        await pilot.pause()
        assert set(table_statuses(app)) == {"planned"}
        app.screen.query_one("#status-filter", Select).clear()
        await pilot.pause()
        assert len(set(table_statuses(app))) >= 7


async def test_empty_database_shows_first_run_hint(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one("#first-run", Static)
        assert hint.display and not app.screen.query_one("#body").display
        text = _plain(hint)
        assert "infocoach demo" in text and "Press c to add a contact" in text


async def test_detail_panel_follows_the_cursor_and_shows_markup_literally(make_app) -> None:
    app = make_app(demo=False)
    app.store.save_contact(
        Contact(
            id="c-1",
            first_name="[bold]Ada",
            last_name="Lovelace[/]",
            honorific="Dr.",
            organization="Analytical [red]Engines",
            timezone="Europe/London",
            why="Her path [link=x]y[/link]",
        )
    )
    app.store.save_meeting(Meeting(id="m-1", contact_id="c-1", purpose="learn [i]everything[/i]"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = _plain(app.screen.query_one("#detail", MeetingDetail))
        assert "Dr. [bold]Ada Lovelace[/]" in text
        assert "Analytical [red]Engines" in text
        assert "learn [i]everything[/i]" in text
        assert "Her path [link=x]y[/link]" in text
        assert table_contacts(app) == ["Dr. [bold]Ada Lovelace[/]"]


async def test_cursor_moves_update_detail(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = _plain(app.screen.query_one("#detail", MeetingDetail))
        await pilot.press("down")
        second = _plain(app.screen.query_one("#detail", MeetingDetail))
        assert table_contacts(app)[0] in first
        assert table_contacts(app)[1] in second and first != second


async def test_narrow_terminal_stacks_detail_under_table(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#meetings", MeetingTable)
        detail = app.screen.query_one("#detail-scroll")
        assert app.screen.has_class("-narrow")
        assert detail.region.y > table.region.y and detail.region.x == 0
        # Every column fits: the last column's header is on screen.
        assert table.table_width <= table.scrollable_content_region.width
        assert table.render_line(0).text.rstrip().endswith("Talk")


async def test_wide_terminal_puts_detail_beside_table(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#meetings", MeetingTable)
        detail = app.screen.query_one("#detail-scroll")
        assert app.screen.has_class("-wide") and detail.region.x > table.region.x


async def test_help_lists_the_screen_keys(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        from infocoach.dialogs.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        keys = _plain(app.screen.query_one("#keys", Static))
        for description in ("Search", "New meeting", "New contact", "Status", "Archive", "Delete", "Settings"):
            assert description in keys
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_every_binding_has_a_description_and_an_id() -> None:
    from infocoach.app.application import InfocoachApp
    from infocoach.dialogs.confirm import ConfirmModal
    from infocoach.dialogs.contact_form import ContactForm
    from infocoach.dialogs.meeting_form import MeetingForm
    from infocoach.dialogs.settings_form import SettingsScreen
    from infocoach.dialogs.status_modal import StatusModal

    for owner in (InfocoachApp, HistoryScreen, ContactForm, MeetingForm, SettingsScreen, StatusModal, ConfirmModal):
        for binding in owner.BINDINGS:
            assert binding.description, (owner.__name__, binding.key)
            assert binding.id, (owner.__name__, binding.key)


async def test_done_meeting_row_statuses_use_pipeline_names(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert set(table_statuses(app)) <= {s.value for s in Status}


async def test_due_line_summarises_what_needs_doing(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        due = _plain(app.screen.query_one("#due", Static))
        # The demo, seen at a fixed moment: a meeting later today and one in three days, two
        # thank-yous (one more than a day late) and one follow-up due. The meeting whose
        # follow-up went unanswered for a week was let go when the app opened, so it is not due.
        assert due.strip() == (
            "Due: 1 meeting today · 1 meeting later this week · 2 thank-yous to send (1 overdue) · 1 follow-up"
        )


async def test_unanswered_follow_up_is_let_go_on_opening(make_app) -> None:
    app = make_app()
    followed = [m for m in app.store.meetings() if m.status == "followed-up"]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        after = {m.id: m for m in app.store.meetings()}
        moved = [m for m in followed if after[m.id].status == "no-response"]
        assert len(moved) == 1 and len(followed) == 2
        assert any("Let go" in str(n.title) for n in app._notifications)


async def test_due_meetings_are_marked_and_can_be_filtered(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        marked = [s for s in table_statuses(app, marks=True) if s.endswith(" •")]
        assert sorted(s.removesuffix(" •") for s in marked) == ["done", "done", "requested", "scheduled"]
        app.screen.query_one("#status-filter", Select).value = "due"
        await pilot.pause()
        assert sorted(table_statuses(app)) == ["done", "done", "requested", "scheduled", "scheduled"]  # and this week


async def test_f_opens_the_filter_and_choosing_returns_to_the_table(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        select = app.screen.query_one("#status-filter", Select)
        assert select.expanded
        await pilot.press("down", "down", "enter")  # past "All statuses" and "due & coming up" to planned
        await pilot.pause()
        assert select.value == "planned"
        assert set(table_statuses(app)) == {"planned"}
        assert app.focused is app.screen.query_one("#meetings", MeetingTable)


async def test_after_delete_the_cursor_stays_in_place(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "down")
        before = table_contacts(app)
        await pilot.press("d", "y")
        await pilot.pause()
        table = app.screen.query_one("#meetings", MeetingTable)
        assert table.cursor_row == 3
        assert table_contacts(app)[3] == before[4]


async def test_detail_starts_at_the_top_for_each_meeting(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        scroll = app.screen.query_one("#detail-scroll")
        scroll.scroll_end(animate=False)
        await pilot.pause()
        assert scroll.scroll_y > 0
        await pilot.press("down")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_wide_table_gives_names_more_room(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one("#meetings", MeetingTable)
        widths = table.column_widths
        assert widths["contact"] > 22 and widths["organization"] > 18
        shown = [table.render_line(y).text for y in range(table.scrollable_content_region.height)]
        assert any("Northbridge Public Health Institute  " in line for line in shown)  # in full
        # Longer than even a wide column: cropped with an ellipsis, the Date column still aligned.
        coastal = next(line for line in shown if "Coastal University" in line)
        assert "Coastal University of Science and …  2026-" in coastal


async def test_date_filter_narrows_the_list(make_app) -> None:
    from textual.widgets import Select

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        everything = app.screen.query_one("#meetings", MeetingTable).row_count
        app.screen.query_one("#date-filter", Select).value = "upcoming"
        await pilot.pause()
        statuses = table_statuses(app)
        assert statuses and set(statuses) == {"scheduled"}  # only what is still to come
        assert f"of {everything} meetings" in str(app.screen.query_one("#result-count").render())
        app.screen.query_one("#date-filter", Select).value = "last-year"
        await pilot.pause()
        assert app.screen.query_one("#meetings", MeetingTable).row_count == 0
        assert "widen the filters" in str(app.screen.query_one("#result-count").render())


async def test_a_meeting_later_this_week_is_marked_as_coming_up(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any(cell.endswith(" ◦") for cell in table_statuses(app, marks=True))
        assert "meeting later this week" in str(app.screen.query_one("#due").render())


async def test_clicking_a_header_sorts_by_that_column(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#meetings", offset=(2, 0))  # the Contact header
        await pilot.pause()
        names = table_contacts(app)
        assert names == sorted(names, key=str.casefold)
        await pilot.click("#meetings", offset=(2, 0))  # again: the other way round
        await pilot.pause()
        assert table_contacts(app) == sorted(names, key=str.casefold, reverse=True)


async def test_clicking_the_highlighted_row_opens_prep(make_app) -> None:
    from infocoach.screens.prep.prep_screen import PrepScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#meetings", offset=(2, 3))  # the third meeting
        await pilot.pause()
        third = app.screen.query_one("#meetings", MeetingTable).entries[2].meeting.id
        assert app.screen.selected_id() == third
        await pilot.click("#meetings", offset=(2, 3))
        await pilot.pause()
        assert isinstance(app.screen, PrepScreen) and app.screen.meeting_id == third


async def test_history_opens_on_heads_and_reads_whole_meetings_only_when_needed(make_app, monkeypatch) -> None:
    """Opening builds no whole meetings but the selected one; the first search reads them all
    once, and a second search none."""
    from infocoach.core.records import model

    built: list[str] = []
    plain = model.Meeting.from_dict.__func__

    def counted(cls, data):
        built.append(data["id"])
        return plain(cls, data)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        total = len(app.store.meeting_heads())
        monkeypatch.setattr(model.Meeting, "from_dict", classmethod(counted))
        app.screen.reload()
        await pilot.pause()
        assert len(built) <= 1  # the meeting in the detail panel, at most
        built.clear()
        await pilot.press("slash", *"okafor")
        await pilot.pause(0.3)
        assert len(built) == total
        assert "2 of" in str(app.screen.query_one("#result-count").render())
        built.clear()
        await pilot.press("backspace")
        await pilot.pause(0.3)
        assert built == []


# ----- the campaign on History's due line (issue 18) -------------------------------------------


def _due_line(app: Any) -> str:
    return str(app.screen.query_one("#due", Static).content)


async def test_due_line_names_write_next_and_tell_referrer(make_app) -> None:
    from targets_data import seed, settings_3b7

    app = make_app(demo=False, settings=settings_3b7())
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # 3B7: five business days without a reply from Ms. Lopez at Contoso (no follow-up yet);
        # Mr. Park, whom Dr. Tan referred, was met yesterday.
        assert _due_line(app) == "Due: 1 person to write to next · 1 referrer to tell how it went (R)"
        assert "m-lopez" in [e.id for e in app.screen.query_one("#meetings", MeetingTable).entries if e.due]


async def test_default_pacing_keeps_the_follow_up_and_adds_the_referrer(make_app) -> None:
    from targets_data import seed

    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert _due_line(app) == "Due: 1 follow-up · 1 referrer to tell how it went (R)"


async def test_referrer_note_is_offered_and_marking_it_sent_records_it(make_app, clock) -> None:
    from targets_data import seed

    from infocoach.core.clock import iso
    from infocoach.dialogs.referrer_note import ReferrerNote
    from infocoach.widgets.lint_panel import LintPanel

    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("R")  # from any meeting: the oldest referrer waiting
        await pilot.pause()
        assert isinstance(app.screen, ReferrerNote)
        note = app.screen
        text = note.text()
        assert text.startswith("Dear Dr. Tan,") and "Mr. Park" in text and "Alex Morgan" in text
        assert note.query_one("#referrer-subject", Input).value == "My conversation with Jun Park"
        assert not note.query_one("#referrer-lint", LintPanel).has_class("-error")
        # Your own words are kept when you close it without marking it sent.
        note.query_one("#referrer-text").text = text.replace("very helpful", "wonderfully helpful")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        kept = app.store.meeting("m-park")
        assert "wonderfully helpful" in kept.drafts["referrer"] and kept.referrer_told_at is None
        await pilot.press("R")
        await pilot.pause()
        assert "wonderfully helpful" in app.screen.text()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.store.meeting("m-park").referrer_told_at == iso(clock.now())
        assert _due_line(app) == "Due: 1 follow-up"
        await pilot.press("R")  # nothing left to tell: said kindly, nothing opens
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_referrer_note_without_an_honorific_asks_first(make_app) -> None:
    from dataclasses import replace

    from targets_data import seed

    from infocoach.dialogs.referrer_note import ReferrerNote

    app = make_app(demo=False)
    seed(app)
    app.store.save_contact(replace(app.store.contact("c-tan"), honorific=""))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        [hit] = [h async for h in InfocoachCommands(app.screen).search("referrer: tell tan park")]
        assert hit.text == "referrer: Tell Mei Tan how it went with Mr. Park"
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, ReferrerNote)
        assert "[[answer above" in app.screen.text()
        assert "Choose how to greet" in str(app.screen.query_one("#referrer-notes", Static).content)
        await pilot.press("ctrl+s")  # not ready to send: it stays open
        await pilot.pause()
        assert isinstance(app.screen, ReferrerNote)
        assert app.store.meeting("m-park").referrer_told_at is None


async def test_the_detail_names_who_referred_the_contact(make_app) -> None:
    from targets_data import seed

    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.reload(select="m-park")
        await pilot.pause()
        assert "Referred by: Dr. Mei Tan" in " ".join(detail_text(app).split())
        app.screen.reload(select="m-tan")
        await pilot.pause()
        assert "Tan" in detail_text(app) and "Referred by" not in detail_text(app)
