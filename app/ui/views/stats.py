"""Study statistics as charts (QtCharts): reviews per day, retention, the 30-day forecast and the streak."""

from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.data.changes import CARD, Changes
from app.services.study import StudyStats
from app.ui.context import UiContext

BAR_COLOUR = "#1e63d6"
LINE_COLOUR = "#2e9d3a"
FORECAST_COLOUR = "#8e3cc8"


def _chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(110)  # three fit in a 650-pixel-high window
    return view


def _short_days(days: list[str]) -> list[str]:
    """Day-of-month labels (thirty dates do not fit under the bars), made unique for the category axis:
    across February the same day number comes twice, so the second gets an invisible zero-width space."""
    labels: list[str] = []
    for day in days:
        label = day[8:].lstrip("0")
        while label in labels:
            label += "\u200b"
        labels.append(label)
    return labels


def count_axis(highest: float) -> tuple[int, int]:
    """The top of an axis of counts and the step between its ticks: whole numbers 1, 2, 5, 10, 20, 50 … apart,
    at most six ticks (0 to 5 steps)."""
    top = max(1, math.ceil(highest))
    scale = 1
    while True:
        for step in (scale, 2 * scale, 5 * scale):
            if math.ceil(top / step) <= 5:
                return math.ceil(top / step) * step, step
        scale *= 10


class StatsPanel(QWidget):
    """The charts; `refresh()` computes the statistics in a worker (a query operation)."""

    stats_shown = Signal()  # after new statistics are on screen (tests wait on it)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("study-stats")
        self.stats: StudyStats | None = None
        self.streak = QLabel()
        self.streak.setObjectName("study-streak")
        self.streak.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reviews_view = _chart_view("")
        self.retention_view = _chart_view("")
        self.forecast_view = _chart_view("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.streak)
        layout.addWidget(self.summary)
        # One chart per row: at full width a label fits under each of the thirty bars.
        for view in (self.reviews_view, self.retention_view, self.forecast_view):
            layout.addWidget(view, 1)
        ctx.ops.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.reviews_view.chart().setTitle(self.tr("Reviews per day"))
        self.retention_view.chart().setTitle(self.tr("Retention (learned cards recalled)"))
        self.forecast_view.chart().setTitle(self.tr("Due in the next 30 days"))
        if self.stats is not None:
            self._show_numbers(self.stats)
            self._retention(self.stats)  # its axis title
        else:
            self.streak.setText(self.tr("Loading statistics…"))

    def refresh(self) -> None:
        from app.services.study import study_stats

        self.ctx.ops.query(lambda app: study_stats(app.study_store), name="study-stats", on_done=self.show_stats)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """Reviews or cards changed (a grade, an undo, a restore): the charts follow while they are shown."""
        if changes.touches(CARD) and self.isVisible():
            self.refresh()

    def show_stats(self, stats: StudyStats) -> None:
        self.stats = stats
        self._show_numbers(stats)
        self._bars(self.reviews_view.chart(), _short_days(stats.days), [float(n) for n in stats.reviews], BAR_COLOUR)
        self._retention(stats)
        forecast = [float(n) for _d, n in stats.forecast]
        self._bars(self.forecast_view.chart(), _short_days([d for d, _n in stats.forecast]), forecast, FORECAST_COLOUR)
        self.stats_shown.emit()

    def _show_numbers(self, stats: StudyStats) -> None:
        streak = self.tr("Days in a row: {days}").replace("{days}", str(stats.streak))
        self.streak.setText(f"<span style='font-size:22px'><b>{streak}</b></span>")
        text = self.tr("Reviews: {total} in all, {today} today · cards: {new} new, {review} in review")
        for key, value in (
            ("{total}", str(stats.total_reviews)),
            ("{today}", str(stats.reviews[-1] if stats.reviews else 0)),
            ("{new}", str(stats.cards["new"])),
            ("{review}", str(stats.cards["review"])),
        ):
            text = text.replace(key, value)
        if stats.period_retention is None:
            retention = self.tr("retention: no reviews of learned cards yet")
        else:
            retention = self.tr("retention {percent}").replace("{percent}", f"{stats.period_retention:.0%}")
        text += " · " + retention
        self.summary.setText(text)

    @staticmethod
    def _reset(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _bars(self, chart: QChart, labels: list[str], values: list[float], colour: str) -> None:
        self._reset(chart)
        bars = QBarSet("")
        bars.append(values)
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        x.setLabelsFont(self._small_font())
        y = QValueAxis()
        top, step = count_axis(max(values, default=0.0))
        y.setRange(0, top)
        y.setTickCount(top // step + 1)  # whole numbers, each once: 0, 1, 2 (never 0, 0, 1, 1, 2)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _retention(self, stats: StudyStats) -> None:
        chart = self.retention_view.chart()
        self._reset(chart)
        line = QLineSeries()
        line.setPen(QPen(QColor(LINE_COLOUR), 2.5))
        line.setPointsVisible(True)
        for i, value in enumerate(stats.retention):
            if value is not None:  # days without reviews of learned cards leave a gap in the data, not a zero
                line.append(float(i), value * 100)
        chart.addSeries(line)
        x = QValueAxis()
        x.setRange(0, max(1, len(stats.days) - 1))
        x.setLabelFormat("%d")
        if any(value is not None for value in stats.retention):
            x.setTitleText(self.tr("last 30 days, today on the right"))
        else:  # an empty chart says why it is empty
            x.setTitleText(
                self.tr("No learned card was reviewed in the last 30 days: the line starts once one comes back.")
            )
        x.setLabelsVisible(False)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(x)
        line.attachAxis(y)

    def _small_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        return font
