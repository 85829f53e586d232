"""The command line's start-up, beside ``python -c pass`` measured in the same run.

    python benchmarks/probe_cli.py [RUNS]

On the demo database (``build_demo`` at the real time, Europe/London), the commands take
turns, after one unmeasured warm-up each:

- ``floor``: ``python -c pass``, the interpreter alone;
- ``agenda``: ``python -m infocoach agenda`` as a shell start-up file runs it, with its kept
  answer (``store/agenda_cache.py``), what every run but the first after a change sees (and,
  while the app is open, every run: the app keeps the answer current);
- ``agenda_computed``: the same with the kept answer removed first (after a save, at midnight);
- ``list``: ``python -m infocoach list``, the other command that reads the last save.

Prints one JSON line: every run's wall time in seconds, from just before the spawn to the exit.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # measure this source tree, whatever is installed


def demo_env(folder: Path) -> dict[str, str]:
    """A demo database, a settings file and an empty cache folder of their own."""
    from infocoach.core.clock import SystemClock
    from infocoach.core.samples.demo import build_demo
    from infocoach.store import Store

    db, config, cache = folder / "demo.json", folder / "config.toml", folder / "cache"
    config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
    clock = SystemClock()
    with Store.open(db, clock=clock, backups_dir=folder / "backups") as store:
        store.import_records(*build_demo(clock.now(), "Europe/London"))
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "INFOCOACH_DB": str(db),
        "INFOCOACH_CONFIG": str(config),
        "XDG_CACHE_HOME": str(cache),
    }


def measure(runs: int) -> dict[str, list[float]]:
    # As pip does on install (see run.py): otherwise each start compiles our modules anew.
    if not compileall.compile_dir(REPO / "infocoach", quiet=1):
        raise SystemExit("probe_cli: could not byte-compile infocoach/")
    python = sys.executable
    commands = {
        "floor": [python, "-c", "pass"],
        "agenda": [python, "-m", "infocoach", "agenda"],
        "agenda_computed": [python, "-m", "infocoach", "agenda"],
        "list": [python, "-m", "infocoach", "list"],
    }
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="infocoach-bench-cli-") as folder:
        env = demo_env(Path(folder))
        cache = Path(env["XDG_CACHE_HOME"])
        for round_ in range(runs + 1):
            for name, command in commands.items():
                if name == "agenda_computed":
                    shutil.rmtree(cache, ignore_errors=True)
                began = time.perf_counter()
                subprocess.run(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, check=True, timeout=60)
                if round_:  # the first round warms the disk cache and keeps the first answer
                    seconds[name].append(time.perf_counter() - began)
    return seconds


if __name__ == "__main__":
    print(json.dumps({"seconds": measure(int(sys.argv[1]) if len(sys.argv) > 1 else 15)}))
