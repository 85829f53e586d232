"""A recording played as if it were the microphone: for trying listening without a call.

A developer's aid. With ``INFOCOACH_LISTEN_FILE`` set to a WAV file (mono: the microphone;
stereo: microphone left, call right, as ``talk-detect`` reads them), pressing ``l`` on the live
screen listens to that recording in real time instead of opening a device, so the meter, the
corrections and typing notes can be watched on known audio (and compared with
``infocoach talk-detect`` on the same file). When the recording ends, listening stops and says so.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

from infocoach.audio.source import ListenUnavailable
from infocoach.core.talk.detector import FRAME_SECONDS
from infocoach.core.talk.wav_frames import AudioFileError, inspect_wav, resampling_available, wav_frames

LISTEN_FILE_ENV = "INFOCOACH_LISTEN_FILE"


class RecordingSource:
    """Frames of a WAV file, one every 30 ms of wall time (``pace=False``: as fast as read)."""

    def __init__(self, path: Path, *, pace: bool = True) -> None:
        try:
            info = inspect_wav(path)
        except AudioFileError as problem:
            raise ListenUnavailable(f"{LISTEN_FILE_ENV}: {problem}") from None
        missing = resampling_available(info)
        if missing is not None:
            raise ListenUnavailable(f"{LISTEN_FILE_ENV}: {missing}")
        self.path = path
        self._stereo = info.stereo
        self._pace = pace
        self._closed = threading.Event()

    @property
    def stereo(self) -> bool:
        return self._stereo

    def frames(self) -> Iterator[tuple[bytes, bytes | None]]:
        began = time.monotonic()
        for index, pair in enumerate(wav_frames(self.path)):
            if self._pace:
                # Waits on the close event, so closing never waits out a frame's sleep.
                self._closed.wait(max(0.0, began + index * FRAME_SECONDS - time.monotonic()))
            if self._closed.is_set():
                return
            yield pair
        raise ListenUnavailable(f"Listening stopped: the recording {self.path.name} has ended.")

    def close(self) -> None:
        self._closed.set()
