"""The contact form: how drafts greet them (address_by), and "Why this person" reachable on a
small terminal (the fields scroll, with a scroll bar, and Save stays in view)."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Select, TextArea

from infocoach.dialogs.contact_form import ContactForm
from infocoach.screens.history.history_screen import HistoryScreen


async def _edit_contact(app, pilot) -> ContactForm:
    meeting = next(m for m in app.store.meetings() if m.status == "planned")
    history = app.screen
    assert isinstance(history, HistoryScreen)
    history.reload(select=meeting.id)
    await pilot.press("p")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, ContactForm)
    return form


async def test_how_to_greet_them_is_saved_on_the_contact(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _edit_contact(app, pilot)
        contact_id = form.contact.id
        greet = form.query_one("#address_by", Select)
        assert greet.value == "title"  # formal until they invite otherwise
        greet.value = "first-name"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.contact(contact_id).address_by == "first-name"
        await _edit_contact(app, pilot)
        assert app.screen.query_one("#address_by", Select).value == "first-name"


def _inside(widget, screen) -> bool:
    region, visible = widget.region, screen.region
    return region.height > 0 and visible.contains_region(region)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_why_this_person_is_reachable_and_save_stays_in_view(make_app, size) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        form = await _edit_contact(app, pilot)
        fields = form.query_one(".form-dialog VerticalScroll", VerticalScroll)
        await pilot.pause()
        assert fields.show_vertical_scrollbar and fields.max_scroll_y > 0  # it scrolls, and shows it
        assert _inside(form.query_one("#save", Button), form)
        why = form.query_one("#why", TextArea)
        for _ in range(12):  # Tab through the fields, as a user would, down to "Why this person"
            if app.focused is why:
                break
            await pilot.press("tab")
        await pilot.pause(0.3)
        assert app.focused is why and _inside(why, form)
        assert _inside(form.query_one("#save", Button), form)
