"""Letting go on opening follows the pacing: calendar days by default, business days in 3B7."""

from __future__ import annotations

import pendulum
import pytest

from infocoach.core.clock import iso
from infocoach.core.records.model import Contact, Meeting, Transition
from infocoach.core.settings import Settings

# Followed up on Tuesday 17 November: eight calendar days before the tests' Wednesday 25th
# (tests/conftest.py), but only six business days.
FOLLOWED_UP = pendulum.datetime(2026, 11, 17, 10, 0, tz="Europe/London")


def seed(app) -> None:
    contact = Contact(id="c-1", first_name="Mei Lin", last_name="Tan", honorific="Dr.", organization="Acme")
    steps = [("requested", FOLLOWED_UP.subtract(days=14)), ("followed-up", FOLLOWED_UP)]
    meeting = Meeting(
        id="m-1",
        contact_id="c-1",
        status="followed-up",  # type: ignore[arg-type]
        history=[Transition(status, iso(at)) for status, at in steps],
    )
    app.store.import_records([contact], [meeting])


@pytest.mark.parametrize(("pacing", "status"), [("one-follow-up", "no-response"), ("3b7", "followed-up")])
async def test_the_follow_up_is_let_go_by_the_pacing(make_app, pacing: str, status: str) -> None:
    app = make_app(demo=False, settings=Settings(timezone="Europe/London", user_name="Alex", pacing=pacing))
    seed(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.store.meeting("m-1").status == status
