"""Who holds the talk clock while infocoach listens: the detector's turns, and the user's keys.

The detector (:mod:`infocoach.core.talk.detector`) says who is speaking, turn by turn. The user can
still press m, t or space at any moment, and a key always wins: for ``hold`` seconds after a key,
the detector's view is noted but not applied. When the hold is over, the detector takes the
clock back at its next decision, or at once if it already disagrees with the key.

Pure and clock-free: every call carries its moment in seconds of meeting time (or any steady
time line), so a test can play a whole conversation in microseconds.
"""

from __future__ import annotations

from infocoach.core.live.talk_clock import Speaker

MANUAL_HOLD = 3.0  # seconds a key press outranks the detector


class ListeningPolicy:
    """Turns detector decisions and key presses into the speaker the talk clock should have."""

    def __init__(self, *, hold: float = MANUAL_HOLD) -> None:
        if hold < 0:
            raise ValueError(f"hold must not be negative, not {hold}")
        self.hold = hold
        self._heard: Speaker | None = None  # the detector's latest decision
        self._manual_until: float | None = None

    @property
    def heard(self) -> Speaker | None:
        """The detector's latest decision, whether or not it was applied."""
        return self._heard

    def held(self, at: float) -> bool:
        """Whether a key press still outranks the detector at ``at``."""
        return self._manual_until is not None and at < self._manual_until

    def pressed(self, at: float) -> None:
        """The user pressed m, t or space at ``at``."""
        self._manual_until = at + self.hold

    def detected(self, speaker: Speaker, current: Speaker, at: float) -> Speaker | None:
        """The detector decided ``speaker`` at ``at``; the clock has ``current``.

        Returns the speaker to give the clock now, or None to leave it as it is.
        """
        self._heard = speaker
        return self.due(current, at)

    def due(self, current: Speaker, at: float) -> Speaker | None:
        """Called on every display tick too: after a hold ends, the detector's view returns."""
        if self._heard is None or self.held(at):
            return None
        self._manual_until = None
        return self._heard if self._heard != current else None
