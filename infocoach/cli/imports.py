"""`infocoach import`: one command, four kinds of file, each read by its own module.

The handler only picks the reader, so `import --from json` loads nothing of the others.
"""

from __future__ import annotations

import argparse

from infocoach.cli.outcomes import UsageProblem


def import_command(args: argparse.Namespace) -> int:
    source = getattr(args, "source", "json")
    if getattr(args, "meeting", None) and source != "ics":
        raise UsageProblem("--meeting is for --from ics: it names the meeting an invitation is for.")
    if source == "json":
        if args.dry_run:
            raise UsageProblem(
                "--dry-run is for --from linkedin, vcard and ics; a JSON import is checked whole first anyway."
            )
        from infocoach.cli.data import import_command as import_export_file

        return import_export_file(args)
    if source in ("linkedin", "vcard"):
        from infocoach.cli.people_import import import_people

        return import_people(args)
    from infocoach.cli.invite_import import import_invite

    return import_invite(args)
