"""A row of buttons offering one choice ("Mr. Ms. Mrs. …", "Cancel Save"), walked with the arrows.

Tab alone used to move between such buttons, so Right then Enter pressed the first one. In a
``ChoiceRow`` Left and Right move the focus to the previous or next button, and Home and End to
the first or last. The focus stops at the ends rather than wrapping round: one Right too many on
the last choice must not land back on the first one, which Enter would then choose.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button


class ChoiceRow(Horizontal):
    """Left/Right/Home/End move between the buttons shown in the row (stopping at the ends)."""

    BINDINGS = [
        Binding("right", "step_choice(1)", "Next choice", id="choices.next", show=False),
        Binding("left", "step_choice(-1)", "Previous choice", id="choices.previous", show=False),
        Binding("home", "end_choice(0)", "First choice", id="choices.first", show=False),
        Binding("end", "end_choice(-1)", "Last choice", id="choices.last", show=False),
    ]

    def choices(self) -> list[Button]:
        """The buttons that can take the focus now, left to right."""
        return [button for button in self.query(Button) if button.focusable and button.display]

    def _focused_index(self) -> int | None:
        focused = self.screen.focused
        buttons = self.choices()
        return buttons.index(focused) if isinstance(focused, Button) and focused in buttons else None

    def action_step_choice(self, step: int) -> None:
        buttons = self.choices()
        index = self._focused_index()
        if not buttons or index is None:
            return
        buttons[max(0, min(len(buttons) - 1, index + step))].focus()

    def action_end_choice(self, which: int) -> None:
        buttons = self.choices()
        if buttons:
            buttons[which].focus()
