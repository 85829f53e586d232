"""Prep: research, the question plan, the intro and outreach, and what its draft buttons do."""
