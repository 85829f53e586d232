"""``infocoach --theme NAME`` never saves the theme over a settings file it cannot read
(issue 17, item 4): before, a syntax error in config.toml meant the name and signature in it
were replaced by the defaults and the theme, with no copy kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BROKEN = '[user]\nname = "Priya Nair"\nsignature = "Priya Nair\npriya@example.org"\n'


@pytest.mark.parametrize("command", [[], ["demo"]])
def test_theme_is_not_saved_over_an_unreadable_settings_file(tmp_path: Path, command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        (tmp_path / name).mkdir()
        env[name] = str(tmp_path / name)
    config = tmp_path / "config.toml"
    config.write_text(BROKEN, encoding="utf-8")
    env["INFOCOACH_CONFIG"] = str(config)
    result = subprocess.run(
        [sys.executable, "-m", "infocoach", *command, "--theme", "harbour", "--db", str(tmp_path / "db.json")],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    message = " ".join(result.stderr.split())
    assert "the theme was not saved" in message and "is not valid TOML" in message
    assert "left as it is" in message
    assert config.read_text(encoding="utf-8") == BROKEN
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["config.toml"]
