"""The command palette: our provider finds meetings, people and History's actions."""

from __future__ import annotations

from textual.command import CommandPalette

from infocoach.app.palette import InfocoachCommands
from infocoach.dialogs.contact_form import ContactForm
from infocoach.screens.history.history_screen import HistoryScreen


async def _titles(app, query: str) -> list[str]:
    provider = InfocoachCommands(app.screen)
    return [hit.text async for hit in provider.search(query)]


async def test_provider_lists_namespaced_commands(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = await _titles(app, "meeting")
        assert titles and all(t.startswith(("meeting: ", "new: meeting")) for t in titles[:5])
        okafor = await _titles(app, "meeting: okafor")
        assert any("Dr. Amara Okafor" in t and "(thanked)" in t for t in okafor)
        assert "new: contact" in await _titles(app, "new contact")


async def test_palette_jumps_to_a_meeting(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        history = app.screen
        target = next(m for m in app.store.meetings() if m.status == "thanked")
        name = app.store.contact(target.contact_id).display_name
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*f"meeting: {name} thanked")
        for _ in range(20):
            await pilot.pause(0.05)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert history.selected_id() == target.id


async def test_palette_edits_a_contact(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        [hit] = [h async for h in InfocoachCommands(app.screen).search("contact: Hana Sato edit")][:1]
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, ContactForm)
        assert app.screen.contact.last_name == "Sato"


async def test_markup_in_names_is_shown_literally_and_never_crashes(make_app) -> None:
    from infocoach.core.records.model import Contact, Meeting

    app = make_app(demo=False)
    app.store.save_contact(
        Contact(
            id="c-1",
            first_name="Crash",
            last_name="Test [/]",
            honorific="Mr.",
            organization="Org [/x]",
            role="Data [red]Lead[/red]",
            why="x",
        )
    )
    app.store.save_meeting(Meeting(id="m-1", contact_id="c-1", purpose="How [i]data[/i] teams work"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        hits = [h async for h in InfocoachCommands(app.screen).search("crash test")]
        shown = {str(h.prompt.plain) for h in hits}
        assert "meeting: Mr. Crash Test [/] — Org [/x] (planned)" in shown
        from textual.content import Content

        helps = {Content.from_markup(h.help).plain for h in hits}  # as the palette renders help
        assert "How [i]data[/i] teams work" in helps and "Data [red]Lead[/red]" in helps
        await pilot.press("ctrl+p", *"crash")
        for _ in range(10):
            await pilot.pause(0.05)
        await pilot.press("escape")
        # The meeting form's contact picker shows the name as typed, and opening it is safe.
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.is_running


async def test_palette_opens_the_live_screen_for_scheduled_meetings_only(make_app) -> None:
    from infocoach.screens.live.live_screen import LiveScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = await _titles(app, "live:")
        live = [t for t in titles if t.startswith("live: ")]
        assert any("Mr. Lukas Brenner (scheduled)" in t for t in live)
        assert not any("(done)" in t or "(planned)" in t for t in live)
        provider = InfocoachCommands(app.screen)
        [hit] = [h async for h in provider.search("live: Lukas Brenner")]
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, LiveScreen) and app.screen.meeting_id == "m-demo-06"


async def test_palette_exports_with_progress_and_a_file(make_app, tmp_path) -> None:
    from textual.widgets import Input

    from infocoach.dialogs.export_run import ExportProgress
    from infocoach.dialogs.save_file import SaveFileModal

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        titles = await _titles(app, "export")
        assert {"export: JSON", "export: Markdown", "export: CSV", "export: iCalendar"} <= set(titles)
        provider = InfocoachCommands(app.screen)
        [hit] = [h async for h in provider.search("export: Markdown")]
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, SaveFileModal)
        target = tmp_path / "journal.md"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        seen_progress = isinstance(app.screen, ExportProgress)
        for _ in range(50):
            await pilot.pause(0.05)
            if target.exists():
                break
        await pilot.pause(0.1)
        assert target.read_text(encoding="utf-8").count("\n## ") == len(app.store.meetings())
        assert any("Exported to" in n.message for n in app._notifications)
        assert seen_progress or not isinstance(app.screen, ExportProgress)
