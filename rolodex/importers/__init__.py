"""Importers: turn files other programs wrote (vCard, CSV) into contact records."""
