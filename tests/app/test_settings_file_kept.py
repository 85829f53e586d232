"""The app's Settings form (and the first-run form and the theme picker, which save through the
same path) never write over a settings file that cannot be read (issue 17, item 4)."""

from __future__ import annotations

from infocoach.dialogs.settings_form import SettingsScreen
from infocoach.screens.history.history_screen import HistoryScreen

BROKEN = '[user]\nname = "Priya Nair"\nsignature = "Priya Nair\n'


async def test_saving_settings_over_an_unreadable_file_is_refused(make_app, paths) -> None:
    paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(BROKEN, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, SettingsScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("not valid TOML" in str(n.message) and "left as it is" in str(n.message) for n in app._notifications)
        assert app.screen is form  # still open: nothing was saved, the user's choices kept
    assert paths.config_file.read_text(encoding="utf-8") == BROKEN


async def test_skipping_the_first_run_form_does_not_write_over_an_unreadable_file(make_app, paths) -> None:
    from infocoach.core.settings import Settings

    paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(BROKEN, encoding="utf-8")
    app = make_app(demo=False, settings=Settings(timezone="UTC"), first_run=True, machine_timezone="UTC")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
    assert paths.config_file.read_text(encoding="utf-8") == BROKEN
