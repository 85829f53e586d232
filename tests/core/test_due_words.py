"""How the campaign's due items are said: History's due line and the Targets screen's lines."""

from __future__ import annotations

import pendulum

from infocoach.core.describe import due_summary, due_words
from infocoach.core.pipeline.statuses import DueItem, DueKind
from infocoach.core.records.model import Contact

NOW = pendulum.datetime(2026, 11, 25, 13, 30)


def item(kind: DueKind, meeting: str = "m-1", **more: object) -> DueItem:
    return DueItem(kind, meeting, NOW, **more)  # type: ignore[arg-type]


def test_due_line_counts_people_to_write_to_and_referrers_to_tell() -> None:
    one = [item(DueKind.FOLLOW_UP), item(DueKind.WRITE_NEXT, "m-2"), item(DueKind.TELL_REFERRER, "m-3")]
    assert due_summary(one) == "Due: 1 follow-up · 1 person to write to next · 1 referrer to tell how it went"
    more = [item(DueKind.WRITE_NEXT, "m-1"), item(DueKind.WRITE_NEXT, "m-2")]
    more += [item(DueKind.TELL_REFERRER, "m-3"), item(DueKind.TELL_REFERRER, "m-4")]
    assert due_summary(more) == "Due: 2 people to write to next · 2 referrers to tell how it went"


def test_one_item_in_words() -> None:
    tan = Contact(id="c-1", first_name="Mei", last_name="Tan", honorific="Dr.")
    ruiz = Contact(id="c-2", first_name="Ana", last_name="Ruiz")
    assert due_words(item(DueKind.FOLLOW_UP), tan) == "Follow up with Dr. Tan"
    assert due_words(item(DueKind.THANK_YOU, overdue=True), ruiz) == "Thank Ana Ruiz (overdue)"
    assert due_words(item(DueKind.LET_GO), None) == "Let this contact go: no reply to the follow-up"
    # The campaign's items say it themselves, naming the other person.
    note = "Write to Mr. Ode at Contoso: no reply from Ms. Lopez in 3 business days"
    assert due_words(item(DueKind.WRITE_NEXT, contact_id="c-9", note=note), tan) == note
    for kind in DueKind:  # every kind has words
        assert due_words(item(kind), tan)
