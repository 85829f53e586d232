"""The palette's screenshot goes where the machine keeps pictures, or beside the data when the
account has no Downloads or Pictures folder, and the notification says the path."""

from __future__ import annotations

from pathlib import Path

import pytest

from infocoach.store.config import picture_folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home folder with no XDG user-dirs file: platformdirs falls back to ~/Downloads."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    for name in ("XDG_DOWNLOAD_DIR", "XDG_PICTURES_DIR"):
        monkeypatch.delenv(name, raising=False)
    return folder


def test_downloads_then_pictures_then_beside_the_data(home: Path, paths) -> None:
    assert picture_folder(paths) == paths.data_file.parent / "screenshots"
    assert (paths.data_file.parent / "screenshots").is_dir()
    (home / "Pictures").mkdir()
    assert picture_folder(paths) == home / "Pictures"
    (home / "Downloads").mkdir()
    assert picture_folder(paths) == home / "Downloads"


async def test_a_home_without_downloads_still_saves_and_says_where(home: Path, make_app, paths) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        saved = app.save_picture()
        assert saved is not None
        assert Path(saved).parent == paths.data_file.parent / "screenshots"
        assert Path(saved).read_text(encoding="utf-8").startswith("<svg")
        await pilot.pause()
        assert any(f"Screenshot saved to {saved}" == str(n.message) for n in app._notifications)
        assert not (home / "Downloads").exists()  # nothing made in the user's home


async def test_a_folder_that_cannot_be_made_is_said_plainly(home: Path, make_app, paths) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        (paths.data_file.parent / "screenshots").write_text("a file where the folder would go")
        assert app.save_picture() is None
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any(m.startswith("Could not save the screenshot in") for m in messages)
