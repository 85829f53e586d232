"""Pieces of the wrap-up screen: the summary in words, and what its buttons do."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from infocoach.core.describe import duration_text, percent_text
from infocoach.core.exports.mail_file import eml_bytes
from infocoach.core.live.meeting_clock import mmss
from infocoach.core.pipeline.follow_through import (
    NEXT_TOUCH_WEEKS,
    next_touch_text,
    plan_next_touch,
    thank_you_state,
)
from infocoach.core.pipeline.follow_through import next_touch_default as _next_touch_moment
from infocoach.core.records.model import ActionItem, Contact, Meeting, Referral
from infocoach.core.settings import Settings
from infocoach.core.wrapup.summary import WrapupSummary

if TYPE_CHECKING:
    import pendulum

    from infocoach.screens.wrapup.wrapup_screen import WrapupScreen
    from infocoach.widgets.thanks_panel import ThanksPanel

__all__ = [
    "NEXT_TOUCH_WEEKS",
    "action_choice",
    "add_referral_contact",
    "next_touch_default",
    "next_touch_text",
    "records_text",
    "referral_choice",
    "save_thanks",
    "schedule_touch",
    "summary_text",
    "thank_you_state",
]

_BAND_STYLE = {"good": "green", "quiet": "green", "amber": "yellow", "red": "red"}


def next_touch_default(meeting: Meeting, now: pendulum.DateTime, timezone: str) -> str:
    """The suggested update date as the date field shows it."""
    return _next_touch_moment(meeting, now, timezone).format("YYYY-MM-DD")


def summary_text(summary: WrapupSummary, meeting: Meeting, settings: Settings) -> Text:
    """The figures, one per line, label then value (user text kept literal); the questions
    left open are listed under them."""
    lines = Text()

    def row(label: str, value: str | Text) -> None:
        lines.append(f"{label:<16}", "bold")
        lines.append(value if isinstance(value, Text) else Text(value))
        lines.append("\n")

    planned = mmss(summary.planned_seconds)
    if summary.held_seconds:
        row("Duration", f"{duration_text(summary.held_seconds)} of {duration_text(summary.planned_seconds)} planned")
    else:
        row("Duration", f"not timed ({planned} planned)")
    if summary.share is not None:
        share = Text(percent_text(summary.share), _BAND_STYLE.get(summary.band or "", ""))
        share.append(f"  (aim {settings.talk_target_low}–{settings.talk_target_high}%)", "dim")
        row("You spoke", share)
        row("Intro", duration_text(summary.intro_seconds))
        row("Longest stretch", duration_text(summary.longest_monologue))
    if summary.planned:
        row("Questions", f"{summary.asked}/{summary.planned} asked")
        for question in summary.left:
            left = Text("  ○ ")
            left.append(question.text)
            if question.category:
                left.append(f"  {question.category}", "dim")
            lines.append(left)
            lines.append("\n")
    lines.rstrip()
    return lines


def records_text(meeting: Meeting) -> Text:
    """The notes, referrals and action items taken in the meeting, each with its time."""
    lines = Text()
    for heading, items in (
        ("Notes", meeting.notes),
        ("Referrals", meeting.referrals),
        ("Action items", meeting.action_items),
    ):
        if not items:
            continue
        lines.append(f"{heading}\n", "bold")
        for item in items:
            line = Text(f"{mmss(item.at) if item.at is not None else '     '}  ", "dim")
            if isinstance(item, Referral):
                line.append_text(referral_choice(item))
            else:
                starred = getattr(item, "starred", False)
                line.append(("★ " if starred else "") + item.text)
            lines.append(line)
            lines.append("\n")
        lines.append("\n")
    lines.rstrip()
    return lines


def action_choice(item: ActionItem) -> Text:
    """An action item as the list shows it: its text, and "done" in words once ticked off
    (the list's own tick mark looks much the same either way in some terminals)."""
    line = Text(item.text)
    if item.done:
        line.append("  ✓ done", "bold")
    return line


def referral_choice(referral: Referral) -> Text:
    line = Text("→ ")
    line.append(referral.name, "bold")
    if referral.organization:
        line.append(f", {referral.organization}")
    if referral.detail:
        line.append(f" — {referral.detail}", "dim")
    if referral.contact_id:
        line.append("  ✓ added as a contact", "green")
    return line


def save_thanks(screen: WrapupScreen, panel: ThanksPanel) -> None:
    """Save the note as .eml (a draft any mail program opens) or as plain text."""
    from infocoach.dialogs.save_file import save_to_chosen_file
    from infocoach.store.config import protected_paths

    contact = screen.contact

    def note_bytes(path: Path) -> bytes:
        if path.suffix.lower() == ".eml":
            return eml_bytes(
                subject=panel.subject(),
                body=panel.text(),
                to_name=contact.display_name,
                to_address=contact.email,
                now=screen.coach.clock.now(),
            )
        subject = f"Subject: {panel.subject()}\n\n" if panel.subject() else ""
        return (subject + panel.text().rstrip("\n") + "\n").encode("utf-8")

    def saved(path: Path) -> str:
        hint = " Open it in your mail program to send it." if path.suffix.lower() == ".eml" else ""
        return f"Saved {path}.{hint}"

    save_to_chosen_file(
        screen,
        default_eml_path(contact),
        note_bytes,
        title="Save the thank-you (.eml or .txt)",
        protected=protected_paths(screen.coach.paths),
        saved=saved,
    )


def schedule_touch(screen: WrapupScreen, text: str) -> bool:
    app = screen.coach
    try:
        when = plan_next_touch(screen.meeting, text, app.clock.now(), app.settings.timezone)
    except ValueError as problem:
        screen.notify(str(problem), severity="warning", markup=False)
        return False
    screen.notify(f"Update planned for {when.format('dddd D MMMM', locale='en')}.", markup=False)
    return True


def add_referral_contact(screen: WrapupScreen, index: int) -> None:
    """One step from a referral to a contact: the contact form, filled in from the referral."""
    from infocoach.core.imports.known_person import known_contact
    from infocoach.core.pipeline.referrals import contact_from_referral
    from infocoach.dialogs.contact_form import ContactForm

    app = screen.coach
    referral = screen.meeting.referrals[index]
    if referral.contact_id and app.store.contact(referral.contact_id) is not None:
        screen.notify(f"{referral.name} is already a contact.", markup=False)
        return
    if (known := known_contact(referral.name, referral.organization, app.store.contacts())) is not None:
        link_known_referral(screen, index, known)
        return
    draft = contact_from_referral(referral, screen.contact, timezone=app.settings.timezone)

    def saved(contact: object) -> None:
        from infocoach.core.records.model import Contact

        if not isinstance(contact, Contact):
            return
        if app.guarded_save(
            lambda: app.store.save_contact(contact),
            done=f"Added {contact.display_name}. Plan a meeting with them from History (n).",
        ):
            screen.referral_added(index, contact.id)

    app.push_screen(ContactForm(None, clock=app.clock, default_timezone=app.settings.timezone, prefill=draft), saved)


def link_known_referral(screen: WrapupScreen, index: int, known: Contact) -> None:
    """A referral who is already a contact (say, imported from LinkedIn): link the two, and
    note who referred them, so the reminder to tell the referrer how it went follows."""
    app = screen.coach
    referrer = screen.contact
    if not known.referred_by and known.id != referrer.id:
        updated = replace(known, referred_by=referrer.id)
        if not app.guarded_save(lambda: app.store.save_contact(updated)):
            return
    screen.referral_added(index, known.id)
    screen.notify(
        f"{known.display_name} is already among your contacts ({known.organization or 'no organisation'}): "
        f"linked to this referral, and noted as referred by {referrer.display_name}. Plan a meeting "
        "with them from History (n).",
        markup=False,
    )


def default_eml_path(contact: Contact) -> Path:
    """Where the thank-you is offered to be saved as a message: the home folder, by contact."""
    name = "".join(ch for ch in contact.last_name.lower() if ch.isalnum()) or "contact"
    return Path.home() / f"infocoach-thanks-{name}.eml"
