"""Every export format by name, as the bytes of the file: one place for the CLI and the app."""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from infocoach.core.records.model import Contact, Meeting, Target
from infocoach.core.settings import Settings

EXPORT_FORMATS: dict[str, tuple[str, str]] = {  # name -> (what users call it, file extension)
    "json": ("JSON", "json"),
    "markdown": ("Markdown", "md"),
    "csv": ("CSV", "csv"),
    "ics": ("iCalendar", "ics"),
    "vcard": ("vCard contacts", "vcf"),
}


def export_bytes(
    kind: str,
    contacts: list[Contact],
    meetings: list[Meeting],
    settings: Settings,
    now: pendulum.DateTime,
    targets: Sequence[Target] = (),
) -> bytes:
    """The export as the file's bytes (UTF-8). Raises ValueError for an unknown format, or for
    a stored meeting the calendar cannot hold."""
    # Imported here: each format needs only its own module (the calendar needs icalendar).
    if kind == "json":
        from infocoach.core.exports.json_exchange import dumps_document, export_document

        return dumps_document(export_document(contacts, meetings, list(targets))).encode("utf-8")
    if kind == "markdown":
        from infocoach.core.exports.markdown_journal import markdown_export

        return markdown_export(contacts, meetings, timezone=settings.timezone, targets=targets).encode("utf-8")
    if kind == "csv":
        from infocoach.core.exports.csv_table import csv_export

        return csv_export(contacts, meetings, timezone=settings.timezone).encode("utf-8")
    if kind == "ics":
        from infocoach.core.exports.ics_calendar import ics_export

        return ics_export(contacts, meetings, user_name=settings.user_name, now=now)
    if kind == "vcard":
        from infocoach.core.exports.vcard_export import vcard_export

        return vcard_export(contacts)
    raise ValueError(f"not an export format: {kind!r} (one of {', '.join(EXPORT_FORMATS)})")
