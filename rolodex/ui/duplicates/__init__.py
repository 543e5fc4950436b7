"""Find duplicates: the dialog and its models."""
