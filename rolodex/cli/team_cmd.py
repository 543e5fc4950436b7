"""Team commands (issue 11): ``edit`` a contact without overwriting a colleague, the
``history`` of a contact with who did what, and ``users list|add|set|remove``.

``edit ID --set FIELD=VALUE ... --if-revision N``: when the contact moved on since revision N,
nothing is written and the command exits with status 3, naming who changed it. With
``--merge`` the colleague's changes to other fields are kept and yours added; only a field both
changed stops it (status 3, naming who and which fields).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rolodex.cli.common import open_book, record_id
from rolodex.team.records import ROLES, EditOutcome

CONFLICT_EXIT = 3
FIELD_NAMES = {
    "title": "job_title",
    "job_title": "job_title",
    "name": "display_name",
    "display_name": "display_name",
    **{
        name: name
        for name in (
            "prefix", "given", "additional", "family", "suffix", "nickname", "company",
            "department", "role", "birthday", "anniversary", "notes", "do_not_mail", "owner",
            "private",
        )
    },
}  # fmt: skip
"""What ``--set`` accepts (the CLI's names) and the contact field each sets."""
FLAGS = {"private", "do_not_mail"}
TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def _cli_error(message: str) -> Exception:
    from rolodex.cli.main import CliError

    return CliError(message)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    edit = sub.add_parser("edit", help="change a contact's fields (merging a colleague's edits)")
    edit.add_argument("id", type=record_id, metavar="ID")
    edit.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", dest="assignments",
        help=f"a field to change: {', '.join(sorted(FIELD_NAMES))}",
    )  # fmt: skip
    edit.add_argument(
        "--if-revision", type=int, metavar="N",
        help="the revision your change starts from: if it moved, nothing is saved (status 3)",
    )  # fmt: skip
    edit.add_argument(
        "--merge", action="store_true",
        help="with --if-revision: keep others' changes to other fields and add yours",
    )  # fmt: skip
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(func=cmd_edit)
    history = sub.add_parser("history", help="a contact's activities, with who logged each")
    history.add_argument("contact", metavar="CONTACT", help="contact id, or a search matching one")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)
    users = sub.add_parser("users", help="who uses this book, and their roles")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    _register_users(usub)


def _register_users(usub: argparse._SubParsersAction[Any]) -> None:
    lst = usub.add_parser("list", help="list the book's users")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_users_list)
    add = usub.add_parser("add", help="let a login use the book (granted on a server)")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", default="", metavar="DISPLAY NAME")
    add.add_argument("--role", choices=ROLES, default="editor")
    add.set_defaults(func=cmd_users_add)
    set_ = usub.add_parser("set", help="give a user another role")
    set_.add_argument("login", metavar="LOGIN")
    set_.add_argument("--role", choices=ROLES, required=True)
    set_.set_defaults(func=cmd_users_set)
    remove = usub.add_parser("remove", help="take a login off the book's users")
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(func=cmd_users_remove)


def parse_assignments(assignments: list[str]) -> dict[str, Any]:
    """``["given=Ann", "private=yes"]`` → ``{"given": "Ann", "private": True}``."""
    if not assignments:
        raise _cli_error("say what to change: --set FIELD=VALUE (e.g. --set notes=Called)")
    wanted: dict[str, Any] = {}
    for text in assignments:
        name, sep, value = text.partition("=")
        field = FIELD_NAMES.get(name.strip().lower())
        if not sep or field is None:
            raise _cli_error(
                f"--set {text!r}: use FIELD=VALUE, FIELD one of {', '.join(sorted(FIELD_NAMES))}"
            )
        wanted[field] = _flag(name, value) if field in FLAGS else value
    return wanted


def _flag(name: str, value: str) -> bool:
    text = value.strip().lower()
    if text not in TRUE | FALSE:
        raise _cli_error(f"--set {name}= takes yes or no, not {value!r}")
    return text in TRUE


def cmd_edit(args: argparse.Namespace) -> int:
    from rolodex.team.edits import EditService

    wanted = parse_assignments(args.assignments)
    open_book(args, create=False)
    outcome = EditService().save(args.id, wanted, args.if_revision, merge=args.merge)
    if args.json:
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False, indent=2))
    if not outcome.saved:
        who = ", ".join(outcome.changed_by) or "someone else"
        fields = ", ".join(c.field for c in outcome.conflicts)
        why = f"{fields} changed by both" if fields else "--merge keeps their changes and adds yours"
        print(
            f"rolodex: contact {args.id} was changed by {who} since revision {args.if_revision}"
            f" (now {outcome.revision}); nothing was saved ({why}).",
            file=sys.stderr,
        )
        return CONFLICT_EXIT
    if outcome.theirs:
        who = ", ".join(outcome.changed_by) or "someone else"
        print(f"rolodex: merged with the changes {who} made meanwhile.", file=sys.stderr)
    if not args.json:
        print(f"Contact {args.id} saved (revision {outcome.revision}).")
    return 0


def _outcome_json(outcome: EditOutcome) -> dict[str, Any]:
    return {
        "saved": outcome.saved,
        "revision": outcome.revision,
        "changed_by": outcome.changed_by,
        "conflicts": [
            {"field": c.field, "base": c.base, "theirs": c.theirs, "mine": c.mine, "by": c.by}
            for c in outcome.conflicts
        ],
    }


def cmd_history(args: argparse.Namespace) -> int:
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.lookup import resolve_contact
    from rolodex.services.crm.records import CrmError
    from rolodex.team.users import UserService

    open_book(args, create=False)
    try:
        contact = resolve_contact(args.contact)
    except CrmError as exc:
        raise _cli_error(str(exc)) from None
    items = ActivityService().timeline(contact)
    names = UserService().names({a.by for a in items})
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "kind": a.kind,
            "at": a.occurred_at.isoformat() if a.occurred_at else None,
            "subject": a.subject,
            "notes": a.notes,
            "outcome": a.outcome,
            "duration_minutes": a.duration_minutes,
            "private": a.private,
            "by": a.by or None,
            "by_name": names.get(a.by) if a.by else None,
        }
        for a in items
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        by = f"  by {r['by_name']}" if r["by_name"] else ""
        subject = f" — {r['subject']}" if r["subject"] else ""
        print(f"{r['id']:>6}  {(r['at'] or '')[:16]}  {r['kind']}{by}{subject}")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from rolodex.team.users import UserService

    open_book(args, create=False)
    service = UserService()
    me = service.me().login
    users = service.list()
    if args.json:
        rows = [
            {"login": u.login, "name": u.display_name, "role": u.role, "you": u.login == me}
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for u in users:
        print(f"{'*' if u.login == me else ' '} {u.login}\t{u.role}\t{u.display_name}")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from rolodex.team.users import UserService

    open_book(args, create=False)
    user = UserService().add(args.login, args.name, args.role)
    print(f"{user.login} may use the book as {user.role}.")
    return 0


def cmd_users_set(args: argparse.Namespace) -> int:
    from rolodex.team.users import UserService

    open_book(args, create=False)
    user = UserService().set_role(args.login, args.role)
    print(f"{user.login} is now {user.role}.")
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    from rolodex.team.users import UserService

    open_book(args, create=False)
    UserService().remove(args.login)
    print(f"{args.login} no longer uses the book.")
    return 0
