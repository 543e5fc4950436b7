"""The import dialog, its preview, field mapping and history."""
