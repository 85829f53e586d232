"""The live meeting's log: notes, referrals and action items, each stamped with meeting time.

Every entry wraps at the log's width. A RichLog keeps lines as they were wrapped when written,
so the log keeps its entries and wraps them all again whenever its width changes (the screen
opening at its final size a moment after the first write, a resize, a wider layout).
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import RichLog

from infocoach.core.live.meeting_clock import mmss
from infocoach.core.records.model import ActionItem, Meeting, Note, Referral

NOT_STARTED = "--:--"
STAR = "★ "  # a starred note: cited in the thank-you


def stamp_text(at: float | None) -> str:
    return NOT_STARTED if at is None else mmss(at)


def _stamped(at: float | None) -> Text:
    """The start of an entry: its time, dim (only the time: the words that follow are not)."""
    line = Text()
    line.append(f"{stamp_text(at)}  ", "dim")
    return line


def note_line(note: Note) -> Text:
    line = _stamped(note.at)
    if note.starred:
        line.append(STAR, "bold")
    line.append(note.text)
    return line


def referral_line(referral: Referral) -> Text:
    line = _stamped(referral.at)
    line.append("→ ", "bold")
    line.append(referral.name, "bold")
    if referral.organization:
        line.append(f", {referral.organization}")
    if referral.detail:
        line.append(f" — {referral.detail}", "dim")
    return line


def action_line(item: ActionItem) -> Text:
    line = _stamped(item.at)
    line.append("☐ to do: ", "bold")
    line.append(item.text)
    return line


def entries(meeting: Meeting) -> list[Text]:
    """Every entry of the meeting in time order (unstamped ones first, as they came)."""
    stamped: list[tuple[float, int, Text]] = []
    order = 0
    for items, render in (
        (meeting.notes, note_line),
        (meeting.referrals, referral_line),
        (meeting.action_items, action_line),
    ):
        for item in items:
            at = item.at if item.at is not None else -1.0
            stamped.append((at, order, render(item)))  # type: ignore[arg-type]
            order += 1
    return [text for _, _, text in sorted(stamped, key=lambda entry: (entry[0], entry[1]))]


class LiveLog(RichLog):
    """Appends as the user writes; never takes the focus away from the checklist."""

    can_focus = False

    def __init__(self, **kwargs: object) -> None:
        super().__init__(wrap=True, markup=False, highlight=False, min_width=20, **kwargs)  # type: ignore[arg-type]
        self._entries: list[Text] = []
        self._wrapped_at = 0  # the text width the lines shown were wrapped at (0: not yet known)

    def show_meeting(self, meeting: Meeting) -> None:
        """Show every entry of the meeting, in time order."""
        self._entries = entries(meeting)
        self._rewrap()

    def add(self, line: Text) -> None:
        """One new entry, at the end."""
        self._entries.append(line)
        self.write(line)

    @property
    def entry_count(self) -> int:
        return len(self._entries)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._rewrap_if_narrower_or_wider)  # once the new width is laid out

    def _rewrap_if_narrower_or_wider(self) -> None:
        if self.scrollable_content_region.width != self._wrapped_at:
            self._rewrap()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        self._wrapped_at = width
        self.clear()
        for line in self._entries:
            self.write(line, width=max(width, self.min_width) if width else None)
