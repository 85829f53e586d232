"""The insights screen shows the core's figures in words, for the demo's months."""

from __future__ import annotations

from textual.widgets import Sparkline, Static

from infocoach.screens.history.history_screen import HistoryScreen
from infocoach.screens.insights import InsightsScreen


def _plain(widget: Static) -> str:
    return str(widget.render())


async def test_i_opens_insights_with_every_figure(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        months = _plain(screen.query_one("#months", Static))
        assert months.count("\n") == 11 and "Nov 2026" in months and "8 sent" in months
        replies = _plain(screen.query_one("#replies", Static))
        # The app let one unanswered follow-up go on opening: 9 answered of 11 that could.
        assert (
            "Reply rate: 82%" in replies and "2 no response" in replies and "3 of 5 meetings thanked (60%)" in replies
        )
        talk = _plain(screen.query_one("#talk", Static))
        assert "On average you spoke 38%" in talk and "5 timed meetings" in talk
        assert screen.query_one("#talk-trend", Sparkline).data == [36, 41, 28, 52, 32]
        referrals = _plain(screen.query_one("#referrals", Static))
        assert "7 referrals" in referrals and "Mr. Herrera suggested you talk to Prof. Kwabena Asante" in referrals
        await pilot.press("escape")
        assert isinstance(app.screen, HistoryScreen)


async def test_insights_on_an_empty_database_explain_what_will_appear(make_app) -> None:
    app = make_app(demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert "No outreach sent yet" in _plain(screen.query_one("#replies", Static))
        assert "No timed meetings yet" in _plain(screen.query_one("#talk", Static))
        assert "No referrals yet" in _plain(screen.query_one("#referrals", Static))
        assert not screen.query("#talk-trend")
