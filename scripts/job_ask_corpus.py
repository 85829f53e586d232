"""The job-ask corpus: split it once, train the job-ask model from the dev set, and evaluate.

    python scripts/job_ask_corpus.py split BATCH.tsv...   # done once, before any tuning
    python scripts/job_ask_corpus.py train                 # fit the model on dev, write its weights
    python scripts/job_ask_corpus.py evaluate              # recall and false alarms, dev and frozen test
    python scripts/job_ask_corpus.py compare               # patterns, model, both: cross-validated on dev

A corpus line is ``label<TAB>sentence`` with label ``ask`` (asks for a job, internship, referral,
interview, CV forwarding, "keep me in mind") or ``ok`` (must pass: questions about hiring, jobs,
careers and the field; outreach, follow-up and thank-you sentences).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

from infocoach.core.coach import job_ask, job_ask_model
from infocoach.core.coach.engine import normalize
from infocoach.core.coach.job_ask_model import Model

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


# --- training: logistic regression by Adagrad, pure Python, deterministic ----------------------

L2 = 1e-2
EPOCHS = 10
RATE = 0.3
FOLDS = 5
MAX_FALSE_ALARMS = 0.01  # the threshold is the lowest whose cross-validated false alarms stay at or below this
PRUNE = 1e-3  # weights smaller than this are left out of the shipped file


def fit(rows: list[tuple[str, str]], *, seed: int = SEED) -> tuple[float, dict[str, float]]:
    # Every sentence, also those the gate (has_object) keeps from the model at run time: a model
    # trained on the gated ones alone learns that "could you" is half an ask, and does worse.
    samples = [(job_ask_model.features(normalize(s)), 1.0 if label == "ask" else 0.0) for label, s in rows]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(samples)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            feats, target = samples[index]
            total = bias + sum(weights.get(f, 0.0) for f in feats)
            error = 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0))) - target
            for f in feats:
                grad = error + L2 * weights.get(f, 0.0)
                squares[f] = squares.get(f, 1e-8) + grad * grad
                weights[f] = weights.get(f, 0.0) - RATE * grad / math.sqrt(squares[f])
            bias_square += error * error
            bias -= RATE * error / math.sqrt(bias_square)
    return bias, {f: w for f, w in weights.items() if abs(w) >= PRUNE}


def pattern_hit(sentence: str) -> bool:
    return bool(job_ask.pattern_asks(normalize(sentence)))


def out_of_fold(rows: list[tuple[str, str]]) -> list[float]:
    """Each dev sentence's model score from a model that never saw it (5 folds, stratified)."""
    scores = [0.0] * len(rows)
    folds = [[i for i, _ in enumerate(rows) if i % FOLDS == k] for k in range(FOLDS)]
    for held in folds:
        held_set = set(held)
        bias, weights = fit([row for i, row in enumerate(rows) if i not in held_set])
        model = Model(bias, 0.5, weights)
        for i in held:
            scores[i] = job_ask_model.score(model, normalize(rows[i][1]))
    return scores


def pick_threshold(rows: list[tuple[str, str]], scores: list[float]) -> float:
    """The lowest threshold whose cross-validated false alarms (with the patterns) stay within
    MAX_FALSE_ALARMS: as many asks as possible at that cost."""
    patterns = [pattern_hit(s) for _, s in rows]
    oks = sum(1 for label, _ in rows if label == "ok")
    for step in range(50, 100):
        threshold = step / 100
        false = sum(
            1
            for (label, _), hit, sc in zip(rows, patterns, scores, strict=True)
            if label == "ok" and (hit or sc >= threshold)
        )
        if false <= MAX_FALSE_ALARMS * oks:
            return threshold
    return 0.99


def train() -> Model:
    rows = read_tsv(DEV)
    threshold = pick_threshold(rows, out_of_fold(rows))
    bias, weights = fit(rows)
    return Model(bias, threshold, weights)


# --- evaluation ----------------------------------------------------------------------------------


def rates(rows: list[tuple[str, str]], flags: Callable[[str], bool]) -> tuple[int, int, int, int]:
    """(asks caught, asks, good sentences flagged, good sentences)."""
    caught = sum(1 for label, s in rows if label == "ask" and flags(s))
    flagged = sum(1 for label, s in rows if label == "ok" and flags(s))
    asks = sum(1 for label, _ in rows if label == "ask")
    return caught, asks, flagged, len(rows) - asks


def describe(name: str, figures: tuple[int, int, int, int]) -> str:
    caught, asks, flagged, oks = figures
    return (
        f"{name:<28} recall {caught}/{asks} = {caught / asks:6.1%}   "
        f"false alarms {flagged}/{oks} = {flagged / oks:5.1%}"
    )


def hybrid_flags(sentence: str) -> bool:
    return bool(job_ask.job_asks(normalize(sentence)))


def evaluate(show_misses: bool) -> None:
    for name, path in (("dev", DEV), ("frozen test", TEST)):
        rows = read_tsv(path)
        print(describe(f"{name}: patterns + model", rates(rows, hybrid_flags)))
        print(describe(f"{name}: patterns alone", rates(rows, pattern_hit)))
        if show_misses:
            for label, s in rows:
                if (label == "ask") != hybrid_flags(s):
                    print(f"    {'missed' if label == 'ask' else 'FLAGGED'}: {s}")


def compare() -> None:
    rows = read_tsv(DEV)
    scores = out_of_fold(rows)
    threshold = pick_threshold(rows, scores)
    by_sentence = dict(zip((s for _, s in rows), scores, strict=True))
    print(f"threshold picked by cross-validation: {threshold}")
    print(describe("dev (cv): patterns", rates(rows, pattern_hit)))
    print(describe("dev (cv): model", rates(rows, lambda s: by_sentence[s] >= threshold)))
    print(describe("dev (cv): patterns + model", rates(rows, lambda s: pattern_hit(s) or by_sentence[s] >= threshold)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    split_parser = commands.add_parser("split", help="split written batches into dev and frozen test (once)")
    split_parser.add_argument("sources", nargs="+", type=Path)
    commands.add_parser("train", help="fit the model on dev.tsv and write job_ask_weights.json")
    evaluate_parser = commands.add_parser("evaluate", help="recall and false alarms on dev and frozen test")
    evaluate_parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    commands.add_parser("compare", help="patterns, model and both, cross-validated on dev")
    args = parser.parse_args(argv)
    if args.command == "split":
        split(args.sources)
    elif args.command == "train":
        model = train()
        digest = hashlib.sha256(DEV.read_bytes()).hexdigest()
        text = job_ask_model.to_json(model, trained_on=str(DEV.relative_to(ROOT)), sha256=digest)
        job_ask_model.WEIGHTS_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {job_ask_model.WEIGHTS_FILE} ({len(model.weights)} weights, threshold {model.threshold})")
    elif args.command == "evaluate":
        evaluate(args.misses)
    else:
        compare()
    return 0


if __name__ == "__main__":
    sys.exit(main())
