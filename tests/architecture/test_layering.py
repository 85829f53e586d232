"""The architecture holds: core is pure, and the non-UI commands never load Textual."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys

import pytest

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


def test_the_layer_contracts_hold() -> None:
    """The import-linter contracts in pyproject.toml: layers, a pure core, and no import cycle
    between the sub-packages of any package. A new cycle fails here, not only in CI."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file() or shutil.which("lint-imports") is None:
        pytest.skip("needs the source tree's pyproject.toml and import-linter (pip install '.[test]')")
    result = subprocess.run(["lint-imports"], cwd=root, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
