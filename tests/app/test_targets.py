"""The Targets screen (the LAMP list): its order and focus marks, each employer's people with
their meetings and reply kinds, what is due there, adding, editing and archiving employers,
Enter on a person, and the ways to reach it (T on History, the palette, F1's key list)."""

from __future__ import annotations

import io

from rich.console import Console
from targets_data import seed, settings_3b7
from textual.widgets import Input, Select, Static, TextArea

from infocoach.app.palette import InfocoachCommands
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.dialogs.contact_form import ContactForm
from infocoach.dialogs.help import HelpScreen
from infocoach.dialogs.meeting_form import MeetingForm
from infocoach.dialogs.target_form import TargetForm
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.targets import TargetsScreen
from infocoach.widgets.target_table import TargetLine, TargetTable

ORDER = ["t-contoso", "t-prose", "t-fab", "t-north", "t-tail", "t-wide", "t-adatum"]


def lines(app) -> tuple[TargetLine, ...]:
    return app.screen.query_one("#targets", TargetTable).lines


def employers(app) -> list[str]:
    return [line.row.target.id for line in lines(app) if line.person is None]


def line_of(app, line_id: str) -> TargetLine:
    return next(line for line in lines(app) if line.id == line_id)


def cells(app, line_id: str) -> list[str]:
    return [cell.plain for cell in line_of(app, line_id).cells()]


def plain(widget: Static) -> str:
    console = Console(width=200, file=io.StringIO(), color_system=None)
    with console.capture() as captured:
        console.print(widget.content)
    return captured.get()


async def go_to(pilot, line_id: str) -> None:
    table = pilot.app.screen.query_one("#targets", TargetTable)
    table.move_cursor(row=[line.id for line in table.lines].index(line_id))
    await pilot.pause()


async def open_targets(app, pilot) -> None:
    await pilot.press("T")
    await pilot.pause()
    assert isinstance(app.screen, TargetsScreen)


async def test_lamp_order_focus_people_and_reply_kinds(make_app) -> None:
    app = make_app(demo=False, settings=settings_3b7())
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        # Motivation, then Posting, then Advocacy (Contoso, where you know people, before
        # Proseware); archived Litware left out.
        assert employers(app) == ORDER
        assert [line.row.focus for line in lines(app) if line.person is None] == [True] * 5 + [False] * 2
        assert cells(app, "t-contoso")[:5] == ["★ 1", "Contoso", "yes", "5", "3"]
        assert cells(app, "t-wide")[0] == "  6" and cells(app, "t-prose")[2] == "no"
        # Contoso's people, matched by organisation ("Contoso Ltd.", "CONTOSO"), beneath it.
        ids = [line.id for line in lines(app)]
        assert ids[1:3] == ["t-contoso/c-lopez", "t-contoso/c-ode"]
        assert cells(app, "t-contoso/c-lopez")[1].strip() == "Ms. Ana Lopez"
        assert cells(app, "t-contoso/c-lopez")[5] == "requested"
        assert cells(app, "t-fab/c-tan")[5] == "thanked · Booster"
        # 3B7: five business days without a reply from Ms. Lopez: write to Mr. Ode next.
        assert line_of(app, "t-contoso").row.next_step.startswith("Write to Mr. Ode")
        assert cells(app, "t-contoso")[5].startswith("• ")
        detail = plain(app.screen.query_one("#target-detail", Static))
        assert "Write to Mr. Ode at Contoso: no reply from Ms. Lopez in 3 business days" in detail
        assert "★ this week's focus" in detail and "Their mapping team is growing." in detail
        # Fabrikam: Mr. Park, whom Dr. Tan referred, was met: tell Dr. Tan how it went.
        await go_to(pilot, "t-fab")
        assert "• Tell Dr. Tan how it went with Mr. Park" in plain(app.screen.query_one("#target-detail", Static))
        summary = str(app.screen.query_one("#targets-summary", Static).content)
        assert summary.startswith("7 employers · 2 due · 3B7 pacing")
        await go_to(pilot, "t-fab/c-tan")
        assert "Booster: replied within 3 business days" in plain(app.screen.query_one("#target-detail", Static))
        assert "Referred by" not in plain(app.screen.query_one("#target-detail", Static))
        await go_to(pilot, "t-fab/c-park")
        assert "Referred by Dr. Mei Tan." in plain(app.screen.query_one("#target-detail", Static))


async def test_default_pacing_follows_up_after_a_week_and_never_says_write_next(make_app) -> None:
    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        # Rule 4: seven calendar days after the request, the one follow-up; no "write to the next".
        assert [item.kind.value for item in line_of(app, "t-contoso").due] == ["follow-up"]
        assert line_of(app, "t-contoso").row.next_step == "Follow up with Ms. Lopez"
        assert "• Follow up with Ms. Lopez" in plain(app.screen.query_one("#target-detail", Static))
        assert [item.kind.value for item in line_of(app, "t-fab").due] == ["tell-referrer"]


