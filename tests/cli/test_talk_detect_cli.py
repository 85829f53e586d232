"""`infocoach talk-detect`, run as a user runs it: a subprocess, its exit status, its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from collections.abc import Callable
from pathlib import Path

import pytest
from audio_fixtures import FIXTURES, read_samples, write_wav

Run = Callable[..., subprocess.CompletedProcess[str]]
TRUTH = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))
STEREO = FIXTURES / "conversation_stereo.wav"
MONO = FIXTURES / "conversation_mono.wav"
INSTALL = "pip install 'infocoach[audio]'"


@pytest.fixture
def run(tmp_path: Path) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    env["HOME"] = str(tmp_path)

    def runner(*args: str, python: list[str] | None = None) -> subprocess.CompletedProcess[str]:
        command = python or [sys.executable, "-m", "infocoach"]
        result = subprocess.run(
            [*command, "talk-detect", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return runner


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("infocoach: ")
    return lines[0]


def test_text_summary_of_a_stereo_recording(run: Run) -> None:
    result = run(str(STEREO))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "conversation_stereo.wav: microphone and call audio, 8.8 s"
    assert lines[1].startswith("me ") and "% of the talking)" in lines[1]
    assert lines[2].startswith("them ") and lines[2].endswith("%)")
    assert lines[3] == "4 turns"


def test_text_summary_of_a_mono_recording_says_them_is_not_measured(run: Run) -> None:
    result = run(str(MONO), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "microphone only" in result.stdout
    assert "% of the recording)" in result.stdout
    assert "them   not measured" in result.stdout
    assert result.stdout.rstrip().endswith("2 turns of yours")


def test_json_has_the_documented_shape_and_times_within_10_percent(run: Run) -> None:
    result = run("--format", "json", str(STEREO))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    truth = TRUTH["conversation_stereo.wav"]
    assert set(report) == {"me", "them", "total", "segments"}
    assert abs(report["me"] - truth["me"]) <= 0.1 * truth["me"]
    assert abs(report["them"] - truth["them"]) <= 0.1 * truth["them"]
    assert report["total"] == pytest.approx(truth["total"], abs=0.03)
    for segment in report["segments"]:
        assert set(segment) == {"who", "start", "end"} and segment["who"] in ("me", "them")
        assert 0 <= segment["start"] < segment["end"] <= report["total"]
        assert segment == {k: round(v, 2) if isinstance(v, float) else v for k, v in segment.items()}


def test_json_of_a_mono_recording_has_them_null(run: Run) -> None:
    report = json.loads(run("--format", "json", str(MONO)).stdout)
    assert report["them"] is None
    assert {s["who"] for s in report["segments"]} == {"me"}
    assert abs(report["me"] - TRUTH["conversation_mono.wav"]["me"]) <= 0.1 * TRUTH["conversation_mono.wav"]["me"]


def test_a_44_1_khz_recording_is_resampled(run: Run, tmp_path: Path) -> None:
    import soxr

    path = tmp_path / "cd.wav"
    write_wav(path, soxr.resample(read_samples(STEREO), 16_000, 44_100), 44_100)
    report = json.loads(run("--format", "json", str(path)).stdout)
    truth = TRUTH["conversation_stereo.wav"]
    assert abs(report["me"] - truth["me"]) <= 0.1 * truth["me"]
    assert abs(report["them"] - truth["them"]) <= 0.1 * truth["them"]


# --- files that cannot be used: one line, exit 2 ----------------------------------------------


def _wav(path: Path, channels: int, frames: int = 480) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes(bytes(2 * channels * frames))
    return path


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _float_wav(path: Path) -> Path:
    """A 32-bit float WAV (format tag 3), which the standard library cannot read."""
    data = bytes(4 * 480)
    fmt = (3).to_bytes(2, "little") + (1).to_bytes(2, "little") + (16_000).to_bytes(4, "little")
    fmt += (64_000).to_bytes(4, "little") + (4).to_bytes(2, "little") + (32).to_bytes(2, "little")
    body = b"WAVE" + b"fmt " + len(fmt).to_bytes(4, "little") + fmt + b"data" + len(data).to_bytes(4, "little") + data
    path.write_bytes(b"RIFF" + len(body).to_bytes(4, "little") + body)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.wav", "missing.wav: no such file"),
        (lambda d: d, "is a directory, not a WAV file"),
        (lambda d: _file(d / "notes.wav", b"not audio"), "notes.wav is not a WAV file"),
        (lambda d: _file(d / "empty.wav", b""), "empty.wav is not a WAV file"),
        (lambda d: _wav(d / "three.wav", 3), "three.wav has 3 channels; use mono (the microphone) or stereo"),
        (lambda d: _wav(d / "silent.wav", 1, frames=0), "silent.wav holds no audio"),
        (lambda d: _float_wav(d / "float.wav"), "float.wav is a 32-bit floating point WAV; save it as 16-bit PCM"),
    ],
    ids=["missing", "directory", "text", "empty", "three-channels", "no-audio", "float"],
)
def test_a_file_that_cannot_be_used_is_one_line_and_exit_2(
    run: Run, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    result = run(str(make(folder)))
    assert result.returncode == 2
    assert message in one_line_error(result)


def test_without_the_audio_extra_it_says_how_to_install_it_and_exits_1(run: Run) -> None:
    blocked = (
        "import sys\n"
        "sys.modules['webrtcvad'] = None  # as if the audio extra were not installed\n"
        "from infocoach.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = run(str(STEREO), python=[sys.executable, "-c", blocked])
    assert result.returncode == 1
    line = one_line_error(result)
    assert "webrtcvad" in line and INSTALL in line


def test_help_names_the_extra_and_the_exit_statuses(run: Run) -> None:
    result = run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert INSTALL in text and "stereo file has the microphone on the left" in text
    assert "1 the audio extra is missing" in text


def test_talk_detect_does_not_import_textual() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['talk-detect', {str(MONO)!r}]) == 0\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
