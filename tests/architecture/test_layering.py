"""The architecture holds: core is pure, and the non-UI commands never load Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import infocoach.core


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_core_imports_neither_textual_nor_tinydb() -> None:
    modules = [m.name for m in pkgutil.walk_packages(infocoach.core.__path__, "infocoach.core.")]
    assert "infocoach.core.records.model" in modules and len(modules) >= 40
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in ('textual', 'tinydb', 'rich') if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_cli_data_commands_do_not_import_textual(tmp_path) -> None:
    db = tmp_path / "db.json"
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['paths', '--db', {str(db)!r}]) == 0\n"
        f"    assert main(['import', '--db', {str(db)!r}, '/nonexistent.json']) == 2\n"
        "print('textual' in sys.modules)"
    )
    assert _run(code) == "False"


def test_only_the_store_imports_tinydb() -> None:
    from pathlib import Path

    root = Path(infocoach.core.__file__).parent.parent
    offenders = []
    for path in root.rglob("*.py"):
        relative = path.relative_to(root)
        if relative.parts[0] == "store":
            continue
        text = path.read_text(encoding="utf-8")
        if "import tinydb" in text or "from tinydb" in text:
            offenders.append(str(relative))
    assert offenders == []
