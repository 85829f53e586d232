"""The last resort for a bug: keep the details in a private log file, tell the user where it is.

The details can hold the user's data (a traceback's values, a meeting's notes), so the log is
the owner's only: the file is 0600 and the folders made for it 0700, whatever the umask.
The screen only ever gets one line.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import platformdirs

from infocoach.store.safe_files import FILE_MODE, make_private_dirs


def crash_log_path() -> Path:
    """Where the details of a crash are kept (also one of the files no export may overwrite)."""
    return platformdirs.user_log_path("infocoach") / "crash.log"


def report_crash() -> str:
    """Write the current exception's traceback to the log; return a one-line message."""
    return log_crash(traceback.format_exc())


def log_crash(details: str) -> str:
    """Append ``details`` to the crash log (private); return a one-line message for the user."""
    log_file = crash_log_path()
    try:
        make_private_dirs(log_file.parent)
        fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)  # a log made before (or under another umask) becomes private
            os.write(fd, (details.rstrip("\n") + "\n\n").encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except OSError:
        return "something went wrong inside infocoach (and the crash log could not be written)."
    return f"something went wrong inside infocoach; the details are in {log_file}."
