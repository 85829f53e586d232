"""Recordings that sound like a real call: the espeak-ng conversation of :mod:`audio_fixtures`
with the noises of a desk added, at known times, so the truth stays the voices' own timings.

What is added (all synthesised with numpy from a seeded generator, so a scenario is the same
every time it is built):

- typing: keystrokes at random intervals of 80-250 ms (faster or slower per scenario), in
  bursts of a few words with a longer pause between them. Each key is a press and a softer
  release 40-110 ms later; each of those a sharp broadband transient (a fraction of a
  millisecond) followed by short decaying resonances (the key cap and the case: 1.5-7 kHz,
  plus a body thump at 150-500 Hz), each key a little different;
- a mouse click (press and release, higher and drier than a key);
- a cough (a burst of band-limited noise with a fast attack and a slower fall, no pitch);
- a door closing (a low thump at 60-140 Hz ringing for a tenth of a second, and the latch);
- music on hold on the call (a slow melody of harmonic notes over a held chord, compressed as
  hold music is, so its level barely moves);
- a short "mm-hmm" of mine on the microphone while they talk (a backchannel, not a turn: it is
  not in the truth).

The microphone hears everything in the user's room; the call channel hears the other side (their
voice and their hold music), and the microphone hears the call's sound 24 dB down, from the
speakers. ``python scripts/make_call_fixtures.py FOLDER`` writes every scenario as WAV files with
a truth.json; the tests build them once per session under a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from audio_fixtures import LEAK_DB, LONG_TALK, RATE, SPEECH_PEAK_DB, Turn, make_conversation, speak

Placement = Callable[[dict[str, Any], np.random.Generator], list[tuple[str, float, np.ndarray]]]


def peak_normalised(samples: np.ndarray, peak_db: float) -> np.ndarray:
    return samples * (10 ** (peak_db / 20) / max(float(np.max(np.abs(samples))), 1e-12))


def resonance(
    rng: np.random.Generator, low: float, high: float, decay_ms: tuple[float, float], length: int
) -> np.ndarray:
    """A damped sinusoid at a random frequency in [low, high] Hz with a random decay time."""
    t = np.arange(length) / RATE
    frequency = rng.uniform(low, high)
    tau = rng.uniform(*decay_ms) / 1000
    return np.sin(2 * np.pi * frequency * t + rng.uniform(0, 2 * np.pi)) * np.exp(-t / tau)


def click(
    rng: np.random.Generator,
    *,
    bright: float = 1.0,
    body: float = 0.6,
    body_hz: tuple[float, float] = (150, 500),
    body_decay_ms: tuple[float, float] = (4, 12),
) -> np.ndarray:
    """One mechanical click: a broadband transient, then the cap's and the case's resonances."""
    length = round(0.035 * RATE)
    t = np.arange(length) / RATE
    transient = rng.standard_normal(length) * np.exp(-t / rng.uniform(0.0002, 0.0008))
    ring = sum(resonance(rng, 1500 * bright, 7000 * bright, (2, 8), length) * rng.uniform(0.3, 1) for _ in range(3))
    thump = resonance(rng, *body_hz, body_decay_ms, length) * body
    sound = transient * 1.5 + 0.5 * ring + thump
    return sound / float(np.max(np.abs(sound)))


def keystroke(rng: np.random.Generator, *, laptop: bool = False) -> np.ndarray:
    """A key going down and coming back up (the release softer), 40-110 ms apart. A laptop's
    keys thump more: a stronger, lower, longer ringing body (100-300 Hz for 10-25 ms)."""
    gap = round(rng.uniform(0.04, 0.11) * RATE)
    shape: dict[str, Any] = {"body": 1.5, "body_hz": (100, 300), "body_decay_ms": (10, 25)} if laptop else {}
    press, release = click(rng, **shape), click(rng, **shape) * rng.uniform(0.3, 0.6)
    sound = np.zeros(gap + len(release))
    sound[: len(press)] += press
    sound[gap:] += release
    return sound


def typing(
    rng: np.random.Generator, seconds: float, *, interval: tuple[float, float], laptop: bool = False
) -> np.ndarray:
    """Typing for ``seconds``: keys ``interval`` seconds apart, a pause every few words."""
    out = np.zeros(round(seconds * RATE) + RATE)
    clock = 0.0
    while clock < seconds:
        keys = rng.integers(3, 9)  # one word
        for _ in range(keys):
            if clock >= seconds:
                break
            start = round(clock * RATE)
            stroke = keystroke(rng, laptop=laptop) * rng.uniform(0.6, 1.0)
            out[start : start + len(stroke)] += stroke
            clock += rng.uniform(*interval)
        clock += rng.uniform(0.15, 0.6)  # space bar and a thought
    return out[: round(seconds * RATE)]


def mouse_click(rng: np.random.Generator) -> np.ndarray:
    gap = round(rng.uniform(0.07, 0.12) * RATE)
    press, release = click(rng, bright=1.3, body=0.2), click(rng, bright=1.3, body=0.1) * 0.5
    sound = np.zeros(gap + len(release))
    sound[: len(press)] += press
    sound[gap:] += release
    return sound


def band_noise(rng: np.random.Generator, length: int, low: float, high: float) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(length))
    frequencies = np.fft.rfftfreq(length, 1 / RATE)
    spectrum[(frequencies < low) | (frequencies > high)] = 0
    return np.fft.irfft(spectrum, length)


def cough(rng: np.random.Generator) -> np.ndarray:
    length = round(rng.uniform(0.25, 0.4) * RATE)
    t = np.arange(length) / RATE
    envelope = (1 - np.exp(-t / 0.008)) * np.exp(-t / 0.09)
    sound = band_noise(rng, length, 250, 3500) * envelope
    return sound / float(np.max(np.abs(sound)))


def door(rng: np.random.Generator) -> np.ndarray:
    length = round(0.4 * RATE)
    thump = resonance(rng, 60, 140, (60, 120), length) + 0.5 * resonance(rng, 180, 320, (20, 50), length)
    latch = np.zeros(length)
    latch_at = round(rng.uniform(0.02, 0.05) * RATE)
    latch[latch_at : latch_at + round(0.035 * RATE)] = click(rng, bright=0.8, body=0.3)
    impact = np.zeros(length)
    impact[: round(0.035 * RATE)] = click(rng, body=1.0)
    sound = thump + 0.6 * latch + 0.3 * impact
    return sound / float(np.max(np.abs(sound)))


def hold_music(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A slow tune over a held chord, compressed the way hold music is: its level barely moves."""
    length = round(seconds * RATE)
    t = np.arange(length) / RATE

    def note(frequency: float, times: np.ndarray) -> np.ndarray:
        return sum(np.sin(2 * np.pi * frequency * k * times) / k for k in (1, 2, 3, 4))

    chord = sum(note(f, t) for f in (220.0, 277.2, 329.6)) * 0.4
    tune = np.zeros(length)
    clock = 0
    scale = [440.0, 493.9, 554.4, 587.3, 659.3, 740.0, 830.6, 880.0]
    while clock < length:
        span = min(round(rng.uniform(0.3, 0.6) * RATE), length - clock)
        times = np.arange(span) / RATE
        shape = np.minimum(1, times / 0.03) * (0.7 + 0.3 * np.exp(-times / 0.2))
        tune[clock : clock + span] = note(float(rng.choice(scale)), times) * shape
        clock += span
    music = chord + tune
    return music / float(np.max(np.abs(music)))


