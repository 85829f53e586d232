"""What the job-ask check costs per sentence, beside floors measured in the same run.

    python benchmarks/probe_job_ask.py [--runs 7]

Prep lints the whole text on every keystroke, so the check must stay small beside the rest of
a keystroke's work. Over the job-ask corpus's sentences (dev and frozen test), it times, as
the median of several runs: the floor (``re.findall(r"\\w+")`` over each sentence: reading
the words once), the explicit patterns alone, the model alone (features and score), the whole
job-ask rule, and the coach's whole ``lint`` of each sentence as a question (every rule, what
Prep runs per line). It prints microseconds per sentence and each figure's ratio to the floor;
nothing is asserted on time. The model's first load (reading the weights file) is timed once,
in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # measure this source tree, whatever is installed

from infocoach.core.coach import Kind, lint, normalize
from infocoach.core.coach import job_ask_model as model
from infocoach.core.coach.job_ask import job_asks, pattern_asks

CORPUS = HERE.parent / "tests" / "core" / "coach" / "corpus" / "job_ask"
WORD = re.compile(r"\w+")


def sentences() -> list[str]:
    rows = []
    for name in ("dev.tsv", "frozen_test.tsv"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            rows.append(normalize(line.partition("\t")[2]))
    return rows


def median_us_per_sentence(work: Callable[[str], object], texts: list[str], runs: int) -> float:
    """Median over ``runs`` passes (after one unmeasured warm-up) of microseconds per sentence."""
    for text in texts:
        work(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            work(text)
        times.append((time.perf_counter() - start) / len(texts) * 1e6)
    return statistics.median(times)


def first_load_ms() -> float:
    """Importing the rule and reading the weights in a fresh interpreter, less the import alone."""
    code = (
        "import time; t=time.perf_counter(); "
        "from infocoach.core.coach import job_ask_model as m; a=time.perf_counter(); m.shipped(); "
        "print((time.perf_counter()-a)*1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=HERE.parent, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    texts = sentences()
    shipped = model.shipped()
    figures = {
        "floor: the words read once": lambda s: WORD.findall(s),
        "explicit patterns": pattern_asks,
        "model (features and score)": lambda s: model.score(shipped, s),
        "job-ask rule (both)": job_asks,
        "whole lint of a question": lambda s: lint(s, Kind.QUESTION),
    }
    floor = 0.0
    print(f"{len(texts)} sentences, median of {args.runs} runs")
    for name, work in figures.items():
        micro = median_us_per_sentence(work, texts, args.runs)
        floor = floor or micro
        print(f"  {name:<30} {micro:9.1f} us/sentence  {micro / floor:7.1f}x floor")
    print(f"  first load of the weights      {first_load_ms():9.1f} ms (once per process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
