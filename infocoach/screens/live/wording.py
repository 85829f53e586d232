"""What the live screen says in words: its help, the line about who you are talking to, the
clock's state, and the welcome back after a restart. Plain text: shown with ``markup=False``."""

from __future__ import annotations

from datetime import datetime

import pendulum

from infocoach.core.live.meeting_clock import mmss
from infocoach.core.live.session import LiveSession
from infocoach.core.records.model import Contact, Meeting

HELP = """\
Keep this screen open during the call. The clock starts with p, or with the first speaker key.

Talk balance, a chess clock for the conversation: press m when you start speaking, t when they \
do, and space for a silence or a pause. Aim to speak 20–40% of the time; the bar turns amber \
and then red above that. One calm line appears at 70% of the time, at five minutes left and at \
the end, and if your intro or any stretch of talking runs long.

Questions: ↑/↓ or j/k move, enter marks the question asked, s skips it (press again to undo). \
With under ten minutes left, the top open questions are starred.

n adds a note, stamped with the time and a question: the one you just marked asked (within \
a minute), else the one under the cursor; ↑/↓ in the note changes it. * stars the last note \
(the thank-you draws on starred notes), E edits it and D deletes it. r adds a referral \
("who else should I talk to?"), a an action item. p pauses for an interruption. e ends the \
meeting. l listens: the microphone (and, if set in Settings, the call's audio) moves the talk \
meter for you; nothing is recorded, and m, t and space still win for a moment. \
Everything is saved as you go: if the terminal closes, `infocoach live ID` picks up \
where you were."""


NOTE_KEY_IDS = ("live.star", "live.edit_note", "live.delete_note")  # the keys for the last note


def notes_keys(star: str, edit: str, delete: str) -> str:
    """Beside the Notes title: "* star · E edit · D delete" (the keys as the user has them)."""
    return f"{star} star · {edit} edit · {delete} delete"


UNSAVED_LEAVING = (
    "Some of this meeting is not saved yet: {problem}. If you leave now, what is not saved is "
    "lost. Stay here and infocoach keeps trying: it is saved as soon as the file can be written."
)
UNSAVED_ENDED = (
    "It is not saved yet: the file cannot be written. It is kept here, infocoach keeps trying, "
    "and the wrap-up opens as soon as it is saved."
)


def who_line(contact: Contact, meeting: Meeting) -> str:
    """ "Ms. Maria Rivera · Data Scientist, Acme · what you hope to learn"."""
    parts = [contact.display_name]
    if contact.role or contact.organization:
        parts.append(", ".join(p for p in (contact.role, contact.organization) if p))
    if meeting.purpose:
        parts.append(meeting.purpose)
    return " · ".join(parts)


def clock_state(session: LiveSession) -> str:
    """Under the clock: whether it runs, and the key that changes that."""
    if session.ended:
        return "ended"
    if not session.started:
        return "not started: p starts the clock (or m / t)"
    if session.paused:
        return "PAUSED: p resumes"
    return "running"


def welcome_back(session: LiveSession, now: datetime, timezone: str) -> str:
    """Reopening a meeting under way (after a crash or Escape): where it stands."""
    since = pendulum.parse(session.meeting.started_at or "")
    local = since.in_timezone(timezone).format("HH:mm")  # type: ignore[union-attr]
    state = "paused" if session.paused else "running"
    return (
        f"Picked up where you were: the meeting started at {local} and is {state} at "
        f"{mmss(session.elapsed(now))}. Your notes and talk times are all here."
    )
