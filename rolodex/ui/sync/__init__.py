"""CardDAV sync: the accounts dialog, its conflicts list and the status-bar line."""
