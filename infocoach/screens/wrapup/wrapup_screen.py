"""Wrap-up: what happened in the meeting, a specific thank-you note, and what comes next.

Three tabs. Summary: the figures and one or two observations (the teaching belongs here, not on
the live screen). Thank-you: the note drafted from the meeting's own notes, with lint as you
type; copy it, save it (.txt or .eml), edit it in $EDITOR, mark it sent. Next steps: a later
update to schedule, referrals to add as contacts, action items to tick off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import (
    Button,
    Footer,
    Header,
    Input,
    OptionList,
    SelectionList,
    Sparkline,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.selection_list import Selection

from infocoach.core.coach.unanswered import has_marker
from infocoach.core.pipeline.statuses import TransitionError, transition
from infocoach.core.records.model import Meeting, Status
from infocoach.core.wrapup.summary import summarize
from infocoach.screens.meeting_screen import MeetingScreen
from infocoach.screens.wrapup.parts import (
    NEXT_TOUCH_WEEKS,
    action_choice,
    next_touch_default,
    next_touch_text,
    records_text,
    referral_choice,
    summary_text,
    thank_you_state,
)
from infocoach.widgets.thanks_panel import SUBJECT_KEY, THANKS_KEY, ThanksPanel

if TYPE_CHECKING:
    pass

SAVE_DELAY = 0.8

HELP = """\
After the meeting. Summary shows how it went: the time against your plan, your share of the \
talking (and how it moved, minute by minute), your intro and longest stretch, the questions you \
asked, and one or two things to keep or change next time.

Thank-you: a note in your own words. Above the draft it asks for the two sentences it needs, \
what stayed with you from the conversation and what you will do with their advice, and puts \
them in as you wrote them; until then the draft holds a [[question]] it cannot be sent with. \
It can quote one of your notes instead ([x] marks the note quoted; Enter or space chooses \
another, or none). If their title is not known yet, choose how to greet them. Edit the text \
and watch the coach's checks below it. ctrl+l copies, ctrl+o saves a .txt or an .eml your \
mail program opens, ctrl+t opens $EDITOR, ctrl+r writes a fresh draft, ctrl+n composes it in your \
mail program (Compose in mail). Send it within 24 hours, then press Mark sent.

