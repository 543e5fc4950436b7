"""Working as a team on one book (issue 11): who is acting, who did what, whose a contact is,
edits that merge instead of overwriting, live change events, and "someone is already on it".

- :mod:`rolodex.team.records`: the plain records (users, change-log entries, edit outcomes);
- :mod:`rolodex.team.users`: the people using the book and their roles (``rolodex users``);
- :mod:`rolodex.team.history`: recording edits, merges, deletions and restores with their user;
- :mod:`rolodex.team.facts`: owner, privacy, revision and "last contacted by" of a contact;
- :mod:`rolodex.team.edits`: the conflict-merging save (different fields merge, same field asks);
- :mod:`rolodex.team.live`: LISTEN/NOTIFY change events from a server book;
- :mod:`rolodex.team.on_it`: a colleague's recent activity and open follow-ups on a contact.

The SQL is in :mod:`rolodex.store.users` and :mod:`rolodex.store.team` (and, for roles and
grants on a server, :mod:`rolodex.store.postgres.roles`).
"""
