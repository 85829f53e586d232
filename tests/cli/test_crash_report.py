"""A crash never puts a traceback with locals on the screen (issue 17, item 3): the details go
to a private crash log (0600 in 0700 folders, whatever the umask) and the user gets one line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from textual.app import App

from infocoach.cli.launch import _keep_crash_details_off_screen
from infocoach.store.crash_log import crash_log_path, log_crash

SECRET = "Mei Lin said the merger is not public yet"


class CrashingApp(App[None]):
    def on_mount(self) -> None:
        private_note = SECRET  # a local the traceback would show
        raise RuntimeError(f"a bug ({len(private_note)})")


async def test_textuals_traceback_with_locals_goes_to_the_log_not_the_screen(
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = CrashingApp()
    details = _keep_crash_details_off_screen(app)
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await pilot.pause()
    shown = capsys.readouterr()
    assert SECRET not in shown.err and SECRET not in shown.out
    assert "Traceback" not in shown.err
    assert SECRET in details.getvalue()  # kept, for the crash log


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    return home


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG state folder is where Linux keeps logs")
def test_the_crash_log_is_private_under_any_umask(state_home: Path) -> None:
    old = os.umask(0)
    try:
        message = log_crash(f"Traceback ... {SECRET}")
    finally:
        os.umask(old)
    log = crash_log_path()
    assert str(log) in message
    assert log.is_relative_to(state_home)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    folder = log.parent
    while folder != state_home.parent:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder = folder.parent
    assert SECRET in log.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG state folder is where Linux keeps logs")
def test_an_existing_open_log_is_made_private(state_home: Path) -> None:
    log = crash_log_path()
    log.parent.mkdir(parents=True)
    log.write_text("old\n", encoding="utf-8")
    log.chmod(0o666)
    log_crash("new")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8").startswith("old\nnew")


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG state folder is where Linux keeps logs")
def test_a_command_crash_writes_the_private_log_and_one_line(tmp_path: Path) -> None:
    """A bug in a command (a handler made to raise, under umask 000): one line on the screen,
    the details in a private log."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    env["HOME"] = str(tmp_path)
    script = (
        "import os, sys\n"
        "os.umask(0)\n"
        "import infocoach.cli.data as data\n"
        f"def broken(args):\n    secret = {SECRET!r}\n    raise RuntimeError('bug')\n"
        "data.paths_command = broken\n"
        "from infocoach.cli.main import main\n"
        "sys.exit(main(['paths']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "the details are in" in result.stderr
    assert SECRET not in result.stderr
    log = tmp_path / "state" / "infocoach" / "log" / "crash.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "state").stat().st_mode) == 0o700
