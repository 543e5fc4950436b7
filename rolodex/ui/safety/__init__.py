"""Keeping the book safe: backups, passphrases, encryption, one running copy."""
