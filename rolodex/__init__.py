"""Rolodex: a desktop contact manager and small-office CRM."""

__version__ = "0.1.0"
