"""How the thank-you looks at 80x24 while it still asks: the name nudge, how to greet a contact
whose title is not known, the note quoted ([x]) and not ([ ]), the two questions, and the
draft's markers reported by the coach."""

from __future__ import annotations

from snapshot_settle import settle as _settle

from infocoach.core.settings import Settings


def test_thank_you_asking_at_80x24(snap_compare, make_app) -> None:
    app = make_app(settings=Settings(timezone="Europe/London", user_name=""))
    contact = app.store.contact(app.store.meeting("m-demo-05").contact_id)
    contact.honorific = ""
    app.store.save_contact(contact)

    async def open_thanks(pilot) -> None:
        pilot.app.clear_notifications()
        pilot.app.screen.open_wrapup("m-demo-05")
        await _settle(pilot)
        pilot.app.screen.query_one("#tabs").active = "tab-thanks"
        await _settle(pilot)
        await pilot.pause(0.5)  # the first lint pass
        pilot.app.clear_notifications()
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_thanks)
