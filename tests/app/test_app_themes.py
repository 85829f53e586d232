"""Themes in the app: ours registered, the saved choice applied, a new choice remembered."""

from __future__ import annotations

from infocoach.app.application import InfocoachApp
from infocoach.app.themes import builtin_themes_dir, load_themes
from infocoach.core.settings import Settings
from infocoach.store import Store
from infocoach.store.config import load_settings


def _app(paths, clock, settings: Settings, problems: list[str] | None = None) -> InfocoachApp:
    themes, found = load_themes(builtin_themes_dir(), None)
    store = Store.open(paths.data_file, clock=clock, backups_dir=paths.backups_dir)
    return InfocoachApp(
        store=store,
        settings=settings,
        paths=paths,
        clock=clock,
        themes=themes,
        theme_problems=problems if problems is not None else found,
    )


async def test_the_default_theme_is_ours_and_the_choice_is_remembered(paths, clock, monkeypatch) -> None:
    import infocoach.app.application as app_module

    monkeypatch.setattr(app_module, "THEME_SAVE_DELAY", 0.01)
    app = _app(paths, clock, Settings(timezone="Europe/London"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "infocoach-dark"
        assert {"infocoach-light", "high-contrast", "harbour"} <= set(app.available_themes)
        variables = app.get_css_variables()
        assert variables["talk-good"] == app.current_theme.variables["talk-good"]
        app.theme = "high-contrast"  # what the palette's theme picker does
        await pilot.pause(0.1)
        assert app.settings.theme == "high-contrast"
        saved, _ = load_settings(paths.config_file)
        assert saved.theme == "high-contrast"
    app.store.close()


async def test_a_saved_theme_is_applied_and_bad_files_are_reported_together(paths, clock) -> None:
    problems = ["~/.config/infocoach/themes/a.toml: not TOML", "~/.config/infocoach/themes/b.toml: no name"]
    app = _app(paths, clock, Settings(timezone="Europe/London", theme="harbour"), problems)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "harbour"
        [note] = [n for n in app._notifications if "theme files" in (n.title or "")]
        assert "a.toml" in note.message and "b.toml" in note.message
    app.store.close()


async def test_a_theme_that_is_gone_falls_back_to_the_default(paths, clock) -> None:
    app = _app(paths, clock, Settings(timezone="Europe/London", theme="deleted-one"))
    async with app.run_test(size=(80, 24)):
        assert app.theme == "infocoach-dark"
    app.store.close()
