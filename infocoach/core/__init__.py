"""Pure logic for infocoach: no Textual and no TinyDB imports here (a test guards this)."""
