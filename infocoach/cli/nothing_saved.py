"""Whether a database has simply not been created yet: the commands that only read (`list`,
`export`, `agenda`, `targets`) then say so kindly instead of failing. Light on purpose:
`agenda` asks it before it loads anything else."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def nothing_saved_yet(path: Path) -> bool:
    """Whether ``path`` is simply not created yet: no file there, nothing in its way, and the
    nearest existing folder above it is a folder.

    False when something is there (a file, a folder, a dangling link) or the path cannot be a
    file (a parent is a regular file, or cannot be read): the store then says what is wrong.
    """
    try:
        os.lstat(path)
        return False
    except FileNotFoundError:
        pass
    except OSError:  # e.g. ENOTDIR: a parent is a regular file; EACCES: cannot look
        return False
    for parent in path.parents:  # the nearest existing ancestor must be a folder
        try:
            mode = os.stat(parent).st_mode
        except FileNotFoundError:
            continue
        except OSError:
            return False
        return stat.S_ISDIR(mode)
    return False
