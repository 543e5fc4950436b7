"""Importing contacts: preview, import, match, flags, history and undo."""
