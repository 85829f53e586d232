"""A Rich ``Text`` made safe to draw: control characters shown visibly, styles kept in place.

The widgets that show stored text (History's rows and detail panel, Prep's cards) pass it
through :func:`shown` before the layout measures it, so an escape sequence in a name reads
``␛]52;…`` on the screen instead of acting on the terminal (see
``infocoach.core.terminal_text``; the app's control filter is the net under everything else).
"""

from __future__ import annotations

from rich.text import Text

from infocoach.core.terminal_text import has_controls, terminal_safe


def shown(text: Text, *, single_line: bool = False) -> Text:
    """``text`` with its control characters shown visibly; ``text`` itself when it has none.

    A shown control can take more characters than it did (``<U+202E>``), so each span is
    moved to where its characters went.
    """
    plain = text.plain
    if not has_controls(plain):
        return text
    pieces = [terminal_safe(char, single_line=single_line) for char in plain]
    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    result = Text("".join(pieces), style=text.style, justify=text.justify, overflow=text.overflow, end=text.end)
    for span in text.spans:
        result.stylize(span.style, offsets[span.start], offsets[min(span.end, len(plain))])
    return result
