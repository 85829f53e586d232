"""Who is talking: 30 ms audio frames in, "me" / "them" / "nobody" out. Pure, no capture here.

Two set-ups. Stereo: the microphone (the user, "me") and the call's audio ("them") as two
channels. A frame where both carry a voice goes to the louder one, because the quieter copy is
leakage (the other person through the laptop speakers into the microphone, or an echo of the
user in the call). With neither voiced for a hangover the decision is "nobody". Microphone only
(headphones on): a voice is "me", and once the microphone has been quiet for a hangover the time
counts as "them" on the live meter, since in a call someone is usually talking.

A voice is what webrtcvad calls speech and the voice-shape check lets through (sustained,
pitched, with harmonics: :mod:`infocoach.core.talk.sound_shape`), so typing, mouse clicks, knocks,
a door and a cough are not; on the live screen the app's own key presses also mask the
microphone for a moment (:meth:`TalkDetector.key_pressed`, :mod:`infocoach.core.talk.own_keys`).

What is measured is turns, as a person with a stopwatch would time them: from a turn's first
sound to its last, the pauses between words included (the hangover bridges them). Decisions are
smoothed (see :mod:`infocoach.core.talk.turn_taking`) so the meter does not flicker between words;
the offline report dates each turn back to its true first and last sound, and live totals
credited the same way come from :class:`~infocoach.core.talk.turn_ledger.TurnLedger`.

Offline reports (:func:`analyse`, ``infocoach talk-detect``) of a microphone-only recording give
``them`` as None (null in JSON) and list only the user's turns: a quiet microphone says the user
was not talking, not that anyone else was. The live screen still counts that time as "them".

With the microphone alone, leakage is kept out by level: a voice far quieter than the user's own
is someone else's (see :class:`~infocoach.core.talk.voice_activity.VoiceGate`). Until the user has
spoken, the detector does not know their level, so live it may credit a leaking voice heard
first to the user; :func:`analyse_wav` learns the level in a first pass, and the live screen can
seed it with :attr:`TalkDetector.mic_level_db` from an earlier session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infocoach.core.live.talk_clock import Segment, Speaker
from infocoach.core.talk.own_keys import OwnKeys
from infocoach.core.talk.turn_taking import Talker, Turn, TurnTracker
from infocoach.core.talk.voice_activity import (
    FRAME_SAMPLES,
    FRAME_SECONDS,
    SAMPLE_RATE,
    VoiceActivity,
    VoiceGate,
    voice_activity_available,
    webrtc_vad,
)
from infocoach.core.talk.wav_frames import inspect_wav, wav_frames

__all__ = [
    "FRAME_BYTES",
    "FRAME_SAMPLES",
    "FRAME_SECONDS",
    "SAMPLE_RATE",
    "TalkDetector",
    "TalkReport",
    "analyse",
    "analyse_wav",
    "voice_activity_available",
]

FRAME_BYTES = FRAME_SAMPLES * 2  # 16-bit signed little-endian mono PCM
STEREO_MODE = "microphone and call audio"
MONO_MODE = "microphone only"


class TalkDetector:
    """Frames in, speaker decisions out. stereo=False: microphone only (headphones on);
    stereo=True: microphone and call audio.

    ``vad`` decides whether one frame holds speech; by default each channel gets its own
    webrtcvad (imported here, so it needs the audio extra). Tests pass a fake.
    """

    def __init__(
        self,
        *,
        stereo: bool,
        vad: VoiceActivity | None = None,
        aggressiveness: int = 3,
        hangover_seconds: float = 0.9,
        min_run_seconds: float = 0.24,
        floor_db: float = -50.0,
        steady_seconds: float = 0.5,
        steady_range_db: float = 8.0,
        background_db: float = 16.0,
        mic_level_db: float | None = None,
        edge_seconds: float = 0.3,
    ) -> None:
        self.stereo = stereo

        def gate() -> VoiceGate:
            # With call audio, leakage loses to the louder channel; a microphone alone needs
            # the background gate to keep the other person's voice from the speakers out.
            return VoiceGate(
                vad or webrtc_vad(aggressiveness),
                floor_db=floor_db,
                steady_seconds=steady_seconds,
                steady_range_db=steady_range_db,
                background_db=None if stereo else background_db,
            )

        self._mic = gate()
        self.own_keys = OwnKeys()
        self._mic_run = 0  # microphone frames voiced in a row
        self._keyed = False  # the last frame was near one of our own key presses
        self._mic.speech_level = mic_level_db
        self._call = gate() if stereo else None
        self._turns = TurnTracker(
            rest="nobody" if stereo else "them",
            hangover_frames=max(1, round(hangover_seconds / FRAME_SECONDS)),
            min_run_frames=max(1, round(min_run_seconds / FRAME_SECONDS)),
            edge_frames=round(edge_seconds / FRAME_SECONDS),
        )

    @property
    def mode(self) -> str:
        """A short label for the screen: which sources the decisions come from."""
        return STEREO_MODE if self.stereo else MONO_MODE

    @property
    def mic_level_db(self) -> float | None:
        """How loud the user's voice is on the microphone (dBFS), once heard. Passing it to the
        next detector for the same microphone keeps a voice from the speakers, heard before the
        user first speaks, from being taken for the user's."""
        return self._mic.speech_level

    @property
    def seconds(self) -> float:
        """Audio time fed so far."""
        return self._turns.frames * FRAME_SECONDS

    @property
    def turn_start(self) -> float | None:
        """When the turn under way began (seconds of audio fed), dated back to its first sound."""
        start = self._turns.turn_start
        return None if start is None else start * FRAME_SECONDS

    @property
    def open_turn(self) -> Segment | None:
        """The turn under way, from its first sound to its latest so far (seconds of audio fed)."""
        turn = self._turns.open_turn
        return None if turn is None else _segment(turn)

    def key_pressed(self, at: float | None = None) -> None:
        """infocoach saw one of its own keys pressed at ``at`` seconds of audio (by default now:
        the audio fed so far). The microphone's sound around it is not taken for the user's voice
        unless a voice is clearly there too (see :mod:`infocoach.core.talk.own_keys`)."""
        self.own_keys.press(self.seconds if at is None else at)

    def feed(self, mic: bytes, call: bytes | None = None) -> Speaker:
        """One 30 ms frame per channel (960 bytes each); the speaker to show for it."""
        if len(mic) != FRAME_BYTES or (call is not None and len(call) != FRAME_BYTES):
            raise ValueError(f"a frame is {FRAME_BYTES} bytes of 16 kHz 16-bit mono PCM")
        if self.stereo and call is None:
            raise ValueError("a stereo detector needs the call audio's frame too")
        mic_voiced = self._mic.hears_voice(mic)
        self._mic_run = self._mic_run + 1 if mic_voiced else 0
        start = self._turns.frames * FRAME_SECONDS
        self._keyed = self.own_keys.near(start, start + FRAME_SECONDS)
        if self._keyed and self._mic_run < self.own_keys.clear_voice_frames:
            mic_voiced = False  # our own key, not a voice (none clearly there)
        call_voiced = self._call is not None and call is not None and self._call.hears_voice(call)
        voice: Talker | None = None
        if mic_voiced and call_voiced:
            assert self._call is not None
            voice = "me" if self._mic.level_db >= self._call.level_db else "them"
        elif mic_voiced:
            voice = "me"
        elif call_voiced:
            voice = "them"
        return self._turns.step(voice, self._sounding())

    def _sounding(self) -> tuple[Talker, ...]:
        """Whose channel carried sound in the last frame (the louder one's, when both did)."""
        mic = self._mic.carries_sound() and not (self._keyed and self._mic_run < self.own_keys.clear_voice_frames)
        call = self._call is not None and self._call.carries_sound()
        if mic and call:
            assert self._call is not None
            return ("me",) if self._mic.level_db >= self._call.level_db else ("them",)
        if mic:
            return ("me",)
        return ("them",) if call else ()

    def take_turns(self) -> list[Segment]:
        """The turns that ended since the last call, in seconds, dated to their first and last sound."""
        return [_segment(turn) for turn in self._turns.take_turns()]

    def finish(self) -> list[Segment]:
        """End of the audio: close the turn under way and return the turns not yet taken."""
        self._turns.finish()
        return self.take_turns()


