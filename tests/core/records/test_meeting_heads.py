"""Meeting heads: History opens on these instead of whole meetings, so they must answer the
rows' and the due list's questions exactly as whole meetings do."""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.describe import meeting_row
from infocoach.core.pipeline.statuses import due_items
from infocoach.core.records.model import STATUS_NAMES, Meeting, MeetingHead
from infocoach.core.samples.demo import build_demo
from infocoach.core.samples.large_history import large_history
from infocoach.store import Store

NOW = pendulum.datetime(2026, 11, 25, 13, 30, tz="Europe/London")


def _pairs() -> list[tuple[Meeting, MeetingHead]]:
    _, demo = build_demo(NOW)
    _, bulk = large_history(300, now=NOW)
    return [(m, MeetingHead.from_dict(m.to_dict())) for m in [*demo, *bulk]]


def test_a_head_answers_the_pipeline_questions_as_its_meeting_does() -> None:
    for meeting, head in _pairs():
        assert (head.id, head.contact_id, head.status, head.archived) == (
            meeting.id,
            meeting.contact_id,
            meeting.status,
            meeting.archived,
        )
        assert head.last_step_at == meeting.last_step_at
        for status in STATUS_NAMES:
            assert head.entered_at(status) == meeting.entered_at(status)


@pytest.mark.parametrize("zone", ["Europe/London", "Pacific/Auckland", "America/Los_Angeles"])
def test_rows_and_the_due_list_are_the_same_from_heads(zone: str) -> None:
    pairs = _pairs()
    meetings = [m for m, _ in pairs]
    heads = [h for _, h in pairs]
    assert [meeting_row(h, None, zone) for h in heads] == [meeting_row(m, None, zone) for m in meetings]
    for days in (0, 3, 40):
        now = NOW.add(days=days)
        assert due_items(heads, now, 7, zone) == due_items(meetings, now, 7, zone)


def test_a_meeting_without_steps_has_no_last_step() -> None:
    head = MeetingHead.from_dict({"id": "m-1", "contact_id": "c-1"})
    assert head.last_step_at is None and head.entered_at("planned") is None
    assert head.status == "planned" and head.talk is None and not head.archived


def test_the_store_lists_heads_in_the_order_of_its_meetings(tmp_path, clock) -> None:
    contacts, meetings = build_demo(clock.now())
    meetings[0].archived = True
    with Store.open(tmp_path / "db.json", clock=clock, backups_dir=tmp_path / "backups") as store:
        store.import_records(contacts, meetings)
        assert [h.id for h in store.meeting_heads()] == [m.id for m in store.meetings()]
        kept = [h.id for h in store.meeting_heads(include_archived=False)]
        assert kept == [m.id for m in store.meetings(include_archived=False)]
        assert meetings[0].id not in kept
