"""The PostgreSQL backend: opening a server book, its schema chain, error lines and search.
Everything here is specific to PostgreSQL; the rest of the store is written for both."""