def _segment(turn: Turn) -> Segment:
    return Segment(turn.who, turn.start * FRAME_SECONDS, turn.end * FRAME_SECONDS)


@dataclass(frozen=True, slots=True)
class TalkReport:
    """Talk time in a whole recording. ``them`` is None for a microphone-only recording."""

    me: float
    them: float | None
    total: float
    segments: tuple[Segment, ...]
    mode: str

    @property
    def my_share(self) -> float | None:
        """The user's share of the talking (0..1); None without call audio or with no talking."""
        if self.them is None or self.me + self.them <= 0:
            return None
        return self.me / (self.me + self.them)

    def to_dict(self) -> dict[str, Any]:
        """The talk-detect JSON: seconds rounded to hundredths."""
        return {
            "me": round(self.me, 2),
            "them": None if self.them is None else round(self.them, 2),
            "total": round(self.total, 2),
            "segments": [{"who": s.who, "start": round(s.start, 2), "end": round(s.end, 2)} for s in self.segments],
        }


def analyse(
    frames: Iterable[tuple[bytes, bytes | None]],
    *,
    stereo: bool,
    vad: VoiceActivity | None = None,
    **tuning: Any,
) -> TalkReport:
    """Run the detector over a whole recording: ``(mic, call)`` frame pairs, call None for mono."""
    detector = TalkDetector(stereo=stereo, vad=vad, **tuning)
    segments: list[Segment] = []
    for mic, call in frames:
        detector.feed(mic, call)
        segments.extend(detector.take_turns())
    segments.extend(detector.finish())
    me = sum(s.length for s in segments if s.who == "me")
    them = sum(s.length for s in segments if s.who == "them") if stereo else None
    return TalkReport(me=me, them=them, total=detector.seconds, segments=tuple(segments), mode=detector.mode)


def analyse_wav(path: Path, *, vad: VoiceActivity | None = None, **tuning: Any) -> TalkReport:
    """Analyse a WAV file (mono: the microphone; stereo: microphone left, call right).

    A mono file is read twice: the first pass learns how loud the user's voice is, so that in
    the second the other person's voice leaking from the speakers is kept out from the very
    start, even when they speak first. Raises :class:`AudioFileError` for an unusable file.
    """
    info = inspect_wav(path)
    if not info.stereo and "mic_level_db" not in tuning:
        probe = TalkDetector(stereo=False, vad=vad, **tuning)
        for mic, _ in wav_frames(path):
            probe.feed(mic)
        tuning["mic_level_db"] = probe.mic_level_db
    return analyse(wav_frames(path), stereo=info.stereo, vad=vad, **tuning)
