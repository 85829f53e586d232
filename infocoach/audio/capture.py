"""Audio capture for listening, through sounddevice (PortAudio). Imported only to listen.

Each device is read in 30 ms blocks of 16-bit mono. PortAudio is asked for 16 kHz; a device
that only offers its own rate (44.1 or 48 kHz, typically) is read at that rate and resampled
with soxr as it streams. Frames are handed on and never kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from infocoach.audio.source import ListenUnavailable
from infocoach.core.talk.detector import (
    FRAME_BYTES,
    FRAME_SAMPLES,
    FRAME_SECONDS,
    SAMPLE_RATE,
)

INSTALL_EXTRA = "pip install 'infocoach[audio]'"
INSTALL_PORTAUDIO = "on Debian or Ubuntu: sudo apt install libportaudio2"


def load_sounddevice() -> Any:
    """The sounddevice module, or ListenUnavailable saying what to install."""
    try:
        import sounddevice
    except ImportError as exc:
        raise ListenUnavailable(f"Listening needs the audio extra: {INSTALL_EXTRA}") from exc
    except OSError as exc:  # sounddevice raises this when the PortAudio library is missing
        raise ListenUnavailable(
            f"Listening needs the PortAudio library, which is not installed ({INSTALL_PORTAUDIO})"
        ) from exc
    return sounddevice


def _resampler(rate: int) -> Any:
    try:
        import soxr
    except ImportError as exc:
        raise ListenUnavailable(
            f"This device records at {rate} Hz and listening needs soxr to resample it: {INSTALL_EXTRA}"
        ) from exc
    return soxr.ResampleStream(rate, SAMPLE_RATE, 1, dtype="int16")


class DeviceChannel:
    """One input device read as 30 ms frames at 16 kHz, resampled when the device cannot."""

    def __init__(self, sd: Any, device: str | None, what: str) -> None:
        self._sd = sd
        self._what = what
        self._resampler: Any = None
        self._pending = bytearray()
        name = f'"{device}"' if device else "the default one"
        try:
            self._stream, rate = self._open(sd, device)
        except (sd.PortAudioError, ValueError) as exc:
            raise ListenUnavailable(f"Could not open the {what} ({name}): {exc}") from exc
        self._block = max(1, round(rate * FRAME_SECONDS))
        try:
            if rate != SAMPLE_RATE:
                self._resampler = _resampler(rate)
            self._stream.start()  # a busy device fails here, not at opening
        except (sd.PortAudioError, ValueError, ListenUnavailable) as exc:
            self.close()
            if isinstance(exc, ListenUnavailable):
                raise
            raise ListenUnavailable(f"Could not start the {what} ({name}): {exc}") from exc

    @staticmethod
    def _open(sd: Any, device: str | None) -> tuple[Any, int]:
        options = {"device": device or None, "channels": 1, "dtype": "int16"}
        try:
            return sd.RawInputStream(samplerate=SAMPLE_RATE, blocksize=FRAME_SAMPLES, **options), SAMPLE_RATE
        except sd.PortAudioError:
            info = sd.query_devices(device or None, "input")
            rate = int(info["default_samplerate"])
            block = max(1, round(rate * FRAME_SECONDS))
            return sd.RawInputStream(samplerate=rate, blocksize=block, **options), rate

    def read_frame(self) -> bytes:
        """The next 30 ms frame (blocks until the device has it)."""
        while len(self._pending) < FRAME_BYTES:
            try:
                data, _overflowed = self._stream.read(self._block)  # a late read only loses audio
            except self._sd.PortAudioError as exc:  # unplugged, or the sound server went away
                raise ListenUnavailable(f"Listening stopped: the {self._what} went away ({exc})") from exc
            chunk = bytes(data)
            if self._resampler is not None:
                import numpy as np

                samples = np.frombuffer(chunk, dtype="<i2")
                chunk = self._resampler.resample_chunk(samples).astype("<i2").tobytes()
            self._pending += chunk
        frame = bytes(self._pending[:FRAME_BYTES])
        del self._pending[:FRAME_BYTES]
        return frame

    def close(self) -> None:
        try:
            self._stream.abort()
            self._stream.close()
        except (self._sd.PortAudioError, OSError):
            return  # closing a device that already went away: there is nothing left to release


class DeviceSource:
    """The microphone, and the call's audio (a PulseAudio/PipeWire monitor source) if set."""

    def __init__(self, microphone: DeviceChannel, call: DeviceChannel | None) -> None:
        self._microphone = microphone
        self._call = call
        self._closed = False

    @property
    def stereo(self) -> bool:
        return self._call is not None

    def frames(self) -> Iterator[tuple[bytes, bytes | None]]:
        """Read on the listening thread, which also lets go of the devices when it ends:
        PortAudio must not close a stream that another thread is reading."""
        try:
            while not self._closed:
                mic = self._microphone.read_frame()
                call = self._call.read_frame() if self._call is not None else None
                yield mic, call
        finally:
            self._release()

    def close(self) -> None:
        """Ask the reading to stop (from any thread): it ends within a frame, 30 ms."""
        self._closed = True

    def _release(self) -> None:
        self._microphone.close()
        if self._call is not None:
            self._call.close()


def open_source(microphone: str, call_audio: str) -> tuple[DeviceSource, list[str]]:
    """Open the devices named in Settings ("" = the default microphone, no call audio).

    The microphone must open (else ListenUnavailable); the call's audio is optional: if it
    cannot be opened, listening goes on with the microphone alone and a warning says why.
    """
    sd = load_sounddevice()
    try:
        inputs = [d for d in sd.query_devices() if d.get("max_input_channels", 0) > 0]
    except (sd.PortAudioError, ValueError) as exc:
        raise ListenUnavailable(f"Could not list the audio devices: {exc}") from exc
    if not inputs:
        raise ListenUnavailable("No microphone was found: connect one, then press l again.")
    mic = DeviceChannel(sd, microphone or None, "microphone")
    warnings: list[str] = []
    call = None
    if call_audio:
        try:
            call = DeviceChannel(sd, call_audio, "call audio")
        except ListenUnavailable as problem:
            warnings.append(f"{problem}. Listening with the microphone only.")
    return DeviceSource(mic, call), warnings
