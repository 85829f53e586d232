"""Prep's Compose in mail (ctrl+n): the outreach or follow-up email opened in the mail program,
and the .eml file offered instead when it is too long for a mail link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from infocoach.core.exports.mail_file import eml_bytes
from infocoach.dialogs.compose_mail import compose_in_mail
from infocoach.dialogs.save_file import save_to_chosen_file
from infocoach.screens.prep.draft_actions import default_draft_path
from infocoach.store.config import protected_paths

if TYPE_CHECKING:
    from infocoach.screens.prep.prep_screen import PrepScreen
    from infocoach.widgets.draft_panel import DraftPanel


def compose_draft(screen: PrepScreen, panel: DraftPanel) -> bool:
    """Hand the email on screen to the mail program (a LinkedIn note has no mail to go in)."""
    if panel.channel != "email":
        screen.notify(
            "This is the LinkedIn note: copy it (ctrl+l) into LinkedIn. Choose email as the channel "
            "to compose an email in your mail program.",
            severity="warning",
            timeout=8,
            markup=False,
        )
        return False
    if not panel.is_edited():
        # An untouched draft is written again for the meeting as it is now, as coming to the tab
        # does (that happens after this key, so its length or times may have changed since).
        panel.load_kind(panel.kind)
    contact = screen.contact
    return compose_in_mail(
        screen,
        to_name=contact.display_name,
        to_address=contact.email,
        subject=panel.subject(),
        body=panel.text(),
        offer_eml=lambda: save_eml(screen, panel),
    )


def save_eml(screen: PrepScreen, panel: DraftPanel) -> None:
    """Save the email as an .eml file, a draft any mail program opens ready to send."""
    contact = screen.contact
    data = eml_bytes(
        subject=panel.subject(),
        body=panel.text(),
        to_name=contact.display_name,
        to_address=contact.email,
        now=screen.coach.clock.now(),
    )

    save_to_chosen_file(
        screen,
        default_draft_path(contact, panel.kind).with_suffix(".eml"),
        lambda path: data,
        title="Save the draft as .eml",
        protected=protected_paths(screen.coach.paths),
        saved=lambda path: f"Saved {path}. Open it in your mail program to send it.",
    )
