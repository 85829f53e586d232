"""Keys remapped in the settings file's [keys] table, checked against the app's binding ids.

Every binding that matters has an id ("live.me", "history.search"); ``App.set_keymap`` maps an
id to other keys. An id that no screen has is reported once at start-up instead of being
silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.dom import DOMNode


def classes_with_keys(packages: Iterable[str]) -> list[type[DOMNode]]:
    """Every screen, modal and widget class defined in these packages that has key bindings.

    Found by walking the packages, not listed by hand, so a new screen's ids are known at once.
    """
    import importlib
    import inspect
    import pkgutil

    found: list[type[DOMNode]] = []
    for package_name in packages:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, DOMNode) and cls.__module__ == module.__name__ and cls.BINDINGS:
                    found.append(cls)
    return found


def binding_ids(nodes: Iterable[type[DOMNode]]) -> dict[str, str]:
    """Every binding id these classes have, with its description."""
    ids: dict[str, str] = {}
    for node in nodes:
        for binding in node.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                ids.setdefault(binding.id, binding.description)
    return ids


def checked_keymap(keys: Iterable[tuple[str, str]], nodes: Iterable[type[DOMNode]]) -> tuple[dict[str, str], list[str]]:
    """The remappings to apply, and a warning for each id none of ``nodes`` (the app's classes) has."""
    known = binding_ids(nodes)
    keymap: dict[str, str] = {}
    warnings: list[str] = []
    for binding_id, key in keys:
        if binding_id in known:
            keymap[binding_id] = key
        else:
            warnings.append(
                f"[keys] {binding_id}: no key has that id (see F1 on each screen, or the README's list): ignored"
            )
    return keymap, warnings
