"""After Mark sent, the notice says what the coach does next, in the user's pacing."""

from __future__ import annotations

from infocoach.core.records.model import Status
from infocoach.core.settings import Settings
from infocoach.screens.prep.draft_actions import what_comes_next


def test_the_ten_rules_count_calendar_days_from_the_setting() -> None:
    later = what_comes_next(Settings(follow_up_days=10), Status.REQUESTED, "Mercy Health")
    assert later == " If there is no reply in 10 days, one brief follow-up will be due."
    assert "10 more quiet days" in what_comes_next(Settings(follow_up_days=10), Status.FOLLOWED_UP, "")


def test_3b7_names_business_days_and_the_employer() -> None:
    settings = Settings(pacing="3b7")
    later = what_comes_next(settings, Status.REQUESTED, " Mercy Health ")
    assert "after 3 business days" in later and "the next person at Mercy Health;" in later
    assert "after 7, one brief follow-up" in later
    assert "the next person;" in what_comes_next(settings, Status.REQUESTED, "")
    assert "7 more quiet business days" in what_comes_next(settings, Status.FOLLOWED_UP, "Mercy")
    assert what_comes_next(settings, Status.SCHEDULED, "Mercy") == ""


async def test_3b7_asks_before_a_second_request_at_the_same_employer(make_app, clock) -> None:
    from textual.widgets import TabbedContent

    from infocoach.core.clock import iso
    from infocoach.core.records.model import Contact, Meeting, Transition
    from infocoach.dialogs.confirm import ConfirmModal
    from infocoach.screens.prep.prep_screen import PrepScreen

    now = clock.now()
    tan = Contact(id="c-tan", first_name="Mei", last_name="Tan", honorific="Dr.", organization="Fabrikam, Inc.")
    park = Contact(
        id="c-park",
        first_name="Jun",
        last_name="Park",
        honorific="Mr.",
        organization="Fabrikam",
        email="jp@example.com",
    )
    asked = Meeting(
        id="m-tan",
        contact_id="c-tan",
        status="requested",  # type: ignore[arg-type]
        history=[Transition("planned", iso(now.subtract(days=2))), Transition("requested", iso(now.subtract(days=1)))],
    )
    drafts = {
        "sentence:me": "I teach chemistry and am moving into data work.",
        "sentence:why": "You moved from the lab into analytics at Fabrikam.",
    }
    planned = Meeting(id="m-park", contact_id="c-park", history=[Transition("planned", iso(now))], drafts=drafts)
    app = make_app(demo=False, settings=Settings(timezone="Europe/London", user_name="Alex Morgan", pacing="3b7"))
    app.store.import_records([tan, park], [asked, planned])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.open_prep("m-park")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PrepScreen)
        screen.query_one("#tabs", TabbedContent).active = "tab-outreach"
        await pilot.pause(0.3)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "Your request to Dr. Tan at Fabrikam is still waiting (sent 1 business day ago)" in app.screen.question
        await pilot.press("n")  # wait, as 3B7 advises
        await pilot.pause()
        assert app.screen is screen and screen.meeting.status == "planned"
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("y")  # the user's choice: send it anyway
        await pilot.pause(0.5)
        assert screen.meeting.status == "requested"
        assert app.store.meeting("m-park").status == "requested"
