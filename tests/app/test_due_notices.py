"""While the app is open: a meeting about to start and a thank-you turning overdue each show one
notice, judged on the injected clock (the demo: Mr. Brenner at 15:00 today, Dr. Tan's
thank-you due by 08:18 tomorrow, Mx. Novak's already overdue when the app opens)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from infocoach.app import due_notices
from infocoach.core.clock import FixedClock

MINUTE = 60.0


def notices(app: object) -> list[tuple[str, str]]:
    return [(str(n.title), str(n.message)) for n in app._notifications]  # type: ignore[attr-defined]


def meeting_and_thanks(app: object) -> list[tuple[str, str]]:
    return [(title, message) for title, message in notices(app) if title in ("Meeting soon", "Thank-you note")]


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's timer checks every 50 ms of real time instead of every 20 s."""
    monkeypatch.setattr(due_notices, "CHECK_SECONDS", 0.05)


async def test_a_meeting_in_ten_minutes_shows_once(make_app: Callable[..., object], clock: FixedClock) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause(0.2)
        assert meeting_and_thanks(app) == []  # 13:30: the meeting is 90 minutes away
        clock.advance(79 * MINUTE)  # 14:49: eleven minutes to go
        await pilot.pause(0.2)
        assert meeting_and_thanks(app) == []
        clock.advance(2 * MINUTE + 30)  # 14:51:30
        await pilot.pause(0.2)
        assert meeting_and_thanks(app) == [
            ("Meeting soon", "Your meeting with Mr. Brenner starts at 15:00, in 9 minutes.")
        ]
        clock.advance(5 * MINUTE)
        await pilot.pause(0.2)
        assert len(meeting_and_thanks(app)) == 1  # once


async def test_a_thank_you_turning_overdue_shows_once(make_app: Callable[..., object], clock: FixedClock) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:  # type: ignore[attr-defined]
        await pilot.pause(0.2)
        # Mx. Novak's was overdue before the app opened: History lists it; no notice.
        assert not any("Novak" in message for _, message in notices(app))
        clock.advance((18 * 60 + 40) * MINUTE)  # 08:10 tomorrow: still in time
        await pilot.pause(0.2)
        assert meeting_and_thanks(app) == []
        clock.advance(10 * MINUTE)  # 08:20: past the 24 hours
        await pilot.pause(0.2)
        thanks = [message for title, message in meeting_and_thanks(app) if title == "Thank-you note"]
        assert thanks == ["Your thank-you note to Dr. Tan is now overdue (24 hours since you met): send it today."]
        clock.advance(60 * MINUTE)
        await pilot.pause(0.2)
        assert len([m for t, m in meeting_and_thanks(app) if t == "Thank-you note"]) == 1
