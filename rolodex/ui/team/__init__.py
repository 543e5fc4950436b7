"""Working as a team: who else is on a contact, the list's team filters, merging edits."""
