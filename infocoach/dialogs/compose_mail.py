"""Compose in mail: a draft handed to the user's mail program as a ``mailto:`` link, for every
draft (Prep's outreach and follow-up, the wrap-up's thank-you, the note to a referrer).

The link is made by :func:`infocoach.core.exports.mailto.mailto_link` and opened with the
standard library's :mod:`webbrowser` (which goes through ``xdg-open``, ``open`` or the Windows
shell to whatever handles ``mailto:``) in a thread, so a slow handler never holds up the screen.
A draft that still asks the user a question (``[[answer above: …]]``) is refused, as Mark sent
refuses it. A link too long for mail programs to take whole is not opened: the user is told
so and offered the .eml file, which has no such limit.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from collections.abc import Callable

from textual.dom import DOMNode

from infocoach.core.coach.unanswered import has_marker
from infocoach.core.exports.mailto import MailtoTooLong, mailto_link
from infocoach.dialogs.confirm import ConfirmModal

OPEN_QUESTION = (
    "This draft still holds a question for you ([[answer above: …]]): answer it above the draft "
    "before it goes to your mail program."
)


def compose_in_mail(
    node: DOMNode,
    *,
    to_name: str,
    to_address: str,
    subject: str,
    body: str,
    offer_eml: Callable[[], None] | None = None,
) -> bool:
    """Open the mail program with the draft filled in; False (and said why) when it is not
    handed over. ``offer_eml`` saves the draft as an .eml, offered when the link is too long."""
    app = node.app
    if has_marker(body) or has_marker(subject):
        app.notify(OPEN_QUESTION, severity="warning", timeout=8, markup=False)
        return False
    try:
        link = mailto_link(to_address, subject, body)
    except MailtoTooLong as too_long:
        _offer_eml(node, f"{too_long} A longer link may arrive cut short.", offer_eml)
        return False
    if not _desktop_session():
        app.notify(
            "There is no desktop session here to open a mail program from. Save the draft as an "
            ".eml file (ctrl+o) and open it where your mail program runs.",
            severity="warning",
            timeout=10,
            markup=False,
        )
        return False
    if to_address.strip():
        app.notify(f"Opening your mail program with the draft to {to_name}…", title="Compose in mail", markup=False)
    else:
        app.notify(
            f"There is no e-mail address for {to_name}, so the To line is empty: fill it in there, "
            "or add the address to the contact (Contacts, e).",
            title="Compose in mail",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def hand_over() -> None:
        try:
            opened = webbrowser.open(link)
        except (webbrowser.Error, OSError):
            opened = False
        if not opened:
            app.call_from_thread(
                app.notify,
                "No mail program took the link. Set one for mailto: links in your desktop's "
                "settings, or save the draft as an .eml file (ctrl+o) and open that.",
                severity="error",
                timeout=10,
                markup=False,
            )

    app.run_worker(hand_over, name="compose-in-mail", group="compose-in-mail", thread=True, exit_on_error=False)
    return True


def _offer_eml(node: DOMNode, reason: str, offer_eml: Callable[[], None] | None) -> None:
    app = node.app
    if offer_eml is None:
        app.notify(f"{reason} Save it as an .eml file instead.", severity="warning", timeout=10, markup=False)
        return
    question = f"{reason} Save it as an .eml file instead? Your mail program opens it with everything filled in."
    app.push_screen(
        ConfirmModal(question, confirm="Save .eml"),
        lambda yes: offer_eml() if yes else None,
    )


def _desktop_session() -> bool:
    """Whether a mail program can be opened from here. On Linux and the BSDs without a display,
    :mod:`webbrowser` would fall back to a text browser in this very terminal, under the app."""
    if sys.platform in ("darwin", "win32", "cygwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"))
