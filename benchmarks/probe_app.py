"""A child process under a real terminal (see terminal.py): start an app, report, quit.

    python benchmarks/probe_app.py startup infocoach|bare
    python benchmarks/probe_app.py idle infocoach|bare SECONDS [MEETING_ID]

``startup`` reports as soon as the first usable frame is drawn (History with its table, or the
bare app's table) with the peak memory so far. ``idle`` starts the live meeting's clock (or
the bare app's clock), lets it settle, then reports the CPU time used over SECONDS of wall time.
infocoach runs through its real command line (``infocoach`` / ``infocoach live ID``), with the
database and config from INFOCOACH_DB and INFOCOACH_CONFIG.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

SETTLE_SECONDS = 1.0  # after the clock starts: let the first saves and redraws pass


def report(**values: Any) -> None:
    fd = int(os.environ["BENCH_REPORT_FD"])
    values["peak_mb"] = peak_memory_mb()
    os.write(fd, (json.dumps(values) + "\n").encode())


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux a child's ru_maxrss
    starts at its parent's size at the fork, which would hide a small app's own peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1 if sys.platform != "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / scale


async def drawn(app: Any, ready: Callable[[], bool]) -> None:
    """Wait until ``ready()`` holds and the screen has been refreshed after that."""
    while not ready():
        await asyncio.sleep(0.002)
    done = asyncio.get_running_loop().create_future()
    app.screen.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done


def startup_pilot(screen_name: str) -> Callable[[Any], Awaitable[None]]:
    async def pilot(pilot: Any) -> None:
        app = pilot.app
        await drawn(app, lambda: type(app.screen).__name__ == screen_name and app.screen.is_mounted)
        report()
        app.exit()

    return pilot


def idle_pilot(screen_name: str, seconds: float, start_key: str | None) -> Callable[[Any], Awaitable[None]]:
    async def pilot(pilot: Any) -> None:
        app = pilot.app
        await drawn(app, lambda: type(app.screen).__name__ == screen_name and app.screen.is_mounted)
        if start_key:
            await pilot.press(start_key)
        await asyncio.sleep(SETTLE_SECONDS)
        cpu, wall = time.process_time(), time.perf_counter()
        await asyncio.sleep(seconds)
        report(cpu_seconds=time.process_time() - cpu, wall_seconds=time.perf_counter() - wall)
        app.exit()

    return pilot


def run_infocoach(argv: list[str], pilot: Callable[[Any], Awaitable[None]]) -> int:
    from infocoach.app.application import InfocoachApp
    from infocoach.cli.main import main

    plain_run = InfocoachApp.run

    def run_with_pilot(self: InfocoachApp, *args: Any, **kwargs: Any) -> Any:
        return plain_run(self, *args, auto_pilot=pilot, **kwargs)

    InfocoachApp.run = run_with_pilot  # type: ignore[method-assign]
    return main(argv)


def run_bare(pilot: Callable[[Any], Awaitable[None]], *, clock: bool) -> int:
    from bare import BareApp

    BareApp(clock=clock).run(auto_pilot=pilot)
    return 0


def main(args: list[str]) -> int:
    kind, which = args[0], args[1]
    if kind == "startup":
        if which == "bare":
            return run_bare(startup_pilot("Screen"), clock=False)
        return run_infocoach([], startup_pilot("HistoryScreen"))
    seconds = float(args[2])
    if which == "bare":
        return run_bare(idle_pilot("Screen", seconds, None), clock=True)
    return run_infocoach(["live", args[3]], idle_pilot("LiveScreen", seconds, "p"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
