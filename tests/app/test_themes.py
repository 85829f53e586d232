"""Themes: the shipped files are complete and readable; bad user files are reported, never fatal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.theme import Theme
from textual.widgets import Static

from infocoach.app.themes import (
    COLOUR_FIELDS,
    DEFAULT_THEME,
    OUR_VARIABLES,
    ThemeProblem,
    builtin_themes_dir,
    contrast_ratio,
    load_theme_file,
    load_themes,
    theme_names,
)

SHIPPED = sorted(builtin_themes_dir().glob("*.toml"))
HEX = re.compile(r"#[0-9a-f]{6}\Z")

GOOD = """\
name = "{name}"
primary = "#336699"
foreground = "#eeeeee"
background = "#111111"
warning = "#ddaa33"
error = "#dd4444"
success = "#44bb66"
"""


def write(folder: Path, filename: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_text(text, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "theme.toml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(ThemeProblem) as caught:
        load_theme_file(path)
    assert caught.value.path == path
    return caught.value.problems


@pytest.fixture
def shipped() -> dict[str, Theme]:
    themes, problems = load_themes(builtin_themes_dir(), None)
    assert problems == []
    return themes


# --- the shipped themes ---------------------------------------------------------------


def test_the_source_checkout_has_the_shipped_themes() -> None:
    names = {path.stem for path in SHIPPED}
    assert len(SHIPPED) >= 4
    assert {"infocoach-dark", "infocoach-light", "high-contrast"} <= names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_theme_is_complete(path: Path) -> None:
    theme = load_theme_file(path, complete=True)
    assert theme.name == path.stem
    for field in COLOUR_FIELDS:
        assert HEX.match(getattr(theme, field)), field
    for name in OUR_VARIABLES:
        assert HEX.match(theme.variables[name]), name
    # Textual builds its whole colour system from it without complaint.
    assert "footer-key-foreground" in theme.to_color_system().generate()


def test_shipped_names_are_unique_and_listed_default_first(shipped: dict[str, Theme]) -> None:
    assert len(shipped) == len(SHIPPED)
    names = theme_names(shipped)
    assert names[0] == DEFAULT_THEME == "infocoach-dark"
    assert names[1:] == sorted(names[1:])


def test_light_and_dark_flags(shipped: dict[str, Theme]) -> None:
    assert shipped["infocoach-dark"].dark is True
    assert shipped["high-contrast"].dark is True
    assert shipped["infocoach-light"].dark is False


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_high_contrast_meets_wcag(shipped: dict[str, Theme]) -> None:
    theme = shipped["high-contrast"]
    assert contrast_ratio(theme.foreground, theme.background) >= 7
    for ground in (theme.surface, theme.panel):
        assert contrast_ratio(theme.foreground, ground) >= 4.5
    # The status colours carry meaning: each readable on every ground...
    status = [
        theme.warning,
        theme.error,
        theme.success,
        *(theme.variables[v] for v in OUR_VARIABLES),
    ]
    for colour in status:
        for ground in (theme.background, theme.surface, theme.panel):
            assert contrast_ratio(colour, ground) >= 4.5, (colour, ground)
    # ...and good, amber and red clearly apart from each other.
    good, amber, red = (theme.variables[v] for v in ("talk-good", "talk-amber", "talk-red"))
    assert len({good, amber, red}) == 3
    assert contrast_ratio(theme.variables["block-cursor-foreground"], theme.variables["block-cursor-background"]) >= 7


@pytest.mark.parametrize("name", ["infocoach-dark", "infocoach-light", "harbour"])
def test_other_themes_meet_wcag_aa(shipped: dict[str, Theme], name: str) -> None:
    theme = shipped[name]
    assert contrast_ratio(theme.foreground, theme.background) >= 4.5
    assert contrast_ratio(theme.foreground, theme.panel) >= 4.5
    for variable in OUR_VARIABLES:  # the talk meter and overtime clock, on the background
        assert contrast_ratio(theme.variables[variable], theme.background) >= 3


async def test_a_shipped_theme_drives_css_using_our_variables(shipped: dict[str, Theme]) -> None:
    class Probe(App[None]):
        CSS = "#meter { color: $talk-red; background: $panel; }"

        def compose(self) -> ComposeResult:
            yield Static("42%", id="meter")

        def get_theme_variable_defaults(self) -> dict[str, str]:
            return {name: "#808080" for name in OUR_VARIABLES}  # for Textual's starting theme

    app = Probe()
    for theme in shipped.values():
        app.register_theme(theme)
    async with app.run_test() as pilot:
        for theme in shipped.values():
            app.theme = theme.name
            await pilot.pause()
            meter = app.query_one("#meter")
            assert meter.styles.color.hex.lower() == theme.variables["talk-red"]
            assert meter.styles.background.hex.lower() == theme.panel


# --- one file: every problem, with where it is ----------------------------------------


def test_a_minimal_user_theme_loads_and_infers_dark(tmp_path: Path) -> None:
    theme = load_theme_file(write(tmp_path, "mine.toml", GOOD.format(name="mine")))
    assert theme.name == "mine" and theme.dark is True and theme.variables == {}
    light = GOOD.format(name="pale").replace("#111111", "#fafafa")
    assert load_theme_file(write(tmp_path, "pale.toml", light)).dark is False


def test_every_problem_in_a_file_is_listed_with_its_line(tmp_path: Path) -> None:
    text = GOOD.format(name="mine").replace('primary = "#336699"', 'primry = "#336699"')
    text += 'dark = "yes"\nsurface = "#12345"\naccent = "blu"\n'
    text += '[variables]\ntalk-god = "#00ff00"\ntalk-red = 3\nblock-cursor-text-style = "shiny"\n'
    problems = problems_for(tmp_path, text)
    assert problems == [
        "line 2: 'primry' is not a theme field (did you mean 'primary'?)",
        "line 8: 'dark' should be true or false, not 'yes'",
        "line 9: 'surface' = '#12345' is not a colour (use \"#rrggbb\")",
        "line 10: 'accent' = 'blu' is not a colour (did you mean 'blue'?)",
        "line 12: 'talk-god' is not a theme variable (did you mean 'talk-good'?)",
        "line 13: 'talk-red' should be a colour in quotes, like \"#5b9bd5\", not 3",
        "line 14: 'block-cursor-text-style' = 'shiny' is not a text style"
        + ' (like "bold", "italic underline" or "none")',
        "missing 'primary'",
    ]


OK = GOOD.format(name="ok")
SINGLE_PROBLEMS = {
    "toml": ("name = \n", "line 1, column 8: not valid TOML (Invalid value)"),
    "missing": (
        'primary = "#336699"\n',
        "missing 'name', 'foreground', 'background', 'warning', 'error', 'success'",
    ),
    "name": (
        GOOD.format(name="My Theme"),
        "line 1: name 'My Theme' should be lowercase letters, digits and hyphens, like 'my-theme'",
    ),
    "name-type": (
        OK.replace('"ok"', "7"),
        "line 1: 'name' should be text, like \"my-theme\", not 7",
    ),
    "variables-type": (
        OK + "variables = 3\n",
        "line 8: 'variables' should be a table: a [variables] section",
    ),
    "number": (
        OK + "luminosity_spread = 2\n",
        "line 8: 'luminosity_spread' should be a number from 0 to 1, not 2",
    ),
    "variable-at-top": (
        OK + 'talk-good = "#00ff00"\n',
        "line 8: 'talk-good' is a variable: put it under [variables]",
    ),
    "field-in-variables": (
        OK + '[variables]\nprimary = "#00ff00"\n',
        "line 9: 'primary' is a theme field: set it above [variables], not in it",
    ),
    "unknown-table": (
        OK + '[colours]\nprimary = "#00ff00"\n',
        "line 8: 'colours' is not a theme field",
    ),
    "ansi": (OK + "ansi = true\n", "line 8: 'ansi' is not a theme field"),
    "not-utf8": ("name = 'caf\udce9'\n", "is not UTF-8 text"),
}


@pytest.mark.parametrize(("text", "expected"), SINGLE_PROBLEMS.values(), ids=SINGLE_PROBLEMS.keys())
def test_single_problems(tmp_path: Path, text: str, expected: str) -> None:
    assert problems_for(tmp_path, text) == [expected]


def test_textual_variables_take_css_colour_forms(tmp_path: Path) -> None:
    text = (
        GOOD.format(name="ok")
        + '[variables]\ntext = "auto 90%"\nborder = "#ff0000 50%"\nlink-style = "bold underline"\n'
    )
    theme = load_theme_file(write(tmp_path, "ok.toml", text))
    assert theme.variables == {
        "text": "auto 90%",
        "border": "#ff0000 50%",
        "link-style": "bold underline",
    }
    # Ours are used as "$talk-good 40%" in CSS, so they must be plain colours.
    bad = GOOD.format(name="ok") + '[variables]\ntalk-good = "#00ff00 50%"\n'
    assert problems_for(tmp_path, bad) == ["line 9: 'talk-good' = '#00ff00 50%' is not a colour (use \"#rrggbb\")"]


def test_complete_themes_need_every_field_and_our_variables(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.toml", GOOD.format(name="mine") + '[variables]\ntalk-good = "#00ff00"\n')
    with pytest.raises(ThemeProblem) as caught:
        load_theme_file(path, complete=True)
    assert caught.value.problems == [
        "missing 'secondary', 'accent', 'surface', 'panel', 'boost', 'dark'",
        "missing variables 'talk-amber', 'talk-red', 'timer-overtime'",
    ]


# --- a folder of user themes ----------------------------------------------------------


def test_bad_user_files_are_reported_and_good_ones_still_load(tmp_path: Path, monkeypatch) -> None:
    builtin = builtin_themes_dir()
    user = tmp_path / "themes"
    write(user, "mine.toml", GOOD.format(name="mine"))
    write(user, "zest.toml", GOOD.format(name="zest"))
    write(user, "broken.toml", 'name = "broken"\nprimary = #336699\n')
    write(user, "typo.toml", GOOD.format(name="typo") + 'primry = "#000000"\n')
    write(user, "colour.toml", GOOD.format(name="colour").replace("#44bb66", "greenish"))
    write(user, "nameless.toml", GOOD.format(name="x").replace('name = "x"\n', ""))
    write(user, "twin.toml", GOOD.format(name="mine"))
    write(user, "shadow.toml", GOOD.format(name="infocoach-dark"))
    write(user, "nordic.toml", GOOD.format(name="nord"))
    write(user, "types.toml", GOOD.format(name="types") + "dark = 1\n")
    (user / "folder.toml").mkdir()
    locked = write(user, "locked.toml", GOOD.format(name="locked"))
    write(user, ".mine.toml.swp.toml", "junk")  # editor leftovers are not themes
    write(user, "notes.txt", "not a theme")
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == locked:  # chmod 000 does not stop root, so refuse the read directly
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    themes, problems = load_themes(builtin, user)

    assert {"mine", "zest"} <= set(themes) and len(themes) == len(SHIPPED) + 2
    assert themes["infocoach-dark"] == load_theme_file(builtin / "infocoach-dark.toml")
    by_file = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line for line in problems}
    assert len(problems) == len(by_file) == 10
    assert all(line.startswith(str(user) + "/") for line in problems)
    assert by_file["broken.toml"].endswith(": line 2, column 11: not valid TOML (Invalid value)")
    assert by_file["typo.toml"].endswith(": line 8: 'primry' is not a theme field (did you mean 'primary'?)")
    assert by_file["colour.toml"].endswith(": line 7: 'success' = 'greenish' is not a colour (did you mean 'green'?)")
    assert by_file["nameless.toml"].endswith(": missing 'name'")
    assert by_file["twin.toml"].endswith(": 'mine' is already the name of the theme in mine.toml")
    assert by_file["shadow.toml"].endswith(
        ": 'infocoach-dark' is the name of a shipped theme; give yours a name of its own"
    )
    assert by_file["nordic.toml"].endswith(
        ": 'nord' is the name of one of Textual's themes; give yours a name of its own"
    )
    assert by_file["types.toml"].endswith(": line 8: 'dark' should be true or false, not 1")
    assert by_file["folder.toml"].endswith(": is a folder, not a theme file")
    assert by_file["locked.toml"].endswith(": could not be read (Permission denied)")


def test_a_file_with_several_problems_is_one_line(tmp_path: Path) -> None:
    write(tmp_path / "themes", "ugly.toml", 'name = "ugly"\nprimry = "#000000"\nbackground = 7\n')
    _, problems = load_themes(builtin_themes_dir(), tmp_path / "themes")
    assert len(problems) == 1
    assert problems[0].startswith(str(tmp_path / "themes" / "ugly.toml") + ": line 2: 'primry'")
    assert "; line 3: 'background' should be a colour" in problems[0]
    assert problems[0].endswith("; missing 'primary', 'foreground', 'warning', 'error', 'success'")


def test_paths_under_home_are_shown_with_a_tilde(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    user = tmp_path / ".config" / "infocoach" / "themes"
    write(user, "ugly.toml", GOOD.format(name="ugly") + 'primry = "#000000"\n')
    _, problems = load_themes(builtin_themes_dir(), user)
    assert problems == [
        "~/.config/infocoach/themes/ugly.toml: line 8: 'primry' is not a theme field (did you mean 'primary'?)"
    ]


def test_missing_or_odd_folders(tmp_path: Path) -> None:
    builtin = builtin_themes_dir()
    themes, problems = load_themes(builtin, tmp_path / "nowhere")
    assert problems == [] and len(themes) == len(SHIPPED)
    not_a_folder = write(tmp_path, "themes", "a file where the folder should be")
    themes, problems = load_themes(builtin, not_a_folder)
    assert problems == [f"{not_a_folder}: is not a folder, so no themes were read"] and len(themes) == len(SHIPPED)
    themes, problems = load_themes(tmp_path / "gone", None)
    assert themes == {} and problems == [f"{tmp_path / 'gone'}: the shipped themes are missing"]


def test_theme_names_put_the_default_first() -> None:
    themes = {name: Theme(name=name, primary="#123456") for name in ("zebra", "apple", DEFAULT_THEME)}
    assert theme_names(themes) == [DEFAULT_THEME, "apple", "zebra"]
    assert theme_names({"b": themes["zebra"], "a": themes["apple"]}) == ["a", "b"]


def test_themes_module_stays_out_of_core() -> None:
    import infocoach.core

    core = Path(infocoach.core.__file__).parent
    assert not [p for p in core.rglob("*.py") if "infocoach.app.themes" in p.read_text(encoding="utf-8")]
