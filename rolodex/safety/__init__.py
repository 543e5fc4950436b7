"""Data safety: verified rotating backups, restore that can be undone, encryption at rest
(SQLCipher) and private file permissions. Nothing here imports Qt."""
