"""The first start: your name, your time zone and your signature, asked once and skippable.

Drafts are signed with the name and propose meeting times in the zone, so without them every
draft would say "(your name)" and every time would be worked out in UTC. The zone starts as
the machine's own (the caller passes it in, so tests choose it).
"""

from __future__ import annotations

import pendulum
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Button, Footer, Input, Static, TextArea

from infocoach.core.settings import Settings, settings_from_form
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.choice_row import ChoiceRow

FIRST_RUN_FIELDS = ("user_name", "timezone", "signature")
WELCOME = (
    "Your name signs your drafts and your time zone sets their meeting times.\n"
    "Change them later in Settings (s on History)."
)


class FirstRunScreen(FormScreen[bool]):
    """Dismisses with True when the answers were saved, False when skipped."""

    CSS_PATH = ["forms.tcss", "first_run.tcss"]
    FIELDS = FIRST_RUN_FIELDS
    CANCELLED = False
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="first_run.save"),
        Binding("escape", "cancel", "Skip for now", id="first_run.skip"),
        Binding("f1", "app.help", "Help", id="first_run.help"),
    ]
    HELP = (
        "Welcome. Your name signs your drafts; your time zone is used to propose meeting times "
        "and to show dates; the signature (optional) ends your emails.\n\n"
        "ctrl+s saves to the settings file. Escape skips: you will not be asked again, and s on "
        "History opens Settings whenever you want to fill these in."
    )

    def __init__(self, *, machine_timezone: str) -> None:
        super().__init__()
        self.title = "Welcome"
        self.machine_timezone = machine_timezone

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def form_title(self) -> str:
        return "Welcome to infocoach"

    def first_field(self) -> Input:
        return self.query_one("#user_name", Input)

    def compose(self) -> ComposeResult:
        # The shared frame, with "Skip for now" in place of Cancel: skipping is a fine answer.
        with Vertical(classes="form-dialog", id="first-run"):
            yield Static(self.form_title(), classes="form-title", markup=False)
            with VerticalScroll():
                yield Static(WELCOME, id="welcome", markup=False)
                yield from self.compose_fields()
            with ChoiceRow(classes="form-buttons"):
                yield Button("Skip for now", id="cancel")
                yield Button("Save", variant="primary", id="save")
        yield Footer()

    def compose_fields(self) -> ComposeResult:
        settings = self.coach.settings
        yield from labelled(
            "Your name",
            Input(settings.user_name, placeholder="e.g. Alex Morgan", id="user_name", compact=True),
            "user_name",
        )
        yield from labelled(
            "Your time zone",
            Input(
                self.machine_timezone,
                suggester=SuggestFromList(sorted(pendulum.timezones()), case_sensitive=False),
                id="timezone",
                compact=True,
            ),
            "timezone",
            hint="Filled in from this computer. A city name, e.g. America/New_York.",
        )
        yield from labelled(
            "Signature (optional)",
            TextArea(settings.signature, id="signature", soft_wrap=True, compact=True),
            "signature",
            hint="Ends your emails: your name, and how to reach you. Empty: your name alone.",
        )

    def values(self) -> dict[str, str]:
        values = {name: self.query_one(f"#{name}", Input).value for name in ("user_name", "timezone")}
        values["signature"] = self.query_one("#signature", TextArea).text
        return values

    def build(self) -> tuple[Settings | None, dict[str, str]]:
        return settings_from_form(self.values(), base=self.coach.settings)

    def accept(self, result: Settings) -> None:
        if self.coach.update_settings(result):
            name = result.user_name.strip()
            said = f"Drafts are signed {name}" if name else "Drafts will ask for your name"
            self.notify(f"Saved. {said}; times are in {result.timezone}.", markup=False)
            self.dismiss(True)
