"""Schema version 6: deals, the pipeline's stages and history, lifecycle history, campaigns.

- ``stage``: the configurable pipeline stages (name, default probability in percent, position;
  ``outcome`` says which stages close a deal: 'open', 'won' or 'lost'). Seeded with Lead 10,
  Qualified 25, Proposal 50, Negotiation 75, Won 100, Lost 0.
- ``deal``: an opportunity of a contact and/or company. ``value_minor`` is the value in the
  currency's minor units (an integer: never a float); ``probability`` NULL means the stage's.
  ``uid``/``revision`` as on contacts. ``owner`` is a login as plain text.
- ``deal_stage_change``: every move (``changed_at``, from, to, ``changed_by``): the pipeline's history is data.
- ``lifecycle_change``: a contact's or company's lifecycle history (lead, prospect, customer,
  former_customer); ``latest`` marks the newest row per contact/company (its current stage).
- ``campaign``, ``campaign_recipient`` (frozen at sending: who and what they were sent to),
  ``campaign_response`` (one outcome per recipient).
- ``activity.deal_id``: an activity may belong to a deal; ``contact.do_not_email`` beside the
  old ``do_not_mail``, set when a recipient unsubscribes; ``contact_revision`` lets the
  data-quality panel tell in one index scan whether any contact changed (Σ revision).

PostgreSQL gets the same tables (ids BIGINT identities, text ``COLLATE "C"``, BOOLEAN flags).
"""

from __future__ import annotations

from typing import Any

DEFAULT_STAGES = (
    ("Lead", 10, "open"),
    ("Qualified", 25, "open"),
    ("Proposal", 50, "open"),
    ("Negotiation", 75, "open"),
    ("Won", 100, "won"),
    ("Lost", 0, "lost"),
)

_TABLES = """
CREATE TABLE stage (
    id {pk},
    name {text} NOT NULL UNIQUE,
    probability INTEGER NOT NULL,
    position INTEGER NOT NULL,
    outcome {text} NOT NULL DEFAULT 'open'
);
CREATE TABLE deal (
    id {pk},
    uid {text} NOT NULL DEFAULT '',
    contact_id {ref} REFERENCES contact(id) ON DELETE SET NULL,
    company_id {ref} REFERENCES company(id) ON DELETE SET NULL,
    title {text} NOT NULL,
    value_minor {ref} NOT NULL DEFAULT 0,
    currency {text} NOT NULL,
    stage_id {ref} NOT NULL REFERENCES stage(id),
    probability INTEGER,
    expected_close {text},
    owner {text} NOT NULL DEFAULT '',
    notes {text} NOT NULL DEFAULT '',
    closed_at {text},
    created_at {text} NOT NULL,
    updated_at {text} NOT NULL,
    deleted_at {text},
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deal_stage ON deal(stage_id, currency) WHERE deleted_at IS NULL;
CREATE INDEX deal_contact ON deal(contact_id);
CREATE INDEX deal_company ON deal(company_id);
CREATE INDEX deal_close ON deal(expected_close);
CREATE TABLE deal_stage_change (
    id {pk},
    deal_id {ref} NOT NULL REFERENCES deal(id) ON DELETE CASCADE,
    changed_at {text} NOT NULL,
    from_stage_id {ref} REFERENCES stage(id),
    to_stage_id {ref} NOT NULL REFERENCES stage(id),
    changed_by {text} NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_change_deal ON deal_stage_change(deal_id, changed_at);
CREATE TABLE lifecycle_change (
    id {pk},
    contact_id {ref} REFERENCES contact(id) ON DELETE CASCADE,
    company_id {ref} REFERENCES company(id) ON DELETE CASCADE,
    changed_at {text} NOT NULL,
    from_stage {text} NOT NULL DEFAULT '',
    to_stage {text} NOT NULL,
    changed_by {text} NOT NULL DEFAULT '',
    reason {text} NOT NULL DEFAULT '',
    latest {bool} NOT NULL DEFAULT {false}
);
CREATE INDEX lifecycle_contact ON lifecycle_change(contact_id, changed_at);
CREATE INDEX lifecycle_company ON lifecycle_change(company_id, changed_at);
CREATE INDEX lifecycle_latest ON lifecycle_change(latest, to_stage);
CREATE TABLE campaign (
    id {pk},
    name {text} NOT NULL,
    channel {text} NOT NULL,
    held_on {text},
    selection {text} NOT NULL DEFAULT '{{}}',
    template {text} NOT NULL DEFAULT '',
    sent_at {text},
    created_at {text} NOT NULL,
    deleted_at {text}
);
CREATE TABLE campaign_recipient (
    id {pk},
    campaign_id {ref} NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    contact_id {ref} REFERENCES contact(id) ON DELETE SET NULL,
    name {text} NOT NULL DEFAULT '',
    given {text} NOT NULL DEFAULT '',
    company {text} NOT NULL DEFAULT '',
    address {text} NOT NULL DEFAULT '',
    email {text} NOT NULL DEFAULT '',
    activity_id {ref}
);
CREATE UNIQUE INDEX campaign_recipient_contact ON campaign_recipient(campaign_id, contact_id);
CREATE TABLE campaign_response (
    id {pk},
    campaign_id {ref} NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    contact_id {ref} NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    outcome {text} NOT NULL,
    answered_at {text} NOT NULL,
    answered_by {text} NOT NULL DEFAULT '',
    notes {text} NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX campaign_response_contact ON campaign_response(campaign_id, contact_id);
ALTER TABLE activity ADD COLUMN deal_id {ref} REFERENCES deal(id) ON DELETE SET NULL;
CREATE INDEX activity_deal ON activity(deal_id) WHERE deal_id IS NOT NULL;
ALTER TABLE contact ADD COLUMN do_not_email {bool} NOT NULL DEFAULT {false};
CREATE INDEX contact_revision ON contact(revision)
"""

SQLITE = {"pk": "INTEGER PRIMARY KEY", "text": "TEXT", "ref": "INTEGER", "bool": "INTEGER",
          "false": "0"}  # fmt: skip
POSTGRES = {"pk": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            "text": 'TEXT COLLATE "C"', "ref": "BIGINT", "bool": "BOOLEAN",
            "false": "FALSE"}  # fmt: skip

STATEMENTS = [s.strip() for s in _TABLES.format(**SQLITE).split(";")]
POSTGRES_STATEMENTS = [s.strip() for s in _TABLES.format(**POSTGRES).split(";")]


def _seed(conn: Any, mark: str) -> None:
    insert = (
        f"INSERT INTO stage(name, probability, position, outcome) VALUES ({mark}, {mark},"
        f" {mark}, {mark})"
    )
    for position, (name, probability, outcome) in enumerate(DEFAULT_STAGES, start=1):
        conn.execute(insert, (name, probability, position, outcome))


def apply(conn: Any) -> None:
    """Add the sales tables and the default stages (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)
    _seed(conn, "?")


def apply_postgres(conn: Any) -> None:
    """The same on PostgreSQL (inside the caller's transaction; ``%s`` placeholders)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
    _seed(conn, "%s")
