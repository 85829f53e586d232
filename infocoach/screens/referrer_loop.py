"""Closing the loop with whoever referred you: the note, and "told" recorded on the meeting.

History (R, the palette) and Targets (R) open it for a meeting held with someone a contact
referred you to. Data flows one way: the dialog's answer -> core (mark_referrer_told) -> store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from infocoach.core.campaign.names import short_name
from infocoach.core.campaign.referrer import mark_referrer_told, referrer_draft
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Meeting
from infocoach.services import coach_of

if TYPE_CHECKING:
    from textual.screen import Screen

    from infocoach.dialogs.referrer_note import ReferrerNoteResult

REFERRER_DRAFT = "referrer"  # where your own version of the note is kept, in Meeting.drafts
NOTHING_TO_TELL = (
    "No referrer is waiting to hear from you: once you meet someone a contact referred you to, this reminds you."
)


def referrer_items(items: list[DueItem]) -> list[DueItem]:
    return [item for item in items if item.kind is DueKind.TELL_REFERRER]


def choose_item(items: list[DueItem], meeting_id: str | None) -> DueItem | None:
    """The tell-referrer item about ``meeting_id`` if there is one, else the oldest."""
    waiting = referrer_items(items)
    return next((item for item in waiting if item.meeting_id == meeting_id), waiting[0] if waiting else None)


def tell_referrer(screen: Screen[None], meeting_id: str, then: Callable[[], object]) -> None:
    """Open the note to the referrer of the meeting's contact; ``then`` runs after a change."""
    app = coach_of(screen)
    store = app.store
    meeting = store.meeting(meeting_id)
    met = store.contact(meeting.contact_id) if meeting is not None else None
    referrer = store.contact(met.referred_by) if met is not None and met.referred_by else None
    if meeting is None or met is None or referrer is None:
        screen.notify(NOTHING_TO_TELL, severity="warning", markup=False)
        return
    from infocoach.dialogs.referrer_note import ReferrerNote

    draft = referrer_draft(referrer, met, meeting, app.settings, app.clock.now())

    def answered(result: ReferrerNoteResult | None) -> None:
        if result is None:
            return
        updated = Meeting.from_dict(meeting.to_dict())  # change a copy: the store decides
        if result.text is None:
            updated.drafts.pop(REFERRER_DRAFT, None)
        else:
            updated.drafts[REFERRER_DRAFT] = result.text
        if result.sent:
            mark_referrer_told(updated, app.clock.now())
        if updated == meeting:
            return
        done = (
            f"Marked as told: {short_name(referrer)} has heard how it went with {short_name(met)}."
            if result.sent
            else None
        )
        if app.guarded_save(lambda: store.save_meeting(updated), done=done):
            then()

    saved = meeting.drafts.get(REFERRER_DRAFT, "")
    screen.app.push_screen(ReferrerNote(draft, referrer, met, saved_text=saved), answered)
