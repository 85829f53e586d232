"""`infocoach lint`, run as a user runs it: a subprocess, its exit status, its output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]

GOOD_OUTREACH = """\
Dear Ms. Rivera,

Your move from classroom teaching into UX research is the path I hope to take.
Would you have 20 minutes for a call to share your advice?
I could do Tue, Dec 8 at 10:00 AM or Wed, Dec 9 at 2:30 PM (ET).
If neither suits, I am happy to work around your schedule.

Kind regards,
Alex Morgan
"""

QUESTIONS = """\
How did you move into research?

Are you hiring?
What does your company do?
Could we talk for an hour?
"""

# NAME:LINE:COL: SEVERITY RULE: MESSAGE
LINE = re.compile(r"^(?P<name>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning) (?P<rule>[a-z-]+): .+$")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private HOME and XDG folders, so the user's real settings are never read."""
    values = {k: v for k, v in os.environ.items() if not k.startswith("INFOCOACH_")}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        values[name] = str(folder)
    return values


@pytest.fixture
def run(env: dict[str, str], tmp_path: Path) -> Run:
    def runner(*args: str, input: str | bytes = b"", extra_env: dict[str, str] | None = None):
        data = input.encode("utf-8") if isinstance(input, str) else input
        result = subprocess.run(
            [sys.executable, "-m", "infocoach", "lint", *args],
            input=data,
            capture_output=True,
            env={**env, **(extra_env or {})},
            cwd=tmp_path,
            timeout=30,
        )
        done = subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return runner


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- exit status -----------------------------------------------------------------------------


def test_a_good_email_exits_0_and_says_so(run: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "good.txt", GOOD_OUTREACH)
    result = run(str(path))
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert result.stderr.strip() == "No problems found."


def test_findings_exit_1_warnings_included(run: Run, tmp_path: Path) -> None:
    only_warning = GOOD_OUTREACH.replace("If neither suits, I am happy to work around your schedule.\n", "")
    result = run(str(write(tmp_path, "w.txt", only_warning)))
    assert result.returncode == 1
    assert "warning no-flexibility" in result.stdout
    assert result.stderr.strip() == "1 problem (0 errors, 1 warning)"


def test_missing_file_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run(str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "nowhere.txt" in result.stderr and "no such file" in result.stderr


def test_a_directory_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert "directory" in result.stderr


def test_text_that_is_not_utf8_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "latin.txt", "Dear Ms. Müller".encode("latin-1"))))
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr
    result = run("-", input=b"\xff\xfe bad")
    assert result.returncode == 2
    assert "standard input is not UTF-8" in result.stderr


def test_unknown_kind_or_format_is_a_usage_error(run: Run) -> None:
    for args in (["--kind", "memo"], ["--format", "xml"], ["--channel", "fax"]):
        result = run(*args, input="Are you hiring?")
        assert result.returncode == 2, args
        assert "invalid choice" in result.stderr


# --- text format -----------------------------------------------------------------------------


def test_text_lines_look_like_a_compilers(run: Run) -> None:
    result = run("--kind", "question", input=QUESTIONS)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m["name"], int(m["line"]), int(m["col"]), m["severity"], m["rule"]) for m in parsed] == [
        ("-", 3, 1, "error", "job-ask"),
        ("-", 4, 1, "warning", "do-research"),
        ("-", 5, 19, "warning", "long-meeting-ask"),
    ]
    assert lines[0].startswith("-:3:1: error job-ask: Asking for a job")
    assert result.stderr.strip() == "3 problems (1 error, 2 warnings)"


def test_text_lines_name_the_file(run: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "questions.txt", QUESTIONS)
    result = run("--kind", "question", "questions.txt")  # relative to the working folder
    assert result.stdout.splitlines()[0].startswith("questions.txt:3:1: error job-ask: ")
    result = run("--kind", "question", str(path))
    assert result.stdout.splitlines()[0].startswith(f"{path}:3:1: ")


