"""Photos from Thunderbird: a vCard 3.0 ``PHOTO:`` with bare base64 (no ENCODING, as
Thunderbird writes it) is imported and shown in the editor; a wide photo fills the circle,
cropped around its centre, neither squashed nor letterboxed."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPixmap
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.contacts import ContactService
from rolodex.services.importing.service import run_import
from rolodex.ui.contact_editor.editor import ContactEditor
from rolodex.ui.contact_editor.photo import PHOTO_SIZE, round_photo

DATA = Path(__file__).resolve().parents[1] / "data" / "vcard"
RED, GREEN, BLUE = QColor(220, 0, 0), QColor(0, 200, 0), QColor(0, 0, 220)


def striped_png(width: int = 300, height: int = 100) -> bytes:
    """A wide picture: red left third, green middle third, blue right third."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    third = width // 3
    for x in range(width):
        colour = RED if x < third else GREEN if x < 2 * third else BLUE
        for y in range(height):
            image.setPixelColor(x, y, colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def thunderbird_card(path: Path, photo: bytes) -> Path:
    encoded = base64.b64encode(photo).decode("ascii")
    folded = "\r\n ".join(encoded[i : i + 74] for i in range(0, len(encoded), 74))
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nN:Nordmann;Kari;;;\r\n"
        f"PHOTO:{folded}\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def shown_photo(editor: ContactEditor) -> QImage:
    pixmap: QPixmap = editor.photo.image.pixmap()
    assert not pixmap.isNull(), "the editor shows initials, not the photo"
    return pixmap.toImage()


def near(actual: QColor, expected: QColor) -> bool:
    pairs = ((actual.red(), expected.red()), (actual.green(), expected.green()),
             (actual.blue(), expected.blue()))  # fmt: skip
    return all(abs(a - e) < 40 for a, e in pairs)


def open_imported(tmp_path: Path, qtbot: QtBot, card: Path) -> ContactEditor:
    result = run_import([card])
    assert result.imported == 1
    service = ContactService()
    contact_id = service.ids()[0]
    data = service.get(contact_id)
    assert data is not None and data.photo
    editor = ContactEditor(service)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(data)
    return editor


def test_a_wide_thunderbird_photo_is_shown_centre_cropped_to_the_circle(
    book: StoreInfo, qtbot: QtBot, tmp_path: Path
) -> None:
    card = thunderbird_card(tmp_path / "kari.vcf", striped_png())
    image = shown_photo(open_imported(tmp_path, qtbot, card))
    ratio = image.width() / PHOTO_SIZE
    middle, left_edge = round(PHOTO_SIZE / 2 * ratio), round(4 * ratio)
    assert near(image.pixelColor(middle, middle), GREEN)
    # the circle's left and right rims are the picture's middle third (cropped), not red/blue
    # (squashed) and not empty (letterboxed); the corners outside the circle stay clear
    assert near(image.pixelColor(left_edge, middle), GREEN)
    assert near(image.pixelColor(image.width() - 1 - left_edge, middle), GREEN)
    assert near(image.pixelColor(middle, left_edge), GREEN)
    assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize(("name", "mime"), [("v3-binary-jpeg", "jpeg"), ("v3-binary-png", "png")])
def test_thunderbirds_own_binary_photo_cards_show_their_photo(
    book: StoreInfo, qtbot: QtBot, tmp_path: Path, name: str, mime: str
) -> None:
    editor = open_imported(tmp_path, qtbot, DATA / f"{name}.vcf")
    assert editor.photo.mime == f"image/{mime}"
    assert editor.photo.remove.isEnabled()
    shown_photo(editor)


def test_round_photo_refuses_bytes_that_are_not_an_image(qapp) -> None:  # type: ignore[no-untyped-def]
    assert round_photo(b"not an image", PHOTO_SIZE) is None
