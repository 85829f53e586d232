"""The live screen: the meeting clock, the talk meter, the question checklist and quick notes.

Everything the user does is one key, turned into one call on a
:class:`~infocoach.core.live.session.LiveSession` with the injected clock's moment. Displayed
times are computed from stored timestamps on every refresh, never counted, so they are right
after a suspend or a restart. Every change is handed to the screen's
:class:`~infocoach.screens.meeting_saving.MeetingSaving`, which writes it off the event loop
within about half a second. Its parts: what the user records (``entries.py``), listening
(``listening.py``), and ending and leaving (``leaving.py``); what it says in words is in
``wording.py``.
"""

from __future__ import annotations

import pendulum
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from infocoach.core.describe import percent_text
from infocoach.core.live.meeting_clock import Cue, mmss
from infocoach.core.live.session import LiveSession
from infocoach.core.live.talk_clock import talk_band
from infocoach.core.records.model import Contact, Meeting
from infocoach.screens.live.entries import LiveEntries
from infocoach.screens.live.leaving import LiveEnded, LiveLeaving
from infocoach.screens.live.listening import LiveListening
from infocoach.screens.live.wording import (
    HELP,
    NOTE_KEY_IDS,
    clock_state,
    notes_keys,
    welcome_back,
    who_line,
)
from infocoach.screens.meeting_saving import MeetingSaving
from infocoach.services import CoachApp, coach_of
from infocoach.widgets.live_log import LiveLog
from infocoach.widgets.meeting_timer import MeetingTimer
from infocoach.widgets.question_checklist import QuestionChecklist
from infocoach.widgets.talk_meter import TalkMeter

REFRESH_SECONDS = 0.25  # the display follows the clock; figures change once a second at most
CUE_SECONDS = 20.0  # a cue is shown this long (wall time), then the line clears


