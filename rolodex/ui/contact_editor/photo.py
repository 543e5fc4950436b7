"""The photo box of the contact editor: shows the photo (or initials) in a circle, loads one
from a file (a damaged or unsupported file gets a clear message), and removes it.

:func:`round_photo` is the circle any view can use: a non-square photo is scaled to cover the
circle and cropped around its centre, never squashed or letterboxed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PHOTO_SIZE = 96
MAX_STORED_SIDE = 512
MAX_KEEP_BYTES = 256 * 1024
MIME = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}


class PhotoLoadError(Exception):
    """A file that is not an image Rolodex can read; the message says which and why."""


def read_photo(path: Path) -> tuple[bytes, str]:
    """(bytes, mime) of an image file, scaled down to at most 512 px when large."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PhotoLoadError(str(exc.strerror or exc)) from exc
    buffer = QBuffer()
    buffer.setData(QByteArray(raw))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)  # the buffer must outlive the reader
    fmt = bytes(reader.format().data()).decode().lower()
    image = reader.read()
    if image.isNull():
        raise PhotoLoadError(reader.errorString())
    if len(raw) <= MAX_KEEP_BYTES and fmt in MIME:
        return raw, MIME[fmt]
    return _as_jpeg(image), "image/jpeg"


def _as_jpeg(image: QImage) -> bytes:
    if max(image.width(), image.height()) > MAX_STORED_SIDE:
        image = image.scaled(
            MAX_STORED_SIDE,
            MAX_STORED_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)
    return bytes(buffer.data().data())


def round_photo(data: bytes, size: int, ratio: float = 1.0) -> QPixmap | None:
    """The photo in ``data`` as a ``size``-pixel circle (centre-cropped), or None when the bytes
    are not an image Qt can read. ``ratio`` is the screen's device pixel ratio."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    side = round(size * ratio)
    image = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip
    x, y = (image.width() - side) // 2, (image.height() - side) // 2
    square = image.copy(x, y, side, side)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawImage(0, 0, square)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PhotoBox(QWidget):
    """A square photo with "Choose…" and "Remove" buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: bytes | None = None
        self.mime = ""
        self.image = QLabel()
        self.image.setFixedSize(QSize(PHOTO_SIZE, PHOTO_SIZE))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("photo")
        self.choose = QToolButton()
        self.choose.setText(self.tr("Photo…"))
        self.choose.setAutoRaise(True)
        self.choose.setToolTip(self.tr("Choose a photo from a file"))
        self.choose.clicked.connect(self.choose_file)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAccessibleName(self.tr("Remove the photo"))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove the photo"))
        self.remove.clicked.connect(self.clear)
        self.image.setStyleSheet(
            "QLabel#photo { border-radius: 48px; background: palette(midlight);"
            " color: palette(dark); }"
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image)
        layout.addLayout(buttons)
        self._initials = ""

    def set_photo(self, data: bytes | None, mime: str, initials: str = "") -> None:
        self.photo, self.mime, self._initials = data, mime, initials
        self._show()

    def set_initials(self, initials: str) -> None:
        self._initials = initials
        if not self.photo:
            self._show()

    def _show(self) -> None:
        self.remove.setEnabled(bool(self.photo))
        pixmap = (
            round_photo(self.photo, PHOTO_SIZE, self.devicePixelRatioF()) if self.photo else None
        )
        if pixmap is not None:
            self.image.setPixmap(pixmap)
            return
        self.image.clear()
        self.image.setText(f"<span style='font-size:28pt'>{self._initials}</span>")

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Use the image in ``path``; explain and keep the old photo when it cannot be read."""
        try:
            data, mime = read_photo(path)
        except PhotoLoadError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot use this photo"),
                self.tr(
                    "“{name}” is not an image Rolodex can read: the file may be damaged or in "
                    "an unsupported format.\n\nDetails: {details}"
                ).format(name=path.name, details=str(exc)),
            )
            return False
        self.set_photo(data, mime, self._initials)
        self.changed.emit()
        return True

    def clear(self) -> None:
        self.set_photo(None, "", self._initials)
        self.changed.emit()
