"""Closing the loop: the short note telling whoever referred you how the conversation went.

Opened from History's due line (R on the met meeting) and from Targets. The coach writes the
note (:func:`infocoach.core.campaign.referrer.referrer_draft`); you may change it, copy it or
save it to a file, and mark it sent, which stops the reminder. Dismisses with a
:class:`ReferrerNoteResult`: whether it was marked sent, and the text when you changed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Footer, Input, Static, TextArea

from infocoach.core.campaign.names import short_name
from infocoach.core.coach import Addressee, lint
from infocoach.core.coach.unanswered import markers_in, open_questions
from infocoach.core.exports.mail_file import eml_bytes
from infocoach.core.prep.outreach import Draft
from infocoach.core.records.model import Contact
from infocoach.dialogs.compose_mail import compose_in_mail
from infocoach.dialogs.save_file import save_to_chosen_file
from infocoach.services import coach_of
from infocoach.store.config import protected_paths
from infocoach.widgets.lint_panel import LintPanel

LINT_DELAY = 0.4  # seconds of quiet before the coach checks the text again


@dataclass(frozen=True)
class ReferrerNoteResult:
    sent: bool
    text: str | None  # the note as you left it, when you changed it (kept with the meeting)


class ReferrerNote(ModalScreen[ReferrerNoteResult]):
    CSS_PATH = "referrer_note.tcss"
    HELP = (
        "Someone you met was referred to you by one of your contacts. Tell the referrer how the "
        "conversation went and thank them: it keeps the door open and they will be glad to "
        "hear. The coach wrote a short, formal note; change it as you like.\n\n"
        "ctrl+l copies it, ctrl+o saves it (as an .eml your mail program opens, or as text), ctrl+n opens it in your mail program "
        "(addressed to them when you have their email); once you have sent it, ctrl+s marks it sent "
        "and the reminder stops. Escape closes without marking it (your changes are kept)."
    )
    BINDINGS = [
        Binding("ctrl+l", "copy", "Copy", id="referrer_note.copy"),
        Binding("ctrl+o", "save_file", "Save…", id="referrer_note.save_file"),
        Binding("ctrl+n", "compose_mail", "Mail", id="referrer_note.compose_mail"),
        Binding("ctrl+s", "mark_sent", "Mark sent", id="referrer_note.mark_sent"),
        Binding("escape", "close", "Close", id="referrer_note.close"),
    ]

    def __init__(self, draft: Draft, referrer: Contact, met: Contact, *, saved_text: str = "") -> None:
        super().__init__()
        self.draft = draft
        self.referrer = referrer
        self.met = met
        self.saved_text = saved_text
        self._lint_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="referrer-dialog"):
            yield Static(
                f"Tell {short_name(self.referrer)} how it went with {short_name(self.met)}",
                classes="title",
                markup=False,
            )
            yield Input(self.draft.subject, placeholder="Subject", id="referrer-subject", compact=True)
            yield TextArea(self.saved_text or self.draft.text, id="referrer-text", soft_wrap=True)
            yield Static("\n".join(self.draft.notes) if not self.saved_text else "", id="referrer-notes", markup=False)
            yield LintPanel(id="referrer-lint")
            with Horizontal(id="referrer-buttons"):
                yield Button("Copy ^l", id="referrer-copy", compact=True)
                yield Button("Save… ^o", id="referrer-save", compact=True)
                yield Button("Mail ^n", id="referrer-mail", compact=True)
                yield Button("Mark sent ^s", id="referrer-sent", variant="primary", compact=True)
                yield Button("Close", id="referrer-close", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._check()
        self.query_one("#referrer-text", TextArea).focus()

    def text(self) -> str:
        return self.query_one("#referrer-text", TextArea).text

    def full_text(self) -> str:
        """The note as one would paste it: "Subject: …", a blank line, and the letter."""
        subject = self.query_one("#referrer-subject", Input).value.strip()
        body = self.text().rstrip("\n") + "\n"
        return f"Subject: {subject}\n\n{body}" if subject else body

    def _check(self) -> None:
        text = self.text()
        findings = lint(text, "thanks", channel="email", addressee=Addressee.of(self.referrer))
        self.query_one("#referrer-lint", LintPanel).show(findings, open_questions(text))

    @on(TextArea.Changed, "#referrer-text")
    def _edited(self) -> None:
        if self._lint_timer is not None:
            self._lint_timer.stop()
        self._lint_timer = self.set_timer(LINT_DELAY, self._check)

    def _changed_text(self) -> str | None:
        """The text, if it is no longer the coach's (None: the coach's own, nothing to keep)."""
        text = self.text()
        return text if text != self.draft.text else None

    @on(Button.Pressed, "#referrer-copy")
    def action_copy(self) -> None:
        if markers_in(self.text()):
            self.notify(
                "This note still holds a question for you ([[answer above: …]]): answer it before you send it.",
                severity="warning",
                markup=False,
            )
        self.app.copy_to_clipboard(self.full_text())
        self.notify(
            "Sent to your terminal's clipboard; terminals do not confirm it. If nothing pastes, "
            "ctrl+o saves the note to a file.",
            title="Copy",
            timeout=8,
            markup=False,
        )

    @on(Button.Pressed, "#referrer-save")
    def action_save_file(self) -> None:
        """An .eml (a draft any mail program opens ready to send, addressed to them) or, by
        another name, the note as text."""
        name = "".join(ch for ch in self.referrer.last_name.lower() if ch.isalnum()) or "referrer"
        suggestion = Path.home() / f"infocoach-referrer-{name}.eml"
        subject = self.query_one("#referrer-subject", Input).value.strip()
        text, now = self.text(), coach_of(self).clock.now()

        def note_bytes(path: Path) -> bytes:
            if path.suffix.lower() != ".eml":
                return self.full_text().encode("utf-8")
            referrer = self.referrer
            return eml_bytes(
                subject=subject, body=text, to_name=referrer.display_name, to_address=referrer.email, now=now
            )

        def saved(path: Path) -> str:
            hint = " Open it in your mail program to send it." if path.suffix.lower() == ".eml" else ""
            return f"Saved {path}.{hint}"

        protected = protected_paths(coach_of(self).paths)
        save_to_chosen_file(
            self, suggestion, note_bytes, title="Save the note (.eml or .txt)", protected=protected, saved=saved
        )

    @on(Button.Pressed, "#referrer-mail")
    def action_compose_mail(self) -> None:
        compose_in_mail(
            self,
            to_name=self.referrer.display_name,
            to_address=self.referrer.email,
            subject=self.query_one("#referrer-subject", Input).value.strip(),
            body=self.text(),
            offer_eml=self.action_save_file,
        )

    @on(Button.Pressed, "#referrer-sent")
    def action_mark_sent(self) -> None:
        if markers_in(self.text()):
            self.notify(
                "Answer the question in the note first ([[answer above: …]]): it is not ready to send.",
                severity="warning",
                markup=False,
            )
            return
        self.dismiss(ReferrerNoteResult(sent=True, text=self._changed_text()))

    @on(Button.Pressed, "#referrer-close")
    def action_close(self) -> None:
        self.dismiss(ReferrerNoteResult(sent=False, text=self._changed_text()))
