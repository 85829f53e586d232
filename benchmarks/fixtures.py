"""The databases the benchmarks run on: an empty one, and a heavy user's 2,000 meetings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HEAVY_MEETINGS = 2000


@dataclass(frozen=True)
class Fixture:
    """A database file, the config file beside it, and a meeting that can go live (if any)."""

    db: Path
    config: Path
    live_meeting: str | None
    meetings: int

    def env(self) -> dict[str, str]:
        """Environment for a child process: our config file, never the user's own."""
        return {"INFOCOACH_CONFIG": str(self.config), "INFOCOACH_DB": str(self.db)}


def build(folder: Path, meetings: int) -> Fixture:
    """Write a database of ``meetings`` generated meetings (0: empty) into ``folder``."""
    from infocoach.core.clock import SystemClock
    from infocoach.core.live.session import why_not_live
    from infocoach.core.samples.large_history import large_history
    from infocoach.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "infocoach.json"
    config = folder / "config.toml"
    # A user who has been through the first run (an empty or missing file opens the first-run
    # form, once): the figures are for the start a user has every day.
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    clock = SystemClock()  # the app runs on the real clock: "scheduled" must be in the future
    live_meeting = None
    with Store.open(db, clock=clock, backups_dir=folder / "backups") as store:
        if meetings:
            contacts, records = large_history(meetings, now=clock.now())
            store.import_records(contacts, records)
            live_meeting = next(m.id for m in records if why_not_live(m) is None)
    return Fixture(db=db, config=config, live_meeting=live_meeting, meetings=meetings)
