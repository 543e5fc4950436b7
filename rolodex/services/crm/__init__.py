"""Activities, follow-ups and keep-in-touch cadences."""
