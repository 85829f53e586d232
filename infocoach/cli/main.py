"""The command line: parse arguments (``cli/parser.py``), dispatch to a subcommand, turn
errors into messages.

Textual is imported only by the subcommands that open the app (see ``cli/launch.py``),
so ``export``, ``import``, ``list`` and ``paths`` start fast and work without a terminal.
Exit status: 0 success, 1 a problem with the data file or the system, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from infocoach.cli.outcomes import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageProblem
from infocoach.cli.parser import build_parser, command_of

__all__ = ["build_parser", "command_of", "main"]  # the parser is built in cli/parser.py

Handler = Callable[[argparse.Namespace], int]


def _resolve(handler: str) -> Handler:
    module_name, _, function = handler.partition(":")
    return getattr(importlib.import_module(module_name), function)


def main(argv: Sequence[str] | None = None) -> int:
    from infocoach.cli.safe_output import terminal_safe_output

    # Every message, table and draft goes out with its control characters shown visibly: a
    # name or an id holding an escape sequence never reaches the terminal raw.
    with terminal_safe_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from infocoach.store import StoreError

    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(command_of(arguments))
    args = parser.parse_args(arguments)
    try:
        return _resolve(args.handler)(args)
    except UsageProblem as problem:
        print(f"infocoach: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as problem:
        print(f"infocoach: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # e.g. `infocoach export | head`: the reader left; that is not an error worth a message.
        return EXIT_OK
    except Exception:  # the last resort: a bug. Log it in full, show the user one line.
        from infocoach.store.crash_log import report_crash

        print(f"infocoach: {report_crash()}", file=sys.stderr)
        return EXIT_FAILURE
