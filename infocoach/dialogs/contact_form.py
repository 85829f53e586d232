"""The contact form: who they are, how to reach them, and why them. Dismisses with a Contact."""

from __future__ import annotations

from dataclasses import replace

import pendulum
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, TextArea

from infocoach.core.clock import Clock, iso
from infocoach.core.records.model import HONORIFICS, Contact, new_id
from infocoach.core.records.validation import canonical_timezone, check_contact_fields
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled

TEXT_FIELDS = ("first_name", "last_name", "role", "organization", "email", "linkedin", "timezone", "connection")
ALL_FIELDS = ("honorific", "address_by", *TEXT_FIELDS, "why")
NO_HONORIFIC = "none"
GREETING_CHOICES = (
    ("Formally: Dear Dr. Tan", "title"),
    ("First name: they asked me", "first-name"),
    ("Full name: no honorific", "full-name"),
)
MAY_STAY_EMPTY = ("organization", "why")
"""Required for a new contact, but an existing one stored without them (as an import leaves a
person) may be edited without filling them in: Prep asks for the why when you write to them."""
WHY_HINT = "Their career history, and how it relates to your goals."
OPTIONAL_HINTS = {
    "organization": "Optional for now: add it when you know where they work.",
    "why": "Optional for now: Prep asks for it when you write to them.",
}


class ContactForm(FormScreen[Contact | None]):
    CSS_PATH = ["forms.tcss", "contact_form.tcss"]
    FIELDS = ALL_FIELDS
    HELP = (
        "Add or edit a person. Use their honorific (Mr., Ms., Dr., …): drafts greet them "
        'formally by surname. "Greet them" changes that only when you should: by first name '
        "once they have asked you to use it, or by full name when no honorific suits them. "
        '"Why this person" matters most: their career path and how it relates to your goals; '
        "your notes stay yours, and Prep asks you for the sentence the outreach says to them. "
        "A person saved without a why or an organization (as an import leaves them) can be "
        "edited without filling those in: Prep asks for the why when you write to them.\n\n"
        "Tab moves between fields (the form scrolls); ctrl+s saves; Escape cancels without saving."
    )

    def __init__(
        self,
        contact: Contact | None,
        *,
        clock: Clock,
        default_timezone: str,
        prefill: Contact | None = None,
    ) -> None:
        """Edit ``contact``, or add a new one (starting from ``prefill``'s values, if given)."""
        super().__init__()
        self.contact = contact
        self.prefill = prefill
        self.clock = clock
        self.default_timezone = default_timezone
        self.may_stay_empty = frozenset(
            name for name in MAY_STAY_EMPTY if contact is not None and not getattr(contact, name).strip()
        )
        """The required fields this contact was stored without, which an edit may leave empty."""

    def form_title(self) -> str:
        return "Edit contact" if self.contact else "New contact"

    def first_field(self) -> Input:
        return self.query_one("#first_name", Input)

    def compose_fields(self) -> ComposeResult:
        c = self.contact or self.prefill
        honorific_options = [(h, h) for h in HONORIFICS] + [("none", NO_HONORIFIC)]
        with Horizontal(classes="form-row"):
            yield from labelled(
                "Honorific",
                Select(
                    honorific_options,
                    value=(c.honorific or NO_HONORIFIC) if c else NO_HONORIFIC,
                    allow_blank=False,
                    id="honorific",
                ),
                "honorific",
            )
            yield from labelled(
                "Greet them",
                Select(GREETING_CHOICES, value=c.address_by if c else "title", allow_blank=False, id="address_by"),
                "address_by",
            )
        with Horizontal(classes="form-row"):
            yield from labelled("First name *", Input(c.first_name if c else "", id="first_name"), "first_name")
            yield from labelled("Last name *", Input(c.last_name if c else "", id="last_name"), "last_name")
        with Horizontal(classes="form-row"):
            yield from labelled("Role", Input(c.role if c else "", id="role"), "role")
            yield from labelled(
                self._label("Organization", "organization"),
                Input(c.organization if c else "", id="organization"),
                "organization",
                hint=OPTIONAL_HINTS["organization"] if "organization" in self.may_stay_empty else "",
            )
        with Horizontal(classes="form-row"):
            yield from labelled("Email", Input(c.email if c else "", id="email"), "email")
            yield from labelled(
                "LinkedIn",
                Input(c.linkedin if c else "", placeholder="https://www.linkedin.com/in/…", id="linkedin"),
                "linkedin",
            )
        yield from labelled(
            "Their time zone *",
            Input(
                c.timezone if c else self.default_timezone,
                suggester=SuggestFromList(sorted(pendulum.timezones()), case_sensitive=False),
                id="timezone",
            ),
            "timezone",
            hint="An IANA name such as America/Chicago; proposed times use it.",
        )
        yield from labelled(
            "How you are connected",
            Input(c.connection if c else "", placeholder="alumni network, a meetup, referred by …", id="connection"),
            "connection",
        )
        yield from labelled(
            self._label("Why this person", "why"),
            TextArea(c.why if c else "", id="why", soft_wrap=True),
            "why",
            hint=f"{WHY_HINT} {OPTIONAL_HINTS['why']}" if "why" in self.may_stay_empty else WHY_HINT,
        )

    def _label(self, label: str, name: str) -> str:
        """A required field's label has a star, unless this contact may leave it empty."""
        return label if name in self.may_stay_empty else f"{label} *"

    def values(self) -> dict[str, str]:
        values = {name: self.query_one(f"#{name}", Input).value.strip() for name in TEXT_FIELDS}
        honorific = self.query_one("#honorific", Select).value
        values["honorific"] = "" if honorific in (NO_HONORIFIC, Select.NULL) else str(honorific)
        values["address_by"] = str(self.query_one("#address_by", Select).value)
        values["why"] = self.query_one("#why", TextArea).text.strip()
        return values

    def build(self) -> tuple[Contact | None, dict[str, str]]:
        """The contact the form describes, or the problems that stop it being saved."""
        values = self.values()
        values["timezone"] = canonical_timezone(values["timezone"]) or values["timezone"]
        problems = check_contact_fields(values, may_stay_empty=self.may_stay_empty)
        if problems:
            return None, problems
        base = self.contact
        contact = Contact(
            id=base.id if base else new_id("c"),
            archived=base.archived if base else False,
            created_at=base.created_at if base else iso(self.clock.now()),
            **values,
        )
        # What the form does not show (phone, who referred them, an import's provenance) is kept.
        if kept := base or self.prefill:
            contact = replace(kept, **{k: getattr(contact, k) for k in ("id", "archived", "created_at", *values)})
        return contact, {}
