"""Import and export commands: ``import``, ``export`` and ``imports list|undo``.

``rolodex import FILE... [--on-duplicate auto|skip|merge|new] [--dry-run] [--json] [--map SPEC]``
    Prints (or with ``--json`` emits) ``{"imported", "merged", "skipped",
    "possible_duplicates", "errors": [{"file", "card", "line", "message"}], "batch_id",
    "dry_run", "cancelled", "report", "backup"}``. ``auto`` (the default) merges cards with the
    same UID, email or phone as a contact, adds cards matching one only on name and company as
    new contacts flagged as possible duplicates, and skips cards already in the book; ``skip``,
    ``merge`` and ``new`` do that to every matching card. The type of
    each file comes from its extension (.vcf/.vcard → vCard, .csv/.tsv/.txt → CSV,
    .ldif/.ldi → LDIF) or, failing that, its content. A missing or unreadable file is an error entry, not a crash. Exit code:
    0 when anything was imported, merged or skipped as a duplicate, or when nothing failed; 1
    only when every input failed (nothing at all could be read); 2 for a usage error.

``rolodex export -o FILE [--format vcard|vcard4|csv-google|csv-outlook] [--tag T] [--query Q]
[--one-file-per-contact] [--json]``
    Without ``--format`` the format follows the file name: ``.csv`` → csv-google, anything else
    → vCard 3.0. With ``--one-file-per-contact``, ``-o`` names a folder. Tag and query combine
    (contacts with the tag that match the search); neither means every contact. ``--json``
    emits ``{"exported", "format", "files", "warnings": [{"contact", "name", "property",
    "reason", "message"}]}``: every value left out because it could not be written validly.

``rolodex imports list [--json]`` and ``rolodex imports undo ID [--json]``
    The import history, and undoing one import batch in one step. Undo leaves alone what was
    changed since the import and says so ("3 contacts you have edited since were kept");
    ``--json`` emits ``{"batch_id", "trashed", "kept_edited", "reverted", "kept_changes",
    "companies_removed", "companies_kept"}``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rolodex.cli.common import open_book, record_id, stored


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the CLI."""
    imp = sub.add_parser(
        "import",
        help="import contacts from vCard, CSV or LDIF files",
        epilog="File type: .vcf/.vcard = vCard, .csv/.tsv/.txt = CSV, .ldif/.ldi = LDIF, else by"
        " content. Exit status: 0 when anything was imported, merged or skipped, or nothing"
        " failed; 1 when every input failed; 2 for a usage error. Merging fills empty fields and adds new"
        " emails, phones, addresses and tags; a differing value is kept in the notes.",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--on-duplicate",
        choices=("auto", "skip", "merge", "new"),
        default="auto",
        help="auto (default): merge cards with the same UID, email or phone; add cards that"
        " share only name and company as new, flagged as possible duplicates; skip cards"
        " already in the book. skip/merge/new: do that to every matching card",
    )
    imp.add_argument("--dry-run", action="store_true", help="count what would happen; save nothing")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--map", metavar="SPEC", help='CSV columns, e.g. "0=given,1=family,2=email"')
    imp.add_argument("--report", metavar="PATH", help="where to save the import report")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser(
        "export",
        help="export contacts to vCard or CSV",
        epilog="Without --format: csv-google for a .csv file name, else vCard 3.0. --tag and"
        " --query combine; neither exports every contact.",
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    exp.add_argument("--format", choices=("vcard", "vcard4", "csv-google", "csv-outlook"))
    exp.add_argument("--tag", metavar="T")
    exp.add_argument("--query", metavar="Q")
    exp.add_argument("--one-file-per-contact", action="store_true")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(func=cmd_export)

    imports = sub.add_parser("imports", help="import history and undo")
    verbs = imports.add_subparsers(dest="imports_command", metavar="ACTION", required=True)
    lst = verbs.add_parser("list", help="list past imports")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_imports_list)
    undo = verbs.add_parser("undo", help="undo one import")
    undo.add_argument("id", type=record_id, metavar="ID")
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(func=cmd_imports_undo)


def _mapping(spec: str | None) -> Any:
    if not spec:
        return None
    from rolodex.cli.main import CliError
    from rolodex.importers.csv_mapping import MappingError, parse_map_arg

    try:
        return parse_map_arg(spec)
    except MappingError as exc:
        raise CliError(f"--map: {exc}") from exc


def cmd_import(args: argparse.Namespace) -> int:
    from rolodex.services.importing.service import run_import

    mapping = _mapping(args.map)
    open_book(args)
    report = Path(args.report) if args.report else None
    result = run_import(
        args.files, args.on_duplicate, mapping=mapping, dry_run=args.dry_run, report_path=report
    )
    if args.json:
        summary = {**result.summary(), "backup": _backup_line(result) or None}
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_import(result)
    return 1 if result.all_failed else 0


