"""Where infocoach keeps things, and reading/writing the settings file.

Nothing happens at import time: paths are computed when asked for.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import platformdirs

from infocoach.store.safe_files import atomic_write, make_private_dirs

if TYPE_CHECKING:
    from infocoach.core.settings import Settings

APP_NAME = "infocoach"
DB_ENV = "INFOCOACH_DB"
CONFIG_ENV = "INFOCOACH_CONFIG"


class Paths(NamedTuple):
    """Where infocoach keeps things. A named tuple, not a dataclass: `infocoach agenda` resolves
    its paths first, and the dataclasses module costs a tenth of its start-up."""

    data_file: Path
    config_file: Path
    backups_dir: Path
    themes_dir: Path
    # Where `infocoach agenda` keeps its last answer; None: nowhere (tests, the throw-away demo).
    cache_dir: Path | None = None


def protected_paths(paths: Paths) -> tuple[Path, ...]:
    """Files (and folders) a save dialog or ``-o`` must never write over or into: the database
    and what keeps it safe (for a linked database, beside its target too: the lock and mark
    are there), the settings file, the themes folder and the crash log."""
    from infocoach.store.checked_mark import mark_path
    from infocoach.store.crash_log import crash_log_path

    kept: list[Path] = []
    for data in dict.fromkeys((paths.data_file, Path(os.path.realpath(paths.data_file)))):
        kept += [data, data.with_name(data.name + ".lock"), mark_path(data)]
    return (*kept, paths.backups_dir, paths.config_file, paths.themes_dir, crash_log_path())


def resolve_paths(db: str | os.PathLike[str] | None = None) -> Paths:
    """The paths in force: ``--db`` wins over ``INFOCOACH_DB``, which wins over the default."""
    chosen = db if db is not None else os.environ.get(DB_ENV) or None
    if chosen is not None:
        data_file = Path(chosen).expanduser().absolute()
    else:
        data_file = platformdirs.user_data_path(APP_NAME) / "infocoach.json"
    config_env = os.environ.get(CONFIG_ENV)
    if config_env:
        config_file = Path(config_env).expanduser().absolute()
    else:
        config_file = platformdirs.user_config_path(APP_NAME) / "config.toml"
    return Paths(
        data_file=data_file,
        config_file=config_file,
        backups_dir=data_file.parent / "backups",
        themes_dir=config_file.parent / "themes",
        cache_dir=platformdirs.user_cache_path(APP_NAME),
    )


def system_timezone() -> str:
    """The machine's IANA time zone name, or UTC when it cannot be told."""
    import pendulum  # here: resolving paths (`agenda`, `paths`) needs no time library

    try:
        name = pendulum.tz.get_local_timezone().name
    except (ValueError, OSError):  # no zone configured, or an unreadable /etc/localtime
        return "UTC"
    if not name:
        return "UTC"
    try:  # loading the one zone is much cheaper than listing the whole zone database
        pendulum.Timezone(name)
    except (ValueError, OSError):  # pendulum's InvalidTimezone is a ValueError
        return "UTC"
    return str(name)


def picture_folder(paths: Paths) -> Path:
    """Where a screenshot goes: the Downloads folder (Textual's choice), else Pictures, when the
    machine has one; else a ``screenshots`` folder beside the database, made if need be (a
    server or a fresh account often has neither). Raises OSError if that cannot be made."""
    for folder in (platformdirs.user_downloads_path(), platformdirs.user_pictures_path()):
        if folder.is_dir():
            return folder
    folder = paths.data_file.parent / "screenshots"
    make_private_dirs(folder)
    return folder


def needs_first_run(path: Path) -> bool:
    """Whether this is a first start: no settings file yet, or an empty one. Any file the app
    saved has a [user] table, so once the first-run form is saved or skipped it is not asked again."""
    try:
        return not path.read_bytes().strip()
    except FileNotFoundError:
        return True
    except OSError:  # unreadable: load_settings says so; do not ask on top of that
        return False


class SettingsUnreadable(OSError):
    """The settings file is there but cannot be read: it is never written over (it may hold
    the user's name and signature, which the defaults in force do not). An OSError, so every
    caller that reports a failed save reports this one too; ``str()`` is the whole message."""


def _read_toml(path: Path) -> dict[str, object] | None:
    """The settings file's TOML, or None when there is none. Raises SettingsUnreadable with
    what is wrong (a folder, a named pipe, no permission, not UTF-8, not valid TOML)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsUnreadable(f"could not read {path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):  # reading a named pipe would wait forever
        raise SettingsUnreadable(f"{path} is not a regular file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsUnreadable(f"could not read {path}: {exc.strerror or exc}") from None
    import tomllib  # here: resolving paths alone (`agenda`, `paths`) reads no settings

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SettingsUnreadable(f"{path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsUnreadable(f"{path} is not valid TOML ({exc})") from None


def load_settings(path: Path, *, default_timezone: str | None = None) -> tuple[Settings, list[str]]:
    """Read settings; every problem becomes a warning and the default is used. Never raises."""
    from infocoach.core.settings import parse_settings

    tz = default_timezone or system_timezone()
    try:
        data = _read_toml(path)
    except SettingsUnreadable as problem:
        settings, _ = parse_settings({}, default_timezone=tz)
        return settings, [f"{problem}; using the defaults."]
    return parse_settings(data or {}, default_timezone=tz)


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically, readable by the owner only. Raises OSError on failure, and
    SettingsUnreadable (leaving the file as it is) when the file there cannot be read."""
    try:
        _read_toml(path)
    except SettingsUnreadable as problem:
        raise SettingsUnreadable(
            f"{problem}, so it was left as it is rather than written over (it may hold your name "
            "and signature). Fix it, or move it aside, and the settings can be saved again."
        ) from None
    make_private_dirs(path.parent)
    import tomli_w  # writing settings is rare; reading them (tomllib) is every start

    from infocoach.core.settings import settings_to_toml_data

    atomic_write(path, tomli_w.dumps(settings_to_toml_data(settings)).encode("utf-8"))
