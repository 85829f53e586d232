"""The command line builds only the subcommand a run names (agenda's start-up), and parses
exactly as the whole command line does."""

from __future__ import annotations

import argparse

import pytest

from infocoach.cli.parser import _SUBCOMMANDS, build_parser, command_of


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["agenda", "--days", "3"], "agenda"),
        (["--db", "list", "agenda"], "agenda"),  # an option's value is not the command
        (["--db=x.json", "list", "--status", "done"], "list"),
        (["--th", "dark", "agenda"], "agenda"),  # an abbreviation argparse accepts
        (["--theme", "agenda"], None),  # the app, in a theme named "agenda"
        (["-h"], None),
        ([], None),
        (["agendas"], None),  # a typo: the whole command line, to list the choices
        (["--", "agenda"], None),
    ],
)
def test_the_command_named(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["agenda", "--days", "3", "--format", "json"],
        ["--db", "a.json", "agenda", "--notify"],
        ["list", "--status", "done", "--archived"],
        ["export", "--format", "csv", "-o", "out.csv"],
        ["import", "in.csv", "--from", "linkedin", "--dry-run"],
        ["draft", "thanks", "--meeting", "m-1"],
        ["live"],
        ["--theme", "nord"],
    ],
)
def test_one_subcommand_parses_as_the_whole_command_line(argv: list[str]) -> None:
    whole = build_parser().parse_args(argv)
    alone = build_parser(command_of(argv)).parse_args(argv)
    assert vars(alone) == vars(whole)


def test_the_whole_command_line_has_every_subcommand() -> None:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(sub.choices) == list(_SUBCOMMANDS)
    assert {"agenda", "list", "targets", "import", "export"} <= set(sub.choices)
