"""Prep: everything before the call. Research, the question plan, your intro, and outreach.

Everything typed here is saved by itself a moment after you stop typing, and again when you
leave the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Footer,
    Header,
    Markdown,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from infocoach.core.prep.plan_fit import intro_stats
from infocoach.core.records.model import Contact, Meeting, Question
from infocoach.dialogs.confirm import ConfirmModal
from infocoach.screens.meeting_screen import MeetingScreen
from infocoach.screens.prep import draft_actions as prep_actions
from infocoach.widgets.draft_panel import DraftPanel, draft_key, subject_key
from infocoach.widgets.question_plan import QuestionPlan
from infocoach.widgets.shown_text import shown

if TYPE_CHECKING:
    pass

GO_LIVE = "live"  # what Prep dismisses with when F5 asks for the live screen (History opens it)
SAVE_DELAY = 0.8  # seconds after the last keystroke


def contact_card(contact: Contact, meeting: Meeting) -> Text:
    card = Text(contact.display_name, style="bold")
    role = " at ".join(p for p in (contact.role, contact.organization) if p)
    if role:
        card.append(f" · {role}")
    card.append(f"\n{meeting.status}", style="bold")
    if meeting.purpose:
        card.append(f" · {meeting.purpose}")
    return shown(card)  # control characters read ␛[…


def why_card(contact: Contact) -> Text:
    card = Text()
    for label, value in (
        ("Why them", contact.why),
        ("How you are connected", contact.connection),
        ("Email", contact.email),
        ("LinkedIn", contact.linkedin),
        ("Their time zone", contact.timezone),
    ):
        if value:
            if card:
                card.append("\n\n")
            card.append(f"{label}\n", style="bold")
            card.append(value)
    return shown(card)


class PrepScreen(MeetingScreen):
    TITLE = "Prep"
    CSS_PATH = "prep.tcss"
    HELP = (
        "Prepare the conversation. Research: notes on their work (F2 shows them as Markdown). "
        "Questions: your plan, most important first; b picks from our bank (several at once), a "
        "writes your own, shift+↑/↓ reorders, and the line below says whether it fits the time. "
        "Groups follow TIARA: Trends (where their field is heading), Insights (their own path), "
        "Advice (what they would do in your place), Resources (people and reading) and "
        "Assignments (something small to try next). Intro: your "
        "30-second pitch, timed at 150 words a minute. Outreach: the coach's draft, checked as "
        "you type; what only you can write (why them, who you are, how to greet them) is asked "
        "above the draft, and ctrl+g goes back over your sentences; copy it, save it, or open it in your editor, then mark it sent. Once the "
        "meeting is scheduled, F3 saves it as a calendar file (.ics) with a reminder, and F5 opens "
        "the live screen when the call begins. F4 saves a one-page prep sheet (Markdown) to print "
        "or keep on a second screen. F8 moves the meeting to another time. ctrl+n composes the "
        "outreach or follow-up email in your mail program (Compose in mail), with their address and the "
        "subject filled in. F12 imports a calendar invitation (.ics) they sent: it sets the time, length and "
        "status (Import invitation).\n\n"
        "ctrl+PgDn and ctrl+PgUp move between the tabs. Everything saves by itself. Escape goes back."
    )
    BINDINGS = [
        Binding("escape", "back", "Back", id="prep.back"),
        Binding("f2", "toggle_preview", "Preview notes", id="prep.preview", show=False),
        Binding("f5", "live", "Go live", id="prep.live"),
        Binding("ctrl+pagedown", "switch_tab(1)", "Next tab", id="prep.next_tab", show=False, priority=True),
        Binding("ctrl+pageup", "switch_tab(-1)", "Previous tab", id="prep.previous_tab", show=False, priority=True),
        Binding("ctrl+r", "new_draft", "New draft", id="prep.new_draft", show=False),
        # ctrl+l, not ctrl+b (tmux's prefix, which never reaches the app inside tmux); ctrl+b still works elsewhere.
        Binding("ctrl+l,ctrl+b", "copy_draft", "Copy draft", id="prep.copy", show=False),
        Binding("ctrl+o", "save_draft", "Save draft", id="prep.save_draft", show=False),
        Binding("ctrl+t", "edit_draft", "Edit in $EDITOR", id="prep.editor", show=False),
        Binding("f9", "mark_sent", "Mark sent", id="prep.mark_sent", show=False),
        Binding("f3", "save_calendar", "Calendar file", id="prep.calendar", show=False),
        Binding("f4", "save_sheet", "Prep sheet", id="prep.sheet", show=False),
        Binding("f8", "reschedule", "Reschedule", id="prep.reschedule", show=False),  # f6/f7 are the editor's
        Binding("ctrl+n", "compose_mail", "Compose in mail", id="prep.compose_mail", show=False),
        Binding("f12", "import_invite", "Import invitation", id="prep.import_invite", show=False),
    ]

    TAB_ORDER = ("tab-research", "tab-questions", "tab-intro", "tab-outreach")

    def autosave_delay(self) -> float:
        return SAVE_DELAY

    def compose(self) -> ComposeResult:
        meeting, contact = self.load_meeting()
        yield Header()
        yield Static(contact_card(contact, meeting), id="card")
        with TabbedContent(id="tabs"):
            with TabPane("Research", id="tab-research"):
                with Horizontal(id="research"):
                    with VerticalScroll(id="why-scroll"):
                        yield Static(why_card(contact), id="why")
                    with Vertical(id="notes-box"):
                        yield TextArea(meeting.research, id="research-text", soft_wrap=True)
                        with VerticalScroll(id="preview-scroll"):
                            yield Markdown(meeting.research, id="research-preview")
            with TabPane("Questions", id="tab-questions"):
                yield QuestionPlan(
                    meeting.questions, planned_minutes=meeting.planned_minutes, intro=meeting.intro, id="plan"
                )
            with TabPane("Intro", id="tab-intro"):
                yield Static(
                    "Your 30-second introduction: who you are, what you are exploring, and why "
                    "them. Keep it under a minute; the meeting is about their insight.",
                    classes="hint",
                    markup=False,
                )
                yield TextArea(meeting.intro, id="intro-text", soft_wrap=True)
                yield Static("", id="intro-stats", markup=False)
            with TabPane("Outreach", id="tab-outreach"):
                yield DraftPanel(meeting, contact, id="drafts")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.contact.display_name
        self.query_one("#preview-scroll").display = False
        self.query_one("#research-text").border_title = "Research notes (F2 preview)"
        self._update_intro_stats()

    @on(TabbedContent.TabActivated, "#tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Each tab puts the cursor where you work, so its keys are live at once."""
        target = {
            "tab-research": "#research-text",
            "tab-questions": "#plan-table",
            "tab-intro": "#intro-text",
            "tab-outreach": "#draft-text",
        }.get(event.pane.id or "")
        if event.pane.id == "tab-outreach":  # the question the draft asks, if any, else the draft
            self.query_one("#drafts", DraftPanel).focus_work()
        elif target is not None:
            widget = self.query_one(target)
            if widget.display:
                widget.focus()

    @on(TextArea.Changed, "#research-text")
    def _research_changed(self, event: TextArea.Changed) -> None:
        self.meeting.research = event.text_area.text
        self._changed()

    @on(TextArea.Changed, "#intro-text")
    def _intro_changed(self, event: TextArea.Changed) -> None:
        self.meeting.intro = event.text_area.text
        self._update_intro_stats()
        self.query_one("#plan", QuestionPlan).set_timing(intro=self.meeting.intro)
        self._changed()

    @on(QuestionPlan.EditRequested)
    def _question_wanted(self, request: QuestionPlan.EditRequested) -> None:
        """The plan asks for a question: from the bank, or written (new or edited) in the editor."""
        from infocoach.core.prep.question_bank import BankQuestion
        from infocoach.dialogs.bank_picker import BankPicker
        from infocoach.dialogs.question_editor import QuestionEditor

        if request.source == "bank":

            def picked(choices: list[BankQuestion] | None) -> None:
                request.plan.add_questions([Question(text=c.text, category=c.category) for c in choices or []])

            self.app.push_screen(BankPicker(request.planned), picked)
        else:
            self.app.push_screen(QuestionEditor(request.current), lambda q: request.plan.answer(request, q))

    @on(QuestionPlan.Changed)
    def _questions_changed(self, event: QuestionPlan.Changed) -> None:
        self.meeting.questions = event.questions
        self._changed()

    @on(DraftPanel.Edited)
    def _draft_edited(self, event: DraftPanel.Edited) -> None:
        self.meeting.drafts[draft_key(event.kind, event.channel)] = event.text
        if event.channel == "email":  # only emails have a subject; a LinkedIn note leaves it be
            if event.subject:
                self.meeting.drafts[subject_key(event.kind)] = event.subject
            else:
                self.meeting.drafts.pop(subject_key(event.kind), None)
        self.meeting.channel = event.channel
        self._changed()

    @on(DraftPanel.ChannelChosen)
    def _channel_chosen(self, event: DraftPanel.ChannelChosen) -> None:
        self.meeting.channel = event.channel  # how you will reach them, remembered for next time
        self._changed()

    @on(DraftPanel.SentenceGiven)
    def _sentence_given(self, event: DraftPanel.SentenceGiven) -> None:
        """One of your sentences for the drafts (kept in the meeting's drafts map)."""
        if event.text.strip():
            self.meeting.drafts[event.key] = event.text
        else:
            self.meeting.drafts.pop(event.key, None)
        self._changed()

    @on(DraftPanel.ContactChanged)
    def _contact_changed(self, event: DraftPanel.ContactChanged) -> None:
        """How to greet them, chosen in the draft: saved on the contact at once."""
        self.contact = event.contact
        self.coach.guarded_save(lambda: self.coach.store.save_contact(event.contact), done="Saved on the contact.")
        self.refresh_card()

    def _update_intro_stats(self) -> None:
        stats = intro_stats(self.meeting.intro)
        label = self.query_one("#intro-stats", Static)
        label.update(stats.describe() if stats.words else "Nothing yet: two or three sentences are plenty.")
        label.set_class(stats.too_long, "-over")

    # ----- actions ----------------------------------------------------------------------

    def action_live(self) -> None:
        """Leave Prep (saved) for the live screen: the live screen then owns the meeting."""
        from infocoach.core.live.session import why_not_live

        problem = why_not_live(self.meeting)
        if problem is not None:
            self.notify(f"This meeting cannot go live: {problem}.", severity="warning", timeout=8, markup=False)
            return
        if self.save_now():
            self.dismiss(GO_LIVE)  # History, which opened Prep, opens the live screen

    def action_toggle_preview(self) -> None:
        editor = self.query_one("#research-text", TextArea)
        preview = self.query_one("#preview-scroll")
        showing = not preview.display
        if showing:
            self.query_one("#research-preview", Markdown).update(editor.text)
        preview.display = showing
        editor.display = not showing
        self.query_one("#tabs", TabbedContent).active = "tab-research"

    def _drafts(self) -> DraftPanel:
        self.query_one("#tabs", TabbedContent).active = "tab-outreach"
        return self.query_one("#drafts", DraftPanel)

    def action_new_draft(self) -> None:
        panel = self._drafts()
        if not panel.is_edited():
            panel.load_kind(panel.kind, fresh=True)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                panel.load_kind(panel.kind, fresh=True)

        self.app.push_screen(
            ConfirmModal("Replace your edited draft with a fresh one from the coach?", confirm="Replace", danger=True),
            answered,
        )

    def action_copy_draft(self) -> None:
        prep_actions.copy_draft(self, self._drafts())

    def action_save_draft(self) -> None:
        prep_actions.save_draft(self, self._drafts())

    def action_edit_draft(self) -> None:
        prep_actions.edit_in_editor(self, self._drafts())

    def action_save_calendar(self) -> None:
        prep_actions.save_calendar(self)

    def action_save_sheet(self) -> None:
        from infocoach.screens.prep.sheet_saving import save_prep_sheet

        save_prep_sheet(self)

    def action_reschedule(self) -> None:
        from infocoach.screens.rescheduling import reschedule_in_prep

        reschedule_in_prep(self, after=self.refresh_card)

    def action_mark_sent(self) -> None:
        prep_actions.mark_sent(self, self._drafts())

    def action_compose_mail(self) -> None:
        from infocoach.screens.prep.mail_actions import compose_draft

        compose_draft(self, self._drafts())

    def action_import_invite(self) -> None:
        from infocoach.screens.prep.invite_import import import_invitation

        import_invitation(self)

    def planned_minutes_changed(self) -> None:
        """The meeting's length changed (an invitation): the question plan's fit follows."""
        self.query_one("#plan", QuestionPlan).set_timing(planned_minutes=self.meeting.planned_minutes)

    def refresh_card(self) -> None:
        self.query_one("#card", Static).update(contact_card(self.contact, self.meeting))
