"""Targets: the LAMP list of employers (Steve Dalton's *The 2-Hour Job Search*).

Each employer with its rank (the top five are this week's focus), Advocacy, Motivation,
Posting and the next step, its people beneath it with their meetings and how they answer,
and below the list what is due there. The order, the focus and the next step come from
:func:`infocoach.core.campaign.lamp.lamp_rows`; this screen shows them and saves changes.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from infocoach.core.campaign.lamp import TargetRow, lamp_rows
from infocoach.core.campaign.pacing import is_3b7
from infocoach.core.describe import count_of
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact, Target
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.target_table import TargetTable, target_lines

EMPTY_HINT = (
    "No target employers yet.\n\n"
    "Press n to add one: an employer you would like to work for. List as many as you can "
    "(40 is a good start); rate how much you want each (Motivation) and whether they have a "
    "posting for your role (Posting). The top five become this week's focus."
)
LEGEND = "★ this week's focus · • something due · Adv: you know someone there"


class TargetsScreen(Screen[None]):
    TITLE = "Targets"
    CSS_PATH = "targets.tcss"
    HELP = (
        "Your LAMP list: the employers you would like to work for, sorted by Motivation (how "
        "much you want to work there, 5 the most), then Posting (3: a posting for your target "
        "role, 2: some posting, 1: none), then Advocacy (yes when you know someone there). The "
        "top five, marked ★, are this week's focus: two people at each is a good start.\n\n"
        "Beneath each employer are the people you know there (by their organisation's name), "
        "with their meetings' statuses and how they answered: a Booster within 3 business days, "
        "an Obligate later or after a follow-up, a Curmudgeon not at all. The next step says "
        "what to do there; a • means something is due, listed below the table.\n\n"
        "n adds an employer, e or Enter on an employer edits it, A archives it (or restores it; "
        "h shows archived ones). Enter on a person opens their contact; c adds a person at the "
        "selected employer, m plans a meeting with the selected person. R opens the note telling a "
        "referrer how it went, when one is due there. Escape goes back to History."
    )
    BINDINGS = [
        Binding("escape", "back", "Back", id="targets.back"),
        Binding("n", "new_target", "New employer", id="targets.new_target"),
        Binding("a", "new_target", "Add employer", id="targets.add_target", show=False),
        Binding("e", "edit_target", "Edit", id="targets.edit_target"),
        Binding("c", "new_contact", "New person here", id="targets.new_contact"),
        Binding("m", "new_meeting", "Plan meeting", id="targets.new_meeting"),
        Binding("A", "archive_target", "Archive", id="targets.archive_target", show=False),
        Binding("h", "toggle_archived", "Show archived", id="targets.toggle_archived", show=False),
        Binding("R", "tell_referrer", "Tell referrer", id="targets.tell_referrer", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._show_archived = False
        self._targets: list[Target] = []
        self._contacts: dict[str, Contact] = {}

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    @property
    def table(self) -> TargetTable:
        return self.query_one("#targets", TargetTable)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="targets-summary", markup=False)
        yield TargetTable(id="targets")
        yield Static(EMPTY_HINT, id="targets-empty", markup=False)
        with VerticalScroll(id="target-detail-scroll"):
            yield Static("", id="target-detail")
        yield Footer()

    def on_mount(self) -> None:
        self._fit_columns()
        self.reload()
        self.table.focus()

    # ----- data -------------------------------------------------------------------------

    def reload(self, *, select: str | None = None) -> None:
        """Read the store again and redraw; the cursor stays on the same line (``select`` may
        be a target id; anything else, such as a new meeting's id, keeps the line it is on)."""
        store, settings, now = self.coach.store, self.coach.settings, self.coach.clock.now()
        self._targets = store.targets()
        contacts = store.contacts()
        self._contacts = {c.id: c for c in contacts}
        meetings = store.meeting_heads()
        rows = lamp_rows(self._targets, contacts, meetings, now, settings, include_archived=self._show_archived)
        # What is due at each employer (a meeting later this week is coming up, not yet due).
        due = {row.target.id: [i for i in row.due if i.kind is not DueKind.MEETING_SOON] for row in rows}
        current = self.table.highlighted
        keep = select if select in {t.id for t in self._targets} else (current.id if current else None)
        names = {c.id: c.display_name for c in contacts}
        lines = target_lines(rows, due, names)
        self.table.show(lines, select=keep)
        self.table.display = bool(lines)
        self.query_one("#targets-empty").display = not lines
        self._show_summary(rows, due, settings_3b7=is_3b7(settings))
        self._show_detail()

    def _show_summary(self, rows: list[TargetRow], due: dict[str, list[DueItem]], *, settings_3b7: bool) -> None:
        listed = [row for row in rows if not row.target.archived]
        if not rows:
            self.query_one("#targets-summary", Static).update("")
            return
        pacing = "3B7 pacing" if settings_3b7 else "one follow-up after a week"
        due_count = sum(len(items) for items in due.values())
        parts = [count_of(len(listed), "employer"), f"{due_count} due" if due_count else "nothing due", pacing]
        self.query_one("#targets-summary", Static).update(" · ".join(parts) + "\n" + LEGEND)

    def _show_detail(self) -> None:
        line = self.table.highlighted
        detail = self.query_one("#target-detail", Static)
        self.query_one("#target-detail-scroll").display = line is not None
        if line is None:
            detail.update("")
            return
        detail.update(line.detail())

    # ----- events -----------------------------------------------------------------------

    @on(TargetTable.RowHighlighted, "#targets")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(TargetTable.RowSelected, "#targets")
    def _selected(self, event: TargetTable.RowSelected) -> None:
        if event.line.person is not None:
            self._open_person(event.line.person)
        else:
            self.action_edit_target()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        self.table.fit(self.size.width)

    # ----- actions ----------------------------------------------------------------------

    def _selected_target(self) -> Target | None:
        line = self.table.highlighted
        if line is None:
            self.notify("Add an employer first: press n.", severity="warning")
            return None
        return line.row.target

    def _open_person(self, person: Contact) -> None:
        from infocoach.screens import record_actions as actions

        contact = self.coach.store.contact(person.id)
        if contact is not None:
            actions.edit_contact(self, contact)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_new_target(self) -> None:
        self._open_form(None)

    def action_edit_target(self) -> None:
        if (target := self._selected_target()) is not None:
            self._open_form(target)

    def _open_form(self, target: Target | None) -> None:
        from infocoach.dialogs.target_form import TargetForm

        app = self.coach

        def saved(result: Target | None) -> None:
            if result is None:
                return
            done = f"Saved {result.name}." if target else f"Added {result.name} to your targets."
            if app.guarded_save(lambda: app.store.save_target(result), done=done):
                self.reload(select=result.id)

        app.push_screen(TargetForm(target, clock=app.clock, others=self._targets), saved)

    def action_archive_target(self) -> None:
        from infocoach.dialogs.confirm import ConfirmModal

        target = self._selected_target()
        if target is None:
            return
        app = self.coach
        restoring = target.archived
        question = (
            f"Put {target.name} back on your list?"
            if restoring
            else f"Archive {target.name}? It leaves the list (h shows it); its people and meetings stay as they are."
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            updated = Target.from_dict(target.to_dict())
            updated.archived = not restoring
            done = f"{target.name} is back on your list." if restoring else f"{target.name} archived."
            if app.guarded_save(lambda: app.store.save_target(updated), done=done):
                self.reload()

        app.push_screen(ConfirmModal(question, confirm="Restore" if restoring else "Archive"), answered)

    def action_toggle_archived(self) -> None:
        self._show_archived = not self._show_archived
        self.notify("Showing archived employers." if self._show_archived else "Hiding archived employers.")
        self.reload()

    def action_new_contact(self) -> None:
        """A person at the selected employer: the contact form with its name filled in."""
        from infocoach.dialogs.contact_form import ContactForm

        target = self._selected_target()
        if target is None:
            return
        app = self.coach
        prefill = Contact(id="", first_name="", last_name="", organization=target.name, timezone=app.settings.timezone)

        def saved(contact: Contact | None) -> None:
            if contact is not None and app.guarded_save(
                lambda: app.store.save_contact(contact), done=f"Added {contact.display_name} at {target.name}."
            ):
                self.reload()

        form = ContactForm(None, clock=app.clock, default_timezone=app.settings.timezone, prefill=prefill)
        app.push_screen(form, saved)

    def action_tell_referrer(self) -> None:
        """The note to whoever referred you to someone you met at the selected employer."""
        from infocoach.screens.referrer_loop import NOTHING_TO_TELL, choose_item, tell_referrer

        line = self.table.highlighted
        item = choose_item(line.due, None) if line is not None else None
        if line is not None and item is None:  # on a person: their employer's line has the items
            employer = next((other for other in self.table.lines if other.id == line.row.target.id), None)
            item = choose_item(employer.due, None) if employer is not None else None
        if item is None:
            self.notify(NOTHING_TO_TELL, markup=False)
            return
        tell_referrer(self, item.meeting_id, self.reload)

    def action_new_meeting(self) -> None:
        from infocoach.screens import record_actions as actions

        line = self.table.highlighted
        if line is None or line.person is None:
            self.notify("Select a person beneath an employer first.", severity="warning")
            return
        actions.new_meeting(self, contact_id=line.person.id)