class LiveScreen(Screen[LiveEnded | None]):
    """One meeting, live. Saving, the entries typed and listening are parts composed in."""

    CSS_PATH = "live.tcss"
    HELP = HELP
    # The footer shows the keys of the call that fit in 80 columns; F1 lists every one.
    BINDINGS = [
        Binding("m", "speaker('me')", "Me", id="live.me"),
        Binding("t", "speaker('them')", "Them", id="live.them"),
        Binding("space", "speaker('nobody')", "Nobody", id="live.nobody"),
        Binding("enter", "mark('asked')", "Asked", id="live.asked"),
        Binding("s", "mark('skipped')", "Skip the question", id="live.skip", show=False),
        Binding("n", "note", "Note", id="live.note"),
        Binding("asterisk", "star_note", "Star", id="live.star", tooltip="Star the last note (again: unstar)"),
        Binding("E", "edit_note", "Edit the last note", id="live.edit_note", show=False),
        Binding("D", "delete_note", "Delete the last note", id="live.delete_note", show=False),
        Binding("r", "referral", "Referral", id="live.referral"),
        Binding("a", "action_item", "Action item", id="live.action", show=False),
        Binding("p", "start", "Start", id="live.start"),
        Binding("p", "pause", "Pause", id="live.pause"),
        Binding("e", "end", "End", id="live.end"),
        Binding("l", "listen", "Listen", id="live.listen", show=False),
        Binding("j", "cursor(1)", "Next question", id="live.down", show=False),
        Binding("k", "cursor(-1)", "Previous question", id="live.up", show=False),
        Binding("escape", "back", "Back to History", id="live.back", show=False),
    ]

    def __init__(self, meeting_id: str, *, listen: bool = False) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self._listen_on_mount = listen
        self.session: LiveSession
        self.contact: Contact
        self._cue: Cue | None = None
        self._cue_until: pendulum.DateTime | None = None
        self._shown_state: tuple[object, ...] = ()
        self.saving: MeetingSaving | None = None
        self.entries: LiveEntries
        self.listen_control: LiveListening
        self.leaving: LiveLeaving

    @property
    def listening(self) -> bool:
        return self.listen_control.listening

    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    # --- building ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        store = self.coach.store
        meeting = store.meeting(self.meeting_id)
        contact = store.contact(meeting.contact_id) if meeting else None
        assert meeting is not None and contact is not None, "LiveScreen needs a stored meeting"
        self.session = LiveSession.open(meeting)  # the caller checked why_not_live
        self.contact = contact
        self.entries = LiveEntries(
            self, self.session, now=self._now, changed=self._changed, typed=lambda: self.listen_control.key_pressed()
        )
        self.leaving = LiveLeaving(self, now=self._now, stop_listening=lambda: self.listen_control.stop())
        self.listen_control = LiveListening(
            self,
            self.session,
            now=self._now,
            settings=lambda: self.coach.settings,
            after_change=self._after_change,
            redraw=self.redraw_state,
        )
        settings = self.coach.settings
        yield Header()
        yield Static(who_line(self.contact, self.session.meeting), id="who", markup=False)
        yield MeetingTimer(id="timer")
        yield TalkMeter(settings.talk_target_low, settings.talk_target_high, id="meter")
        yield Static("", id="cue", markup=False)
        with Horizontal(id="body"):
            with Vertical(id="questions-box"):
                yield Static("Questions", classes="box-title", markup=False)
                yield QuestionChecklist(self.session.meeting.questions, id="checklist")
            with Vertical(id="log-box"):
                yield Static("Notes", id="notes-title", classes="box-title", markup=False)
                yield LiveLog(id="log")
        # The keys of a call fit at 80 columns; F1 lists every one, ctrl+p still opens the palette.
        yield Footer(show_command_palette=False, compact=True)

    def on_mount(self) -> None:
        self.sub_title = f"Live: {self.contact.display_name}"
        self.saving = MeetingSaving(self.app, self.coach.store.save_meeting, on_problem=self.redraw_state)
        self.query_one(LiveLog).show_meeting(self.session.meeting)
        self._show_note_keys()
        self.query_one(QuestionChecklist).focus()
        self.refresh_live()
        self.set_interval(REFRESH_SECONDS, self.refresh_live)
        if self._listen_on_mount and not self.session.ended:
            self.action_listen()
        if self.session.started:
            welcome = welcome_back(self.session, self.coach.clock.now(), self.coach.settings.timezone)
            self.notify(welcome, title="Welcome back", markup=False)

    def _show_note_keys(self) -> None:
        """Beside the Notes title, the keys for the last note, as the keymap has them."""
        shown = {
            active.binding.id: self.app.get_key_display(active.binding)
            for active in self.active_bindings.values()
            if active.binding.id in NOTE_KEY_IDS
        }
        if len(shown) == len(NOTE_KEY_IDS):
            keys = notes_keys(*(shown[key_id] for key_id in NOTE_KEY_IDS))
            self.query_one("#notes-title", Static).update(Text.assemble("Notes  ", (keys, "not bold dim")))

    # --- the display ---------------------------------------------------------------------

    def refresh_live(self) -> None:
        """Bring the display up to the clock's moment (called four times a second)."""
        now = self.coach.clock.now()
        self.listen_control.tick(now)
        session, settings = self.session, self.coach.settings
        clock = session.clock.meeting
        elapsed_text = clock.elapsed_text(now)
        remaining_text = clock.remaining_text(now)
        overtime = remaining_text.startswith("+")
        caption = "over time" if overtime else f"left of {mmss(clock.planned_seconds)}"
        state = self._state_text()
        share = session.clock.talk.share(now)
        recent = session.clock.talk.recent_share(now)
        band = talk_band(share, settings.talk_target_low, settings.talk_target_high, settings.talk_red_above)
        top = session.highlighted_questions(now)
        shown = (
            elapsed_text,
            remaining_text,
            state,
            percent_text(share),
            percent_text(recent),
            band,
            session.speaker,
            tuple(top),
        )
        if shown != self._shown_state:  # idle ticks draw nothing
            self._shown_state = shown
            self.query_one(MeetingTimer).show(
                elapsed_text,
                remaining_text,
                caption=caption,
                state=state,
                overtime=overtime,
                paused=session.paused,
            )
            self.query_one(TalkMeter).show(
                share=share, recent=recent, band=band, speaker=session.speaker, started=session.started
            )
            checklist = self.query_one(QuestionChecklist)
            if checklist._top != top:
                checklist.show(session.meeting.questions, top)
        self._update_cue(now)
        self.leaving.wrap_up_once_saved()

    def _state_text(self) -> str:
        state = clock_state(self.session)
        if listening := self.listen_control.state_text():
            state = f"{state}\n{listening}"
        if self.saving is not None and (notice := self.saving.notice):
            return f"{state}\n{notice}"
        return state

    def _update_cue(self, now: pendulum.DateTime) -> None:
        if self._cue is not None and self._cue_until is not None and now < self._cue_until:
            return
        if self._cue is not None:
            self._cue, self._cue_until = None, None
            self.query_one("#cue", Static).update("")
        if self.session.ended or not self.session.started:
            return
        cue = self.session.clock.next_cue(now)
        if cue is not None:
            self._cue, self._cue_until = cue, now.add(seconds=CUE_SECONDS)
            self.query_one("#cue", Static).update(cue.text)
            self._changed()  # the cue is recorded as shown: a restart never repeats it

    def on_unmount(self) -> None:
        self.listen_control.stop(closing=True)
        if self.saving is not None:
            self.saving.close(self._snapshot())
            self.saving = None

    # --- saving --------------------------------------------------------------------------

    def _snapshot(self) -> Meeting:
        return self.session.snapshot(self._now())

    def _changed(self) -> None:
        """Hand the meeting as it is now to the saver (written within about half a second)."""
        if self.saving is not None:
            self.saving.submit(self._snapshot())

    def save_all(self) -> bool:
        """Write everything now (leaving, quitting, ending); False if the file cannot be written."""
        return self.saving.flush(self._snapshot()) if self.saving is not None else True

    def has_unsaved_changes(self) -> bool:
        return not self.save_all()

    # --- what the user records, and listening: parts of their own ---------------------------

    def on_key(self, event: events.Key) -> None:
        self.listen_control.key_pressed()  # its click on the microphone is not my voice
        self.entries.key(event)

    async def on_screen_resume(self) -> None:
        await self.entries.replay()

    def action_note(self) -> None:
        self.entries.note()

    def action_referral(self) -> None:
        self.entries.referral()

    def action_action_item(self) -> None:
        self.entries.action_item()

    def action_edit_note(self) -> None:
        self.entries.edit_note()

    def action_star_note(self) -> None:
        self.entries.star_note()

    def action_delete_note(self) -> None:
        self.entries.delete_note()

    def action_listen(self) -> None:
        self.listen_control.toggle()

    # --- keys ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.entries.opening is not None:
            return False  # keys typed while a prompt opens are its text, not this screen's keys
        session = self.session
        if action == "start":
            return not session.started and not session.ended
        if action == "pause":
            return session.started and not session.ended
        if action in ("speaker", "end", "listen"):
            return not session.ended
        return True

    def _now(self) -> pendulum.DateTime:
        return self.coach.clock.now()

    def action_speaker(self, who: str) -> None:
        was_started = self.session.started
        now = self._now()
        self.listen_control.pressed_speaker_key(now)  # a key wins over listening, for a moment
        if self.session.press(who, now):
            self._after_change(started=not was_started)

    def action_start(self) -> None:
        if self.session.start(self._now()):
            self._after_change(started=True)

    def action_pause(self) -> None:
        paused = self.session.toggle_pause(self._now())
        self.notify("Paused: the clock and talk times wait for you." if paused else "Resumed.", timeout=3, markup=False)
        self._after_change()

    def _after_change(self, *, started: bool = False) -> None:
        self._changed()
        if started:
            self.refresh_bindings()  # p now pauses
        self.refresh_live()

    def redraw_state(self) -> None:
        """Show a change that is not the meeting's (listening on or off, saving failing or
        working again)."""
        if not self.is_attached:
            return  # news from the saver after the screen closed
        self._shown_state = ()
        self.refresh_live()

    def action_cursor(self, step: int) -> None:
        checklist = self.query_one(QuestionChecklist)
        checklist.action_cursor_down() if step > 0 else checklist.action_cursor_up()

    def action_mark(self, state: str) -> None:
        checklist = self.query_one(QuestionChecklist)
        index = checklist.current
        if index is None:
            return
        new_state = self.session.toggle_question(index, state, self._now())
        checklist.show(self.session.meeting.questions, self.session.highlighted_questions(self._now()))
        if new_state != "open":  # on to the next open question, ready for the next mark
            following = [i for i, q in enumerate(self.session.meeting.questions) if i > index and q.state == "open"]
            if following:
                checklist.highlighted = following[0]
        self._changed()

    def action_end(self) -> None:
        self.leaving.ask_to_end()

    def end_meeting(self) -> None:
        """Stop the clock, save everything, and leave for the wrap-up (once it is saved)."""
        self.leaving.end_meeting()

    def action_back(self) -> None:
        self.leaving.back()

    @property
    def ended_unsaved(self) -> LiveEnded | None:
        """The end of a meeting kept here because the file could not be written yet."""
        return self.leaving.ended_unsaved
