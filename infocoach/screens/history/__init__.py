"""History, the home screen: the meeting table, search and filters, and what its keys do."""
