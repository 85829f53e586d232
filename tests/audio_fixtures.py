"""Test recordings for the talk detector, made with espeak-ng and sox, with their true timings.

Two synthetic voices take turns on a known time line: "me" (espeak-ng en-us, lower pitch) and
"them" (en-gb+f3, a higher female variant). The stereo mix puts the microphone on the left (me,
plus "them" leaking in 24 dB down, as from laptop speakers) and the call on the right (them,
plus "me" 24 dB down, as from an echo), with independent pink room noise on each channel.

The truth is what a person with a stopwatch would time: each turn from its first to its last
sound (espeak's pauses between words and sentences belong to the turn). It is measured from the
synthesised turn itself, before mixing, so it does not depend on the detector.

Run ``python tests/audio_fixtures.py [FOLDER]`` to rebuild the committed fixtures
(default tests/fixtures/audio); the tests call :func:`make_conversation` to make longer ones.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

RATE = 16_000
FIXTURES = Path(__file__).parent / "fixtures" / "audio"
VOICES = {"me": ("en-us", "35"), "them": ("en-gb+f3", "65")}  # (espeak voice, pitch 0..99)
SPEECH_PEAK_DB = -3.0  # each turn is normalised to this peak, as a reasonably set microphone
LEAK_DB = -24.0
NOISE_DB = -55.0  # RMS of the room noise, dBFS: a quiet room through a laptop microphone

Who = Literal["me", "them"]


@dataclass(frozen=True)
class Turn:
    """One speaking turn: who says it, and the silence before it in seconds."""

    who: Who
    text: str
    gap_before: float = 0.5


def tools_missing() -> str | None:
    """None when espeak-ng and sox are installed, else why the recordings cannot be made."""
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        return f"{' and '.join(missing)} not installed (apt-get install espeak-ng sox)"
    return None


def speak(text: str, who: Who, workdir: Path) -> np.ndarray:
    """The turn as 16 kHz float samples (-1..1), trimmed to its first and last sound."""
    voice, pitch = VOICES[who]
    raw, converted = workdir / "raw.wav", workdir / "turn.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-p", pitch, "-s", "165", "-w", str(raw), text], check=True)
    subprocess.run(
        ["sox", "-R", str(raw), "-r", str(RATE), "-b", "16", "-c", "1", str(converted), "norm", str(SPEECH_PEAK_DB)],
        check=True,
    )
    samples = read_samples(converted)[:, 0]
    first, last = sound_bounds(samples)
    return samples[first:last]


def sound_bounds(samples: np.ndarray, threshold_db: float = -40.0) -> tuple[int, int]:
    """First and last sample of the 10 ms blocks louder than ``threshold_db`` (dBFS RMS)."""
    block = RATE // 100
    usable = len(samples) // block * block
    rms = np.sqrt(np.mean(samples[:usable].reshape(-1, block) ** 2, axis=1))
    loud = np.flatnonzero(rms > 10 ** (threshold_db / 20))
    if loud.size == 0:
        return 0, 0
    return int(loud[0] * block), int((loud[-1] + 1) * block)


def room_noise(seconds: float, workdir: Path, seed: int, level_db: float = NOISE_DB) -> np.ndarray:
    """Pink noise from sox, scaled to ``level_db`` RMS. Each seed gives a different stretch."""
    path = workdir / f"noise{seed}.wav"
    subprocess.run(
        [
            "sox",
            "-R",
            "-n",
            "-r",
            str(RATE),
            "-b",
            "16",
            "-c",
            "1",
            str(path),
            "synth",
            f"{seconds + seed * 0.37:.3f}",
            "pinknoise",
            "vol",
            "0.5",
        ],
        check=True,
    )
    noise = read_samples(path)[:, 0][-int(seconds * RATE) :]  # a seed-dependent slice: independent channels
    return noise * (10 ** (level_db / 20) / max(float(np.sqrt(np.mean(noise**2))), 1e-9))


def make_conversation(
    turns: list[Turn], workdir: Path, *, tail: float = 0.5, leak_db: float = LEAK_DB, noise_db: float = NOISE_DB
) -> tuple[np.ndarray, dict[str, Any]]:
    """A stereo conversation (columns: microphone, call) and its truth, in the talk-detect JSON shape."""
    speech = {"me": [], "them": []}
    segments: list[dict[str, Any]] = []
    clock = 0.0
    for turn in turns:
        clock += turn.gap_before
        samples = speak(turn.text, turn.who, workdir)
        start = round(clock * RATE)
        speech[turn.who].append((start, samples))
        length = len(samples) / RATE
        segments.append({"who": turn.who, "start": round(clock, 3), "end": round(clock + length, 3)})
        clock += length
    total_samples = round((clock + tail) * RATE)
    voice = {who: np.zeros(total_samples) for who in speech}
    for who, placed in speech.items():
        for start, samples in placed:
            voice[who][start : start + len(samples)] += samples
    seconds = total_samples / RATE
    leak = 10 ** (leak_db / 20)
    mic = voice["me"] + leak * voice["them"] + room_noise(seconds, workdir, 1, noise_db)
    call = voice["them"] + leak * voice["me"] + room_noise(seconds, workdir, 2, noise_db)
    truth = {
        "me": round(sum(s["end"] - s["start"] for s in segments if s["who"] == "me"), 3),
        "them": round(sum(s["end"] - s["start"] for s in segments if s["who"] == "them"), 3),
        "total": round(seconds, 3),
        "segments": segments,
    }
    return np.stack([mic, call], axis=1), truth


def mono_truth(truth: dict[str, Any]) -> dict[str, Any]:
    """The microphone-only view of a conversation's truth: "them" is unknown (null)."""
    return {**truth, "them": None, "segments": [s for s in truth["segments"] if s["who"] == "me"]}


