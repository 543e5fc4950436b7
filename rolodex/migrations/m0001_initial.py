"""Schema version 1: contacts and their child rows, companies, tags, activities, follow-ups,
unmodelled vCard properties, import batches, settings and the FTS5 search index.

``POSTGRES_STATEMENTS`` is the same schema on PostgreSQL: ids are BIGINT identities, flags
BOOLEAN, blobs BYTEA (compared bytewise like SQLite's, so ICU sort keys order the same), text is
``COLLATE "C"`` (compared bytewise like SQLite's BINARY, so ISO times and keys order the same
whatever the server's locale) and times stay ISO text. FTS5 has no twin: ``contact_search``
holds each live contact's folded words as a ``tsvector`` (see rolodex.store.postgres.search).
"""

from __future__ import annotations

from typing import Any

TABLES = [
    """CREATE TABLE company (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        extended TEXT NOT NULL DEFAULT '',
        po_box TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX company_name_key ON company(name_key)",
    """CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        imported INTEGER NOT NULL DEFAULT 0,
        merged INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        undo_data TEXT NOT NULL DEFAULT '',
        undone_at TEXT
    )""",
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        given TEXT NOT NULL DEFAULT '',
        additional TEXT NOT NULL DEFAULT '',
        family TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        nickname TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        sort_key BLOB NOT NULL DEFAULT x'',
        company_id INTEGER REFERENCES company(id) ON DELETE SET NULL,
        department TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        birthday TEXT NOT NULL DEFAULT '',
        anniversary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        do_not_mail INTEGER NOT NULL DEFAULT 0,
        rev TEXT NOT NULL DEFAULT '',
        keep_in_touch_days INTEGER,
        last_contacted TEXT,
        import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX contact_uid ON contact(uid) WHERE uid != ''",
    "CREATE INDEX contact_sort ON contact(deleted_at, sort_key)",
    "CREATE INDEX contact_company ON contact(company_id)",
    "CREATE INDEX contact_last_contacted ON contact(last_contacted)",
    "CREATE INDEX contact_batch ON contact(import_batch_id)",
    """CREATE TABLE contact_photo (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        mime TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL
    )""",
    """CREATE TABLE email (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT NOT NULL,
        value_key TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        pref INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX email_contact ON email(contact_id)",
    "CREATE INDEX email_key ON email(value_key)",
    """CREATE TABLE phone (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT NOT NULL,
        e164 TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        pref INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX phone_contact ON phone(contact_id)",
    "CREATE INDEX phone_e164 ON phone(e164) WHERE e164 != ''",
    """CREATE TABLE address (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        street TEXT NOT NULL DEFAULT '',
        extended TEXT NOT NULL DEFAULT '',
        po_box TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        pref INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX address_contact ON address(contact_id)",
    """CREATE TABLE website (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        pref INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX website_contact ON website(contact_id)",
    """CREATE TABLE im (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        service TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        pref INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX im_contact ON im(contact_id)",
    """CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        keep_in_touch_days INTEGER
    )""",
    """CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag_id, contact_id)",
    """CREATE TABLE extra_property (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        grp TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        value TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX extra_property_contact ON extra_property(contact_id)",
    """CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,
        company_id INTEGER REFERENCES company(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        duration_minutes INTEGER,
        subject TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX activity_contact ON activity(contact_id, occurred_at)",
    "CREATE INDEX activity_company ON activity(company_id, occurred_at)",
    """CREATE TABLE followup (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        due_at TEXT NOT NULL,
        due_local TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL DEFAULT '',
        has_time INTEGER NOT NULL DEFAULT 0,
        subject TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        priority INTEGER NOT NULL DEFAULT 0,
        recurrence TEXT NOT NULL DEFAULT '',
        done_at TEXT,
        notified_at TEXT,
        created_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    "CREATE INDEX followup_due ON followup(done_at, due_at)",
    "CREATE INDEX followup_contact ON followup(contact_id)",
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE VIRTUAL TABLE contact_fts USING fts5(
        name, company, email, city, tags, notes, phone,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    )""",
]


def apply(conn: Any) -> None:
    """Create the version-1 schema on a raw DB-API connection (inside the caller's transaction)."""
    for statement in TABLES:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Create the version-1 schema on PostgreSQL (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)


POSTGRES_STATEMENTS = [
    """CREATE TABLE company (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        name_key TEXT COLLATE "C" NOT NULL,
        phone TEXT COLLATE "C" NOT NULL DEFAULT '',
        email TEXT COLLATE "C" NOT NULL DEFAULT '',
        website TEXT COLLATE "C" NOT NULL DEFAULT '',
        street TEXT COLLATE "C" NOT NULL DEFAULT '',
        extended TEXT COLLATE "C" NOT NULL DEFAULT '',
        po_box TEXT COLLATE "C" NOT NULL DEFAULT '',
        city TEXT COLLATE "C" NOT NULL DEFAULT '',
        region TEXT COLLATE "C" NOT NULL DEFAULT '',
        postal_code TEXT COLLATE "C" NOT NULL DEFAULT '',
        country TEXT COLLATE "C" NOT NULL DEFAULT '',
        notes TEXT COLLATE "C" NOT NULL DEFAULT '',
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL,
        deleted_at TEXT COLLATE "C"
    )""",
    "CREATE INDEX company_name_key ON company(name_key)",
    """CREATE TABLE import_batch (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        created_at TEXT COLLATE "C" NOT NULL,
        source TEXT COLLATE "C" NOT NULL DEFAULT '',
        imported INTEGER NOT NULL DEFAULT 0,
        merged INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        undo_data TEXT COLLATE "C" NOT NULL DEFAULT '',
        undone_at TEXT COLLATE "C"
    )""",
    """CREATE TABLE contact (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        uid TEXT COLLATE "C" NOT NULL DEFAULT '',
        prefix TEXT COLLATE "C" NOT NULL DEFAULT '',
        given TEXT COLLATE "C" NOT NULL DEFAULT '',
        additional TEXT COLLATE "C" NOT NULL DEFAULT '',
        family TEXT COLLATE "C" NOT NULL DEFAULT '',
        suffix TEXT COLLATE "C" NOT NULL DEFAULT '',
        nickname TEXT COLLATE "C" NOT NULL DEFAULT '',
        display_name TEXT COLLATE "C" NOT NULL DEFAULT '',
        sort_key BYTEA NOT NULL DEFAULT ''::bytea,
        company_id BIGINT REFERENCES company(id) ON DELETE SET NULL,
        department TEXT COLLATE "C" NOT NULL DEFAULT '',
        job_title TEXT COLLATE "C" NOT NULL DEFAULT '',
        role TEXT COLLATE "C" NOT NULL DEFAULT '',
        birthday TEXT COLLATE "C" NOT NULL DEFAULT '',
        anniversary TEXT COLLATE "C" NOT NULL DEFAULT '',
        notes TEXT COLLATE "C" NOT NULL DEFAULT '',
        do_not_mail BOOLEAN NOT NULL DEFAULT FALSE,
        rev TEXT COLLATE "C" NOT NULL DEFAULT '',
        keep_in_touch_days INTEGER,
        last_contacted TEXT COLLATE "C",
        import_batch_id BIGINT REFERENCES import_batch(id) ON DELETE SET NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL,
        deleted_at TEXT COLLATE "C"
    )""",
    "CREATE INDEX contact_uid ON contact(uid) WHERE uid != ''",
    "CREATE INDEX contact_sort ON contact(deleted_at, sort_key)",
    "CREATE INDEX contact_company ON contact(company_id)",
    "CREATE INDEX contact_last_contacted ON contact(last_contacted)",
    "CREATE INDEX contact_batch ON contact(import_batch_id)",
    """CREATE TABLE contact_photo (
        contact_id BIGINT PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        mime TEXT COLLATE "C" NOT NULL DEFAULT '',
        data BYTEA NOT NULL
    )""",
    """CREATE TABLE email (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT COLLATE "C" NOT NULL,
        value_key TEXT COLLATE "C" NOT NULL,
        label TEXT COLLATE "C" NOT NULL DEFAULT '',
        pref BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX email_contact ON email(contact_id)",
    "CREATE INDEX email_key ON email(value_key)",
    """CREATE TABLE phone (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT COLLATE "C" NOT NULL,
        e164 TEXT COLLATE "C" NOT NULL DEFAULT '',
        label TEXT COLLATE "C" NOT NULL DEFAULT '',
        pref BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX phone_contact ON phone(contact_id)",
    "CREATE INDEX phone_e164 ON phone(e164) WHERE e164 != ''",
    """CREATE TABLE address (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        street TEXT COLLATE "C" NOT NULL DEFAULT '',
        extended TEXT COLLATE "C" NOT NULL DEFAULT '',
        po_box TEXT COLLATE "C" NOT NULL DEFAULT '',
        city TEXT COLLATE "C" NOT NULL DEFAULT '',
        region TEXT COLLATE "C" NOT NULL DEFAULT '',
        postal_code TEXT COLLATE "C" NOT NULL DEFAULT '',
        country TEXT COLLATE "C" NOT NULL DEFAULT '',
        label TEXT COLLATE "C" NOT NULL DEFAULT '',
        pref BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX address_contact ON address(contact_id)",
    """CREATE TABLE website (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        value TEXT COLLATE "C" NOT NULL,
        label TEXT COLLATE "C" NOT NULL DEFAULT '',
        pref BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX website_contact ON website(contact_id)",
    """CREATE TABLE im (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        service TEXT COLLATE "C" NOT NULL DEFAULT '',
        value TEXT COLLATE "C" NOT NULL,
        label TEXT COLLATE "C" NOT NULL DEFAULT '',
        pref BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX im_contact ON im(contact_id)",
    """CREATE TABLE tag (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL UNIQUE,
        keep_in_touch_days INTEGER
    )""",
    """CREATE TABLE contact_tag (
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id BIGINT NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    )""",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag_id, contact_id)",
    """CREATE TABLE extra_property (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        grp TEXT COLLATE "C" NOT NULL DEFAULT '',
        name TEXT COLLATE "C" NOT NULL,
        params TEXT COLLATE "C" NOT NULL DEFAULT '{}',
        value TEXT COLLATE "C" NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX extra_property_contact ON extra_property(contact_id)",
    """CREATE TABLE activity (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT REFERENCES contact(id) ON DELETE CASCADE,
        company_id BIGINT REFERENCES company(id) ON DELETE SET NULL,
        kind TEXT COLLATE "C" NOT NULL,
        occurred_at TEXT COLLATE "C" NOT NULL,
        duration_minutes INTEGER,
        subject TEXT COLLATE "C" NOT NULL DEFAULT '',
        notes TEXT COLLATE "C" NOT NULL DEFAULT '',
        outcome TEXT COLLATE "C" NOT NULL DEFAULT '',
        created_at TEXT COLLATE "C" NOT NULL,
        deleted_at TEXT COLLATE "C"
    )""",
    "CREATE INDEX activity_contact ON activity(contact_id, occurred_at)",
    "CREATE INDEX activity_company ON activity(company_id, occurred_at)",
    """CREATE TABLE followup (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        contact_id BIGINT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        due_at TEXT COLLATE "C" NOT NULL,
        due_local TEXT COLLATE "C" NOT NULL DEFAULT '',
        timezone TEXT COLLATE "C" NOT NULL DEFAULT '',
        has_time BOOLEAN NOT NULL DEFAULT FALSE,
        subject TEXT COLLATE "C" NOT NULL DEFAULT '',
        notes TEXT COLLATE "C" NOT NULL DEFAULT '',
        priority INTEGER NOT NULL DEFAULT 0,
        recurrence TEXT COLLATE "C" NOT NULL DEFAULT '',
        done_at TEXT COLLATE "C",
        notified_at TEXT COLLATE "C",
        created_at TEXT COLLATE "C" NOT NULL,
        deleted_at TEXT COLLATE "C"
    )""",
    "CREATE INDEX followup_due ON followup(done_at, due_at)",
    "CREATE INDEX followup_contact ON followup(contact_id)",
    """CREATE TABLE setting (
        key TEXT COLLATE "C" PRIMARY KEY,
        value TEXT COLLATE "C" NOT NULL
    )""",
    # One row per live contact: its words (folded and split in Python exactly as for FTS5, so
    # no parser or dictionary is involved) and a copy of its sort key, so matches come back in
    # name order from this table alone.
    """CREATE TABLE contact_search (
        contact_id BIGINT PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        sort_key BYTEA NOT NULL,
        doc TSVECTOR NOT NULL
    )""",
    "CREATE INDEX contact_search_doc ON contact_search USING GIN (doc)",
    "CREATE INDEX contact_search_order ON contact_search(sort_key, contact_id)",
    # The copy of the sort key follows the contact's (a rename, a new collation).
    """CREATE FUNCTION contact_search_follow_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE contact_search SET sort_key = NEW.sort_key WHERE contact_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER contact_search_sort_key AFTER UPDATE OF sort_key ON contact
        FOR EACH ROW WHEN (OLD.sort_key IS DISTINCT FROM NEW.sort_key)
        EXECUTE FUNCTION contact_search_follow_sort_key()""",
]
