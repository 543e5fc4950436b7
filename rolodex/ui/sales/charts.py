"""Small QtCharts builders for the dashboard: bar charts readable in print (light theme, no
animation, values on the bars) and a pie for the lifecycle stages."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

CHART_HEIGHT = 230


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def view_of(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    return view


def bars(
    title: str,
    categories: list[str],
    sets: dict[str, list[float]],
    unit: str = "",
    top: float = 0.0,
) -> QChartView:
    """One group of bars per category, one bar per named set of values; ``top`` fixes the
    scale (100 for percentages)."""
    chart = _chart(title)
    series = QBarSeries()
    for name, values in sets.items():
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setLabelColor(QColor("#202020"))  # the theme's white vanished above the bars
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value" + unit)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    highest = max((max(v) for v in sets.values() if v), default=0.0)
    axis_y.setRange(0, top or (highest * 1.15 if highest else 1))
    if not top:
        axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    if len(sets) == 1:
        chart.legend().hide()
    return view_of(chart)


def pie(title: str, slices: dict[str, int]) -> QChartView:
    """A pie of counts, each slice labelled "name: count"."""
    chart = _chart(title)
    series = QPieSeries()
    for name, count in slices.items():
        if count:
            piece = series.append(f"{name}: {count}", count)
            piece.setLabelVisible(True)
    chart.addSeries(series)
    chart.legend().hide()
    return view_of(chart)
