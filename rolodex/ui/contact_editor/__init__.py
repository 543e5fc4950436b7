"""The contact editor: its form, rows, photo and checks."""
