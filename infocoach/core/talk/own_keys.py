"""infocoach's own key presses, so the sound of typing into it is not taken for the user's voice.

On the live screen the app sees every key typed into it (notes, referrals, prompts) at the moment
it is typed, and the microphone hears the key a moment later. :class:`OwnKeys` keeps those moments
on the audio's time line (seconds of audio fed to the detector) and says whether a frame falls
near one: from ``before`` seconds ahead of the press (a key's travel starts before the event) to
``after`` seconds past it (the release, and the audio still in the capture buffers when the key
was seen). The detector drops a microphone frame near a key unless a voice is clearly present
too: the microphone has heard voice for ``clear_voice_frames`` frames in a row (a key's sound is
over within two frames, a word is not), so a user talking while typing is still heard.

Keys typed in other windows are not seen here; the voice-shape check
(:mod:`infocoach.core.talk.sound_shape`) is what keeps those out. Presses may be noted from the
screen's thread while the detector runs on the listening thread: noting is one append, and the
check reads a snapshot.
"""

from __future__ import annotations

from collections import deque

KEEP = 256  # presses remembered; typing fast for a few seconds ahead of the audio fits easily


class OwnKeys:
    """Moments of key presses (seconds of audio), and whether a stretch of audio is near one."""

    def __init__(self, *, before: float = 0.05, after: float = 0.25, clear_voice_frames: int = 4) -> None:
        if before < 0 or after < 0 or clear_voice_frames < 1:
            raise ValueError("the window around a key press and the clear-voice run are not negative")
        self.before = before
        self.after = after
        self.clear_voice_frames = clear_voice_frames
        self._presses: deque[float] = deque(maxlen=KEEP)

    def press(self, at: float) -> None:
        """A key was pressed at ``at`` seconds of audio."""
        self._presses.append(at)

    def near(self, start: float, end: float) -> bool:
        """Whether audio from ``start`` to ``end`` seconds could hold the sound of a key noted here.
        Presses too old to matter for later audio are forgotten."""
        while self._presses and self._presses[0] + self.after < start:
            self._presses.popleft()
        return any(press - self.before <= end and start <= press + self.after for press in tuple(self._presses))
