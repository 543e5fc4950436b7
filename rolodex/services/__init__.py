"""Services: the only code the UI and CLI call. They return plain data and report changes."""
