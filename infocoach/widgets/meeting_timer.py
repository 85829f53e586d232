"""The live screen's clock: elapsed and remaining time in large digits, and the clock's state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Static


class MeetingTimer(Horizontal):
    """Elapsed | remaining (or ``+mm:ss`` of overtime, in the warning colour) | a state line."""

    DEFAULT_CSS = """
    MeetingTimer {
        height: auto;
    }
    MeetingTimer > Vertical {
        width: auto;
        height: auto;
        padding: 0 2 0 0;
    }
    MeetingTimer Digits {
        width: auto;
        color: $text;
    }
    MeetingTimer .caption {
        color: $text-muted;
        width: auto;
    }
    MeetingTimer #remaining.-overtime {
        color: $timer-overtime;
    }
    MeetingTimer.-paused Digits {
        color: $text-muted;
    }
    MeetingTimer #timer-state {
        width: 1fr;
        height: 3;
        content-align: left middle;
        color: $text-muted;
    }
    MeetingTimer.-paused #timer-state {
        color: $warning;
        text-style: bold;
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Digits("00:00", id="elapsed")
            yield Static("elapsed", classes="caption", markup=False)
        with Vertical():
            yield Digits("30:00", id="remaining")
            yield Static("left", id="remaining-caption", classes="caption", markup=False)
        yield Static("", id="timer-state", markup=False)

    def show(self, elapsed: str, remaining: str, *, caption: str, state: str, overtime: bool, paused: bool) -> None:
        """Update what changed (Digits redraw only when their text changes)."""
        for selector, value in (("#elapsed", elapsed), ("#remaining", remaining)):
            digits = self.query_one(selector, Digits)
            if digits.value != value:
                digits.update(value)
        self.query_one("#remaining", Digits).set_class(overtime, "-overtime")
        self.set_class(paused, "-paused")
        # Labels are redrawn only when their words change: the idle screen stays idle.
        for selector, text in (("#remaining-caption", caption), ("#timer-state", state)):
            label = self.query_one(selector, Static)
            if str(label.content) != text:
                label.update(text)
