"""The command line's words: every subcommand, its options and its help, and which handler
("module:function", imported only when its command runs) answers it.

A run builds only the top level and the one subcommand it names (:func:`command_of`), so the
commands that are run from a shell start-up file (``agenda``) pay for nothing else.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from infocoach import __version__

if TYPE_CHECKING:
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]  # what add_subparsers returns


def _db_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        # On subcommands SUPPRESS keeps a --db given before the subcommand from being reset.
        default=argparse.SUPPRESS if suppress else None,
        help="database file (default: $INFOCOACH_DB, else the user data directory)",
    )


def _theme_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--theme",
        metavar="NAME",
        default=argparse.SUPPRESS if suppress else None,
        help="colour theme (remembered; 'infocoach themes' lists them)",
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` the top level and that one subcommand (what a
    run needs: building all of them is a noticeable part of ``agenda``'s start-up). Handlers
    are named "module:function" and imported only when their command runs, so `--help` and the
    data commands never load what they do not use."""
    parser = argparse.ArgumentParser(
        prog="infocoach",
        description="A terminal companion for informational interviews.",
        epilog="Run without a subcommand to open the app on your database.",
    )
    parser.add_argument("--version", action="version", version=f"infocoach {__version__}")
    _db_option(parser, suppress=False)
    _theme_option(parser, suppress=False)
    parser.set_defaults(handler="infocoach.cli.launch:open_app")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, add in _SUBCOMMANDS.items():
        if only is None or name == only:
            add(sub)
    return parser


def _add_demo(sub: Subcommands) -> None:
    demo = sub.add_parser(
        "demo",
        help="open the app on realistic sample data",
        description="Open the app on sample data. Without --db the data lives in a throw-away "
        "file; with --db a new file is filled with the sample data first.",
    )
    _db_option(demo, suppress=True)
    _theme_option(demo, suppress=True)
    demo.set_defaults(handler="infocoach.cli.launch:open_demo")


