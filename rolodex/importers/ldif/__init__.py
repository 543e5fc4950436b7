"""Reading LDIF address books (RFC 2849), as Thunderbird exports them by default.

:func:`read_ldif` streams the contacts of a file: one :class:`~rolodex.records.ContactData`
per person entry and one :class:`~rolodex.records.ImportIssue` per entry that cannot be read
(a record without ``dn:``, a broken base64 value, a change record), so one bad entry never stops
the rest. Mailing lists (``objectclass: groupOfNames``) become tags on their members.
"""

from rolodex.importers.ldif.reader import count_entries, looks_like_ldif, read_ldif

__all__ = ["count_entries", "looks_like_ldif", "read_ldif"]
