"""The dashboard a manager opens first: follow-ups, the pipeline with weighted value, deals
closing this month, contacts by lifecycle stage, churn this year against last, neglected
customers, campaign response rates and the data-quality counts, each count a click away from
the contacts behind it. The numbers are :func:`rolodex.sales.dashboard.load`'s — the same
services ``rolodex report`` and ``rolodex pipeline`` print. Exports as PDF."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rolodex.clock import Clock, SystemClock
from rolodex.sales import dashboard, money, quality, retention
from rolodex.sales.dashboard import Dashboard
from rolodex.services.crm.lookup import contact_names
from rolodex.ui.sales.charts import bars, pie
from rolodex.ui.sales.money_text import show_money
from rolodex.ui.sales.stage_names import shown_stage
from rolodex.ui.worker import run_in_background


class DashboardView(QWidget):
    """The dashboard; ``open_contact_requested`` when a contact in a list is opened."""

    open_contact_requested = Signal(int)
    loaded = Signal()  # the numbers arrived and are shown
    quality_loaded = Signal()  # and the data-quality counts too

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.clock = clock or SystemClock()
        self.data: Dashboard | None = None
        self.page = QWidget()
        self.grid = QGridLayout(self.page)
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        buttons = QHBoxLayout()
        refresh, export = QPushButton(self.tr("&Refresh")), QPushButton(self.tr("E&xport as PDF…"))
        self.refresh_button, self._swept = refresh, False
        refresh.clicked.connect(self.reload)
        export.clicked.connect(self.export_pdf)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.reload()

    def lifecycle_names(self) -> dict[str, str]:
        return {
            "lead": self.tr("Leads"), "prospect": self.tr("Prospects"),
            "customer": self.tr("Customers"), "former_customer": self.tr("Former customers"),
        }  # fmt: skip

    def quality_names(self) -> dict[str, str]:
        return {
            "no_way_to_reach": self.tr("No way to reach them"),
            "invalid_emails": self.tr("Invalid emails"),
            "unparsable_phones": self.tr("Phones that do not parse"),
            "missing_postcode": self.tr("Addresses without a postcode"),
            "suspected_duplicates": self.tr("Suspected duplicates"),
            "never_contacted": self.tr("Never contacted"),
        }

    def reload(self) -> None:
        """Read every number again on the worker thread: a placeholder shows until the
        numbers arrive, the data-quality panel until its counts do (they take longest)."""
        clock = self.clock
        if self.data is None:
            self._clear()
            self.placeholder = QLabel(self.tr("Reading the numbers…"))
            self.grid.addWidget(self.placeholder, 0, 0)
        self.refresh_button.setEnabled(False)
        run_in_background(self, lambda _p, _c: dashboard.load(clock, apply_rules=False, with_quality=False),
                          self._loaded)  # fmt: skip
        run_in_background(self, lambda _p, _c: quality.counts(), self._quality_loaded)

    def _loaded(self, data: Dashboard) -> None:
        counts = self.data.quality if self.data is not None else None
        self.data = dataclasses.replace(data, quality=counts)
        self._clear()
        self._fill(self.data)
        self.loaded.emit()

    def _quality_loaded(self, counts: dict[str, int]) -> None:
        if self.data is None:
            return
        self.data = dataclasses.replace(self.data, quality=counts)
        old = self.quality_box
        self.quality_box = self._quality(self.data)
        self.grid.replaceWidget(old, self.quality_box)
        old.deleteLater()
        self.refresh_button.setEnabled(True)
        self.quality_loaded.emit()
        if not self._swept:  # the day's lifecycle rules, then the numbers again if they moved
            self._swept = True
            now = self.clock.now()
            run_in_background(self, lambda _p, _c: dashboard.rules_once_a_day(now),
                              lambda changed: changed and self.reload())  # fmt: skip

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()

    def _fill(self, d: Dashboard) -> None:
        self.grid.addWidget(self._followups(d), 0, 0)
        self.grid.addWidget(self._closing(d), 0, 1)
        self.grid.addWidget(self._pipeline(d), 1, 0, 1, 2)
        self.grid.addWidget(self._lifecycle(d), 2, 0)
        self.grid.addWidget(self._churn(d), 2, 1)
        self.grid.addWidget(self._campaigns(d), 3, 0)
        self.quality_box = self._quality(d)
        self.grid.addWidget(self.quality_box, 3, 1)

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _followups(self, d: Dashboard) -> QGroupBox:
        f = d.followups
        table = QGridLayout()
        heads = (self.tr("Mine"), self.tr("Team"))
        rows = ((self.tr("Overdue"), f.overdue_mine, f.overdue),
                (self.tr("Due this week"), f.due_this_week_mine, f.due_this_week))  # fmt: skip
        for column, head in enumerate(heads, 1):
            table.addWidget(QLabel(f"<b>{head}</b>"), 0, column, Qt.AlignmentFlag.AlignRight)
        for line, (name, mine, team) in enumerate(rows, 1):
            table.addWidget(QLabel(name), line, 0)
            for column, number in enumerate((mine, team), 1):
                cell = QLabel(QLocale().toString(number))
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                table.addWidget(cell, line, column)
        holder = QWidget()
        holder.setLayout(table)
        neglected = self._link(
            self.tr("Neglected customers (%1 days): %2")
            .replace("%1", str(dashboard.NEGLECT_DAYS))
            .replace("%2", str(d.neglected)),
            self._neglected_ids,
        )
        return self._box(self.tr("Follow-ups"), holder, neglected)

    def _closing(self, d: Dashboard) -> QGroupBox:
        count, value = d.closing_this_month
        text = self.tr("%n deal(s) expected to close this month", "", count)
        total = QLabel(show_money(value, d.pipeline.currency))
        total.setStyleSheet("font-size: 16pt")
        return self._box(self.tr("Closing this month"), QLabel(text), total)

    def _pipeline(self, d: Dashboard) -> QGroupBox:
        cur = d.pipeline.currency
        names = [shown_stage(r.stage.name) for r in d.pipeline.rows]
        values = [float(money.to_decimal(r.totals.value_minor, cur)) for r in d.pipeline.rows]
        weighted = [float(money.to_decimal(r.totals.weighted_minor, cur)) for r in d.pipeline.rows]
        chart = bars(self.tr("Pipeline by stage (%1)").replace("%1", cur), names,
                     {self.tr("Value"): values, self.tr("Weighted"): weighted})  # fmt: skip
        others = sorted({c for r in d.pipeline.rows for c in r.other})
        note = QLabel(
            self.tr("Deals in %1 are not converted: see the board.").replace(
                "%1", ", ".join(others)
            )
        )
        note.setVisible(bool(others))
        return self._box(self.tr("Pipeline"), chart, note)

    def _lifecycle(self, d: Dashboard) -> QGroupBox:
        names = self.lifecycle_names()
        return self._box(self.tr("Contacts by lifecycle stage"),
                         pie("", {names[k]: n for k, n in d.lifecycle.items()}))  # fmt: skip

    def _churn(self, d: Dashboard) -> QGroupBox:
        years = [str(d.churn_last_year.year), str(d.churn_this_year.year)]
        rates = [100 * (r.churn_rate or 0.0) for r in (d.churn_last_year, d.churn_this_year)]
        chart = bars(self.tr("Churn (%)"), years, {self.tr("Churn"): rates}, " %", 100.0)
        text = self.tr("This year: %1 customers at the start, %2 lost, %3 won")
        now = d.churn_this_year
        line = QLabel(
            text.replace("%1", str(now.customers_at_start))
            .replace("%2", str(now.lost))
            .replace("%3", str(now.won))
        )
        return self._box(self.tr("Retention"), chart, line)

    def _campaigns(self, d: Dashboard) -> QGroupBox:
        if not d.campaigns:
            return self._box(
                self.tr("Campaign response rates"), QLabel(self.tr("No campaign sent yet."))
            )
        names = [c.name for c in d.campaigns]
        rates = [100 * (c.response_rate or 0.0) for c in d.campaigns]
        return self._box(
            self.tr("Campaign response rates"),
            bars("", names, {self.tr("Response rate"): rates}, " %", 100.0),
        )

    def _quality(self, d: Dashboard) -> QGroupBox:
        if d.quality is None:
            return self._box(self.tr("Data quality"), QLabel(self.tr("Counting…")))
        names = self.quality_names()
        links = [
            self._link(f"{names[k]}: {n}", lambda k=k: quality.contacts(k))
            for k, n in d.quality.items()
        ]
        return self._box(self.tr("Data quality"), *links)

    def _link(self, text: str, ids: Any) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setStyleSheet("text-align: left; color: palette(link)")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.show_list(text, ids()))
        return button

    def _neglected_ids(self) -> list[int]:
        found = retention.neglected(dashboard.NEGLECT_DAYS, self.clock.now())
        return [n.contact_id for n in found]

    def show_list(self, title: str, ids: list[int]) -> None:
        """The contacts behind a number; double-click (or Enter) opens one."""
        dialog = ContactListDialog(title, ids, self)
        dialog.open_contact_requested.connect(self.open_contact_requested)
        dialog.show()

    def export_pdf(self, path: str | None = None) -> str | None:
        """Print the dashboard onto an A4 landscape page of a PDF; returns the path."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export dashboard"), "dashboard.pdf", "PDF (*.pdf)"
            )
            if not path:
                return None
        write_pdf(self.page, path)
        return path


def write_pdf(widget: QWidget, path: str) -> None:
    """``widget`` scaled to fit an A4 landscape page."""
    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
        )
    )
    writer.setResolution(150)
    writer.setCreator("Rolodex")
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = min(page.width() / max(widget.width(), 1), page.height() / max(widget.height(), 1))
    painter.scale(scale, scale)
    widget.render(painter, QPoint(0, 0))
    painter.end()


class ContactListDialog(QDialog):
    """A list of contacts by name (a list model, no item widgets)."""

    open_contact_requested = Signal(int)

    def __init__(self, title: str, ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ids = ids
        self.model = QStringListModel(contact_names(ids))
        view = QListView()
        view.setModel(self.model)
        view.activated.connect(
            lambda index: self.open_contact_requested.emit(self.ids[index.row()])
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n contact(s)", "", len(ids))))
        layout.addWidget(view)
        self.resize(360, 420)


def open_dashboard(parent: Any) -> DashboardView:
    """The dashboard in its own window."""
    view = DashboardView(parent)
    view.setWindowFlag(Qt.WindowType.Window)
    view.resize(1100, 900)
    view.show()
    return view
