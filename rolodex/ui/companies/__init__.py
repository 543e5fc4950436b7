"""Companies: the dialog, its form, models, merging and change log."""
