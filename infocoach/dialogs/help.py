"""F1: help for the screen underneath — how to use it and every key it answers to."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

GENERAL = "F1 opens help on any screen; ctrl+q quits (everything is saved as you go)."

# What help calls each screen and dialog, by class name (a subclass not named here takes its
# parent's). A screen may say it itself with HELP_TITLE; tests check every screen has a name.
HELP_TITLES: dict[str, str] = {
    "HistoryScreen": "History",
    "ContactsScreen": "Contacts",
    "TargetsScreen": "Targets",
    "InsightsScreen": "Insights",
    "PrepScreen": "Prep",
    "LiveScreen": "Live meeting",
    "WrapupScreen": "Wrap-up",
    "TypeaheadPrompt": "Live meeting: a quick entry",
    "LinePrompt": "Live meeting: an action item",
    "NotePrompt": "Live meeting: a note",
    "ReferralPrompt": "Live meeting: someone to talk to next",
    "BankPicker": "Question bank",
    "ConfirmModal": "Please confirm",
    "ContactForm": "Contact",
    "TargetForm": "Target employer",
    "ReferrerNote": "A note to whoever referred you",
    "ExportProgress": "Export",
    "FirstRunScreen": "Welcome",
    "MeetingForm": "Meeting",
    "QuestionEditor": "Question",
    "RescheduleForm": "Reschedule the meeting",
    "SaveFileModal": "Save a file",
    "SettingsScreen": "Settings",
    "StatusModal": "Meeting status",
    "HelpScreen": "Help",
    "MeetingScreen": "Meeting",  # the base of Prep and Wrap-up
    "FormScreen": "Form",  # the base of the forms
}


def class_title(screen_class: type[Screen[object]]) -> str | None:
    """A screen class's name in words: "Live meeting" for LiveScreen; None if it has none."""
    own = getattr(screen_class, "HELP_TITLE", None)
    if isinstance(own, str) and own:
        return own
    return next((HELP_TITLES[c.__name__] for c in screen_class.__mro__ if c.__name__ in HELP_TITLES), None)


def help_title(screen: Screen[object]) -> str:
    """What help calls the screen underneath: never its class name."""
    return class_title(type(screen)) or screen.title or "This screen"


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close help", id="help.close")]

    def __init__(self, about: Screen[object]) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"Help — {help_title(self.about)}", id="title", markup=False)
            with VerticalScroll():
                yield Static(getattr(self.about, "HELP", "") or GENERAL, id="about", markup=False)
                yield Static(self.keys_table(), id="keys")
                yield Static(GENERAL, classes="hint", markup=False)
            yield Static("Escape closes this help.", classes="hint", markup=False)
        yield Footer()

    def keys_table(self) -> Table:
        """The keys of the screen underneath and of the app, with what they do."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)  # the id to remap it with in [keys]
        seen: set[str] = set()
        for active in self.about.active_bindings.values():
            binding = active.binding
            # Ours: the screen's, the app's, and our widgets' (their ids read "<part>.<action>").
            ours = active.node is self.about or "." in (binding.id or "")
            if not ours:
                continue  # Textual's own widget keys (arrows, page up, copy) go without saying
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            table.add_row(self.app.get_key_display(binding), Text(binding.description), binding.id or "")
        table.add_row("ctrl+p", Text("Command palette: jump to a meeting or a person"), "")
        return table

    def action_close(self) -> None:
        self.dismiss(None)
