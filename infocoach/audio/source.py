"""What listening reads, and how it says it cannot: the source of paired audio frames that
capture provides, and the one-line error when listening cannot start.

Apart from listening.py and capture.py so that each can use them without importing the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol


class ListenUnavailable(Exception):
    """Listening cannot start; the message is one line for the user, saying what to do."""


class AudioSource(Protocol):
    """Paired 30 ms frames of 16 kHz 16-bit mono PCM: the microphone, and the call or None."""

    @property
    def stereo(self) -> bool:
        """True when the call's audio comes too (the detector then compares the two)."""
        ...

    def frames(self) -> Iterator[tuple[bytes, bytes | None]]:
        """Blocks for each frame; ends when the source is closed or the device goes away."""
        ...

    def close(self) -> None: ...
