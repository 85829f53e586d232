"""The Textual application: holds the store, settings and clock; the screens do the work."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.filter import LineFilter
from textual.screen import Screen
from textual.theme import Theme
from textual.timer import Timer

from infocoach.app.control_filter import CONTROL_FILTER
from infocoach.app.palette import InfocoachCommands
from infocoach.app.themes import DEFAULT_THEME
from infocoach.core.campaign.campaign_due import paced_let_go_due
from infocoach.core.clock import Clock
from infocoach.core.pipeline.statuses import transition
from infocoach.core.records.model import Status
from infocoach.core.settings import Settings
from infocoach.screens.history.history_screen import WIDE_FROM
from infocoach.services import StartTarget
from infocoach.store import Store, StoreError
from infocoach.store.config import Paths

UI_PACKAGES = ("infocoach.screens", "infocoach.dialogs", "infocoach.widgets")  # where keyed classes live
THEME_SAVE_DELAY = 1.0  # the palette previews themes as you move; save the one you stay on


class InfocoachApp(App[int]):
    """infocoach: prepare, keep time, listen more, and say thank you."""

    TITLE = "infocoach"
    CSS_PATH = "app.tcss"
    # Below 100 columns History stacks its detail panel under the table.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FROM, "-wide")]
    COMMANDS = App.COMMANDS | {InfocoachCommands}
    BINDINGS = [
        # Priority: F1 and ctrl+q work inside modals too.
        Binding("f1", "help", "Help", id="app.help", priority=True),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
    ]

    def __init__(
        self,
        *,
        store: Store,
        settings: Settings,
        paths: Paths,
        clock: Clock,
        startup_warnings: list[str] | None = None,
        demo: bool = False,
        start: StartTarget | None = None,
        themes: dict[str, Theme] | None = None,
        theme_problems: list[str] | None = None,
        settle_memory: bool = False,
        first_run: bool = False,
        machine_timezone: str | None = None,
    ) -> None:
        super().__init__()
        self._settle_memory = settle_memory
        # A first start (no settings file yet): ask for the name and time zone, once.
        self.first_run = first_run
        self.machine_timezone = machine_timezone or settings.timezone
        self.store = store
        self.settings = settings
        self.paths = paths
        self.clock = clock
        self.startup_warnings = list(startup_warnings or [])
        self.demo = demo
        self.start = start  # `infocoach prep|live|wrapup ID`: opened over History
        self.theme_problems = list(theme_problems or [])
        self._theme_save_timer: Timer | None = None
        for theme in (themes or {}).values():
            self.register_theme(theme)
        chosen = settings.theme or DEFAULT_THEME
        if chosen in self.available_themes:
            self.theme = chosen
        elif DEFAULT_THEME in self.available_themes:
            self.theme = DEFAULT_THEME
        if demo:
            self.sub_title = "demo data"

    def on_mount(self) -> None:
        from infocoach.app.keymap import checked_keymap
        from infocoach.screens.history.history_screen import HistoryScreen

        if self.settings.keys:  # checking ids loads every screen: only when there are some
            keymap, problems = checked_keymap(self.settings.keys, self.classes_with_keys())
            self.set_keymap(keymap)
            self.startup_warnings += problems
        self.apply_patience()
        self._start_due_notices()
        self._start_agenda_keeper()
        history = HistoryScreen()
        self.push_screen(history)
        if self._settle_memory:
            history.call_after_refresh(self.settle_memory)
        if self.start is not None:
            history.call_after_refresh(history.commands.open_start, self.start)
        elif self.first_run:
            history.call_after_refresh(self.ask_first_run, history.reload)
        if self.startup_warnings:
            # A few lines at most: a notification must not bury the screen.
            shown = self.startup_warnings[:4]
            more = len(self.startup_warnings) - len(shown)
            lines = "\n".join(f"• {w}" for w in shown) + (f"\n… and {more} more" if more else "")
            self.notify(
                f"Settings problems ({self.paths.config_file}):\n{lines}",
                title="Using defaults where needed",
                severity="warning",
                timeout=15,
                markup=False,
            )
        if self.theme_problems:  # every bad theme file in one notification, each named
            self.notify(
                "\n".join(f"• {line}" for line in self.theme_problems[:6]),
                title="Some theme files were not loaded",
                severity="warning",
                timeout=15,
                markup=False,
            )
        if self.store.warnings:
            self.notify(
                "\n".join(self.store.warnings),
                title="Your data is safe, but",
                severity="warning",
                timeout=15,
                markup=False,
            )

    def _start_due_notices(self) -> None:
        """A meeting about to start, a thank-you turning overdue: a notice, once (issue 19)."""
        from infocoach.app.due_notices import CHECK_SECONDS, DueNotices

        def told(title: str, message: str) -> None:
            self.notify(message, title=title, timeout=30, markup=False)

        self.due_notices = DueNotices(self.store, self.clock, lambda: self.settings, told)
        self.call_after_refresh(self.due_notices.check)  # after the first frame, not before it
        self.set_interval(CHECK_SECONDS, self.due_notices.check)

    def _start_agenda_keeper(self) -> None:
        """Keep `infocoach agenda`'s answer current for the next terminal (not for the demo)."""
        if self.demo:
            return
        from infocoach.app.agenda_keeper import CHECK_SECONDS, AgendaKeeper

        def in_a_thread(work: Callable[[], None]) -> None:
            self.run_worker(work, name="agenda-keeper", group="agenda-keeper", thread=True, exit_on_error=False)

        self.agenda_keeper = AgendaKeeper(self.paths, self.store, self.clock, in_a_thread)
        self.call_after_refresh(self.agenda_keeper.check)
        self.set_interval(CHECK_SECONDS, self.agenda_keeper.check)

    def ask_first_run(self, then: Callable[[], object]) -> None:
        """The welcome form; ``then`` runs after it (History shows dates in the new zone)."""
        from infocoach.dialogs.first_run import FirstRunScreen

        def answered(saved: bool | None) -> None:
            self.first_run = False
            if saved:
                self._imported_people_follow_your_zone()
            if not saved and self.update_settings(self.settings):
                # Skipped: the settings file now exists, so the form is not asked again.
                self.notify(
                    "Skipped. When you want drafts signed with your name, press s on History for Settings.",
                    markup=False,
                )
            then()

        self.push_screen(FirstRunScreen(machine_timezone=self.machine_timezone), answered)

    def _imported_people_follow_your_zone(self) -> None:
        """People imported before the zone was set (on a machine keeping UTC) take it now."""
        from infocoach.core.imports.guessed_zones import follow_your_zone

        moved = follow_your_zone(self.store.contacts(), self.settings.timezone)
        if moved and self.guarded_save(lambda: self.store.import_records(moved, [])):
            self.notify(
                f"{'1 imported person now has' if len(moved) == 1 else f'{len(moved)} imported people now have'} "
                f"your time zone, {self.settings.timezone} (an import cannot know theirs; change it on a "
                "contact with e).",
                markup=False,
            )

    def classes_with_keys(self) -> list[type[DOMNode]]:
        """The app and every screen, modal and widget class with key bindings (for the keymap)."""
        from infocoach.app.keymap import classes_with_keys

        return [type(self), *classes_with_keys(UI_PACKAGES)]

    def settle_memory(self) -> None:
        """After the first frame: the loaded database is long-lived, so move it out of the
        collector's sight (a full pass over 2,000 meetings' objects stalls the clock ~70 ms)
        and collect again from here on (the launcher paused collecting for the start-up)."""
        gc.freeze()
        gc.enable()

    def watch_theme(self, theme: str) -> None:
        """Remember the theme chosen (in the palette, say): saved once the choosing settles."""
        if not self.is_running or theme == (self.settings.theme or DEFAULT_THEME):
            return
        if self._theme_save_timer is not None:
            self._theme_save_timer.stop()
        self._theme_save_timer = self.set_timer(THEME_SAVE_DELAY, self._remember_theme)

    def _remember_theme(self) -> None:
        from dataclasses import replace

        if self.theme != (self.settings.theme or DEFAULT_THEME):
            self.update_settings(replace(self.settings, theme=self.theme))

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, and ours: no control character in any drawn line (issue 17)."""
        return [*super().get_line_filters(), CONTROL_FILTER]

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Our own theme variables, for themes that do not set them: taken from the theme's
        own success / warning / error colours, so every theme stays consistent."""
        colors = self.current_theme.to_color_system().generate()
        return {
            "talk-good": colors["success"],
            "talk-amber": colors["warning"],
            "talk-red": colors["error"],
            "timer-overtime": colors["warning"],
        }

    def apply_patience(self) -> None:
        """Rule 4: a follow-up unanswered for the follow-up delay lets the meeting go."""
        waiting = self.store.meeting_heads(status=Status.FOLLOWED_UP.value)
        moves = paced_let_go_due(waiting, self.clock.now(), self.settings)  # 3B7: business days
        # Whole meetings only for the few that move (usually none): heads answer the question.
        whole = {m.id: m for m in self.store.meetings(status=Status.FOLLOWED_UP.value)} if moves else {}
        updated = [transition(whole[head.id], Status.NO_RESPONSE, at) for head, at in moves]
        names = []
        # One write for all of them: after a long break there may be many.
        if updated and self.guarded_save(lambda: self.store.save_meetings(updated)):
            for meeting in updated:
                contact = self.store.contact(meeting.contact_id)
                names.append(contact.display_name if contact else meeting.id)
        if names:
            names = list(dict.fromkeys(names))  # one person, several meetings: named once
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            self.notify(
                f"No reply after your follow-up, so these are now no-response: {shown}. "
                "No more nudges; if they write back, you can still schedule.",
                title="Let go, kindly",
                timeout=12,
                markup=False,
            )

    def guarded_save(self, action: Callable[[], object], *, done: str | None = None) -> bool:
        """Run a store write; on failure tell the user and return False. Nothing is half-saved."""
        try:
            action()
        except StoreError as problem:
            self.notify(str(problem), title="Not saved", severity="error", timeout=20, markup=False)
            return False
        if done:
            self.notify(done, markup=False)
        return True

    def update_settings(self, settings: Settings) -> bool:
        from infocoach.store.config import save_settings

        try:
            save_settings(self.paths.config_file, settings)
        except OSError as exc:
            self.notify(
                f"Could not save {self.paths.config_file}: {exc.strerror or exc}",
                title="Settings not saved",
                severity="error",
                markup=False,
            )
            return False
        self.settings = settings
        return True

    async def action_quit(self) -> None:
        """Quit, but never silently drop what is typed into an open form."""
        unsaved = getattr(self.screen, "has_unsaved_changes", None)
        if not (callable(unsaved) and unsaved()):
            self.exit()
            return
        from infocoach.dialogs.confirm import ConfirmModal

        self.push_screen(
            ConfirmModal("This form has changes that are not saved. Quit anyway?", confirm="Quit", danger=True),
            lambda yes: self.exit() if yes else None,
        )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's palette commands, in our words and namespaces."""
        yield SystemCommand("app: quit", "Close infocoach (everything is already saved)", self.action_quit)
        yield SystemCommand("app: help", "Keys and tips for this screen (F1)", self.action_help)
        yield SystemCommand("app: change theme", "Pick a colour theme", self.action_change_theme)
        if screen.query("HelpPanel"):
            yield SystemCommand("app: hide keys panel", "Hide the keys panel", self.action_hide_help_panel)
        else:
            yield SystemCommand(
                "app: show keys panel", "Show every key for the focused part", self.action_show_help_panel
            )
        yield SystemCommand(
            "app: save screenshot",
            "Save an SVG picture of the screen",
            lambda: self.set_timer(0.1, self.save_picture),  # once the palette has closed
        )

    def save_picture(self) -> str | None:
        """Save an SVG of the screen where the machine keeps pictures, and say where."""
        from infocoach.store.config import picture_folder

        try:
            saved = self.save_screenshot(path=str(picture_folder(self.paths)))
        except OSError as exc:
            where = exc.filename or self.paths.data_file.parent
            self.notify(
                f"Could not save the screenshot in {where}: {exc.strerror or exc}",
                title="Screenshot not saved",
                severity="error",
                markup=False,
            )
            return None
        self.notify(f"Screenshot saved to {saved}", title="Screenshot", markup=False)
        return saved

    def action_help(self) -> None:
        from infocoach.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))
