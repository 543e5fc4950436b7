"""Benchmark: 10,000 address labels to PDF (target: at most 2 s and 150 MiB peak RSS).

Baseline, measured in the same run: a bare reportlab loop drawing the same strings at a
fixed size with the same embedded font (no formatting, fitting or checks). If
``glabels-3-batch`` is on PATH it is run on the same addresses and the ratio printed.
Each run happens in a fresh subprocess so peak RSS is its own.

    .venv/bin/python benchmarks/bench_labels.py [--n 10000] [--template avery-l7160]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_S, LIMIT_MIB = 2.0, 150.0


def make_contacts(n: int) -> list:  # type: ignore[type-arg]
    from faker import Faker

    from rolodex.records import Address, ContactData

    locales = ["no_NO", "lt_LT", "ru_RU", "en_US", "de_DE"]
    countries = ["NO", "LT", "RU", "US", "DE"]
    fakers = [Faker(loc) for loc in locales]
    for i, f in enumerate(fakers):
        f.seed_instance(i)
    out = []
    for i in range(n):
        k = i % len(fakers)
        f = fakers[k]
        out.append(
            ContactData(
                id=i,
                given=f.first_name(),
                family=f.last_name(),
                company=f.company() if i % 3 == 0 else "",
                addresses=[
                    Address(
                        street=f.street_address(),
                        city=f.city(),
                        postal_code=f.postcode(),
                        country=countries[k],
                    )
                ],
            )
        )
    return out


def run_rolodex(n: int, template_id: str, out: Path) -> dict[str, float]:
    from rolodex.labels.catalog import load_templates
    from rolodex.labels.options import LabelOptions
    from rolodex.labels.render import render_labels

    contacts = make_contacts(n)
    template = load_templates(Path("/nonexistent")).find(template_id)
    start = time.perf_counter()
    result = render_labels(contacts, template, LabelOptions(home_country="NO"), out)
    return {"seconds": time.perf_counter() - start, "labels": result.labels}


def run_baseline(n: int, template_id: str, out: Path) -> dict[str, float]:
    from rolodex.labels.address_format import format_address
    from rolodex.labels.catalog import load_templates
    from rolodex.labels.fonts import label_font
    from rolodex.labels.options import LabelOptions
    from rolodex.labels.render import new_canvas, write_pdf

    contacts = make_contacts(n)
    template = load_templates(Path("/nonexistent")).find(template_id)
    blocks = [format_address(c, LabelOptions(home_country="NO")).lines for c in contacts]
    start = time.perf_counter()
    canvas = new_canvas(template, label_font())
    rects = template.label_rects()
    for i, lines in enumerate(blocks):
        r = rects[i % len(rects)]
        for j, line in enumerate(lines):
            canvas.setFont(label_font().name, 8)
            canvas.drawString(r.x + 6, template.page_height - r.y - 12 - 9 * j, line)
        if i % len(rects) == len(rects) - 1:
            canvas.showPage()
    write_pdf(canvas, out)
    return {"seconds": time.perf_counter() - start, "labels": len(blocks)}


def child(kind: str, n: int, template_id: str, out: str) -> None:
    import resource

    func = run_rolodex if kind == "rolodex" else run_baseline
    figures = func(n, template_id, Path(out))
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


def measure(kind: str, n: int, template_id: str, out: Path) -> dict[str, float]:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        kind,
        "--n",
        str(n),
        "--template",
        template_id,
        "--out",
        str(out),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_glabels(n: int, folder: Path) -> float | None:
    """Time glabels-3-batch merging the same addresses into Avery L7160 (if installed)."""
    exe = shutil.which("glabels-3-batch")
    if exe is None:
        return None
    from rolodex.labels.address_format import format_address
    from rolodex.labels.options import LabelOptions

    rows = [format_address(c, LabelOptions(home_country="NO")).lines for c in make_contacts(n)]
    data = folder / "addresses.csv"
    with data.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([line for line in (r + [""] * 6)[:6]] for r in rows)
    project = folder / "labels.glabels"
    project.write_text(GLABELS_PROJECT.format(csv=data), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        [exe, "-o", str(folder / "glabels.pdf"), str(project)], check=True, capture_output=True
    )
    return time.perf_counter() - start


GLABELS_PROJECT = """<?xml version="1.0"?>
<Glabels-document>
  <Template brand="Avery" part="L7160" size="A4" description="Address labels">
    <Label-rectangle id="0" width="63.5mm" height="38.1mm" round="1.5mm">
      <Layout nx="3" ny="7" x0="7.21mm" y0="15.15mm" dx="66.04mm" dy="38.1mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-text x="2mm" y="2mm" w="59mm" h="34mm" justify="Left" valign="Top" auto_shrink="True">
      <Span font_family="DejaVu Sans" font_size="9">${{1}}
${{2}}
${{3}}
${{4}}
${{5}}</Span>
    </Object-text>
  </Objects>
  <Merge type="Text/Comma" src="{csv}"/>
</Glabels-document>
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--template", default="avery-l7160")
    parser.add_argument("--child", choices=["rolodex", "baseline"])
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.n, args.template, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = measure("baseline", args.n, args.template, folder / "base.pdf")
        ours = measure("rolodex", args.n, args.template, folder / "ours.pdf")
        print(f"{args.n} labels on {args.template}")
        print(
            f"  time     rolodex {ours['seconds']:6.2f} s   "
            f"bare reportlab {base['seconds']:6.2f} s   "
            f"ratio {ours['seconds'] / base['seconds']:.2f}   (limit {LIMIT_S} s)"
        )
        print(
            f"  peak RSS rolodex {ours['peak_mib']:6.1f} MiB "
            f"bare reportlab {base['peak_mib']:6.1f} MiB "
            f"ratio {ours['peak_mib'] / base['peak_mib']:.2f}   (limit {LIMIT_MIB} MiB)"
        )
        glabels = run_glabels(args.n, folder)
        if glabels is None:
            print("  glabels-3-batch not installed: no comparison")
        else:
            print(
                f"  glabels-3-batch {glabels:6.2f} s   "
                f"ratio glabels/rolodex {glabels / ours['seconds']:.1f}"
            )
        ok = ours["seconds"] <= LIMIT_S and ours["peak_mib"] <= LIMIT_MIB
        print("  within limits" if ok else "  OVER LIMIT")


if __name__ == "__main__":
    main()
