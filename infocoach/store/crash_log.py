"""The last resort for a bug: keep the traceback in a log file, tell the user where it is."""

from __future__ import annotations

import traceback
from pathlib import Path

import platformdirs


def report_crash() -> str:
    """Write the current exception's traceback to the log directory; return a one-line message."""
    details = traceback.format_exc()
    try:
        log_dir = platformdirs.user_log_path("infocoach")
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        log_file = Path(log_dir) / "crash.log"
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(details + "\n")
    except OSError:
        return "something went wrong inside infocoach (and the crash log could not be written)."
    return f"something went wrong inside infocoach; the details are in {log_file}."