@dataclass(frozen=True)
class Scenario:
    """A conversation and what happens around it. ``events`` places sounds on the time line:
    each is (channel "mic" or "call", start second, samples at their final level)."""

    name: str
    description: str
    events: Placement
    turns: list[Turn] = field(default_factory=lambda: list(LONG_TALK))
    lead_in: float = 0.0  # seconds of hold music (or quiet) before the first turn


def turns_of(truth: dict[str, Any], who: str) -> list[tuple[float, float]]:
    return [(s["start"], s["end"]) for s in truth["segments"] if s["who"] == who]


def typing_during(
    truth: dict[str, Any],
    rng: np.random.Generator,
    who: str,
    *,
    interval: tuple[float, float],
    peak_db: float,
    laptop: bool = False,
) -> list[tuple[str, float, np.ndarray]]:
    """Typing through each of ``who``'s turns (from a little after its start to its end)."""
    events = []
    for start, end in turns_of(truth, who):
        begin = start + 0.2
        if end - begin > 0.5:
            keys = typing(rng, end - begin, interval=interval, laptop=laptop)
            events.append(("mic", begin, peak_normalised(keys, peak_db)))
    return events


def clean(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    return []


def typing_their_turns(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """Notes typed while they talk, clicks as loud as the voice: the issue's own case."""
    return typing_during(truth, rng, "them", interval=(0.1, 0.25), peak_db=SPEECH_PEAK_DB)


def fast_loud_typing(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """Fast typing louder than the voice during their turns, and softer typing during mine."""
    return typing_during(truth, rng, "them", interval=(0.08, 0.14), peak_db=-1.0) + typing_during(
        truth, rng, "me", interval=(0.12, 0.25), peak_db=-12.0
    )


def slow_soft_typing(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """Slow, gentle typing during both sides' turns."""
    return typing_during(truth, rng, "them", interval=(0.18, 0.25), peak_db=-14.0) + typing_during(
        truth, rng, "me", interval=(0.18, 0.25), peak_db=-14.0
    )


def laptop_typing(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """A laptop's thumpier keys under the microphone, through their turns and mine."""
    return typing_during(truth, rng, "them", interval=(0.08, 0.2), peak_db=SPEECH_PEAK_DB, laptop=True) + (
        typing_during(truth, rng, "me", interval=(0.1, 0.25), peak_db=-9.0, laptop=True)
    )


def typing_in_the_pauses(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """Notes typed while nobody talks: in every pause of a second or more, loud and quick."""
    segments, events = truth["segments"], []
    for before, after in zip(segments, segments[1:], strict=False):
        if after["start"] - before["end"] >= 1.0:
            keys = typing(rng, after["start"] - before["end"] - 0.3, interval=(0.08, 0.18))
            events.append(("mic", before["end"] + 0.15, peak_normalised(keys, SPEECH_PEAK_DB)))
    return events


def desk_noises(truth: dict[str, Any], rng: np.random.Generator) -> list[tuple[str, float, np.ndarray]]:
    """Hold music before they pick up, then typing, mouse clicks, a cough, a door, and my "mm-hmm"."""
    theirs, mine = turns_of(truth, "them"), turns_of(truth, "me")
    music = peak_normalised(hold_music(rng, max(truth["segments"][0]["start"] - 0.3, 1.0)), -8.0)
    events = [("call", 0.0, music)]
    events += typing_during(truth, rng, "them", interval=(0.09, 0.2), peak_db=-4.0)
    long_turn = max(theirs, key=lambda span: span[1] - span[0])
    events.append(("mic", long_turn[0] + 1.2, peak_normalised(mouse_click(rng), -4.0)))
    events.append(("mic", mine[1][1] + 0.25, peak_normalised(mouse_click(rng), -6.0)))
    events.append(("mic", theirs[-1][1] - 1.5, peak_normalised(cough(rng), -5.0)))
    events.append(("mic", theirs[0][0] + 0.8, peak_normalised(door(rng), -2.0)))
    return events


SCENARIOS = [
    Scenario("clean", "the conversation alone, room noise only", clean),
    Scenario("typing_their_turns", "typing as loud as the voice through their turns", typing_their_turns),
    Scenario("fast_loud_typing", "fast loud typing in their turns, soft typing in mine", fast_loud_typing),
    Scenario("slow_soft_typing", "slow soft typing through everyone's turns", slow_soft_typing),
    Scenario("laptop_typing", "a laptop's thumpier keys, loud, in their turns and in mine", laptop_typing),
    Scenario(
        "typing_in_the_pauses",
        "loud quick typing in the pauses, 2-4 s long, while nobody talks",
        typing_in_the_pauses,
        turns=[
            Turn(turn.who, turn.text, gap_before)
            for turn, gap_before in zip(LONG_TALK, (0.6, 2.5, 0.5, 4.0, 0.8, 3.0, 2.0), strict=True)
        ],
    ),
    Scenario(
        "desk_noises",
        'hold music first, typing, mouse clicks, a cough, a door, my "mm-hmm" while they talk',
        desk_noises,
        turns=[Turn("them", "Hello, sorry to keep you waiting. Can you hear me?", 4.0), *LONG_TALK],
    ),
]


def build_scenario(scenario: Scenario, workdir: Path, seed: int = 20) -> tuple[np.ndarray, dict[str, Any]]:
    """The stereo recording (microphone, call) and its truth in the talk-detect JSON shape."""
    rng = np.random.default_rng(seed)
    stereo, truth = make_conversation(scenario.turns, workdir)
    events = scenario.events(truth, rng)
    if scenario.name == "desk_noises":
        long_turn = max(turns_of(truth, "them"), key=lambda span: span[1] - span[0])
        mm = peak_normalised(speak("mm hmm", "me", workdir), SPEECH_PEAK_DB - 4)
        events.append(("mic", long_turn[0] + 2.5, mm))
    leak = 10 ** (LEAK_DB / 20)
    for channel, start, sound in events:
        at = round(start * RATE)
        sound = sound[: max(0, len(stereo) - at)]
        column = 0 if channel == "mic" else 1
        stereo[at : at + len(sound), column] += sound
        if channel == "call":  # the call's sound reaches the microphone from the speakers
            stereo[at : at + len(sound), 0] += leak * sound
    return np.clip(stereo, -1.0, 1.0), truth
