"""The Settings form's pacing: the ten rules' one follow-up (the default) or 3B7, in plain words."""

from __future__ import annotations

import tomllib

from textual.widgets import Select

from infocoach.core.settings import Settings
from infocoach.dialogs.settings_form import SettingsScreen


async def test_pacing_is_chosen_in_plain_words_and_saved(make_app, paths) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        form = app.screen
        assert isinstance(form, SettingsScreen)
        pacing = form.query_one("#pacing", Select)
        assert pacing.value == "one-follow-up"
        labels = [str(prompt) for prompt, _ in pacing._options]
        assert labels == [
            "One follow-up after 7 days (the ten rules)",
            "3B7: next person after 3 business days, follow-up after 7",
        ]
        pacing.value = "3b7"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
        data = tomllib.loads(paths.config_file.read_text(encoding="utf-8"))
        assert data["meetings"]["pacing"] == "3b7"
        assert app.settings.pacing == "3b7"


async def test_the_form_opens_on_the_saved_pacing_and_names_the_delay(make_app) -> None:
    app = make_app(demo=False, settings=Settings(timezone="Europe/London", pacing="3b7", follow_up_days=10))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        pacing = app.screen.query_one("#pacing", Select)
        assert pacing.value == "3b7"
        assert str(pacing._options[0][0]) == "One follow-up after 10 days (the ten rules)"


async def test_pacing_is_chosen_with_the_keyboard(make_app, paths) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        follow_up = form.query_one("#follow_up_days")
        follow_up.focus()
        await pilot.press("tab")  # the pacing comes right after the follow-up delay
        pacing = form.query_one("#pacing", Select)
        assert app.focused is pacing
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        assert pacing.value == "3b7"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.settings.pacing == "3b7"
