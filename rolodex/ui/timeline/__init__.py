"""A contact's history: activities and follow-ups in time order."""
