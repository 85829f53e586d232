"""The records: contacts and meetings, their checks, migrations, JSON exchange, and how a meeting is described."""
