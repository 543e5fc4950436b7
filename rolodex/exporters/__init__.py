"""Exporters: write :class:`rolodex.records.ContactData` out in formats other programs read."""