def read_samples(path: Path) -> np.ndarray:
    """A 16-bit WAV as float samples, shape (frames, channels)."""
    with wave.open(str(path), "rb") as wav:
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
        return data.reshape(-1, wav.getnchannels()).astype(np.float64) / 32768.0


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    """Float samples (frames,) or (frames, channels) as 16-bit PCM."""
    frames = samples.reshape(len(samples), -1)
    pcm = np.clip(np.round(frames * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(frames.shape[1])
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())


def steady_tone(seconds: float, workdir: Path, *, frequency: int = 1000, level_db: float = -20.0) -> np.ndarray:
    """A sine from sox at ``level_db`` RMS, over room noise: a dial tone, a hum, a test beep."""
    path = workdir / "tone.wav"
    subprocess.run(
        [
            "sox",
            "-R",
            "-n",
            "-r",
            str(RATE),
            "-b",
            "16",
            "-c",
            "1",
            str(path),
            "synth",
            str(seconds),
            "sine",
            str(frequency),
        ],
        check=True,
    )
    tone = read_samples(path)[:, 0]
    tone *= 10 ** (level_db / 20) / float(np.sqrt(np.mean(tone**2)))
    return tone + room_noise(seconds, workdir, 3)


SHORT_TALK = [
    Turn("me", "Thank you for your time today.", 0.4),
    Turn("them", "Happy to help. What would you like to know?", 0.5),
    Turn("me", "How did you start?", 0.6),
    Turn("them", "Mostly by accident.", 0.4),
]

LONG_TALK = [
    Turn("me", "Hello, and thank you for agreeing to talk with me today.", 0.6),
    Turn("them", "It is a pleasure. Tell me a little about yourself first.", 0.5),
    Turn("me", "I taught science for eight years, and I would like to move into user research.", 0.7),
    Turn(
        "them",
        "That is a common path. Teachers are good at watching people learn, and at asking "
        "open questions. Many of my colleagues started in classrooms.",
        0.5,
    ),
    Turn("me", "What surprised you most in your first year?", 0.8),
    Turn(
        "them",
        "How much of the work is writing. You spend hours turning notes into a story "
        "that a busy product team will read.",
        0.6,
    ),
    Turn("me", "That is really helpful, thank you.", 0.5),
]


def build_fixtures(folder: Path) -> dict[str, Any]:
    """Write the committed fixtures and truth.json into ``folder``; return the truth."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stereo, truth = make_conversation(SHORT_TALK, work)
        write_wav(folder / "conversation_stereo.wav", stereo)
        write_wav(folder / "conversation_mono.wav", stereo[:, 0])
        write_wav(folder / "tone.wav", np.concatenate([room_noise(0.5, work, 4), steady_tone(3.5, work)]))
        write_wav(folder / "room_noise.wav", room_noise(3.0, work, 5, level_db=-40.0))
    everything = {
        "conversation_stereo.wav": truth,
        "conversation_mono.wav": mono_truth(truth),
        "tone.wav": {"me": 0.0, "them": None, "total": 4.0, "segments": []},
        "room_noise.wav": {"me": 0.0, "them": None, "total": 3.0, "segments": []},
    }
    (folder / "truth.json").write_text(json.dumps(everything, indent=2) + "\n", encoding="utf-8")
    return everything


if __name__ == "__main__":
    problem = tools_missing()
    if problem:
        sys.exit(f"cannot make the recordings: {problem}")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES
    print(json.dumps(build_fixtures(target), indent=2))
