"""``rolodex list``: the contact list as the app shows it — optionally searched, by tag, by
owner (``--owner LOGIN``, ``--no-owner``) and by who was last in touch
(``--last-contacted-by LOGIN``), sorted by any of its columns (issue 11).

``--json`` prints one object per contact: ``id``, ``name``, ``company``, ``email``, ``phone``,
``city``, ``tags`` (a list), ``last_contacted`` (UTC ISO time or null), ``owner`` and
``last_contacted_by`` (logins, or null).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from rolodex.cli.common import open_book
from rolodex.db import MAX_ID
from rolodex.store.contacts import SORT_NAMES


def register(sub: argparse._SubParsersAction[Any]) -> None:
    lst = sub.add_parser("list", help="list contacts (filter by owner, who last contacted them)")
    lst.add_argument("query", nargs="?", default="", metavar="QUERY", help="as the search box")
    lst.add_argument("--tag", default=None)
    add_team_filters(lst)
    lst.add_argument("--sort", choices=SORT_NAMES, default="name")
    lst.add_argument("--desc", action="store_true", help="in descending order")
    lst.add_argument("--limit", type=int, default=None, metavar="N")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)


def add_team_filters(parser: argparse.ArgumentParser) -> None:
    """``--owner LOGIN`` / ``--no-owner`` and ``--last-contacted-by LOGIN`` on ``parser``."""
    whose = parser.add_mutually_exclusive_group()
    whose.add_argument("--owner", default=None, metavar="LOGIN", help="owned by this user")
    whose.add_argument("--no-owner", action="store_true", help="owned by nobody")
    parser.add_argument(
        "--last-contacted-by", default=None, metavar="LOGIN",
        help="whose newest call, meeting or email was by this user",
    )  # fmt: skip


def team_filters(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The ``owner`` ("": nobody) and ``last_by`` of ContactService.ids for the flags."""
    return ("" if args.no_owner else args.owner), args.last_contacted_by


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.services.contacts import ContactService
    from rolodex.team.facts import list_logins

    open_book(args, create=False)
    service = ContactService()
    limit = None if args.limit is None or args.limit > MAX_ID else max(args.limit, 0)
    owner, last_by = team_filters(args)
    ids = service.ids(
        args.query, args.tag, sort=args.sort, descending=args.desc, limit=limit,
        owner=owner, last_by=last_by,
    )  # fmt: skip
    rows, whose = service.rows(ids), list_logins(ids)
    results = [
        {
            "id": r.id, "name": r.name, "company": r.company, "email": r.email,
            "phone": r.phone, "city": r.city, "tags": [t for t in r.tags.split(", ") if t],
            "last_contacted": r.last_contacted or None,
            "owner": whose[r.id][0] or None, "last_contacted_by": whose[r.id][1] or None,
        }  # fmt: skip
        for r in rows
    ]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for r in results:
        print("\t".join(str(r[k] or "") for k in ("id", "name", "company", "owner")))
    return 0
