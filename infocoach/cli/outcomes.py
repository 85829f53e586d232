"""How a command ends: its exit status, and the error that means bad input (exit 2).

Kept apart from main.py so each subcommand can use them without importing the parser.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1  # the data file cannot be used (open elsewhere, damaged, unreachable)
EXIT_USAGE = 2  # bad input or a bad command line


class UsageProblem(Exception):
    """Bad input from the user: reported as a message with exit status 2."""
