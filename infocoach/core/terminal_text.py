"""Text from the data, made safe to show on a terminal: no control character reaches it raw.

A name, a note, an id or a file name can hold anything a JSON file can spell, including the
escape sequences a terminal obeys: clear the screen, change colours, set the window title, or
write the clipboard (OSC 52). Before such text is printed (the command line) or drawn (the app),
every control character is replaced by something visible:

- C0 controls and DEL become their Unicode control pictures (ESC is ``␛``, BEL ``␇``, NUL ``␀``),
  so an escape sequence shows as ``␛]52;c;…␇``: what it is, without its effect;
- C1 controls (U+0080–U+009F, which some terminals obey as ESC + a letter) and the BiDi
  overrides and isolates (which reorder what follows, the "Trojan Source" trick) become
  ``<U+009B>``, ``<U+202E>``: visible, and plain ASCII.

Newlines (and tabs) are kept where the output has lines (a draft, a note); ``single_line``
shows them too (a table cell, an id in a message). Exports are not passed through here: a file
keeps its data exactly (JSON escapes controls itself; CSV and Markdown neutralise what matters
to them).

Pure: no Textual, no Rich.
"""

from __future__ import annotations

import re

__all__ = ["has_controls", "terminal_safe", "without_controls"]

_C0_PICTURE = 0x2400  # U+2400 SYMBOL FOR NULL; C0 code n has its picture at U+2400 + n
_DEL_PICTURE = "\u2421"  # SYMBOL FOR DELETE

# C0 and DEL, C1, the BiDi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_ANY = re.compile(f"[{_CONTROLS}]")


def _pattern(keep: str) -> re.Pattern[str]:
    """Every control character except those in ``keep``."""
    excluded = "".join(re.escape(c) for c in keep)
    return re.compile(f"(?![{excluded}])[{_CONTROLS}]") if keep else _ANY


_KEEP_LINES = _pattern("\n\t")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(_C0_PICTURE + code)
    if code == 0x7F:
        return _DEL_PICTURE
    return f"<U+{code:04X}>"


def terminal_safe(text: str, *, single_line: bool = False) -> str:
    """``text`` with every control character shown visibly (see the module's note).

    Newline and tab are kept unless ``single_line``; a carriage return is always shown
    (it would move the cursor back over what was written). Text without controls is
    returned as it is (the common case costs one regex search).
    """
    pattern = _ANY if single_line else _KEEP_LINES
    if pattern.search(text) is None:
        return text
    return pattern.sub(_visible, text)


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a control character :func:`terminal_safe` would show."""
    return _ANY.search(text) is not None


def without_controls(text: str) -> str:
    """``text`` with every control character removed: the last line of defence where the
    layout is already measured (a terminal gives control characters no width, so removing
    them keeps every column where it was)."""
    if _ANY.search(text) is None:
        return text
    return _ANY.sub("", text)
