"""Duplicates: finding them, the save-time warning, and merging."""
