"""What the user chose for a label run (:class:`LabelOptions`) and what came of it
(:class:`LabelResult`): labels printed, pages, and contacts left out with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

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
