"""Refresh the translation files after changing user-visible strings.

    .venv/bin/python packaging/update_translations.py

Runs pyside6-lupdate over rolodex/ui into rolodex_en.ts, rolodex_nb.ts, rolodex_lt.ts and
rolodex_ru.ts (existing translations are kept; new messages arrive unfinished for a translator),
fills the English singular and plural forms of new "%n item(s)" messages (item / items,
address / addresses), and compiles every .ts in rolodex/ui/translations (ours and the small
qtbase_*.ts for Qt's own dialogs) into the .qm files the app loads. This script never
overwrites a form that is already there.

lupdate only sees ``self.tr(...)`` and ``QCoreApplication.translate("Context", ...)``. Modules
that wrap the latter in a helper (``def _tr(text): return QCoreApplication.translate("MainWindow",
text)``) would be invisible to it, or filed under an empty context Qt never looks up; so the
helper calls are found here (:mod:`ast`) and handed to lupdate as plain ``translate`` calls
under the helper's context, then pointed back at their real file and line. Texts the code
translates from a table (``_tr(HEADERS[section])``) are listed in :data:`TABLES` the same way.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "rolodex"
UI = PACKAGE / "ui"
FOLDER = UI / "translations"
LANGUAGES = ("en", "nb", "lt", "ru")
BIN = Path(sys.executable).parent
ALIAS = "<translate>"  # marks ``tr = QCoreApplication.translate``: tr("Context", "text")
STUB = "_helper_strings.py"  # written into a temporary folder for lupdate

# Tables whose texts are translated at run time: (context, file under rolodex/, the assignment or
# function holding them, which item of each tuple is the text; None: every sentence in it).
TABLES = (
    ("BackupsDialog", "ui/safety/backups_dialog.py", "HEADERS", None),
    ("CustomSheetDialog", "ui/labels/custom.py", "MEASURES", 1),
    ("ImportDialog", "importers/csv_mapping.py", "TARGET_FIELDS", 1),
    ("Shortcuts", "ui/main_window/help.py", "shortcuts_text", 1),
    ("ContactEditor", "phones.py", "check", None),
    ("ContactEditor", "phones.py", "_explain", None),
)

MESSAGE = re.compile(r'<message numerus="yes">(.*?)</message>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)
EMPTY_CONTEXT = re.compile(r"<context>\s*<name></name>.*?</context>\s*", re.S)
STUB_LOCATION = re.compile(rf'<location filename="[^"]*{STUB}" line="(\d+)"/>')


@dataclass(frozen=True)
class HelperCall:
    """One ``_tr("text")`` call: the context its helper translates in, and where it is."""

    context: str
    text: str
    disambiguation: str | None
    counted: bool
    filename: str
    line: int


def _helper_context(node: ast.FunctionDef) -> str | None:
    """The context of ``def f(text, ...): return QCoreApplication.translate("Ctx", text, ...)``."""
    body = [stmt for stmt in node.body if not isinstance(stmt, ast.Expr)]  # docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return None
    first = call.args[0] if call.args else None
    if call.func.attr != "translate" or not isinstance(first, ast.Constant):
        return None
    return first.value if isinstance(first.value, str) else None


def _constant(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _HelperCalls(ast.NodeVisitor):
    """Collect calls to translate helpers, honouring which helper is in scope where."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.scopes: list[dict[str, str]] = [{}]
        self.calls: list[HelperCall] = []

    def _helpers_in(self, body: list[ast.stmt]) -> dict[str, str]:
        """Helpers defined in ``body``; ALIAS for ``tr = QCoreApplication.translate``."""
        found = {}
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef) and (context := _helper_context(stmt)):
                found[stmt.name] = context
            value = stmt.value if isinstance(stmt, ast.Assign) else None
            if isinstance(value, ast.Attribute) and value.attr == "translate":
                found.update({t.id: ALIAS for t in stmt.targets if isinstance(t, ast.Name)})  # type: ignore[union-attr]
        return found

    def visit_Module(self, node: ast.Module) -> None:
        self.scopes = [self._helpers_in(node.body)]
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.scopes.append({**self.scopes[-1], **self._helpers_in(node.body)})
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.id if isinstance(node.func, ast.Name) else None
        context = self.scopes[-1].get(name or "")
        args = list(node.args)
        if context == ALIAS:  # translate itself under another name: the context comes first
            context = _constant(args.pop(0)) if args else None
        text = _constant(args[0]) if args else None
        if context is not None and text is not None:
            extra = args[1] if len(args) > 1 else None
            counted = len(args) > 2 or any(k.arg == "n" for k in node.keywords)
            self.calls.append(
                HelperCall(
                    context, text, _constant(extra) or None, counted, self.filename, node.lineno
                )
            )
        self.generic_visit(node)