def test_stdin_by_default_and_with_dash(run: Run) -> None:
    text = "Hi John,\n\nAre you hiring?"
    default = run(input=text)
    dash = run("-", input=text)
    assert default.returncode == dash.returncode == 1
    assert default.stdout == dash.stdout
    assert "-:1:1: error casual-salutation: " in default.stdout
    assert "-:3:1: error job-ask: " in default.stdout


def test_kinds_choose_the_rules(run: Run) -> None:
    text = "Dear Ms. Rivera,\n\nI still haven't heard back. Thanks for your time."
    followup = run("--kind", "followup", input=text)
    thanks = run("--kind", "thanks", input=text)
    assert "pushy" in followup.stdout
    assert "pushy" not in thanks.stdout
    assert thanks.returncode == 0


def test_linkedin_notes_are_measured_in_characters(run: Run, tmp_path: Path) -> None:
    note = "Dear Dr. Patel, your path into health data inspires me. " * 4 + "Tue 10:00? I'm flexible."
    assert len(note) > 200
    assert "too-long" not in run(input=note).stdout  # well under 100 words as an email
    linkedin = run("--channel", "linkedin", input=note)
    assert "warning too-long" in linkedin.stdout and "LinkedIn allows 200" in linkedin.stdout


def test_the_note_limit_comes_from_the_settings(run: Run, env: dict[str, str]) -> None:
    config = Path(env["XDG_CONFIG_HOME"]) / "infocoach" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[outreach]\nlinkedin_note_limit = 300\n", encoding="utf-8")
    note = "Dear Dr. Patel, your path into health data inspires me. " * 4 + "Tue 10:00? I'm flexible."
    result = run("--channel", "linkedin", input=note)
    assert result.returncode == 0, result.stdout + result.stderr


def test_settings_problems_are_warnings_not_failures(run: Run, env: dict[str, str]) -> None:
    config = Path(env["XDG_CONFIG_HOME"]) / "infocoach" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("this is not toml", encoding="utf-8")
    result = run(input=GOOD_OUTREACH)
    assert result.returncode == 0
    assert "infocoach: warning: " in result.stderr


# --- JSON format -----------------------------------------------------------------------------


def test_json_shape(run: Run) -> None:
    result = run("--kind", "question", "--format", "json", input=QUESTIONS)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert list(data) == ["findings"]
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "message", "line", "column", "start", "end"}
    assert (first["rule"], first["severity"], first["line"], first["column"]) == ("job-ask", "error", 3, 1)
    assert QUESTIONS[first["start"] : first["end"]] == "Are you hiring"
    assert [f["line"] for f in data["findings"]] == [3, 4, 5]
    assert result.stderr == ""


def test_json_with_no_findings(run: Run) -> None:
    result = run("--format", "json", input=GOOD_OUTREACH)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"findings": []}


def test_json_offsets_count_characters_not_bytes(run: Run) -> None:
    text = "Réseaux? Café?\nAre you hiring?\n"
    data = json.loads(run("--kind", "question", "--format", "json", input=text).stdout)
    (finding,) = data["findings"]
    assert text[finding["start"] : finding["end"]] == "Are you hiring"


def test_json_keeps_non_ascii_text_readable(run: Run) -> None:
    # The casual-salutation message quotes the greeting: "'Hi Zoë' is too casual…"
    result = run("--format", "json", input="Hi Zoë,\n\nAre you hiring?")
    assert "Zoë" in result.stdout and "\\u00eb" not in result.stdout


def test_a_byte_order_mark_is_not_part_of_the_text(run: Run, tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", "\ufeffAre you hiring?\n".encode())
    data = json.loads(run("--kind", "question", "--format", "json", str(path)).stdout)
    assert (data["findings"][0]["start"], data["findings"][0]["column"]) == (0, 1)


def test_lint_does_not_load_textual(tmp_path: Path) -> None:
    path = write(tmp_path, "q.txt", "Are you hiring?\n")
    code = (
        "import sys, contextlib, io\n"
        "from infocoach.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    assert main(['lint', '--kind', 'question', {str(path)!r}]) == 1\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
