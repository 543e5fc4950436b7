"""Mailing labels and envelopes: the dialog, preview, painting and printing."""
