"""The CPU that listening costs: the talk detector over a recorded conversation, printed as JSON.

    python benchmarks/probe_listen.py SECONDS

Feeds SECONDS of audio (the stereo test recording, looped: microphone left, call right) through
:class:`~infocoach.core.talk.detector.TalkDetector` as the live screen's listening thread does, and
reports the CPU time per second of audio, i.e. the share of one core that listening keeps busy.
The floor is webrtcvad alone on the same frames: the least any voice detection costs. The
ceiling of the voice-shape check (the click filter, which runs only on frames webrtcvad calls
speech) is measured by running it on every frame of both channels, as if every frame were typing
or talk. Capture itself (PortAudio filling buffers) is not included: it happens in PortAudio's
own thread and C.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RECORDING = REPO / "tests" / "fixtures" / "audio" / "conversation_stereo.wav"


def main(args: list[str]) -> int:
    import webrtcvad

    from infocoach.core.talk.detector import FRAME_SECONDS, SAMPLE_RATE, TalkDetector
    from infocoach.core.talk.sound_shape import SoundShape
    from infocoach.core.talk.wav_frames import wav_frames

    seconds = float(args[0])
    recording = list(wav_frames(RECORDING))
    count = round(seconds / FRAME_SECONDS)
    frames = list(itertools.islice(itertools.cycle(recording), count))

    results = {}
    for name, stereo in (("stereo", True), ("mono", False)):
        detector = TalkDetector(stereo=stereo)
        began = time.process_time()
        for mic, call in frames:
            detector.feed(mic, call if stereo else None)
        results[name] = time.process_time() - began

    vads = (webrtcvad.Vad(3), webrtcvad.Vad(3))
    began = time.process_time()
    for mic, call in frames:
        vads[0].is_speech(mic, SAMPLE_RATE)
        vads[1].is_speech(call, SAMPLE_RATE)
    floor = time.process_time() - began

    shapes = (SoundShape(), SoundShape())
    began = time.process_time()
    for mic, call in frames:
        shapes[0].is_voice_shaped(mic)
        shapes[1].is_voice_shaped(call)
    shape_ceiling = time.process_time() - began

    audio = count * FRAME_SECONDS
    print(
        json.dumps(
            {
                "audio_seconds": audio,
                "stereo_cpu_percent": 100 * results["stereo"] / audio,
                "mono_cpu_percent": 100 * results["mono"] / audio,
                "vad_only_cpu_percent": 100 * floor / audio,
                "shape_check_every_frame_cpu_percent": 100 * shape_ceiling / audio,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
