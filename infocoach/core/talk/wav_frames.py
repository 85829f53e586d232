"""WAV recordings as the talk detector's frames: 30 ms of 16 kHz 16-bit PCM per channel.

The header is read with the standard library (:func:`inspect_wav`), so a file that is not a
usable recording is refused with a clear message before any optional library is needed. The
samples are read a few seconds at a time, so an hour-long recording is never all in memory.
8-, 16-, 24- and 32-bit integer PCM are accepted (converted to 16-bit); any rate other than
16 kHz goes through soxr, a maintained high-quality resampler (the audio extra), because a
naive one folds high frequencies back into the speech band and confuses the voice detector.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infocoach.core.talk.voice_activity import (
    FRAME_SAMPLES,
    INSTALL_COMMAND,
    SAMPLE_RATE,
    importable,
)

CHUNK_SECONDS = 4
MIN_RATE = 8_000  # below this the speech band is gone
# wave.Error's "unknown format: N" for the WAV format tags we can name
FORMAT_NAMES = {"3": "a 32-bit floating point", "6": "an A-law", "7": "a µ-law", "65534": "an extensible-format"}

Frames = Iterator[tuple[bytes, bytes | None]]


class AudioFileError(ValueError):
    """A recording that cannot be analysed; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class WavInfo:
    """What the header says: enough to pick the mode and to know whether to resample."""

    channels: int
    rate: int
    sample_width: int  # bytes per sample
    frame_count: int

    @property
    def seconds(self) -> float:
        return self.frame_count / self.rate

    @property
    def stereo(self) -> bool:
        return self.channels == 2


def inspect_wav(path: Path) -> WavInfo:
    """The WAV header, checked; AudioFileError for anything talk detection cannot use."""
    with _open(path) as wav:
        info = WavInfo(wav.getnchannels(), wav.getframerate(), wav.getsampwidth(), wav.getnframes())
    if info.channels not in (1, 2):
        raise AudioFileError(
            f"{path} has {info.channels} channels; use mono (the microphone) or stereo (microphone left, call right)"
        )
    if info.sample_width not in (1, 2, 3, 4):
        raise AudioFileError(f"{path} uses {8 * info.sample_width}-bit samples; save it as 16-bit PCM")
    if info.rate < MIN_RATE:
        raise AudioFileError(f"{path} is sampled at {info.rate} Hz, too low for speech (8000 Hz or more)")
    if info.frame_count == 0:
        raise AudioFileError(f"{path} holds no audio")
    return info


def resampling_available(info: WavInfo) -> str | None:
    """None when this file's rate can be converted (or needs no converting), else the reason."""
    if info.rate == SAMPLE_RATE:
        return None
    if not importable("soxr"):
        return (
            f"a {info.rate} Hz recording is resampled with soxr (not installed); "
            f"add the audio extra with: {INSTALL_COMMAND}"
        )
    return None


def wav_frames(path: Path) -> Frames:
    """``(mic, call)`` frames of the recording; call is None for a mono file. Needs numpy
    (and soxr unless the file is at 16 kHz); a last partial frame under 30 ms is dropped."""
    import numpy as np

    info = inspect_wav(path)
    resampler: Any = None
    if info.rate != SAMPLE_RATE:
        import soxr

        resampler = soxr.ResampleStream(info.rate, SAMPLE_RATE, info.channels, dtype="int16", quality="HQ")
    pending = np.zeros((0, info.channels), dtype=np.int16)
    frame_bytes = info.channels * info.sample_width
    with _open(path) as wav:
        while True:
            raw = _read(wav, info.rate * CHUNK_SECONDS, path)
            last = len(raw) < info.rate * CHUNK_SECONDS * frame_bytes
            raw = raw[: len(raw) // frame_bytes * frame_bytes]  # a file cut off mid-sample
            block = _to_int16(raw, info.sample_width).reshape(-1, info.channels)
            if resampler is not None:
                block = resampler.resample_chunk(block, last=last).reshape(-1, info.channels)
            pending = np.concatenate([pending, block])
            whole = len(pending) // FRAME_SAMPLES * FRAME_SAMPLES
            for start in range(0, whole, FRAME_SAMPLES):
                frame = pending[start : start + FRAME_SAMPLES]
                mic = frame[:, 0].astype("<i2").tobytes()
                yield mic, (frame[:, 1].astype("<i2").tobytes() if info.stereo else None)
            pending = pending[whole:]
            if last:
                return


def _to_int16(raw: bytes, width: int) -> Any:
    """Integer PCM of any width WAV allows, as 16-bit samples (the top 16 bits kept)."""
    import numpy as np

    if width == 2:
        return np.frombuffer(raw, dtype="<i2").astype(np.int16)
    if width == 1:  # 8-bit WAV is unsigned, centred on 128
        return ((np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128) << 8).astype(np.int16)
    if width == 3:
        triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        return (triples[:, 2].view(np.int8).astype(np.int16) << 8) | triples[:, 1].astype(np.int16)
    return (np.frombuffer(raw, dtype="<i4") >> 16).astype(np.int16)


def _read(wav: wave.Wave_read, count: int, path: Path) -> bytes:
    try:
        return wav.readframes(count)
    except (EOFError, wave.Error, OSError) as problem:
        raise AudioFileError(f"cannot read {path}: {problem}") from None


def _open(path: Path) -> wave.Wave_read:
    """Open for reading, every way it can fail turned into AudioFileError."""
    try:
        return wave.open(str(path), "rb")
    except FileNotFoundError:
        raise AudioFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AudioFileError(f"{path} is a directory, not a WAV file") from None
    except PermissionError:
        raise AudioFileError(f"{path} cannot be read: permission denied") from None
    except (EOFError, wave.Error) as problem:
        raise AudioFileError(_format_problem(path, problem)) from None
    except OSError as problem:
        raise AudioFileError(f"cannot read {path}: {problem.strerror or problem}") from None


def _format_problem(path: Path, problem: Exception) -> str:
    detail = str(problem)
    if isinstance(problem, EOFError) or "RIFF" in detail or "WAVE" in detail:
        return f"{path} is not a WAV file"
    if detail.startswith("unknown format: "):
        tag = detail.removeprefix("unknown format: ")
        kind = FORMAT_NAMES.get(tag, "a compressed")
        return f"{path} is {kind} WAV; save it as 16-bit PCM WAV"
    return f"{path} is not a WAV file that can be read ({detail})"
