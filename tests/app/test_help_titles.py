"""F1's help names the screen in words ("Help — Live meeting"), never by its class."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.screen import Screen
from textual.widgets import Static

from infocoach.app.application import UI_PACKAGES
from infocoach.dialogs.help import HelpScreen, class_title


def _screen_classes() -> list[type[Screen[object]]]:
    found = []
    for package_name in UI_PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                    found.append(cls)
    return found


def test_every_screen_and_dialog_has_a_name_in_words() -> None:
    classes = _screen_classes()
    assert len(classes) > 15
    for cls in classes:
        title = class_title(cls)
        assert title and title != cls.__name__ and "Screen" not in title and "Modal" not in title, cls


async def test_help_over_the_status_dialog_and_the_live_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")  # History: the status dialog
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert str(app.screen.query_one("#title", Static).content) == "Help — Meeting status"
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert str(app.screen.query_one("#title", Static).content) == "Help — History"
