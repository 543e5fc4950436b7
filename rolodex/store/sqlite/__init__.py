"""The SQLite backend: what only an SQLite book needs (FTS5 search, sort positions, bulk
writes), kept here so the rest of the store is written for both backends."""