def helper_calls(sources: list[Path]) -> list[HelperCall]:
    """Every translate-helper call with a literal text in ``sources``."""
    calls: list[HelperCall] = []
    for path in sources:
        visitor = _HelperCalls(path.name)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), path.name))
        calls += visitor.calls
    return calls


def _named(tree: ast.Module, name: str) -> ast.AST:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return ast.Module(body=node.body[1:] if ast.get_docstring(node) else node.body)
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
            isinstance(t, ast.Name) and t.id == name for t in targets
        ):
            return node
    raise SystemExit(f"update_translations.py: TABLES names {name}, which is gone; update TABLES")


def _is_text(node: ast.AST) -> bool:
    """A word or a sentence (not a key like "" or "page_width")."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    return " " in node.value.strip() or node.value.isalpha()


def _table_texts(node: ast.AST, item: int | None) -> list[ast.Constant]:
    if item is None:
        return [c for c in ast.walk(node) if _is_text(c)]  # type: ignore[misc]
    rows = [t for t in ast.walk(node) if isinstance(t, ast.Tuple) and len(t.elts) > item]
    return [r.elts[item] for r in rows if isinstance(r.elts[item], ast.Constant)]  # type: ignore[misc]


def table_calls() -> list[HelperCall]:
    """The texts of :data:`TABLES`, as if each were a translate call where it is written."""
    calls = []
    for context, filename, name, item in TABLES:
        path = PACKAGE / filename
        node = _named(ast.parse(path.read_text(encoding="utf-8")), name)
        found = [c for c in _table_texts(node, item) if isinstance(c.value, str)]
        if not found:
            raise SystemExit(f"update_translations.py: no texts in {name} of {filename}")
        where = os.path.relpath(path, UI)
        calls += [HelperCall(context, c.value, None, False, where, c.lineno) for c in found]
    return calls


def write_stub(calls: list[HelperCall], folder: Path) -> Path:
    """A module lupdate reads: line i + 2 is the i-th helper call as a plain translate()."""
    lines = ["from PySide6.QtCore import QCoreApplication"]
    for call in calls:
        args = [repr(call.context), repr(call.text), repr(call.disambiguation or "")]
        if call.counted:
            args.append("n")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    stub = folder / STUB
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def english_forms(source: str) -> tuple[str, str]:
    one = source.replace("(es)", "").replace("(s)", "")
    many = source.replace("(es)", "es").replace("(s)", "s")
    return one, many


def fill(match: re.Match[str]) -> str:
    body = match.group(1)
    source = re.search(r"<source>(.*?)</source>", body, re.S)
    if source is None or not UNFINISHED.search(body):
        return match.group(0)
    one, many = english_forms(source.group(1))
    forms = (
        "<translation>\n"
        f"            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n"
        "        </translation>"
    )
    return '<message numerus="yes">' + UNFINISHED.sub(lambda _m: forms, body) + "</message>"


def tidy(ts: str, calls: list[HelperCall], folder: Path) -> str:
    """Point stub locations at the real calls; drop the empty context (never looked up)."""

    def real(match: re.Match[str]) -> str:
        call = calls[int(match.group(1)) - 2]
        path = os.path.relpath(UI / call.filename, folder)
        return f'<location filename="{path}" line="{call.line}"/>'

    return EMPTY_CONTEXT.sub("", STUB_LOCATION.sub(real, ts))


def update(sources: list[Path], folder: Path = FOLDER) -> None:
    """Run lupdate into the four rolodex_*.ts files in ``folder`` and tidy them."""
    calls = helper_calls(sources) + table_calls()
    with tempfile.TemporaryDirectory() as scratch:
        stub = write_stub(calls, Path(scratch))
        for language in LANGUAGES:
            ts = folder / f"rolodex_{language}.ts"
            names = [str(p) for p in sources] + [str(stub)]
            command = [BIN / "pyside6-lupdate", "-no-obsolete", *names, "-ts", str(ts)]
            if not ts.exists():
                command[1:1] = ["-target-language", "en_US" if language == "en" else language]
            subprocess.run(command, cwd=UI, check=True, capture_output=folder != FOLDER)
            text = tidy(ts.read_text(encoding="utf-8"), calls, ts.parent)
            if language == "en":
                text = MESSAGE.sub(fill, text)
            ts.write_text(text, encoding="utf-8")


def release() -> None:
    """Compile every .ts in the translations folder (Rolodex's and the qtbase supplements)."""
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run([BIN / "pyside6-lrelease", ts, "-qm", ts.with_suffix(".qm")], check=True)


def ui_sources() -> list[Path]:
    """The modules lupdate reads: every .py of rolodex/ui and its subpackages."""
    return sorted(UI.rglob("*.py"))


def main() -> None:
    update(ui_sources())
    release()


if __name__ == "__main__":
    main()
