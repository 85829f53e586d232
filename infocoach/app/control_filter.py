"""The app's last line of defence: no control character in any drawn line reaches the terminal.

Rich's ``Text`` strips only a few controls (BEL, backspace, CR, VT, FF): an ESC in a name or a
note would be written to the terminal as part of the line, and the terminal would obey it
(clear the screen, set the window title, write the clipboard with OSC 52). Textual passes every
line of every widget through the app's line filters (``App.get_line_filters``) just before it
is drawn; this filter removes control characters from the text of each segment there.

Removing is safe at that point: a terminal gives control characters no width, so the columns
measured by the layout stay where they were. The places that show stored text (History's rows,
the detail panel, Prep's card) show them visibly (``␛``, see ``infocoach.core.terminal_text``)
before the layout; this filter covers everything else (dialogs, notifications, editors).
Segments that are the app's own control codes (``Segment.control``) are left alone.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from infocoach.core.terminal_text import has_controls, without_controls


class ControlCharacterFilter(LineFilter):
    """Removes control characters from the text of every drawn line."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not has_controls("".join([segment.text for segment in segments])):
            return segments  # the usual line: one search, nothing copied
        return [
            segment
            if segment.control or not has_controls(segment.text)
            else Segment(without_controls(segment.text), segment.style, segment.control)
            for segment in segments
        ]


CONTROL_FILTER = ControlCharacterFilter()
