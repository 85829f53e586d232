"""The results: one Figure per goal, printed as a table and written as JSON."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One measured figure, the floor measured beside it in the same run, and its goal.

    ``met`` is judged by the caller on the ratio (start-up) or the absolute value (the rest);
    ``why`` says what the numbers suggest when the goal is missed.
    """

    name: str
    value: float
    floor: float
    unit: str
    goal: str
    met: bool
    why: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": round(self.ratio, 2)}


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": _cpu_model() or platform.processor(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "cpus": os.cpu_count(),
        "loadavg": [round(x, 2) for x in load] if load else None,
        "textual": _version("textual"),
    }


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "%":
        return f"{value:.2f} %"
    return f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def table(figures: list[Figure]) -> str:
    rows = [("Figure", "Value", "Floor", "Ratio", "Goal", "Met")]
    rows += [
        (
            f.name,
            _number(f.value, f.unit),
            _number(f.floor, f.unit),
            f"{f.ratio:.1f}x",
            f.goal,
            "yes" if f.met else "NO",
        )
        for f in figures
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def misses(figures: list[Figure]) -> str:
    missed = [f for f in figures if not f.met]
    if not missed:
        return "Every goal is met."
    return "\n".join(f"MISSED {f.name} ({f.goal}): {f.why}" for f in missed)


def write(path: Path, figures: list[Figure], info: dict[str, Any], raw: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**info, "figures": [f.to_dict() for f in figures], "raw": raw}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
