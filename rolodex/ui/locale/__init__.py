"""The UI's language and the user's date formats."""
