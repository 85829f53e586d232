"""``infocoach talk-detect FILE.wav``: run the live screen's talk detector over a recording.

A mono file is the microphone; a stereo file has the microphone on the left and the call on the
right. Exit status: 0 done, 1 the audio extra is not installed, 2 the file cannot be used.
Nothing is written anywhere: the recording is read in chunks, analysed and dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from infocoach.cli.outcomes import EXIT_FAILURE, EXIT_OK, UsageProblem
from infocoach.core.describe import count_of, duration_text, percent_text
from infocoach.core.talk.detector import TalkReport, analyse_wav, voice_activity_available
from infocoach.core.talk.wav_frames import (
    AudioFileError,
    inspect_wav,
    resampling_available,
)


def talk_detect_command(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        info = inspect_wav(path)
    except AudioFileError as problem:
        raise UsageProblem(str(problem)) from None
    missing = voice_activity_available() or resampling_available(info)
    if missing:
        print(f"infocoach: {missing}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        report = analyse_wav(path)
    except AudioFileError as problem:  # e.g. a file cut short after a good header
        raise UsageProblem(str(problem)) from None
    if args.format == "json":
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(summary(report, path.name))
    return EXIT_OK


def summary(report: TalkReport, name: str) -> str:
    """A few readable lines: who talked how long, and their share."""
    lines = [f"{name}: {report.mode}, {seconds_text(report.total)}"]
    if report.them is None:
        share = report.me / report.total if report.total > 0 else None
        lines.append(f"me     {seconds_text(report.me):>8}  ({percent_text(share)} of the recording)")
        lines.append("them   not measured: a mono recording holds only the microphone")
    else:
        share = report.my_share
        them_share = None if share is None else 1 - share
        lines.append(f"me     {seconds_text(report.me):>8}  ({percent_text(share)} of the talking)")
        lines.append(f"them   {seconds_text(report.them):>8}  ({percent_text(them_share)})")
    turns = count_of(len(report.segments), "turn")
    lines.append(f"{turns} of yours" if report.them is None else turns)
    return "\n".join(lines)


def seconds_text(seconds: float) -> str:
    """``"4.2 s"`` under a minute, where tenths matter; ``"12:05"`` beyond."""
    return f"{seconds:.1f} s" if seconds < 60 else duration_text(seconds)
