"""Control characters from the data are shown visibly, never passed to the terminal raw."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infocoach.core.terminal_text import has_controls, terminal_safe


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("\x1b]52;c;aGVsbG8=\x07", "␛]52;c;aGVsbG8=␇"),  # the OSC 52 clipboard write
        ("\x1b[2J\x1b[H", "␛[2J␛[H"),  # clear screen, cursor home
        ("\x1b]0;title\x1b\\", "␛]0;title␛\\"),  # window title, ST-terminated
        ("a\x00b\x7f", "a␀b␡"),
        ("\x9b31m", "<U+009B>31m"),  # C1 CSI
        ("abc\u202edef\u2066", "abc<U+202E>def<U+2066>"),  # BiDi override and isolate
        ("line one\nline\ttwo", "line one\nline\ttwo"),  # lines and tabs kept
        ("over\rwrite", "over␍write"),  # a carriage return would write over the line
    ],
)
def test_controls_are_shown_visibly(raw: str, shown: str) -> None:
    assert terminal_safe(raw) == shown


def test_single_line_shows_newlines_and_tabs_too() -> None:
    assert terminal_safe("a\nb\tc", single_line=True) == "a␊b␉c"


def test_ordinary_text_is_returned_unchanged() -> None:
    text = "Dr. Zoë O'Neil — مرحبا 🎉 [b]markup[/b] \u200f"
    assert terminal_safe(text) is text
    assert not has_controls(text)


@given(st.text())
def test_no_control_character_survives(text: str) -> None:
    shown = terminal_safe(text, single_line=True)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert not has_controls(shown)
