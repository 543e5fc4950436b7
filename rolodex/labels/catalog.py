"""The templates a user can pick: the built-in sheets plus custom sheets saved in the config
folder. A broken custom file is reported (file and reason) and the rest still load."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolodex.labels.resources import labels_dir
from rolodex.labels.templates import (
    CUSTOM_FOLDER,
    LabelTemplate,
    TemplateError,
    load_template_file,
    parse_template,
)


def custom_dir() -> Path:
    """Where custom sheets are saved (``label-templates/`` in the config folder)."""
    from rolodex import paths

    return paths.get().config_dir / CUSTOM_FOLDER


@dataclass
class TemplateCatalog:
    """Every usable template, plus one line per file that could not be used."""

    templates: list[LabelTemplate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def find(self, key: str) -> LabelTemplate:
        """Look a template up by id or part number ("avery-l7160", "L7160", "5160")."""
        wanted = key.strip().casefold()
        for template in self.templates:
            part = str(template.raw.get("part", "")).casefold()
            if wanted in (template.id.casefold(), part):
                return template
        raise TemplateError(f"No label template {key!r}; see 'rolodex labels --list-templates'")


def _load_folder(folder: Path, catalog: TemplateCatalog, *, custom: bool) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        try:
            catalog.templates.append(load_template_file(path, custom=custom))
        except TemplateError as exc:
            catalog.problems.append(str(exc))


def load_templates(custom_folder: Path | None = None) -> TemplateCatalog:
    """Built-in sheets, then envelopes, then the user's custom sheets."""
    catalog = TemplateCatalog()
    _load_folder(labels_dir(), catalog, custom=False)
    _load_folder(custom_folder or custom_dir(), catalog, custom=True)
    catalog.templates.sort(key=lambda t: (t.custom, t.is_envelope, t.name.casefold()))
    return catalog


def custom_sheet_spec(name: str, unit: str, **measures: float) -> dict[str, Any]:
    """The JSON for a custom sheet from its measurements (page, label, grid, margin)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:50] or "sheet"
    return {
        "id": f"custom-{slug}",
        "name": name.strip() or slug,
        "kind": "sheet",
        "unit": unit,
        "page": {"width": measures["page_width"], "height": measures["page_height"]},
        "label": {
            "width": measures["label_width"],
            "height": measures["label_height"],
            "corner_radius": measures.get("corner_radius", 0.0),
        },
        "layout": {
            "columns": int(measures["columns"]),
            "rows": int(measures["rows"]),
            "left": measures["left"],
            "top": measures["top"],
            "h_pitch": measures["h_pitch"],
            "v_pitch": measures["v_pitch"],
        },
        "text": {"safe_margin": measures.get("safe_margin", 0.0)},
        "source": "Measured by the user.",
    }


def save_custom_template(spec: dict[str, Any], folder: Path | None = None) -> LabelTemplate:
    """Validate a custom sheet and write it as JSON; raises TemplateError if it is unusable."""
    template = parse_template(spec, str(spec.get("name") or "custom sheet"), custom=True)
    target_dir = folder or custom_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{template.id}.json"
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(target)
    return template
