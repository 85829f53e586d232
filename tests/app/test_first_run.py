"""The first start asks for your name and time zone once: saved, skipped, escaped, or corrected."""

from __future__ import annotations

import tomllib

from textual.widgets import Input, Static, TextArea

from infocoach.core.settings import Settings
from infocoach.dialogs.first_run import FirstRunScreen
from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.store.config import needs_first_run

MACHINE_ZONE = "Asia/Singapore"  # what "the machine" says in these tests


def first_run_app(make_app):
    return make_app(demo=False, settings=Settings(timezone=MACHINE_ZONE), first_run=True, machine_timezone=MACHINE_ZONE)


async def test_filled_form_is_saved_to_the_settings_file(make_app, paths) -> None:
    app = first_run_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FirstRunScreen)
        assert form.query_one("#timezone", Input).value == MACHINE_ZONE  # the machine's zone to start
        assert form.focused is form.query_one("#user_name", Input)
        await pilot.press(*"Priya Nair")
        form.query_one("#timezone", Input).value = "america/new_york"
        form.query_one("#signature", TextArea).text = "Priya Nair\npriya@example.org"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.settings.user_name == "Priya Nair"
        assert app.settings.timezone == "America/New_York"  # the canonical spelling
        data = tomllib.loads(paths.config_file.read_text(encoding="utf-8"))
        assert data["user"] == {
            "name": "Priya Nair",
            "signature": "Priya Nair\npriya@example.org",
            "timezone": "America/New_York",
        }
        assert any("signed Priya Nair" in str(n.message) for n in app._notifications)
    assert not needs_first_run(paths.config_file)


async def test_skipping_writes_the_file_so_it_is_not_asked_again(make_app, paths) -> None:
    assert needs_first_run(paths.config_file)
    app = first_run_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen)
        await pilot.click("#cancel")  # "Skip for now"
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert app.settings.user_name == ""
        assert any("press s on History" in str(n.message) for n in app._notifications)
    data = tomllib.loads(paths.config_file.read_text(encoding="utf-8"))
    assert data["user"]["timezone"] == MACHINE_ZONE and data["user"]["name"] == ""
    assert not needs_first_run(paths.config_file)


async def test_escape_skips(make_app, paths) -> None:
    app = first_run_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: skipped at once
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
    assert paths.config_file.exists()


async def test_escape_asks_before_dropping_typing(make_app, paths) -> None:
    app = first_run_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"Priya")
        await pilot.press("escape")
        await pilot.pause()
        assert "Discard" in str(app.screen.query_one("#question", Static).content)  # the confirm dialog
        await pilot.press("escape")  # keep typing
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen)
        assert app.screen.query_one("#user_name", Input).value == "Priya"


async def test_a_bad_time_zone_is_explained_and_nothing_is_saved(make_app, paths) -> None:
    app = first_run_app(make_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        form.query_one("#timezone", Input).value = "Mars/Base"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = str(form.query_one("#timezone-error", Static).content)
        assert error == "Unknown time zone 'Mars/Base': use an IANA name such as Europe/London."
        assert form.focused is form.query_one("#timezone", Input)
        assert not paths.config_file.exists()
        form.query_one("#timezone", Input).value = "Europe/Paris"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.settings.timezone == "Europe/Paris"


async def test_not_asked_when_the_app_is_not_on_a_first_run(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


def test_needs_first_run_only_for_a_missing_or_empty_file(tmp_path) -> None:
    path = tmp_path / "config.toml"
    assert needs_first_run(path)
    path.write_text("\n  \n", encoding="utf-8")
    assert needs_first_run(path)
    path.write_text('[keys]\n"live.me" = "i"\n', encoding="utf-8")  # written by hand: left alone
    assert not needs_first_run(path)


async def test_people_imported_on_utc_before_the_first_run_take_your_zone(make_app) -> None:
    from infocoach.core.records.model import Contact

    app = first_run_app(make_app)
    imported = Contact(id="c-li", first_name="Grace", last_name="Okoye", source="linkedin", timezone="Etc/UTC")
    typed = Contact(id="c-typed", first_name="Sam", last_name="Lee", timezone="UTC")  # chosen by the user
    elsewhere = Contact(id="c-far", first_name="Mei", last_name="Tan", source="vcard", timezone="Asia/Tokyo")
    app.store.import_records([imported, typed, elsewhere], [])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FirstRunScreen)
        await pilot.press(*"Noor Haddad")
        form.query_one("#timezone", Input).value = "America/Chicago"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.contact("c-li").timezone == "America/Chicago"
        assert app.store.contact("c-typed").timezone == "UTC"
        assert app.store.contact("c-far").timezone == "Asia/Tokyo"
        assert any("1 imported person now has your time zone" in str(n.message) for n in app._notifications)


def test_utc_as_your_own_zone_moves_nobody() -> None:
    from infocoach.core.imports.guessed_zones import follow_your_zone
    from infocoach.core.records.model import Contact

    imported = Contact(id="c-li", first_name="Grace", last_name="Okoye", source="linkedin", timezone="UTC")
    assert follow_your_zone([imported], "Etc/UTC") == []
    assert [c.timezone for c in follow_your_zone([imported], "Europe/London")] == ["Europe/London"]
