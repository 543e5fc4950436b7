"""Main window speed at 100,000 contacts: list populate time, memory, start-up time.

Run: ``.venv/bin/python benchmarks/bench_ui.py`` (``--n 5000`` for a quick check).

The book is generated once with Faker (nb_NO, lt_LT, ru_RU, en_US) and cached in
``benchmarks/.cache/`` by size. Each figure is measured in fresh subprocesses, beside a
baseline measured in the same run:

1. populate: model reset -> first rows painted, against the same view over a model with the
   same row count that never touches the database (Qt's own cost); budget 0.25 s.
2. memory: RSS of the whole app with the list shown, against a bare PySide6 QMainWindow
   process; budget 120 MiB.
3. start-up: process start -> main window painted (``rolodex --startup-check``), against a
   bare PySide6 QMainWindow process; budget 0.5 s and 2x the bare window. ``--modes`` picks
   how Rolodex is started: ``source`` (this checkout), ``wheel`` (built and installed into a
   fresh virtual environment) and ``bundle`` (PyInstaller); see bench_ui_builds.py. The
   app starts as it does for someone who used it before: with the window layout it saved on
   closing. "takes input" is when the book is open behind the first page the window showed
   (rolodex.store.sqlite.glance): the READY line of ``--startup-check``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(__file__).resolve().parent / ".cache"
LOCALES = ("no_NO", "lt_LT", "ru_RU", "en_US")  # Faker calls Norwegian Bokmål no_NO
TAGS = ("Kunder", "Leverandører", "Partneriai", "Друзья", "VIP", "Newsletter")
BATCH = 5000
MIB = 1024 * 1024
LAST_CPU = [0.0]  # CPU seconds of the last child run_child waited for

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    shown = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not W.shown:
            W.shown = True
            print(f"SHOWN {time.time():.6f} CPU {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, report)
def report():
    import psutil
    print(f"RSS {psutil.Process().memory_info().rss}", flush=True)
    app.quit()
app = QApplication(sys.argv[:1])
w = W()
w.resize(1200, 760)
w.show()
app.exec()
"""


