"""Our command palette provider: jump to a meeting or a person, and History's actions.

Titles are namespaced ("meeting: …", "new: contact") so a few letters find the right group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from infocoach.core.exports.formats import EXPORT_FORMATS
from infocoach.core.pipeline.statuses import DueKind, why_no_wrapup
from infocoach.services import CoachApp, coach_of

if TYPE_CHECKING:
    from infocoach.screens.history.history_screen import HistoryScreen

Command = tuple[str, Callable[[], object], str]


# What an export holds, where it is not every meeting as a file of its kind.
_EXPORT_HINTS = {
    "json": "Every meeting as a .json file (can be imported back)",
    "vcard": "Every contact as a .vcf file, for a phone or an address book",
}


class InfocoachCommands(Provider):
    @property
    def coach(self) -> CoachApp:
        return coach_of(self)

    def _history(self) -> HistoryScreen | None:
        from infocoach.screens.history.history_screen import HistoryScreen

        return self.screen if isinstance(self.screen, HistoryScreen) else None

    def _commands(self) -> Iterator[Command]:
        # Imported when the palette opens: the export screens are not needed to start.
        from infocoach.dialogs.export_run import start_export

        history = self._history()
        if history is None:
            return
        yield (
            "new: contact",
            partial(history.action_record, "new_contact"),
            "Add a person you would like to learn from",
        )
        yield (
            "new: meeting",
            partial(history.action_record, "new_meeting"),
            "Plan a meeting with one of your contacts",
        )
        yield ("app: settings", history.action_settings, "Your name, time zone and the coach's numbers")
        yield ("app: contacts", history.action_contacts, "Everyone you have added, with or without meetings")
        yield (
            "screen: Targets",
            history.action_targets,
            "Your target employers (the LAMP list), their people and the next step at each (T)",
        )
        for kind, (label, extension) in EXPORT_FORMATS.items():
            yield (
                f"export: {label}",
                partial(start_export, self.coach, kind),
                _EXPORT_HINTS.get(kind, f"Every meeting as a .{extension} file"),
            )
        yield (
            "app: insights",
            history.action_insights,
            "Meetings per month, reply and thank-you rates, talk share over time",
        )
        yield ("history: show or hide archived", history.action_toggle_archived, "Archived meetings stay searchable")
        for item in history.due:
            if item.kind is DueKind.TELL_REFERRER:
                yield (
                    f"referrer: {item.note or 'tell your referrer how it went'}",
                    partial(history.commands.tell_referrer, item.meeting_id),
                    "A short note to close the loop, then mark it sent (R)",
                )
        # Imported here: the palette needs it, the start-up does not.
        from infocoach.core.live.session import why_not_live
        from infocoach.core.pipeline.meeting_times import why_not_reschedule

        contacts = {c.id: c for c in self.coach.store.contacts()}
        for meeting in self.coach.store.meetings():
            contact = contacts.get(meeting.contact_id)
            if contact is None:
                continue
            title = f"meeting: {contact.display_name} — {contact.organization} ({meeting.status})"
            yield (title, partial(history.jump_to, meeting.id), meeting.purpose or "Show this meeting in History")
            yield (
                f"prep: {contact.display_name} ({meeting.status})",
                partial(history.open_prep, meeting.id),
                "Research, questions, intro and outreach for this meeting",
            )
            if why_no_wrapup(meeting) is None:
                yield (
                    f"wrap-up: {contact.display_name} ({meeting.status})",
                    partial(history.open_wrapup, meeting.id),
                    "How it went, and the thank-you note",
                )
            if why_not_reschedule(meeting) is None:
                yield (
                    f"reschedule: {contact.display_name} ({meeting.status})",
                    partial(history.reschedule, meeting.id),
                    "Move this meeting to another time (r in History, F8 in Prep)",
                )
            if why_not_live(meeting) is None:
                yield (
                    f"live: {contact.display_name} ({'under way' if meeting.started_at else meeting.status})",
                    partial(history.open_live, meeting.id),
                    "The meeting clock, the talk meter, your questions and quick notes",
                )
        for contact in contacts.values():
            yield (
                f"contact: {contact.display_name} — edit",
                partial(history.edit_contact_by_id, contact.id),
                contact.role or contact.organization,
            )

    async def discover(self) -> Hits:
        for title, callback, help_text in list(self._commands())[:4]:
            yield DiscoveryHit(Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlight(matcher, title), callback, text=title, help=escape(help_text))


def _highlight(matcher: Matcher, title: str) -> Content:
    """Like ``Matcher.highlight``, but the title is plain text: names are data, not markup."""
    content = Content(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
