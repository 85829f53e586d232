"""What the user records on the live screen: notes, referrals and action items, each through a
quick prompt, and the keys typed around those prompts.

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

from infocoach.core.live.meeting_clock import mmss
from infocoach.screens.live.prompts import LinePrompt, ReferralAnswer, ReferralPrompt, TypeaheadPrompt
from infocoach.widgets.live_log import LiveLog, action_line, note_line, referral_line
from infocoach.widgets.question_checklist import QuestionChecklist

if TYPE_CHECKING:
    from textual.screen import Screen

    from infocoach.core.live.session import LiveSession

PROMPT_ACTIONS = ("note", "referral", "action_item")  # keys that open a prompt


class LiveEntries:
    """Notes, referrals and action items, and the keys typed around their prompts."""

    def __init__(
        self,
        screen: Screen[Any],
        session: LiveSession,
        *,
        now: Callable[[], pendulum.DateTime],
        changed: Callable[[], None],
    ) -> None:
        self._screen = screen
        self._session = session
        self._now = now
        self._changed = changed
        self.opening: TypeaheadPrompt | None = None  # a prompt asked for and not yet closed
        self._replay_keys: list[events.Key] = []

    def note(self) -> None:
        index = self._screen.query_one(QuestionChecklist).current
        question = self._session.meeting.questions[index].text if index is not None else ""
        now = self._now()
        stamp = self._session.stamp(now)
        context = f"at {mmss(stamp)}" if stamp is not None else "before the start"
        if question:
            context += f", on: {question}"

        prompt = LinePrompt("Note", "What did they say? (one line)", context=context)

        def save(text: str | None) -> None:
            if text:  # stamped when n was pressed: that is when they said it
                note = self._session.add_note(text, now, index)
                self._screen.query_one(LiveLog).write(note_line(note))
                self._changed()

        self._prompt(prompt, save)

    def referral(self) -> None:
        now = self._now()
        prompt = ReferralPrompt()

        def save(answer: ReferralAnswer | None) -> None:
            if answer is not None:
                referral = self._session.add_referral(answer.name, answer.organization, answer.detail, now)
                self._screen.query_one(LiveLog).write(referral_line(referral))
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
                self._screen.query_one(LiveLog).write(action_line(item))
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

        def closed(answer: object) -> None:
            self.opening = None
            answered(answer)
            # Keys typed in the instant after Enter belong to this screen ("t": they speak).
            # Replayed once this screen is back on top, which may already be the case.
            self._replay_keys = prompt.keys_after
            if self._replay_keys and self._screen.app.screen is self._screen:
                self._screen.call_later(self.replay)

        self._screen.app.push_screen(prompt, closed)
