"""Quick prompts on the live screen: a note, an action item, a referral.

They sit at the bottom of the screen so the clock and the talk meter stay in view (and keep
running) while the user types. Enter saves, Escape cancels; the result is the text typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class LinePrompt(ModalScreen[str | None]):
    """One line of text; dismissed with the text (stripped), or None when cancelled or empty."""

    CSS_PATH = "live_prompts.tcss"
    HELP = "Type one line. Enter saves it, Escape cancels. The meeting clock keeps running."
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, placeholder: str, *, context: str = "") -> None:
        super().__init__()
        self.prompt_title = title
        self.placeholder = placeholder
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(self.prompt_title, classes="prompt-title", markup=False)
            if self.context:
                yield Static(self.context, classes="prompt-context", markup=False)
            yield Input(placeholder=self.placeholder, id="line", compact=True)
            yield Static("Enter saves · Escape cancels", classes="prompt-keys", markup=False)

    @on(Input.Submitted, "#line")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class ReferralAnswer:
    name: str
    organization: str
    detail: str


class ReferralPrompt(ModalScreen[ReferralAnswer | None]):
    """Who else should I talk to? Name (needed), organisation and a note; Enter in any field
    saves, Tab moves between them, Escape cancels."""

    CSS_PATH = "live_prompts.tcss"
    HELP = (
        "Record someone they suggest you talk to. Only the name is needed; Tab moves to the "
        "organisation and a note. Enter saves from any field, Escape cancels."
    )
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static("Referral: who else should you talk to?", classes="prompt-title", markup=False)
            yield Input(placeholder="Name, e.g. Ms. Priya Raman", id="name", compact=True)
            yield Input(placeholder="Organisation (optional)", id="organization", compact=True)
            yield Input(placeholder="A note: who they are, how to reach them (optional)", id="detail", compact=True)
            yield Static("", id="problem", classes="field-error -empty", markup=False)
            yield Static("Enter saves · Tab next field · Escape cancels", classes="prompt-keys", markup=False)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        if not name:
            problem = self.query_one("#problem", Static)
            problem.update("A referral needs a name.")
            problem.remove_class("-empty")
            self.query_one("#name", Input).focus()
            return
        self.dismiss(
            ReferralAnswer(
                name=name,
                organization=self.query_one("#organization", Input).value.strip(),
                detail=self.query_one("#detail", Input).value.strip(),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
