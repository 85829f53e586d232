"""Make the README's screenshots: the real app, on the demo data, at a fixed moment.

    python scripts/screenshots.py [--out screenshots]

Each picture is an SVG saved by the app itself (App.save_screenshot) while a Pilot drives it,
so they show exactly what a user sees at 120x40.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from infocoach.app.application import InfocoachApp
from infocoach.app.themes import builtin_themes_dir, load_themes
from infocoach.core.clock import FixedClock
from infocoach.core.samples.demo import DEMO_USER_NAME, build_demo
from infocoach.core.samples.demo_campaign import demo_connections, demo_targets, link_demo_referrals
from infocoach.core.settings import Settings
from infocoach.store import Store
from infocoach.store.config import Paths

NOW = "2026-11-25T13:30:00+00:00"  # a Wednesday: a meeting later today, thank-yous due
SIZE = (120, 40)

Step = Callable[[Pilot, FixedClock], Awaitable[None]]


async def _settle(pilot: Pilot) -> None:
    await pilot.pause(0.3)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    pilot.app.clear_notifications()
    await pilot.pause(0.3)


async def history(pilot: Pilot, clock: FixedClock) -> None:
    pilot.app.screen.reload(select="m-demo-05")  # type: ignore[attr-defined]


async def prep(pilot: Pilot, clock: FixedClock) -> None:
    pilot.app.screen.open_prep("m-demo-06")  # type: ignore[attr-defined]
    await pilot.pause(0.3)
    pilot.app.screen.query_one("#tabs").active = "tab-questions"  # type: ignore[attr-defined]
    await pilot.pause(0.6)


async def live(pilot: Pilot, clock: FixedClock) -> None:
    pilot.app.screen.open_live("m-demo-06")  # type: ignore[attr-defined]
    await pilot.pause(0.3)
    script = (
        ("m", 35),
        ("t", 150),
        ("enter", 0),
        ("m", 60),
        ("t", 200),
        ("enter", 0),
        ("m", 90),
        ("t", 240),
        ("space", 10),
        ("m", 45),
        ("t", 70),
    )
    for key, seconds in script[:5]:
        await pilot.press(key)
        clock.advance(seconds)
    await pilot.press("n", *"Forecasts run every 15 minutes; ramps at sunrise are the hard part", "enter")
    for key, seconds in script[5:]:
        await pilot.press(key)
        clock.advance(seconds)
    await pilot.press("a", *"Try the open grid data from the national operator", "enter")
    pilot.app.screen.refresh_live()  # type: ignore[attr-defined]


async def wrapup(pilot: Pilot, clock: FixedClock) -> None:
    pilot.app.screen.open_wrapup("m-demo-04")  # type: ignore[attr-defined]


async def thanks(pilot: Pilot, clock: FixedClock) -> None:
    pilot.app.screen.open_wrapup("m-demo-05")  # type: ignore[attr-defined]
    await pilot.pause(0.3)
    pilot.app.screen.query_one("#tabs").active = "tab-thanks"  # type: ignore[attr-defined]
    await pilot.pause(0.6)


async def insights(pilot: Pilot, clock: FixedClock) -> None:
    await pilot.press("i")


async def targets(pilot: Pilot, clock: FixedClock) -> None:
    await pilot.press("T")
    await pilot.pause(0.3)
    await pilot.press("down", "down")  # Dr. Okafor, a Booster, under the top employer


SHOTS: tuple[tuple[str, str, Step], ...] = (
    ("history", "infocoach-dark", history),
    ("prep", "infocoach-dark", prep),
    ("live", "infocoach-dark", live),
    ("wrapup", "infocoach-dark", wrapup),
    ("thank-you", "infocoach-dark", thanks),
    ("insights", "infocoach-dark", insights),
    ("targets", "infocoach-dark", targets),
    ("history-light", "infocoach-light", history),
    ("live-harbour", "harbour", live),
)


async def shoot(out: Path, name: str, theme: str, step: Step) -> Path:
    themes, _ = load_themes(builtin_themes_dir(), None)
    with tempfile.TemporaryDirectory(prefix="infocoach-shots-") as folder:
        base = Path(folder)
        paths = Paths(
            data_file=base / "demo.json",
            config_file=base / "config.toml",
            backups_dir=base / "backups",
            themes_dir=base / "themes",
        )
        clock = FixedClock(NOW)
        settings = Settings(timezone="Europe/London", user_name=DEMO_USER_NAME, signature=DEMO_USER_NAME, theme=theme)
        with Store.open(paths.data_file, clock=clock, backups_dir=paths.backups_dir) as store:
            # What `infocoach demo` opens: the meetings, and the campaign around them.
            contacts, meetings = build_demo(clock.now(), settings.timezone)
            link_demo_referrals(contacts, meetings)
            contacts += demo_connections(clock.now(), settings.timezone)
            store.import_records(contacts, meetings, demo_targets(clock.now()))
            app = InfocoachApp(store=store, settings=settings, paths=paths, clock=clock, demo=True, themes=themes)
            async with app.run_test(size=SIZE) as pilot:
                await _settle(pilot)
                await step(pilot, clock)
                await _settle(pilot)
                return Path(app.save_screenshot(filename=f"{name}.svg", path=str(out)))


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, theme, step in SHOTS:
        print(await shoot(out, name, theme, step))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "screenshots")
    asyncio.run(main(parser.parse_args().out))
