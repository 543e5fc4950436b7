"""The PostgreSQL backend: opening a server book, its schema chain, error lines, search and
the kept name order (ranking, checked against the change counter of migration 5).
Everything here is specific to PostgreSQL; the rest of the store is written for both."""
