"""Activities, follow-ups, reminders, cadences and the Today view."""
