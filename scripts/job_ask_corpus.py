"""The job-ask corpus: split it once, train the job-ask model from the dev set, and evaluate.

    python scripts/job_ask_corpus.py split BATCH.tsv...   # done once, before any tuning
    python scripts/job_ask_corpus.py evaluate              # recall and false alarms, dev and frozen test

A corpus line is ``label<TAB>sentence`` with label ``ask`` (asks for a job, internship, referral,
interview, CV forwarding, "keep me in mind") or ``ok`` (must pass: questions about hiring, jobs,
careers and the field; outreach, follow-up and thank-you sentences).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "core" / "coach" / "corpus" / "job_ask"
DEV = CORPUS / "dev.tsv"
TEST = CORPUS / "frozen_test.tsv"
SEED = 16
TEST_SHARE = 0.3
LABELS = {"A": "ask", "O": "ok", "ask": "ask", "ok": "ok"}


def read_tsv(path: Path) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        label, _, sentence = line.partition("\t")
        if label not in LABELS or not sentence.strip():
            raise SystemExit(f"{path}:{number}: expected label<TAB>sentence, got {line!r}")
        rows.append((LABELS[label], sentence.strip()))
    return rows


def write_tsv(path: Path, rows: list[tuple[str, str]]) -> None:
    path.write_text("".join(f"{label}\t{sentence}\n" for label, sentence in rows), encoding="utf-8")


def split(sources: list[Path]) -> None:
    """Stratified by label, a fixed seeded shuffle, 70 % dev and 30 % frozen test. Run once."""
    if TEST.exists():
        raise SystemExit(f"{TEST} exists: the test set is frozen; never split again")
    rows = [row for source in sources for row in read_tsv(source)]
    if len({s for _, s in rows}) != len(rows):
        raise SystemExit("duplicate sentences in the sources")
    rng = random.Random(SEED)
    dev: list[tuple[str, str]] = []
    test: list[tuple[str, str]] = []
    for label in ("ask", "ok"):
        group = [row for row in rows if row[0] == label]
        rng.shuffle(group)
        cut = round(len(group) * TEST_SHARE)
        test += group[:cut]
        dev += group[cut:]
    rng.shuffle(dev)
    rng.shuffle(test)
    write_tsv(DEV, dev)
    write_tsv(TEST, test)
    print(f"dev {len(dev)}, frozen test {len(test)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    split_parser = commands.add_parser("split", help="split written batches into dev and frozen test (once)")
    split_parser.add_argument("sources", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "split":
        split(args.sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