Next steps: schedule a later update ("how your advice worked out"), add a referral as a \
contact (Enter), tick off action items (space). ctrl+PgDn / ctrl+PgUp move between the tabs; \
everything saves by itself. Escape goes back."""


class WrapupScreen(MeetingScreen):
    CSS_PATH = "wrapup.tcss"
    HELP = HELP
    BINDINGS = [
        Binding("escape", "back", "Back", id="wrapup.back"),
        Binding("ctrl+pagedown", "switch_tab(1)", "Next tab", id="wrapup.next_tab", priority=True),
        Binding("ctrl+pageup", "switch_tab(-1)", "Previous tab", id="wrapup.previous_tab", show=False, priority=True),
        Binding("ctrl+l,ctrl+b", "copy_draft", "Copy note", id="wrapup.copy", show=False),  # ctrl+b: tmux's prefix
        Binding("ctrl+o", "save_draft", "Save note", id="wrapup.save_draft", show=False),
        Binding("ctrl+t", "edit_draft", "Edit in $EDITOR", id="wrapup.editor", show=False),
        Binding("f9", "mark_sent", "Mark sent", id="wrapup.mark_sent", show=False),
        Binding("ctrl+r", "new_draft", "New draft", id="wrapup.new_draft", show=False),
        Binding("ctrl+n", "compose_mail", "Compose in mail", id="wrapup.compose_mail", show=False),
    ]

    TAB_ORDER = ("tab-summary", "tab-thanks", "tab-next")

    def autosave_delay(self) -> float:
        return SAVE_DELAY

    def compose(self) -> ComposeResult:
        meeting, contact = self.load_meeting()
        settings = self.coach.settings
        summary = summarize(
            meeting, low=settings.talk_target_low, high=settings.talk_target_high, red=settings.talk_red_above
        )
        yield Header()
        yield Static("", id="state", markup=False)
        with TabbedContent(id="tabs"):
            with TabPane("Summary", id="tab-summary"), VerticalScroll(id="summary-scroll"):
                yield Static(summary_text(summary, meeting, settings), id="summary")
                yield Static("\n".join(f"• {line}" for line in summary.observations), id="observations", markup=False)
                if summary.share_over_time:
                    yield Static("Your share of the talking, minute by minute:", classes="caption", markup=False)
                    yield Sparkline([round(v * 100) for v in summary.share_over_time], id="trend")
                yield Static(records_text(meeting), id="records")
            with TabPane("Thank-you", id="tab-thanks"):
                yield ThanksPanel(meeting, contact, id="thanks")
            with TabPane("Next steps", id="tab-next"), VerticalScroll(id="next-scroll"):
                yield Static("A later update", classes="section", markup=False)
                yield Static("", id="touch-state", markup=False)
                with Horizontal(id="touch-row"):
                    yield Input(
                        next_touch_default(meeting, self.coach.clock.now(), settings.timezone),
                        id="touch-date",
                        compact=True,
                    )
                    yield Button("Schedule", id="touch-set", compact=True)
                    yield Button("Clear", id="touch-clear", compact=True)
                yield Static("Referrals (Enter adds one as a contact)", classes="section", markup=False)
                yield OptionList(*(referral_choice(r) for r in meeting.referrals), id="referrals", markup=False)
                yield Static("Action items (space ticks one off)", classes="section", markup=False)
                yield SelectionList[int](
                    *(Selection(action_choice(item), i, item.done) for i, item in enumerate(meeting.action_items)),
                    id="actions",
                )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Wrap-up: {self.contact.display_name}"
        self.query_one("#referrals").display = bool(self.meeting.referrals)
        self.query_one("#actions").display = bool(self.meeting.action_items)
        self.refresh_state()

    def refresh_state(self) -> None:
        now = self.coach.clock.now()
        self.query_one("#state", Static).update(thank_you_state(self.meeting, now, self.coach.settings.timezone))
        self.query_one("#touch-state", Static).update(next_touch_text(self.meeting, self.coach.settings.timezone))
        self.query_one("#touch-clear").display = self.meeting.next_touch is not None
        self.query_one("#draft-sent").disabled = self.meeting.status != Status.DONE.value

    @on(TabbedContent.TabActivated, "#tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "tab-thanks":
            self.query_one(ThanksPanel).focus_work()

    # ----- the thank-you ----------------------------------------------------------------

    @on(ThanksPanel.Edited)
    def _thanks_edited(self, event: ThanksPanel.Edited) -> None:
        self.meeting.drafts[THANKS_KEY] = event.text
        if event.subject:
            self.meeting.drafts[SUBJECT_KEY] = event.subject
        else:
            self.meeting.drafts.pop(SUBJECT_KEY, None)
        self._changed()

    @on(ThanksPanel.AnswerChanged)
    def _answer_changed(self) -> None:
        self._changed()  # the panel keeps the sentence in meeting.drafts

    def _panel(self) -> ThanksPanel:
        return self.query_one("#thanks", ThanksPanel)

    def action_copy_draft(self) -> None:
        from infocoach.screens.prep.draft_actions import copy_draft

        copy_draft(self, self._panel())  # type: ignore[arg-type]  # the same draft interface

    def action_edit_draft(self) -> None:
        from infocoach.screens.prep.draft_actions import edit_in_editor

        edit_in_editor(self, self._panel())  # type: ignore[arg-type]

    def action_save_draft(self) -> None:
        from infocoach.screens.wrapup.parts import save_thanks

        save_thanks(self, self._panel())

    def action_compose_mail(self) -> None:
        """The thank-you opened in the mail program; too long for a link: the .eml instead."""
        from infocoach.dialogs.compose_mail import compose_in_mail
        from infocoach.screens.wrapup.parts import save_thanks

        panel = self._panel()
        compose_in_mail(
            self,
            to_name=self.contact.display_name,
            to_address=self.contact.email,
            subject=panel.subject(),
            body=panel.text(),
            offer_eml=lambda: save_thanks(self, panel),
        )

    def action_new_draft(self) -> None:
        from infocoach.dialogs.confirm import ConfirmModal

        panel = self._panel()
        if not panel.is_edited():
            panel.load_fresh()
            return
        self.app.push_screen(
            ConfirmModal("Replace your edited note with a fresh draft?", confirm="Replace"),
            lambda yes: panel.load_fresh() if yes else None,
        )

    def action_mark_sent(self) -> None:
        """The thank-you is sent: keep its text, and the meeting moves from done to thanked."""
        panel = self._panel()
        if has_marker(panel.text()):
            self.notify(
                "The note still holds a [[question]]: answer it above (or write your own sentence there) before sending.",
                severity="warning",
                markup=False,
            )
            return
        if not self.save_now():  # what the saver holds first: it must not land after this
            return
        sent = Meeting.from_dict(self.meeting.to_dict())  # adopted only once it is saved
        try:
            transition(sent, Status.THANKED, self.coach.clock.now())
        except TransitionError as problem:
            self.notify(str(problem), severity="error", markup=False)
            return
        sent.drafts[THANKS_KEY] = panel.text()
        if panel.subject():
            sent.drafts[SUBJECT_KEY] = panel.subject()
        if not self.coach.guarded_save(lambda: self.coach.store.save_meeting(sent)):
            return
        self.meeting = sent
        panel.meeting = sent
        self._unsaved = False
        self.refresh_state()
        self.query_one("#touch-date", Input).value = next_touch_default(
            self.meeting, self.coach.clock.now(), self.coach.settings.timezone
        )
        self.notify(
            f"Thank-you sent: now thanked. In about {NEXT_TOUCH_WEEKS} weeks, a short update on how "
            "their advice worked out keeps the connection warm: schedule it under Next steps.",
            timeout=10,
            markup=False,
        )
        self.query_one("#tabs", TabbedContent).active = "tab-next"
        self.query_one("#touch-date", Input).focus()  # focus left in the old tab would pull it back

    # ----- next steps -------------------------------------------------------------------

    @on(Button.Pressed, "#touch-set")
    @on(Input.Submitted, "#touch-date")
    def _schedule_touch(self) -> None:
        from infocoach.screens.wrapup.parts import schedule_touch

        if schedule_touch(self, self.query_one("#touch-date", Input).value):
            self._changed()
            self.save_now()
            self.refresh_state()

    @on(Button.Pressed, "#touch-clear")
    def _clear_touch(self) -> None:
        self.meeting.next_touch = None
        self._changed()
        self.save_now()
        self.refresh_state()
        self.notify("The update is no longer planned.", markup=False)

    @on(OptionList.OptionSelected, "#referrals")
    def _referral_chosen(self, event: OptionList.OptionSelected) -> None:
        from infocoach.screens.wrapup.parts import add_referral_contact

        add_referral_contact(self, event.option_index)

    def referral_added(self, index: int, contact_id: str) -> None:
        self.meeting.referrals[index].contact_id = contact_id
        self._changed()
        self.save_now()
        self.query_one("#referrals", OptionList).replace_option_prompt_at_index(
            index, referral_choice(self.meeting.referrals[index])
        )

    @on(SelectionList.SelectedChanged, "#actions")
    def _actions_ticked(self, event: SelectionList.SelectedChanged) -> None:
        done = set(event.selection_list.selected)
        changed = False
        for index, item in enumerate(self.meeting.action_items):
            if item.done != (index in done):
                item.done, changed = index in done, True
        if changed:
            for index, item in enumerate(self.meeting.action_items):
                event.selection_list.replace_option_prompt_at_index(index, action_choice(item))
            self._changed()
