"""The meeting pipeline: statuses and their dated moves, what is due, follow-through, search and date filters."""
