"""The App: the list of screens, app-wide keys, themes, the command palette and key remapping."""
