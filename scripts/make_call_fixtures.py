"""Write the call-like test recordings to a folder and, with --table, time them with talk-detect.

    python scripts/make_call_fixtures.py [FOLDER] [--table]

Needs espeak-ng and sox (as the tests do) and numpy. For each scenario in tests/call_fixtures.py
it writes NAME_stereo.wav (microphone left, call right) and NAME_mic.wav (the microphone alone),
and truth.json with the true timings. --table runs the detector over every file and prints the
error per scenario as a markdown table (the README's listening section carries it), with the
microphone-only error of webrtcvad alone (no click check) beside it for comparison. The tests
build the same recordings themselves under a temporary folder; nothing here is committed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from audio_fixtures import mono_truth, tools_missing, write_wav  # noqa: E402
from call_fixtures import SCENARIOS, build_scenario  # noqa: E402


def build(folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    truths = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in SCENARIOS:
            work = Path(tmp) / scenario.name
            work.mkdir()
            stereo, truth = build_scenario(scenario, work)
            write_wav(folder / f"{scenario.name}_stereo.wav", stereo)
            write_wav(folder / f"{scenario.name}_mic.wav", stereo[:, 0])
            truths[scenario.name] = truth
    (folder / "truth.json").write_text(json.dumps(truths, indent=2) + "\n", encoding="utf-8")
    return truths


def percent(measured: float, truth: float) -> str:
    return f"{100 * (measured - truth) / truth:+.1f} %"


def table(folder: Path, truths: dict[str, Any]) -> str:
    from infocoach.core.talk.detector import analyse_wav
    from infocoach.core.talk.voice_activity import webrtc_vad

    rows = [
        "| Scenario | What is heard | Stereo: you | Stereo: them | Microphone only: you "
        "| Microphone only, webrtcvad alone: you |",
        "|---|---|---|---|---|---|",
    ]
    for scenario in SCENARIOS:
        truth = truths[scenario.name]
        both = analyse_wav(folder / f"{scenario.name}_stereo.wav")
        mic = analyse_wav(folder / f"{scenario.name}_mic.wav")
        plain = analyse_wav(folder / f"{scenario.name}_mic.wav", vad=webrtc_vad(clicks_out=False))
        assert both.them is not None
        mine = mono_truth(truth)["me"]
        rows.append(
            f"| {scenario.name} | {scenario.description} | {percent(both.me, truth['me'])} "
            f"| {percent(both.them, truth['them'])} | {percent(mic.me, mine)} | {percent(plain.me, mine)} |"
        )
    return "\n".join(rows)


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="call-recordings", help="where to write (made if missing)")
    parser.add_argument("--table", action="store_true", help="time every file and print the errors as markdown")
    options = parser.parse_args(args)
    problem = tools_missing()
    if problem:
        print(f"cannot make the recordings: {problem}", file=sys.stderr)
        return 1
    folder = Path(options.folder)
    truths = build(folder)
    print(f"wrote {2 * len(truths)} recordings and truth.json to {folder}")
    if options.table:
        print(table(folder, truths))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
