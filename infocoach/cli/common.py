"""What several commands share: finding a meeting by id, and reading settings out loud."""

from __future__ import annotations

import sys

from infocoach.cli.outcomes import UsageProblem
from infocoach.core.records.model import Contact, Meeting
from infocoach.core.settings import Settings
from infocoach.store import Store, StoreError
from infocoach.store.config import Paths, load_settings


def no_meeting(meeting_id: str) -> str:
    return f"There is no meeting with id {meeting_id!r}. See the meetings and their ids with: infocoach list"


def meeting_and_contact(store: Store, meeting_id: str) -> tuple[Meeting, Contact]:
    """The meeting and its contact; UsageProblem (exit 2) for an unknown id."""
    meeting = store.meeting(meeting_id)
    if meeting is None:
        raise UsageProblem(no_meeting(meeting_id))
    contact = store.contact(meeting.contact_id)
    if contact is None:
        raise StoreError(f"Meeting {meeting.id} refers to contact {meeting.contact_id}, which is not in the database.")
    return meeting, contact


def settings_with_warnings(paths: Paths) -> Settings:
    """The user's settings; each problem with the file is printed to stderr as a warning."""
    settings, warnings = load_settings(paths.config_file)
    for warning in warnings:
        print(f"infocoach: warning: {warning}", file=sys.stderr)
    return settings
