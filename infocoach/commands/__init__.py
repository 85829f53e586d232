"""Subcommand implementations. Only ``launch`` imports Textual, and only when it runs."""
