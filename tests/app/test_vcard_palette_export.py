"""The palette's vCard export: every contact as a .vcf file, the progress dialog counting contacts."""

from __future__ import annotations

from textual.widgets import Input, Static

from infocoach.app.palette import InfocoachCommands
from infocoach.core.imports.vcard_cards import read_cards
from infocoach.dialogs.export_run import ExportProgress
from infocoach.dialogs.save_file import SaveFileModal


async def test_palette_exports_the_contacts_as_vcards(make_app, tmp_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        provider = InfocoachCommands(app.screen)
        [hit] = [h async for h in provider.search("export: vCard contacts")]
        assert hit.help == "Every contact as a .vcf file, for a phone or an address book"
        hit.command()
        await pilot.pause()
        assert isinstance(app.screen, SaveFileModal)
        target = tmp_path / "contacts.vcf"
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if target.exists():
                break
        await pilot.pause(0.1)
        contacts = app.store.contacts()
        found = read_cards(target.read_bytes())
        assert sorted(p.uid for p in found.people) == sorted(c.id for c in contacts)
        assert any("Exported to" in n.message for n in app._notifications)


async def test_the_progress_dialog_counts_contacts_for_vcards(make_app, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ExportProgress, "on_mount", lambda self: None)  # held open: no export runs
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.push_screen(ExportProgress("vcard", tmp_path / "c.vcf"))
        await pilot.pause()
        said = " ".join(str(widget.render()) for widget in app.screen.query(Static))
        assert f"Exporting {len(app.store.contacts())} contacts as vCard contacts to" in said
        assert not (tmp_path / "c.vcf").exists()