def _backup_line(result: Any) -> str:
    from rolodex.safety.backups import BackupInfo
    from rolodex.safety.hooks import describe

    return " ".join(describe(b) for b in result.before_write if isinstance(b, BackupInfo))


def _print_import(result: Any) -> None:
    prefix = "Dry run: would have imported" if result.dry_run else "Imported"
    print(f"{prefix} {result.imported}, merged {result.merged}, skipped {result.skipped}.")
    if not result.dry_run and result.batch_id is None and result.skipped:
        print("Nothing was imported or merged: every card was already in the book.")
    if result.flagged:
        print(
            f"{result.flagged} of the imported cards share only a name and company with a"
            " contact: added as new, to review in Find duplicates."
        )
    if _backup_line(result):
        print(_backup_line(result))
    for e in [*result.errors, *result.warnings]:
        where = ", ".join(
            filter(
                None,
                [e.file, f"card {e.card}" if e.card else "", f"line {e.line}" if e.line else ""],
            )
        )
        print(f"  {where}: {e.message}")
    if result.batch_id is not None:
        print(
            f"Import number {result.batch_id} (undo with: rolodex imports undo {result.batch_id})"
        )
    if result.report_path is not None:
        print(f"Report: {result.report_path}")


def cmd_export(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.contacts import ContactService
    from rolodex.services.exporting import ExportError, export_contacts, format_for_path

    open_book(args, create=False)
    fmt = args.format or format_for_path(args.output)
    ids = ContactService().ids(args.query, args.tag)
    try:
        result = export_contacts(ids, Path(args.output), fmt, args.one_file_per_contact)
    except (ExportError, OSError) as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        paths = [str(p) for p in result.paths]
        warnings = [w.as_dict() for w in result.warnings]
        out = {"exported": result.count, "format": fmt, "files": paths, "warnings": warnings}
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"Exported {result.count} contacts to {args.output} ({fmt}).")
        _print_left_out(result.warnings)
    return 0


def _print_left_out(warnings: list[Any]) -> None:
    if not warnings:
        return
    print(f"Left out {len(warnings)} value(s) that could not be written validly:")
    for w in warnings:
        print(f"  contact {w.contact_id} ({w.contact}): {w.message}")


def cmd_imports_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from rolodex.services.importing.service import import_history

    open_book(args, create=False)
    history = import_history()
    if args.json:
        print(json.dumps([asdict(b) for b in history], ensure_ascii=False, indent=2))
        return 0
    for b in history:
        state = f"undone {b.undone_at}" if b.undone_at else "can be undone"
        print(
            f"{b.id}\t{b.created_at}\timported {b.imported}, merged {b.merged},"
            f" skipped {b.skipped}\t{state}\t{_files_label(b.source)}"
        )
    return 0


def _files_label(source: str) -> str:
    """ "a.vcf, b.csv" for the history line; long lists are cut to the first and a count."""
    names = [Path(p).name for p in source.split("; ") if p]
    label = ", ".join(names)
    if len(label) > 60 and len(names) > 1:
        label = f"{names[0]} and {len(names) - 1} more"
    return label


def cmd_imports_undo(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.importing.service import UndoError, undo_import

    open_book(args, create=False)
    if not stored(args.id):
        raise CliError(f"There is no import number {args.id}.")
    try:
        done = undo_import(args.id)
    except UndoError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print(json.dumps(done.summary(), indent=2))
        return 0
    for line in undo_lines(done):
        print(line)
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def undo_lines(done: Any) -> list[str]:
    """What an undo did and what it left alone, in plain sentences."""
    lines = [
        f"Undid import {done.batch_id}: {_count(done.trashed, 'contact', 'contacts')} moved to"
        f" the Trash, {_count(done.reverted, 'merged contact', 'merged contacts')} changed back."
    ]
    if done.kept_edited:
        n = done.kept_edited
        verb = "was" if n == 1 else "were"
        lines.append(f"{_count(n, 'contact', 'contacts')} you have edited since {verb} kept.")
    if done.kept_changes:
        n = done.kept_changes
        lines.append(
            f"{_count(n, 'merged contact keeps', 'merged contacts keep')} values you have"
            " changed since."
        )
    if done.companies_kept:
        n = done.companies_kept
        lines.append(
            f"{_count(n, 'company', 'companies')} still in use or edited since {'was' if n == 1 else 'were'} kept."
        )
    return lines
