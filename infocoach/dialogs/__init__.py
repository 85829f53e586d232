"""Modal screens: forms (contact, meeting, question, settings, save file), confirmations, pickers, help."""
