"""`infocoach import --from linkedin` of 10,000 connections, beside a floor in the same run.

    python benchmarks/probe_import.py [RUNS]

Writes a Connections.csv shaped as LinkedIn's export (byte-order mark, the Notes lines, the
header, 10,000 people at 500 employers, one in ten with an email) and times, from the spawn of
the process to its exit:
- the first import, into a new database (everyone added, one write);
- the same file again, into the database that import left (everyone found, nothing written);
- the floor: `python -c` reading the same file with the csv module, the least any Python
  program can do with it.
The runs take turns, each first import on a new database. Prints one JSON line (the raw
timings), after a readable summary on stderr; run.py turns it into a figure.
"""

from __future__ import annotations

import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEOPLE = 10_000
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FLOOR = "import csv, sys; rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))"


def connections_csv(count: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Notes:"])
    writer.writerow(
        ["When exporting your connection data, you may notice that some of the email addresses are missing."]
    )
    out.write("\r\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
    for i in range(count):
        writer.writerow(
            [
                ("Zoë", "André", "Sam", "Kim", "María José")[i % 5],
                f"Person{i}",
                f"https://www.linkedin.com/in/person-{i}",
                f"p{i}@example.com" if i % 10 == 0 else "",
                f"Employer {i % 500}, Inc.",
                ("Analyst", "Engineer", "Director, Data")[i % 3],
                f"{1 + i % 28:02d} {MONTHS[i % 12]} {2015 + i % 10}",
            ]
        )
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def timed(args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=REPO, timeout=300, check=False)
    elapsed = time.perf_counter() - began
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed


def main(runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="infocoach-import-") as name:
        folder = Path(name)
        source = folder / "Connections.csv"
        source.write_bytes(connections_csv(PEOPLE))
        config = folder / "config.toml"
        config.write_text('[user]\nname = "Alex Morgan"\ntimezone = "Europe/London"\n', encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO), "INFOCOACH_CONFIG": str(config)}
        env.pop("INFOCOACH_DB", None)
        command = [sys.executable, "-m", "infocoach", "import", str(source), "--from", "linkedin"]
        first: list[float] = []
        again: list[float] = []
        floor: list[float] = []
        db_mb = 0.0
        for run in range(runs + 1):  # one unmeasured warm-up (byte-compiling, the disk cache)
            db = folder / f"db-{run}" / "infocoach.json"
            times = (
                timed(command + ["--db", str(db)], env),
                timed(command + ["--db", str(db)], env),
                timed([sys.executable, "-c", FLOOR, str(source)], env),
            )
            db_mb = db.stat().st_size / 1e6
            if run:
                for kept, value in zip((first, again, floor), times):
                    kept.append(value)
        result = {
            "people": PEOPLE,
            "csv_mb": source.stat().st_size / 1e6,
            "db_mb": db_mb,
            "first_s": first,
            "again_s": again,
            "floor_s": floor,
        }
    median = {
        "first_s": statistics.median(first),
        "again_s": statistics.median(again),
        "floor_s": statistics.median(floor),
    }
    print(
        f"import of {PEOPLE:,} connections: {median['first_s']:.2f} s into a new database, "
        f"{median['again_s']:.2f} s again (all unchanged); floor {median['floor_s']:.3f} s "
        f"({median['first_s'] / median['floor_s']:.0f}x); {runs} runs",
        file=sys.stderr,
    )
    return result


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
