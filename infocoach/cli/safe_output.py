"""The command line's one output layer: nothing from the data reaches the terminal raw.

``main`` wraps standard output and standard error in :class:`TerminalSafeStream` for the whole
run, so every message, table and draft any command prints (``print``, ``sys.stdout.write``,
argparse's errors) has its control characters shown visibly (``␛``, see
:mod:`infocoach.core.terminal_text`); no command has to remember it.

Data formats are the exception: an export, ``list --format json`` or a calendar written to a
pipe or a file keeps its bytes exactly (:func:`write_data`, or ``sys.stdout.buffer``), because
another program reads them. Written to a terminal, they are shown safely like everything else.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from infocoach.core.terminal_text import terminal_safe


class _SafeBuffer:
    """A binary stream that shows controls visibly: for bytes written to a terminal."""

    def __init__(self, raw: Any, encoding: str) -> None:
        self._raw = raw
        self._encoding = encoding

    def write(self, data: bytes) -> int:
        text = bytes(data).decode("utf-8", "replace")
        self._raw.write(terminal_safe(text).encode(self._encoding, "replace"))
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class TerminalSafeStream(io.TextIOBase):
    """A text stream that passes everything through :func:`terminal_safe` on its way out."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:  # type: ignore[override]
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.stream.errors

    @property
    def buffer(self) -> Any:
        """Bytes written here are data: exact to a pipe or file, shown safely on a terminal."""
        raw = self.stream.buffer
        return _SafeBuffer(raw, self.stream.encoding or "utf-8") if _is_terminal(self.stream) else raw


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed, or not a real file
        return False


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Standard output and error wrapped for the duration (restored after, whatever happens)."""
    saved = sys.stdout, sys.stderr
    sys.stdout = TerminalSafeStream(sys.stdout)  # type: ignore[assignment]
    sys.stderr = TerminalSafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        for wrapped in (sys.stdout, sys.stderr):
            # A reader that left (a closed pipe) is no error worth a message: main says so.
            with contextlib.suppress(OSError, ValueError):
                wrapped.flush()
        sys.stdout, sys.stderr = saved


def write_data(text: str) -> None:
    """Write a data format's text (JSON) to standard output: exactly as made to a pipe or a
    file, so the reading program gets the data; shown safely on a terminal."""
    stdout = sys.stdout
    raw = stdout.stream if isinstance(stdout, TerminalSafeStream) else stdout
    if _is_terminal(raw):
        stdout.write(text)
    else:
        raw.write(text)
    stdout.flush()
