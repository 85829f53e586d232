"""Subcommands that open the Textual app. The lock is taken before any UI is drawn."""

from __future__ import annotations

import argparse
import gc
import io
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from infocoach.cli.common import no_meeting
from infocoach.cli.outcomes import EXIT_FAILURE, EXIT_OK, UsageProblem
from infocoach.core.clock import Clock, SystemClock
from infocoach.core.pipeline.statuses import why_no_wrapup
from infocoach.services import StartTarget
from infocoach.store import Store, StoreError
from infocoach.store.config import (
    Paths,
    SettingsUnreadable,
    load_settings,
    needs_first_run,
    resolve_paths,
    save_settings,
    system_timezone,
)


def open_app(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    return _run(paths, SystemClock(), demo=False, theme=args.theme)


def open_prep(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    if not paths.data_file.exists():  # nothing to prepare, and nothing to create
        raise UsageProblem(no_meeting(args.meeting_id))
    return _run(paths, SystemClock(), demo=False, start=StartTarget("prep", args.meeting_id), theme=args.theme)


def open_live(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    if not paths.data_file.exists():
        if args.meeting_id is not None:
            raise UsageProblem(no_meeting(args.meeting_id))
        print(f"infocoach: {NOTHING_SCHEDULED}", file=sys.stderr)
        return EXIT_FAILURE
    return _run(
        paths,
        SystemClock(),
        demo=False,
        start=StartTarget("live", args.meeting_id or NEXT_SCHEDULED, listen=getattr(args, "listen", False)),
        theme=args.theme,
    )


def open_wrapup(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    if not paths.data_file.exists():
        raise UsageProblem(no_meeting(args.meeting_id))
    return _run(paths, SystemClock(), demo=False, start=StartTarget("wrapup", args.meeting_id), theme=args.theme)


NEXT_SCHEDULED = ""  # `infocoach live` without an id: the next scheduled meeting
NOTHING_SCHEDULED = (
    "there is no scheduled meeting to open. Mark a meeting scheduled in the app "
    "(History: t), or give its id: infocoach live ID (see 'infocoach list')."
)


def _checked_start(store: Store, start: StartTarget, clock: Clock) -> StartTarget | None:
    """The start target with its meeting found (for a bare `live`, the next one to hold), or
    None (after a message) when there is nothing to hold. An unknown id is a UsageProblem."""
    if start.screen == "live":
        live = _live_target(store, start.meeting_id, clock)
        return None if live is None else replace(start, meeting_id=live)
    meeting = store.meeting(start.meeting_id)
    if meeting is None:
        raise UsageProblem(no_meeting(start.meeting_id))
    if start.screen == "wrapup" and (problem := why_no_wrapup(meeting)) is not None:
        raise UsageProblem(f"meeting {start.meeting_id} has no wrap-up: {problem}.")
    return start


def _live_target(store: Store, meeting_id: str, clock: Clock) -> str | None:
    """The meeting id the live screen opens, or None (after a message) when there is none."""
    if meeting_id == NEXT_SCHEDULED:
        from infocoach.core.live.session import next_to_hold

        meeting = next_to_hold(store.meetings(), clock.now())
        if meeting is None:
            print(f"infocoach: {NOTHING_SCHEDULED}", file=sys.stderr)
            return None
        return meeting.id
    meeting = store.meeting(meeting_id)
    if meeting is None:
        raise UsageProblem(no_meeting(meeting_id))
    from infocoach.core.live.session import why_not_live

    problem = why_not_live(meeting)
    if problem is not None:
        raise UsageProblem(f"meeting {meeting_id} cannot go live: {problem}.")
    return meeting_id


def open_demo(args: argparse.Namespace) -> int:
    clock = SystemClock()
    if getattr(args, "db", None):
        return _run(resolve_paths(args.db), clock, demo=True, theme=args.theme)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="infocoach-demo-") as folder:
        paths = resolve_paths(Path(folder) / "demo.json")
        return _run(paths, clock, demo=True, theme=args.theme)


def _run(paths: Paths, clock: Clock, **options: Any) -> int:
    # Start-up makes many long-lived objects (the database, its models, the widgets); a collection
    # in the middle would only re-scan them. The app turns the collector back on after its first
    # frame (InfocoachApp.settle_memory); here it is turned back on whatever happened.
    gc.disable()
    try:
        return _run_app(paths, clock, **options)
    finally:
        gc.enable()


def _run_app(
    paths: Paths,
    clock: Clock,
    *,
    demo: bool,
    start: StartTarget | None = None,
    theme: str | None = None,
) -> int:
    machine_zone = system_timezone()
    first_run = asks_first_run(paths.config_file, demo=demo, start=start)  # before anything writes it
    settings, warnings = load_settings(paths.config_file, default_timezone=machine_zone)
    from infocoach.cli.themes import available_themes, check_theme

    themes, theme_problems = available_themes(paths)
    if theme is not None and check_theme(theme, themes) != (settings.theme or None):
        settings = replace(settings, theme=theme)
        try:  # remembered for next time
            save_settings(paths.config_file, settings)
        except SettingsUnreadable as problem:
            # Nothing is opened: the user asked for the theme to be remembered, and it cannot be.
            raise StoreError(f"the theme was not saved: {problem}") from None
        except OSError as exc:
            warnings.append(f"could not remember the theme in {paths.config_file}: {exc.strerror or exc}")
    # Opening the store first means a locked, corrupt or unreachable file is reported
    # before Textual takes over the terminal.
    with Store.open(paths.data_file, clock=clock, backups_dir=paths.backups_dir) as store:
        target = _checked_start(store, start, clock) if start is not None else None
        if start is not None and target is None:
            return EXIT_FAILURE
        if not _has_terminal():
            # Without a terminal Textual would draw into a pipe or file and wait forever for keys.
            print(
                "infocoach: the app needs a terminal, and standard input or output is not one. "
                "To read your data without the app, use 'infocoach list' or 'infocoach export'.",
                file=sys.stderr,
            )
            return EXIT_FAILURE
        if demo:  # the sample data (written content) is only read for the demo
            from infocoach.core.samples.demo import DEMO_USER_NAME, build_demo
        if demo and store.is_empty():
            from infocoach.core.samples.demo_campaign import demo_connections, demo_targets, link_demo_referrals

            contacts, meetings = build_demo(clock.now(), settings.timezone)
            link_demo_referrals(contacts, meetings)
            contacts += demo_connections(clock.now(), settings.timezone)
            store.import_records(contacts, meetings, demo_targets(clock.now()))
        if demo and not settings.user_name:
            # The sample data belongs to Alex, so the sample drafts are signed by Alex
            # (in memory only: your settings file is not touched).
            settings = replace(settings, user_name=DEMO_USER_NAME, signature=DEMO_USER_NAME)
        from infocoach.app.application import InfocoachApp

        app = InfocoachApp(
            store=store,
            settings=settings,
            paths=paths,
            clock=clock,
            startup_warnings=warnings,
            demo=demo,
            start=target,
            themes=themes,
            theme_problems=theme_problems,
            settle_memory=True,
            first_run=first_run,
            machine_timezone=machine_zone,
        )
        crash_details = _keep_crash_details_off_screen(app)
        app.run()
    if crash_details.getvalue():
        from infocoach.store.crash_log import log_crash

        print(f"infocoach: {log_crash(crash_details.getvalue())}", file=sys.stderr)
    return app.return_code or EXIT_OK


def _keep_crash_details_off_screen(app: Any) -> io.StringIO:
    """Textual prints an unhandled error on its error console as it exits, as a traceback with
    the values of local variables (the user's meetings, notes and settings). Those details go
    to the private crash log instead; the screen gets one line (see _run_app)."""
    from rich.console import Console

    sink = io.StringIO()
    app.error_console = Console(file=sink, width=120, color_system=None, markup=False, highlight=False)
    return sink


def asks_first_run(config_file: Path, *, demo: bool, start: StartTarget | None) -> bool:
    """Whether the app opens with the first-run form (your name, time zone, signature): on a
    plain start with no settings file yet. Not in the demo (its drafts are Alex's, and it leaves
    your settings alone) nor over a screen opened from the command line (a call about to start
    is no time for a form): the next plain start asks."""
    return not demo and start is None and needs_first_run(config_file)


def _has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
