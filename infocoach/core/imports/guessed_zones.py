"""An import never knows where a person lives: it gives them the user's time zone, or the
machine's before the user has set one. On a machine that keeps UTC (a server, a fresh VM) that
guess is UTC, and drafts then offer times "UTC time". When the user then sets their own zone,
imported people still on UTC follow it, as they would have had it at import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from infocoach.core.records.model import Contact

UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"})


def follow_your_zone(contacts: Iterable[Contact], zone: str) -> list[Contact]:
    """Imported contacts still on UTC, moved to ``zone`` (none when ``zone`` is UTC itself).
    People typed in by hand keep what was typed."""
    if zone in UTC_NAMES:
        return []
    return [replace(c, timezone=zone) for c in contacts if c.source and c.timezone in UTC_NAMES]
