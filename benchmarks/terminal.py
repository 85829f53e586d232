"""Run a probe in a child process under a pseudo-terminal, as a user's terminal would run it.

The child gets a real terminal (so Textual uses its real driver, not the headless one) and a
pipe of its own: it writes one JSON line there when it has something to report. The time is
taken from just before the spawn, so it includes the interpreter starting and every import.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path
from typing import Any

COLUMNS, LINES = 120, 40
REPO = Path(__file__).resolve().parent.parent


class ProbeFailed(RuntimeError):
    """A child exited or hung without reporting."""


def run_in_terminal(args: list[str], *, env: dict[str, str], timeout: float = 60.0) -> tuple[float, dict[str, Any]]:
    """Run ``python args...`` under a pty; return (seconds to its report, the report)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    report_read, report_write = os.pipe()
    child_env = {
        **os.environ,
        **env,
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "PYTHONPATH": str(REPO),
        "BENCH_REPORT_FD": str(report_write),
    }
    child_env.pop("TEXTUAL", None)  # no devtools, no debug logging
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, *args],
            stdin=slave,
            stdout=slave,
            stderr=errors,
            env=child_env,
            pass_fds=(report_write,),
            start_new_session=True,
            cwd=REPO,
        )
        os.close(slave)
        os.close(report_write)
        drain = threading.Thread(target=_drain, args=(master,), daemon=True)
        drain.start()  # a terminal nobody reads fills up and blocks the app's writes
        try:
            line = _read_line(report_read, timeout)
            elapsed = time.perf_counter() - began
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        finally:
            os.close(report_read)
            if child.poll() is None:
                child.kill()
                child.wait()
            drain.join(timeout=2)
            os.close(master)
        if not line:
            errors.seek(0)
            raise ProbeFailed(
                f"{' '.join(args)} reported nothing (exit {child.returncode}):\n"
                + errors.read().decode(errors="replace")[-2000:]
            )
    return elapsed, json.loads(line)


def _drain(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:  # EIO: the child closed the terminal
            return


def _read_line(fd: int, timeout: float) -> bytes:
    import select

    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return b""
        chunk = os.read(fd, 4096)
        if not chunk:
            return data
        data += chunk
    return data
