"""Opening the Contacts screen on 5,000 people (a LinkedIn import's worth), beside a floor.

    python benchmarks/probe_contacts.py [RUNS]

Builds a database of 5,000 contacts at 500 employers (one in ten with an email, 400 of them
asked for a meeting, so their reply kinds are read) and drives the app headless
(``App.run_test``, 120x40), as the search probe does. Each run presses History's ``C`` and times
until the Contacts screen is current and has drawn its first frame; then Escape. The floor,
taken in turns with it, is the same push and frame of a screen with the same widgets and no
data (Header, an Input, a Static, Footer showing the same keys): what any such screen costs
to open. For context only it
also times, once, the screen as it was before (a DataTable given all 5,000 rows) and a search
typed key by key (the filter and the frame after it). Prints one JSON line; run.py turns it
into a figure.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # measure this source tree, whatever is installed

PEOPLE = 5000
ASKED = 400
QUERY = "quenneville"


def build(db: Path) -> None:
    from infocoach.core.clock import SystemClock, iso
    from infocoach.core.records.model import Contact, Meeting, Status, Transition
    from infocoach.store import Store

    clock = SystemClock()
    now = clock.now()
    people = [
        Contact(
            id=f"c-{i:05d}",
            first_name=("Zoë", "André", "Sam", "Kim", "María José")[i % 5],
            last_name=f"Person{i}",
            organization=f"Employer {i % 500} Inc.",
            role=("Engineer", "Analyst", "Director", "Product Manager")[i % 4],
            email=f"person{i}@example.com" if i % 10 == 0 else "",
            linkedin=f"https://www.linkedin.com/in/person-{i}",
            source="linkedin",
            connected_on="2024-03-15",
        )
        for i in range(PEOPLE - 1)
    ]
    people.append(Contact(id="c-q", first_name="Désirée", last_name="Quenneville", organization="Fabrikam"))
    meetings = []
    for i in range(ASKED):
        asked = now.subtract(days=3 + i % 30)
        steps = [(Status.REQUESTED, asked)]
        if i % 3 == 0:
            steps.append((Status.DECLINED, asked.add(days=1 + i % 9)))
        history = [Transition(status=s.value, at=iso(at)) for s, at in steps]
        meetings.append(Meeting(id=f"m-{i:04d}", contact_id=f"c-{i * 7:05d}", status=steps[-1][0], history=history))
    with Store.open(db, clock=clock, backups_dir=db.parent / "backups") as store:
        store.import_records(people, meetings)


def _app(db: Path) -> Any:
    from infocoach.app.application import InfocoachApp
    from infocoach.core.clock import SystemClock
    from infocoach.core.settings import Settings
    from infocoach.store import Store
    from infocoach.store.config import Paths

    clock = SystemClock()
    store = Store.open(db, clock=clock, backups_dir=db.parent / "backups")
    paths = Paths(
        data_file=db,
        config_file=db.parent / "config.toml",
        backups_dir=db.parent / "backups",
        themes_dir=db.parent / "themes",
    )
    return InfocoachApp(store=store, settings=Settings(user_name="Alex Morgan"), paths=paths, clock=clock)


async def _drawn(app: Any) -> None:
    done = asyncio.get_running_loop().create_future()
    app.screen.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done


async def _open(app: Any, make: Any) -> float:
    """Push the screen ``make`` builds; seconds until it is current and drawn once."""
    began = time.perf_counter()
    app.push_screen(make())
    await asyncio.sleep(0)
    while not app.screen.is_mounted:
        await asyncio.sleep(0)
    await _drawn(app)
    elapsed = time.perf_counter() - began
    app.pop_screen()
    await _drawn(app)
    return elapsed


def _floor_screen() -> Any:
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Input, Static

    from infocoach.screens.contacts import ContactsScreen

    class Floor(Screen[None]):
        BINDINGS = ContactsScreen.BINDINGS  # the same keys in its footer

        def compose(self) -> Any:
            yield Header()
            yield Input(placeholder="Search")
            yield Static("", id="list")
            yield Static("", id="count")
            yield Footer()

    return Floor()


def _datatable_screen(app: Any) -> Any:
    """The Contacts screen as it was: a DataTable given every person."""
    from textual.screen import Screen
    from textual.widgets import DataTable, Footer, Header

    contacts = sorted(app.store.contacts(), key=lambda c: (c.last_name.casefold(), c.first_name.casefold()))

    class Before(Screen[None]):
        def compose(self) -> Any:
            yield Header()
            yield DataTable(id="contacts", cursor_type="row", zebra_stripes=True)
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            for key, width in (("Name", 24), ("Organization", 22), ("Role", 16), ("Meetings", 8)):
                table.add_column(key, width=width)
            for c in contacts:
                table.add_row(c.display_name, c.organization, c.role, "0", key=c.id)

    return Before()


async def measure(db: Path, runs: int) -> dict[str, Any]:
    from textual.widgets import Input

    from infocoach.screens.contacts import ContactsScreen

    app = _app(db)
    opened: list[float] = []
    floor: list[float] = []
    searched: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await _open(app, ContactsScreen)  # the first opening also imports the screen
        for _ in range(runs):
            floor.append(await _open(app, _floor_screen))
            opened.append(await _open(app, ContactsScreen))
        before = await _open(app, lambda: _datatable_screen(app))
        app.push_screen(ContactsScreen())
        await _drawn(app)
        screen = app.screen
        box = screen.query_one("#contact-search", Input)
        screen.action_focus_search()  # as a user does: / first, then the keys
        await asyncio.sleep(0.2)
        for end in range(1, len(QUERY) + 1):
            began = time.perf_counter()
            box.value = QUERY[:end]
            screen.apply_filter()
            await _drawn(app)
            searched.append(time.perf_counter() - began)
        found = screen.table.row_count
    app.store.close()
    return {
        "contacts": PEOPLE,
        "first_open_ms": first * 1000,
        "open_ms": _ms(opened),
        "floor_ms": _ms(floor),
        "datatable_ms": before * 1000,
        "search_ms": _ms(searched),
        "search_found": found,
    }


def _ms(seconds: list[float]) -> dict[str, float]:
    values = sorted(s * 1000 for s in seconds)
    return {
        "median": statistics.median(values),
        "p95": values[min(len(values) - 1, round(0.95 * (len(values) - 1)))],
        "max": values[-1],
    }


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory(prefix="infocoach-bench-contacts-") as folder:
        db = Path(folder) / "infocoach.json"
        build(db)
        result = asyncio.run(measure(db, runs))
    print(
        f"Contacts on {PEOPLE} people: opens in {result['open_ms']['median']:.0f} ms (median; first "
        f"{result['first_open_ms']:.0f} ms), floor {result['floor_ms']['median']:.0f} ms; the DataTable "
        f"it replaced {result['datatable_ms']:.0f} ms; search p95 {result['search_ms']['p95']:.0f} ms",
        file=sys.stderr,
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
