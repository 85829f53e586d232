"""Settings: who you are, your time zone, and the coach's numbers. Saved to the TOML file."""

from __future__ import annotations

import pendulum
from textual.app import ComposeResult
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, Static, TextArea

from infocoach.core.campaign.pacing import PACINGS, pacing_label
from infocoach.core.settings import Settings, settings_from_form
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled
from infocoach.services import CoachApp, coach_of

# (attribute, label, hint) for the one-line fields, in the order shown.
NUMBER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("meeting_minutes", "Meeting length (minutes)", "20–30 minutes respects their time."),
    ("follow_up_days", "Follow up after (days)", "One brief follow-up after a week, then let them go."),
    ("talk_target_low", "Talk share: good from (%)", ""),
    ("talk_target_high", "Talk share: amber above (%)", ""),
    ("talk_red_above", "Talk share: red above (%)", "Listen more than you talk: 20–40% is a good band."),
    ("linkedin_note_limit", "LinkedIn note limit (characters)", "200 on a free account, 300 on paid."),
)
# Listening (the live screen's l): which recording devices. Their names are not listed here:
# asking PortAudio for them can take a moment and print ALSA chatter over the screen.
AUDIO_FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "listen_microphone",
        "Microphone for listening",
        "Empty: the system's default. `python -m sounddevice` lists the names.",
    ),
    (
        "listen_call_audio",
        "Call audio for listening",
        "A monitor source of your speakers (PulseAudio/PipeWire), heard as them. Empty: the "
        "microphone alone, with headphones on.",
    ),
)
PACING_HINT = "3B7 (The 2-Hour Job Search) counts business days and keeps one unanswered request open per employer."
ALL_FIELDS = (
    "user_name",
    "signature",
    "timezone",
    *(name for name, _, _ in NUMBER_FIELDS),
    "pacing",
    *(name for name, _, _ in AUDIO_FIELDS),
)


class SettingsScreen(FormScreen[bool]):
    """Dismisses with True when settings were saved."""

    FIELDS = ALL_FIELDS
    CANCELLED = False
    HELP = (
        "Your name and signature close every draft. Your time zone is used for dates in "
        "History and for proposing meeting times. The numbers are the coach's defaults; "
        "later meetings use them.\n\nctrl+s saves to the settings file; Escape cancels."
    )

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def form_title(self) -> str:
        return "Settings"

    def first_field(self) -> Input:
        return self.query_one("#user_name", Input)

    def compose_fields(self) -> ComposeResult:
        s = self.coach.settings
        yield from labelled("Your name", Input(s.user_name, id="user_name"), "user_name")
        yield from labelled(
            "Signature",
            TextArea(s.signature, id="signature", soft_wrap=True),
            "signature",
            hint="Ends every draft: your name, and how to reach you.",
        )
        yield from labelled(
            "Your time zone",
            Input(
                s.timezone,
                suggester=SuggestFromList(sorted(pendulum.timezones()), case_sensitive=False),
                id="timezone",
            ),
            "timezone",
        )
        for name, label, hint in NUMBER_FIELDS:
            yield from labelled(label, Input(str(getattr(s, name)), id=name), name, hint=hint)
            if name == "follow_up_days":
                yield from labelled("Pacing", self._pacing_select(s), "pacing", hint=PACING_HINT)
        for name, label, hint in AUDIO_FIELDS:
            yield from labelled(label, Input(getattr(s, name), id=name), name, hint=hint)
        yield Static(f"Saved in {self.coach.paths.config_file}", classes="hint", markup=False)

    @staticmethod
    def _pacing_select(s: Settings) -> Select[str]:
        """The pacing, in plain words (the follow-up delay as set when the form opened)."""
        options = [(pacing_label(pacing, s.follow_up_days), pacing) for pacing in PACINGS]
        return Select(options, value=s.pacing if s.pacing in PACINGS else PACINGS[0], allow_blank=False, id="pacing")

    def values(self) -> dict[str, str]:
        typed = (name for name in ALL_FIELDS if name not in ("signature", "pacing"))
        values = {name: self.query_one(f"#{name}", Input).value for name in typed}
        values["signature"] = self.query_one("#signature", TextArea).text
        values["pacing"] = str(self.query_one("#pacing", Select).value)
        return values

    def build(self) -> tuple[Settings | None, dict[str, str]]:
        return settings_from_form(self.values(), base=self.coach.settings)

    def accept(self, result: Settings) -> None:
        if self.coach.update_settings(result):
            self.notify("Settings saved.")
            self.dismiss(True)
