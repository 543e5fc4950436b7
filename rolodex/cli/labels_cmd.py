"""``rolodex labels``: print address labels or envelopes for contacts to a PDF.

rolodex --db PATH labels -o FILE.pdf --template ID [--tag T] [--query Q] [--start-at N]
    [--outline] [--offset-x MM] [--offset-y MM]
rolodex labels --list-templates
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rolodex.labels.options import (
    MAX_COPIES,
    MAX_OFFSET_MM,
    LabelLimitError,
    LabelOptions,
    LabelResult,
    NameStyle,
    SortOrder,
    check_copies,
    check_offset,
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the ``labels`` command to the CLI."""
    p = sub.add_parser("labels", help="print mailing labels or envelopes to a PDF")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--template", metavar="ID", help="label sheet or envelope (id or part number)")
    p.add_argument("--list-templates", action="store_true", help="list the templates and exit")
    p.add_argument("--tag", metavar="T", help="only contacts with this tag")
    p.add_argument("--query", metavar="Q", help="only contacts matching this search")
    p.add_argument(
        "--start-at", type=int, default=1, metavar="N", help="first free label (1 = top left)"
    )
    p.add_argument("--outline", action="store_true", help="draw label outlines for checking")
    limit = f"{MAX_OFFSET_MM:g}"
    p.add_argument(
        "--offset-x", type=float, default=None, metavar="MM", help=f"move right (mm, ±{limit})"
    )
    p.add_argument(
        "--offset-y", type=float, default=None, metavar="MM", help=f"move down (mm, ±{limit})"
    )
    p.add_argument(
        "--copies", type=int, default=1, metavar="N", help=f"labels per contact (1-{MAX_COPIES})"
    )
    p.add_argument("--sort", choices=[s.value for s in SortOrder], default="none")
    p.add_argument("--name-style", choices=[s.value for s in NameStyle], default="person")
    p.add_argument("--test-sheet", action="store_true", help="write the printer calibration page")
    p.set_defaults(func=cmd_labels)


def list_templates() -> int:
    import sys

    from rolodex.labels.catalog import load_templates

    catalog = load_templates()
    width = max(len(t.id) for t in catalog.templates)
    for t in catalog.templates:
        print(f"{t.id:<{width}}  {t.name}{'  (custom)' if t.custom else ''}")
    for problem in catalog.problems:
        print(f"rolodex: skipped template {problem}", file=sys.stderr)
    return 0


def _offset(given: float | None, saved: float, flag: str) -> float:
    if given is None:
        return check_offset(saved, f"The saved printer offset ({flag})")
    return check_offset(given, flag)


def _options(args: argparse.Namespace) -> LabelOptions:
    from rolodex.cli.main import CliError
    from rolodex.collation import system_locale
    from rolodex.labels.settings import load_settings
    from rolodex.locale_defaults import sender_country
    from rolodex.services import prefs

    saved = load_settings()
    saved_x, saved_y = saved.offset("")
    try:
        check_copies(args.copies, "--copies")
        offset_x = _offset(args.offset_x, saved_x, "--offset-x")
        offset_y = _offset(args.offset_y, saved_y, "--offset-y")
    except LabelLimitError as exc:
        raise CliError(str(exc)) from exc
    locale = system_locale()
    return LabelOptions(
        name_style=NameStyle(args.name_style),
        home_country=saved.home_country or sender_country().value or prefs.phone_region(),
        language=saved.language or locale.partition("_")[0] or "en",
        sort=SortOrder(args.sort),
        collation_locale=prefs.collation_locale(),
        copies=args.copies,
        start_at=args.start_at,
        outline=args.outline,
        offset_x_mm=offset_x,
        offset_y_mm=offset_y,
        return_address=saved.return_address,
    )


def summary(result: LabelResult, out: Path) -> str:
    pages = "page" if result.pages == 1 else "pages"
    lines = [f"{result.labels} labels on {result.pages} {pages} written to {out}"]
    if not result.pages:
        lines = ["No labels to print; no file written"]
    if result.left_out:
        lines.append(f"Left out {len(result.left_out)}:")
        lines += [f"  {item.name}: {item.reason}" for item in result.left_out]
    return "\n".join(lines)


def cmd_labels(args: argparse.Namespace) -> int:
    from rolodex.cli.common import open_book
    from rolodex.cli.main import CliError
    from rolodex.labels.catalog import load_templates
    from rolodex.labels.templates import TemplateError

    if args.list_templates:
        return list_templates()
    if not args.output or not args.template:
        raise CliError("labels needs -o FILE.pdf and --template ID (see --list-templates)")
    try:
        template = load_templates().find(args.template)
    except TemplateError as exc:
        raise CliError(str(exc)) from exc
    out = Path(args.output)
    if not out.parent.is_dir():
        raise CliError(f"The folder {out.parent} does not exist")
    open_book(args, create=False)
    options = _options(args)
    if args.test_sheet:
        from rolodex.labels.calibration import render_calibration_sheet

        try:
            render_calibration_sheet(template, options, out)
        except OSError as exc:
            raise CliError(f"Cannot write {out}: {exc.strerror or exc}") from exc
        print(f"Calibration page written to {out}")
        return 0
    return _print_labels(args, template, options, out)


def _print_labels(args: argparse.Namespace, template: Any, options: LabelOptions, out: Path) -> int:
    from rolodex.cli.main import CliError
    from rolodex.db import close_store
    from rolodex.labels.render import render_labels
    from rolodex.services.contacts import ContactService

    service = ContactService()
    try:
        ids = service.ids(query=args.query, tag=args.tag)
        result = render_labels(service.get_many(ids), template, options, out)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"Cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        close_store()
    print(summary(result, out))
    return 0