async def test_enter_opens_a_person_or_edits_an_employer(make_app) -> None:
    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ContactForm) and app.screen.contact is not None
        assert app.screen.contact.id == "c-lopez"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("up", "enter")
        assert isinstance(app.screen, TargetForm) and app.screen.target is not None
        assert app.screen.target.id == "t-contoso"
        await pilot.press("escape")
        await pilot.pause()
        await go_to(pilot, "t-north/c-grey")
        await pilot.press("m")  # plan a meeting with the selected person
        assert isinstance(app.screen, MeetingForm)
        assert app.screen.query_one("#contact", Select).value == "c-grey"


async def test_add_edit_and_archive_an_employer(make_app) -> None:
    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        await pilot.press("n")
        assert isinstance(app.screen, TargetForm)
        form = app.screen
        form.query_one("#name", Input).value = "litware inc."
        await pilot.press("ctrl+s")
        error = str(form.query_one("#name-error", Static).content)
        assert "Litware is already on your list (archived" in error
        form.query_one("#name", Input).value = "Woodgrove Bank"
        form.query_one("#motivation", Select).value = 5
        form.query_one("#notes", TextArea).text = "A [b]bank[/b] with a maps team"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        [added] = [t for t in app.store.targets() if t.name == "Woodgrove Bank"]
        assert (added.motivation, added.posting, added.advocacy, added.archived) == (5, 1, "auto", False)
        assert employers(app)[3] == added.id  # after the three (5, 3) and (5, 2) employers
        assert app.screen.query_one("#targets", TargetTable).highlighted.id == added.id
        assert "A [b]bank[/b] with a maps team" in plain(app.screen.query_one("#target-detail", Static))
        # Edit: a posting for the target role moves it up, and Tailspin out of the focus.
        await pilot.press("e")
        assert isinstance(app.screen, TargetForm)
        app.screen.query_one("#posting", Select).value = 3
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.target(added.id).posting == 3
        assert employers(app)[:4] == ["t-contoso", "t-prose", added.id, "t-fab"]
        assert not line_of(app, "t-tail").row.focus and line_of(app, "t-north").row.focus
        # Archive, after asking; h shows archived employers again, at the end.
        await pilot.press("A")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await pilot.pause()
        assert app.store.target(added.id).archived
        assert added.id not in employers(app) and line_of(app, "t-tail").row.focus
        await pilot.press("h")
        await pilot.pause()
        assert employers(app)[-2:] == [added.id, "t-litware"] or employers(app)[-2:] == ["t-litware", added.id]
        assert cells(app, "t-litware")[0] == "–"
        await pilot.press("a")  # a adds too
        assert isinstance(app.screen, TargetForm) and app.screen.target is None


async def test_a_new_person_at_the_selected_employer(make_app) -> None:
    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        assert not line_of(app, "t-tail").row.advocacy
        await go_to(pilot, "t-tail")
        await pilot.press("c")
        assert isinstance(app.screen, ContactForm) and app.screen.contact is None
        form = app.screen
        assert form.query_one("#organization", Input).value == "Tailspin Toys"
        form.query_one("#first_name", Input).value = "Lena"
        form.query_one("#last_name", Input).value = "Berg"
        form.query_one("#why", TextArea).text = "She moved from GIS into product management."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        [person] = [line.person for line in lines(app) if line.id.startswith("t-tail/")]
        assert person is not None and person.last_name == "Berg"
        assert line_of(app, "t-tail").row.advocacy  # automatic: now you know someone there


async def test_reached_from_history_by_key_palette_and_help(make_app) -> None:
    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = plain(app.screen.query_one("#keys", Static))
        assert any(line.split()[:2] == ["T", "Targets"] for line in keys.splitlines())
        await pilot.press("escape")
        await open_targets(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert str(app.screen.query_one("#title", Static).content) == "Help — Targets"
        keys = plain(app.screen.query_one("#keys", Static))
        for description in ("New employer", "Edit", "Archive", "Show archived", "New person here", "Plan meeting"):
            assert description in keys
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        hits = [hit async for hit in InfocoachCommands(app.screen).search("screen: targets")]
        assert hits and hits[0].text == "screen: Targets"
        hits[0].command()
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)


async def test_no_targets_yet_says_how_to_start(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        hint = app.screen.query_one("#targets-empty", Static)
        assert hint.display and "Press n to add one" in str(hint.content)
        assert not app.screen.query_one("#targets", TargetTable).display
        await pilot.press("e")  # nothing to edit: a kind word, no crash
        assert isinstance(app.screen, TargetsScreen)


async def test_r_on_an_employer_offers_the_referrer_note_and_records_it(make_app, clock) -> None:
    from infocoach.core.clock import iso
    from infocoach.dialogs.referrer_note import ReferrerNote

    app = make_app(demo=False)
    seed(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_targets(app, pilot)
        await pilot.press("R")  # Contoso has no referrer to tell: nothing opens
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        await go_to(pilot, "t-fab/c-park")  # on a person: their employer's item
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReferrerNote)
        assert app.screen.text().startswith("Dear Dr. Tan,")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TargetsScreen)
        assert app.store.meeting("m-park").referrer_told_at == iso(clock.now())
        assert not line_of(app, "t-fab").due
        assert line_of(app, "t-fab").row.next_step != "Tell Dr. Tan how it went with Mr. Park"
