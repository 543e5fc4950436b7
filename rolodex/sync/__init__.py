"""Two-way CardDAV sync (RFC 6352, sync-collection RFC 6578, discovery RFC 6764).

- :mod:`~rolodex.sync.client`: the HTTP/WebDAV client over httpx, with one-line errors;
  :mod:`~rolodex.sync.dav_xml` builds and reads the XML bodies.
- :mod:`~rolodex.sync.discovery`: from a server URL to the address book collection.
- :mod:`~rolodex.sync.remote`: what changed on the server (sync token, ctag, ETags) and
  fetching cards in multiget batches.
- :mod:`~rolodex.sync.cards` and :mod:`~rolodex.sync.merge`: cards to contacts and back, and
  the three-way field merge against the last synced version.
- :mod:`~rolodex.sync.engine`: one sync run; :mod:`~rolodex.sync.accounts`: accounts and
  their passwords (system keyring or a password file, never settings).

The state (href, ETag, last synced revision and vCard per card) lives in the book
(:mod:`rolodex.store.sync`). No Qt here.
"""
