"""Exports: every meeting as files for other programs (CSV, Markdown, iCalendar, .eml), by format name."""