def _add_export(sub: Subcommands) -> None:
    export = sub.add_parser(
        "export",
        help="write every contact and meeting to a file or standard output",
        description="Export the database. json: everything, and it can be read back with "
        "'infocoach import'; markdown: a readable journal of every meeting, newest first; "
        "csv: one row per meeting, for a spreadsheet; ics: the scheduled meetings, for a "
        "calendar app; vcard: your contacts, for a phone or an address book. Archived meetings are "
        "in json, markdown and csv, marked as archived.",
    )
    export.add_argument(
        "--format",
        choices=["json", "markdown", "csv", "ics", "vcard"],
        default="json",
        help="output format (default: json)",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _db_option(export, suppress=True)
    export.set_defaults(handler="infocoach.cli.data:export_command")


def _add_import(sub: Subcommands) -> None:
    imp = sub.add_parser(
        "import",
        help="add contacts and meetings from a file: an export, LinkedIn connections, vCards, an invitation",
        description="Import a file. json (the default): an 'infocoach export'; records whose id "
        "already exists are replaced by the file's version. linkedin: the Connections.csv of "
        "LinkedIn's data export; vcard: contacts from a phone or an address book (.vcf); both can "
        "be imported again and again: they add who is new, update who changed jobs, and never "
        "overwrite a field you edited. ics: a calendar invitation (.ics) for one of your meetings. "
        "Everything is checked first; on any problem nothing is written and the exit status is 2.",
    )
    imp.add_argument("file", metavar="FILE", help="the file to read, or - for standard input (json, linkedin, vcard)")
    imp.add_argument(
        "--from",
        dest="source",
        choices=["json", "linkedin", "vcard", "ics"],
        default="json",
        help="what the file is (default: json)",
    )
    imp.add_argument("--dry-run", action="store_true", help="print what would change and write nothing")
    imp.add_argument(
        "--meeting",
        metavar="ID",
        help="with --from ics: the meeting the invitation is for, when several meetings could be",
    )
    _db_option(imp, suppress=True)
    imp.set_defaults(handler="infocoach.cli.imports:import_command")


def _add_targets(sub: Subcommands) -> None:
    targets = sub.add_parser(
        "targets",
        help="list your target employers (the LAMP list), best first",
        description="Print your target employers sorted by Motivation, then Posting, then "
        "Advocacy, the top five marked as this week's focus, with the people you know there "
        "and the next step at each.",
    )
    targets.add_argument("--format", choices=["text", "json"], default="text")
    targets.add_argument("--archived", action="store_true", help="include archived targets")
    _db_option(targets, suppress=True)
    targets.set_defaults(handler="infocoach.cli.targets:targets_command")


def _add_agenda(sub: Subcommands) -> None:
    agenda = sub.add_parser(
        "agenda",
        help="what is due today (and in the next days): for a shell start-up file",
        description="Print what is due: follow-ups, let-go notices, thank-you notes, meetings "
        "(in your time and theirs), planned updates and notes to whoever referred you. Reads "
        "the last save without waiting for the app.",
    )
    agenda.add_argument("--days", type=int, default=0, metavar="N", help="also what is due in the next N days")
    agenda.add_argument("--format", choices=["text", "json"], default="text")
    agenda.add_argument(
        "--notify",
        action="store_true",
        help="send a desktop notification for each item due now (needs pip install 'infocoach[notify]')",
    )
    _db_option(agenda, suppress=True)
    agenda.set_defaults(handler="infocoach.cli.agenda:agenda_command")


def _add_list(sub: Subcommands) -> None:
    from infocoach.core.records.model import STATUS_NAMES  # the model is loaded for list only

    listing = sub.add_parser(
        "list",
        help="list meetings with their status",
        description="List meetings, newest first.",
    )
    listing.add_argument("--status", choices=STATUS_NAMES, help="only meetings with this status")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.add_argument("--archived", action="store_true", help="include archived meetings")
    _db_option(listing, suppress=True)
    listing.set_defaults(handler="infocoach.cli.data:list_command")


def _add_themes(sub: Subcommands) -> None:
    themes = sub.add_parser(
        "themes",
        help="list the colour themes (yours from the themes folder too)",
        description="List the theme names --theme accepts, and report theme files that cannot be used.",
    )
    themes.set_defaults(handler="infocoach.cli.themes:themes_command")


def _add_paths(sub: Subcommands) -> None:
    paths = sub.add_parser(
        "paths",
        help="show where the data, settings, backups and themes live",
        description="Print the locations infocoach uses.",
    )
    _db_option(paths, suppress=True)
    paths.set_defaults(handler="infocoach.cli.data:paths_command")


def _add_prep(sub: Subcommands) -> None:
    prep = sub.add_parser(
        "prep",
        help="open the Prep screen for a meeting",
        description="Open the app on the Prep screen of meeting ID: research, questions, intro, drafts.",
    )
    prep.add_argument("meeting_id", metavar="ID", help="the meeting's id (see 'infocoach list')")
    _db_option(prep, suppress=True)
    _theme_option(prep, suppress=True)
    prep.set_defaults(handler="infocoach.cli.launch:open_prep")


def _add_live(sub: Subcommands) -> None:
    live = sub.add_parser(
        "live",
        help="open the live screen for a meeting: clock, talk meter, questions, notes",
        description="Open the live meeting screen for meeting ID, or without an ID for the next "
        "scheduled meeting (or the one already under way). A meeting interrupted by a crash "
        "resumes where it was.",
    )
    live.add_argument("meeting_id", metavar="ID", nargs="?", help="the meeting's id (see 'infocoach list')")
    live.add_argument(
        "--listen",
        action="store_true",
        help="let the microphone (and the call's audio, if set in Settings) run the talk meter; "
        "needs the audio extra: pip install 'infocoach[audio]'. Nothing is recorded.",
    )
    _db_option(live, suppress=True)
    _theme_option(live, suppress=True)
    live.set_defaults(handler="infocoach.cli.launch:open_live")


def _add_wrapup(sub: Subcommands) -> None:
    wrapup = sub.add_parser(
        "wrapup",
        help="open the wrap-up of a meeting you have had: summary and thank-you note",
        description="Open the wrap-up screen of meeting ID: how it went, a thank-you note drafted "
        "from your notes, and the next steps.",
    )
    wrapup.add_argument("meeting_id", metavar="ID", help="the meeting's id (see 'infocoach list')")
    _db_option(wrapup, suppress=True)
    _theme_option(wrapup, suppress=True)
    wrapup.set_defaults(handler="infocoach.cli.launch:open_wrapup")


def _add_lint(sub: Subcommands) -> None:
    lint = sub.add_parser(
        "lint",
        help="check questions or a message against the coach's rules",
        description="Check text against the coach's rules. Exit status: 0 no findings, 1 findings, 2 usage error.",
    )
    lint.add_argument(
        "--kind",
        choices=["question", "outreach", "followup", "thanks"],
        default="outreach",
        help="what the text is (question: one question per line)",
    )
    lint.add_argument("--channel", choices=["email", "linkedin"], help="default: the meeting's channel, else email")
    lint.add_argument("--format", choices=["text", "json"], default="text")
    lint.add_argument(
        "--meeting", metavar="ID", help="the message is to this meeting's contact: greet them as they asked"
    )
    lint.add_argument("file", metavar="FILE", nargs="?", default="-", help="a text file, or - for stdin")
    _db_option(lint, suppress=True)
    lint.set_defaults(handler="infocoach.cli.lint:lint_command")


def _add_talk_detect(sub: Subcommands) -> None:
    talk = sub.add_parser(
        "talk-detect",
        help="measure who talked how long in a WAV recording",
        description="Run the live screen's talk detector over a WAV recording. A mono file is "
        "the microphone (you); a stereo file has the microphone on the left and the call on the "
        "right (them). json gives each speaker's seconds and every turn. Nothing is stored. "
        "Needs the audio extra: pip install 'infocoach[audio]'. Exit status: 0 done, "
        "1 the audio extra is missing, 2 the file is not a WAV recording that can be used.",
    )
    talk.add_argument(
        "file",
        metavar="FILE",
        help="a WAV file, mono or stereo, 8 kHz or more: 16-bit PCM (8, 24 and 32-bit "
        "PCM in the plain WAV format too; a WAVE_FORMAT_EXTENSIBLE file, as sox and "
        "ffmpeg write above 16 bits, needs Python 3.12)",
    )
    talk.add_argument("--format", choices=["text", "json"], default="text")
    talk.set_defaults(handler="infocoach.cli.talk_detect:talk_detect_command")


def _add_draft(sub: Subcommands) -> None:
    draft = sub.add_parser(
        "draft",
        help="print an outreach, follow-up or thank-you draft for a meeting",
        description="Print a draft message for a meeting, written from its contact and your settings.",
    )
    draft.add_argument(
        "kind",
        choices=["outreach", "followup", "thanks"],
        help="which message (thanks: the thank-you after a meeting held)",
    )
    draft.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id")
    draft.add_argument("--channel", choices=["email", "linkedin"], help="default: the meeting's channel")
    draft.add_argument(
        "--anyway", action="store_true", help="write a follow-up even after the one follow-up was sent (not advised)"
    )
    _db_option(draft, suppress=True)
    draft.set_defaults(handler="infocoach.cli.draft:draft_command")


def _add_calendar(sub: Subcommands) -> None:
    calendar = sub.add_parser(
        "calendar",
        help="write a scheduled meeting as an iCalendar (.ics) event",
        description="Write meeting ID as an iCalendar event with a reminder, for any calendar app.",
    )
    calendar.add_argument("meeting_id", metavar="ID", help="a scheduled meeting's id")
    calendar.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _db_option(calendar, suppress=True)
    calendar.set_defaults(handler="infocoach.cli.calendar:calendar_command")


def _add_sheet(sub: Subcommands) -> None:
    sheet = sub.add_parser(
        "sheet",
        help="write a meeting's one-page prep sheet as Markdown",
        description="Write the prep sheet of meeting ID as Markdown, to print or keep on a second "
        "screen: the contact and the meeting's time (theirs and yours), why them, your intro, the "
        "question plan grouped by TIARA with its time budget, and your research notes.",
    )
    sheet.add_argument("meeting_id", metavar="ID", help="the meeting's id (see 'infocoach list')")
    sheet.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _db_option(sheet, suppress=True)
    sheet.set_defaults(handler="infocoach.cli.sheet:sheet_command")


_SUBCOMMANDS: dict[str, Callable[[Subcommands], None]] = {
    "demo": _add_demo,
    "export": _add_export,
    "import": _add_import,
    "targets": _add_targets,
    "agenda": _add_agenda,
    "list": _add_list,
    "themes": _add_themes,
    "paths": _add_paths,
    "prep": _add_prep,
    "live": _add_live,
    "wrapup": _add_wrapup,
    "lint": _add_lint,
    "talk-detect": _add_talk_detect,
    "draft": _add_draft,
    "calendar": _add_calendar,
    "sheet": _add_sheet,
}


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (its first word that is no option or option value), or
    None: then the whole command line is built, as for ``--help`` or a mistyped command."""
    args = iter(argv)
    for arg in args:
        if arg == "--":
            return None
        if _takes_value(arg):
            next(args, None)
        elif not arg.startswith("-"):
            return arg if arg in _SUBCOMMANDS else None
    return None


def _takes_value(arg: str) -> bool:
    """``--db PATH``, ``--theme NAME``, or an abbreviation argparse accepts (``--th NAME``)."""
    return len(arg) > 2 and "=" not in arg and any(option.startswith(arg) for option in ("--db", "--theme"))
