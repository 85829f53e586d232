"""What the user records on the live screen: notes, referrals and action items, each through a
quick prompt, and the keys typed around those prompts; and the last note, starred, changed or
deleted.

A binding's action runs a moment after its key, so the keys that open a prompt are handled in
the screen's ``on_key`` at once (:meth:`LiveEntries.key`); keys typed while the prompt opens go
into it, and a key typed just after its Enter is replayed on the live screen ("t": they speak).

:class:`LiveEntries` is composed into the live screen, which gives it the session, the clock
and what to call after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pendulum
from textual import events

from infocoach.core.live.last_note import edit_last, last_note, remove_last, toggle_star
from infocoach.core.live.meeting_clock import mmss
from infocoach.screens.live.prompts import (
    LinePrompt,
    NoteAnswer,
    NotePrompt,
    ReferralAnswer,
    ReferralPrompt,
    TypeaheadPrompt,
)
from infocoach.widgets.live_log import LiveLog, action_line, note_line, referral_line
from infocoach.widgets.question_checklist import QuestionChecklist

if TYPE_CHECKING:
    from textual.screen import Screen

    from infocoach.core.live.session import LiveSession

PROMPT_ACTIONS = ("note", "referral", "action_item", "edit_note")  # keys that open a prompt
NO_NOTE = "No note yet: n adds one."


class LiveEntries:
    """Notes, referrals and action items, and the keys typed around their prompts."""

    def __init__(
        self,
        screen: Screen[Any],
        session: LiveSession,
        *,
        now: Callable[[], pendulum.DateTime],
        changed: Callable[[], None],
        typed: Callable[[], None] = lambda: None,
    ) -> None:
        self._screen = screen
        self._session = session
        self._now = now
        self._changed = changed
        self._typed = typed  # a key typed into a prompt (listening hears its click: not my voice)
        self.opening: TypeaheadPrompt | None = None  # a prompt asked for and not yet closed
        self._replay_keys: list[events.Key] = []

    def note(self) -> None:
        cursor = self._screen.query_one(QuestionChecklist).current
        now = self._now()
        stamp = self._session.stamp(now)
        prompt = NotePrompt(
            "Note",
            context=f"at {mmss(stamp)}" if stamp is not None else "before the start",
            questions=[q.text for q in self._session.meeting.questions],
            question=self._session.note_question(cursor, now),  # the one just asked, or the cursor's
        )

        def save(answer: NoteAnswer | None) -> None:
            if answer is not None:  # stamped when n was pressed: that is when they said it
                note = self._session.add_note(answer.text, now, answer.question)
                self._screen.query_one(LiveLog).add(note_line(note))
                self._changed()

        self._prompt(prompt, save)

    def edit_note(self) -> None:
        """Change the last note's words, or the question it is on."""
        note = last_note(self._session.meeting)
        if note is None:
            self._screen.notify(NO_NOTE, timeout=3, markup=False)
            return
        questions = [q.text for q in self._session.meeting.questions]
        on = questions.index(note.question) if note.question in questions else None
        when = "before the start" if note.at is None else f"taken at {mmss(note.at)}"
        prompt = NotePrompt("Change the last note", context=when, questions=questions, question=on, text=note.text)

        def save(answer: NoteAnswer | None) -> None:
            if answer is not None:
                edit_last(self._session.meeting, answer.text, self._session.question_text(answer.question))
                self._redraw_log()

        self._prompt(prompt, save)

    def star_note(self) -> None:
        """Star the last note for the thank-you, or unstar it."""
        note = toggle_star(self._session.meeting)
        if note is None:
            self._screen.notify(NO_NOTE, timeout=3, markup=False)
            return
        self._redraw_log()
        said = "Starred for your thank-you" if note.starred else "No longer starred"
        self._screen.notify(f"{said}: {_short(note.text)}", timeout=3, markup=False)

    def delete_note(self) -> None:
        """Delete the last note, once the user says yes."""
        from infocoach.dialogs.confirm import ConfirmModal

        note = last_note(self._session.meeting)
        if note is None:
            self._screen.notify(NO_NOTE, timeout=3, markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes and last_note(self._session.meeting) is note:
                remove_last(self._session.meeting)
                self._redraw_log()

        self._screen.app.push_screen(
            ConfirmModal(f"Delete the last note?\n\n{_short(note.text, 300)}", confirm="Delete note", danger=True),
            answered,
        )

    def _redraw_log(self) -> None:
        self._screen.query_one(LiveLog).show_meeting(self._session.meeting)
        self._changed()

    def referral(self) -> None:
        now = self._now()
        prompt = ReferralPrompt()

        def save(answer: ReferralAnswer | None) -> None:
            if answer is not None:
                referral = self._session.add_referral(answer.name, answer.organization, answer.detail, now)
                self._screen.query_one(LiveLog).add(referral_line(referral))
                self._changed()
                self._screen.notify(
                    f"Referral saved: {referral.name}. Ask if they would introduce you.", timeout=4, markup=False
                )

        self._prompt(prompt, save)

    def action_item(self) -> None:
        now = self._now()
        prompt = LinePrompt("Action item", "Something you will do, e.g. read the report she mentioned")

        def save(text: str | None) -> None:
            if text:
                item = self._session.add_action(text, now)
                self._screen.query_one(LiveLog).add(action_line(item))
                self._changed()

        self._prompt(prompt, save)

    def key(self, event: events.Key) -> None:
        """Keys that open a prompt act at once, and the keys typed while it opens go into it.

        A binding's action runs a moment after its key, so "n" then a fast "the data" would
        otherwise send "t" to the talk meter before the note prompt exists.
        """
        if self.opening is not None:
            if event.is_printable or event.key == "enter":
                self.opening.take(events.Key(event.key, event.character))
            event.prevent_default()
            event.stop()
            return
        active = self._screen.active_bindings.get(event.key)
        if active is not None and active.node is self._screen and active.binding.action in PROMPT_ACTIONS:
            event.prevent_default()
            event.stop()
            getattr(self, active.binding.action)()

    async def replay(self) -> None:
        """Keys typed just after a prompt's Enter act here, as if pressed now ("t": they speak)."""
        keys, self._replay_keys = self._replay_keys, []
        for key in keys:
            if self.opening is not None:  # a replayed key opened a prompt: the rest are its text
                if key.is_printable or key.key == "enter":
                    self.opening.take(key)
                continue
            active = self._screen.active_bindings.get(key.key)
            if active is not None and active.enabled:
                await self._screen.app.run_action(active.binding.action, active.node)

    def _prompt(self, prompt: TypeaheadPrompt, answered: Callable[[Any], None]) -> None:
        self.opening = prompt
        prompt.key_typed = self._typed

        def closed(answer: object) -> None:
            self.opening = None
            answered(answer)
            # Keys typed in the instant after Enter belong to this screen ("t": they speak).
            # Replayed once this screen is back on top, which may already be the case.
            self._replay_keys = prompt.keys_after
            if self._replay_keys and self._screen.app.screen is self._screen:
                self._screen.call_later(self.replay)

        self._screen.app.push_screen(prompt, closed)


def _short(text: str, limit: int = 60) -> str:
    """A note quoted in a message: whole if short, else its start."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
