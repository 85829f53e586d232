"""Wrap-up: the summary, the thank-you note and what comes next."""
