"""What the user chose for a label run (:class:`LabelOptions`) and what came of it
(:class:`LabelResult`): labels printed, pages, and contacts left out with the reason.

The limits of a run live here (copies, labels in one run, printer offset), shared by the CLI,
the dialog's spin boxes and :func:`check_options`, which every renderer calls first."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

MAX_COPIES = 1000
MAX_LABELS = 100_000
MAX_OFFSET_MM = 50.0

REASON_DO_NOT_MAIL = "do not mail"
REASON_NO_ADDRESS = "no usable address"
REASON_TOO_LONG = "address too long for the label"
REASON_NO_GLYPHS = "characters the label font cannot print"


class NameStyle(StrEnum):
    """How the addressee is written: the person (with company), company + "Attn:" line,
    or the company only (falling back to the person when there is no company)."""

    PERSON = "person"
    ATTENTION = "attn"
    COMPANY = "company"


class SortOrder(StrEnum):
    AS_GIVEN = "none"
    NAME = "name"
    POSTAL_CODE = "postal"


@dataclass
class LabelOptions:
    """Choices for one run. ``address_label`` picks an address type ("work", "home"...);
    empty means the preferred address. Offsets are in mm: x to the right, y downwards."""

    name_style: NameStyle = NameStyle.PERSON
    address_label: str = ""
    attention_prefix: str = "Attn:"
    home_country: str = ""
    omit_home_country: bool = True
    language: str = "en"
    sort: SortOrder = SortOrder.AS_GIVEN
    collation_locale: str = "en_US"
    copies: int = 1
    start_at: int = 1
    outline: bool = False
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    return_address: list[str] = field(default_factory=list)


class LabelLimitError(ValueError):
    """Options outside what a label run can print (too many copies, an offset off the page)."""


def check_offset(value: float, name: str) -> float:
    """``value`` if it is a finite offset within +/- MAX_OFFSET_MM, else LabelLimitError."""
    if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
        raise LabelLimitError(
            f"{name} must be a number of mm from -{MAX_OFFSET_MM:g} to {MAX_OFFSET_MM:g}"
        )
    return value


def check_copies(copies: int, name: str = "Copies") -> int:
    if not 1 <= copies <= MAX_COPIES:
        raise LabelLimitError(f"{name} must be from 1 to {MAX_COPIES} per contact")
    return copies


def check_total(entries: int, copies: int) -> None:
    """Refuse a run of more than MAX_LABELS labels before any of them is laid out."""
    if entries * copies > MAX_LABELS:
        raise LabelLimitError(
            f"{entries} contact(s) x {copies} copies is {entries * copies:,} labels; "
            f"at most {MAX_LABELS:,} can be printed in one run"
        )


def check_options(options: LabelOptions) -> None:
    """Raise :class:`LabelLimitError` for copies or offsets outside the limits."""
    check_copies(options.copies)
    check_offset(options.offset_x_mm, "The offset right")
    check_offset(options.offset_y_mm, "The offset down")


@dataclass(frozen=True)
class LeftOut:
    """A contact that got no label, so the user can fix it."""

    contact_id: int | None
    name: str
    reason: str


@dataclass
class LabelResult:
    labels: int = 0
    pages: int = 0
    left_out: list[LeftOut] = field(default_factory=list)
    cancelled: bool = False