# -- generating the book -------------------------------------------------------------------
def book_path(n: int) -> Path:
    path = CACHE / f"ui-book-{n}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        started = time.perf_counter()
        print(f"Generating {n:,} contacts with Faker (cached in {path})...", flush=True)
        generate(n, path)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def _fake_contacts(n: int) -> list[object]:
    import random

    from faker import Faker

    from rolodex.records import Address, ContactData, LabeledValue, Phone

    fakers = [Faker(locale) for locale in LOCALES]
    for i, fake in enumerate(fakers):
        fake.seed_instance(1000 + i)
    rnd = random.Random(7)
    companies = [fakers[i % 4].company() for i in range(max(20, n // 50))]
    contacts: list[object] = []
    for i in range(n):
        fake = fakers[i % 4]
        given, family = fake.first_name(), fake.last_name()
        contacts.append(
            ContactData(
                given=given,
                family=family,
                company=rnd.choice(companies) if rnd.random() < 0.6 else "",
                emails=[
                    LabeledValue(f"{fake.user_name()}{i}@{fake.free_email_domain()}", "home", True)
                ],
                phones=[Phone(fake.phone_number(), "mobile", True)],
                addresses=[Address(street=fake.street_address(), city=fake.city(), pref=True)],
                tags=rnd.sample(TAGS, rnd.randint(0, 2)),
                notes=fake.sentence() if rnd.random() < 0.2 else "",
            )
        )
    return contacts


def generate(n: int, path: Path) -> None:
    from rolodex.db import close_store, database, open_store
    from rolodex.services import prefs
    from rolodex.services.contact_write import CompanyCache, insert_contacts
    from rolodex.services.contacts import ContactService

    tmp = path.with_suffix(".tmp")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    open_store(tmp)
    prefs.put(prefs.COLLATION, "nb_NO")
    prefs.put(prefs.PHONE_REGION, "NO")
    contacts = _fake_contacts(n)
    ctx, companies = ContactService().context(), CompanyCache()
    for start in range(0, n, BATCH):
        with database.atomic():
            insert_contacts(contacts[start : start + BATCH], ctx, companies=companies)  # type: ignore[arg-type]
    database.execute_sql("PRAGMA optimize")
    close_store()
    tmp.rename(path)


# -- child processes -------------------------------------------------------------------------
def child_env(data_dir: str, *, source: bool = True) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if source or not k.startswith("PYTHON")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ROLODEX_DATA_DIR"] = data_dir
    if source:
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def app_command(mode: str) -> list[str]:
    """How to start Rolodex in ``mode`` (source, wheel or bundle)."""
    if mode == "source":
        return [sys.executable, "-m", "rolodex"]
    from bench_ui_builds import bundle_command, wheel_command  # type: ignore[import-not-found]

    return wheel_command() if mode == "wheel" else bundle_command()


def run_child(
    args: list[str], data_dir: str, *, command: list[str] | None = None, source: bool = True
) -> tuple[float, str]:
    """Run ``command ARGS`` (Python by default); ``source``: with this checkout on the path.
    The child's CPU time (user + system) goes to ``LAST_CPU``: on a busy machine it says
    more than the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    out = subprocess.run(
        [*(command or [sys.executable]), *args], capture_output=True, text=True,
        env=child_env(data_dir, source=source), cwd=ROOT if source else CACHE, timeout=300,
        check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"child failed ({command} {args[:2]}):\n{out.stdout}\n{out.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return started, out.stdout


def shown_after(started: float, stdout: str) -> tuple[float, float, float]:
    """Seconds from the child's start to its first frame, its CPU time by then, and the
    seconds to its READY line (the book open behind a first page read before it, see
    rolodex.store.sqlite.glance; the first frame itself when the app opened the book first)."""
    lines = stdout.splitlines()
    line = next(x for x in lines if x.startswith("SHOWN ")).split()
    ready = next((x.split() for x in lines if x.startswith("READY ")), line)
    cpu = float(line[3]) if len(line) > 3 else float("nan")
    return float(line[1]) - started, cpu, float(ready[1]) - started


Figures = tuple[float, float, float, float, float]
"""Wall time to the first frame (median, best), CPU to it, CPU of the whole run, wall time
until the window takes input (median)."""


def measure_startup(
    db: Path, runs: int, data_dir: str, modes: list[str], *, open_first: bool = False
) -> dict[str, Figures]:
    """Start-up of the bare window and of each mode, interleaved: the median and best wall
    time to the first frame, the median CPU time to it and of the whole run. ``open_first``:
    the saved layout lists by Company, so the app opens the book before its window (no first
    page read before it; each run saves the layout again, so it is set before each)."""
    commands = {mode: app_command(mode) for mode in modes}
    layout = Path(data_dir) / "window-state.ini"
    saved = layout.read_text(encoding="utf-8") if layout.is_file() else ""
    times: dict[str, list[tuple[float, float, float, float]]] = {m: [] for m in ["bare", *modes]}
    for _ in range(runs):
        times["bare"].append((*shown_after(*run_child(["-c", BARE_WINDOW], data_dir)), LAST_CPU[0]))
        for mode, command in commands.items():
            if open_first:
                layout.write_text(saved.replace("sort_column=0", "sort_column=1"), "utf-8")
            args = ["--db", str(db), "--startup-check"]
            child = run_child(args, data_dir, command=command, source=mode == "source")
            times[mode].append((*shown_after(*child), LAST_CPU[0]))
    return {
        m: (
            statistics.median(t[0] for t in ts),
            min(t[0] for t in ts),
            statistics.median(t[1] for t in ts),
            statistics.median(t[3] for t in ts),
            statistics.median(t[2] for t in ts),
        )  # fmt: skip
        for m, ts in times.items()
    }


# The app started and closed as a user does it: the window saves its layout on closing.
OPEN_AND_CLOSE = """
import sys
import rolodex.ui.app as app
import rolodex.ui.first_run_dialog as first_run
first_run.ask_country_if_unknown = lambda window: None
app.after_first_paint = lambda window, instance: window.close()
from rolodex.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def save_layout(db: Path, data_dir: str) -> None:
    run_child(["-c", OPEN_AND_CLOSE, str(db)], data_dir)
    if not (Path(data_dir) / "window-state.ini").is_file():  # ROLODEX_DATA_DIR holds both
        raise SystemExit("the app saved no window layout: start-up would not be a returning user's")


def measure_list(db: Path, data_dir: str) -> dict[str, float]:
    _, stdout = run_child([str(Path(__file__).resolve()), "--child-list", str(db)], data_dir)
    return json.loads(stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def bare_rss(data_dir: str) -> float:
    _, stdout = run_child(["-c", BARE_WINDOW], data_dir)
    line = next(x for x in stdout.splitlines() if x.startswith("RSS "))
    return int(line.split()[1]) / MIB


def child_list(db: str) -> None:
    """In a fresh process: the real main window on the book; time populate; report RSS."""
    from bench_ui_child import list_figures  # type: ignore[import-not-found]

    print(json.dumps(list_figures(db)))


# -- report ----------------------------------------------------------------------------------
def report(name: str, value: float, baseline: float, unit: str, budget: float | None) -> None:
    """One figure beside its baseline; ``budget`` None: shown for the record, no target."""
    ratio = value / baseline if baseline else float("nan")
    verdict = "" if budget is None else f"budget {budget:g} {unit}  " + (
        "ok" if value <= budget else "OVER BUDGET"
    )
    print(
        f"{name:<28} {value:9.3f} {unit:<4} baseline {baseline:9.3f} {unit:<4} "
        f"ratio {ratio:5.2f}x  {verdict}".rstrip()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts in the book")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median)")
    parser.add_argument(
        "--modes", default="source,wheel,bundle", help="start-up from: source,wheel,bundle"
    )
    parser.add_argument(
        "--open-first", action="store_true",
        help="start as with a list sorted by Company: the book opened before the window",
    )  # fmt: skip
    parser.add_argument("--child-list", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_list:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        child_list(args.child_list)
        return
    sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]
    # Measure the app as installed: bytecode compiled (as packaging/setup-debian.sh does).
    compileall.compile_dir(str(ROOT / "rolodex"), quiet=1)
    db = book_path(args.n)
    with tempfile.TemporaryDirectory() as data_dir:
        figures = measure_list(db, data_dir)
        save_layout(db, data_dir)
        print("load average (1, 5, 15 min) at the start: {:.2f} {:.2f} {:.2f}".format(
            *os.getloadavg()))  # fmt: skip
        starts = measure_startup(
            db, args.runs, data_dir, args.modes.split(","), open_first=args.open_first
        )
        bare_memory = bare_rss(data_dir)
    print(
        f"\nMain window at {args.n:,} contacts ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')}):"
    )
    report("list populate (reset->paint)", figures["populate"], figures["baseline"], "s", 0.25)
    report("memory, list shown (RSS)", figures["rss_mib"], bare_memory, "MiB", 120)
    runs = args.runs
    bare = starts.pop("bare")
    for mode, (wall, best, cpu_frame, cpu, ready) in starts.items():
        report(f"start-up, {mode}", wall, bare[0], "s", min(0.5, 2 * bare[0]))
        report(f"  best of {runs}, {mode}", best, bare[1], "s", min(0.5, 2 * bare[1]))
        report(f"  CPU to frame, {mode}", cpu_frame, bare[2], "s", min(0.5, 2 * bare[2]))
        report(f"  CPU, whole run, {mode}", cpu, bare[3], "s", None)  # the opening after it too
        report(f"  takes input, {mode}", ready, bare[4], "s", 0.5)
    print("load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
