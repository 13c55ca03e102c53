"""Annotated text as ruby: pinyin above each character, tone colours, one list row per paragraph.

A QListView with a painting delegate keeps a 100,000-character text smooth:
only visible rows are painted, and row layouts are computed once per width.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.line_break import Piece
from app.core.line_break import layout as break_lines
from app.core.pinyin import DEFAULT_TONE_COLOURS, PinyinStyle, tone_of
from app.core.text import to_traditional
from app.services.annotate import Row, Token, TokenKind

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 6.0
_WORD_GAP = 7.0
_CELL_PAD = 2.0


class RubyModel(QAbstractListModel):
    """Rows of annotated text; rows arrive in batches while annotation runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return "".join(t.text for t in row.tokens)
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


@dataclass
class RubyOptions:
    style: PinyinStyle = PinyinStyle.MARKS
    show_pinyin: bool = True
    traditional: bool = False
    sandhi: bool = False
    colours_enabled: bool = True
    colours: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TONE_COLOURS))
    font_size: int = 20


@dataclass
class _Cell:
    text: str
    pinyin: str
    tone: str
    x: float
    width: float


@dataclass
class _Box:
    token_index: int
    rect: QRectF
    cells: list[_Cell]


@dataclass
class _Layout:
    boxes: list[_Box]
    height: float


class RubyDelegate(QStyledItemDelegate):
    """Lays out and paints one row of tokens; remembers layouts per (row, width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = RubyOptions()
        self.hovered: tuple[int, int] | None = None  # (row, token index)
        self.pinned: tuple[int, int] | None = None  # the clicked word the side panel stays on
        self._cache: dict[tuple[int, int], _Layout] = {}
        self.view_width = 600  # the viewport's width; rows wrap to it
        self._sizes: dict[int, QSize] = {}  # row number → size at view_width, estimated or exact
        self._exact: set[int] = set()  # rows whose size in _sizes comes from a real layout
        self._widths: dict[tuple[bool, str], float] = {}
        self.set_options(self.options)

    def set_options(self, options: RubyOptions) -> None:
        self.options = options
        self.han_font = QFont()
        self.han_font.setPixelSize(options.font_size)
        self.pinyin_font = QFont()
        # Zhuyin symbols are full-width glyphs stacked three or four to a syllable: a little larger, and each
        # cell gets room either side so that neighbouring syllables do not run together.
        zhuyin = options.style is PinyinStyle.ZHUYIN
        self.pinyin_font.setPixelSize(max(11 if zhuyin else 9, round(options.font_size * (0.62 if zhuyin else 0.55))))
        self._han_fm = QFontMetricsF(self.han_font)
        self._pin_fm = QFontMetricsF(self.pinyin_font)
        self._cell_pad = _CELL_PAD + (0.45 * self.pinyin_font.pixelSize() if zhuyin and options.show_pinyin else 0.0)
        self.clear_cache()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._sizes.clear()
        self._exact.clear()
        self._widths.clear()

    def _width(self, text: str, pinyin: bool) -> float:
        key = (pinyin, text)
        width = self._widths.get(key)
        if width is None:
            width = (self._pin_fm if pinyin else self._han_fm).horizontalAdvance(text)
            self._widths[key] = width
        return width

    @property
    def line_height(self) -> float:
        pinyin = self._pin_fm.height() if self.options.show_pinyin else 0.0
        return pinyin + self._han_fm.height() + 6.0

    def _cells(self, token: Token) -> list[_Cell]:
        shown = to_traditional(token.text) if self.options.traditional else token.text
        if token.kind is not TokenKind.HAN or len(shown) != len(token.text):
            return [_Cell(shown, "", "", 0.0, self._width(shown, False))]
        syllables = token.syllables(self.options.style, self.options.sandhi) if self.options.show_pinyin else []
        cells = []
        for i, ch in enumerate(shown):
            reading = token.readings[i] if i < len(token.readings) else None
            pinyin = syllables[i] if syllables else ""
            width = max(self._width(ch, False), self._width(pinyin, True) if pinyin else 0.0)
            cells.append(_Cell(ch, pinyin, tone_of(reading) if reading else "", 0.0, width + self._cell_pad))
        return cells

    def layout(self, row_number: int, row: Row, width: float) -> _Layout:
        key = (row_number, int(width))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        avail = max(60.0, width - 2 * _PAD)
        line_h = self.line_height
        # Words are pieces for the line breaker (kinsoku: ，。 never start a line, “（ never end one).
        pieces: list[Piece] = []
        placed_tokens: list[tuple[int, list[_Cell], float]] = []
        before = 0.0
        for index, token in enumerate(row.tokens):
            if token.kind is TokenKind.SPACE:
                before += self._width(" ", False)
                continue
            cells = self._cells(token)
            total = sum(c.width for c in cells)
            cx = 0.0  # cells are placed relative to their box
            for cell in cells:
                cell.x = cx
                cx += cell.width
            pieces.append(Piece(token.text, total, before))
            placed_tokens.append((index, cells, total))
            before = _WORD_GAP if token.kind is TokenKind.HAN else 2.0
        boxes: list[_Box] = []
        lines = 0
        for (index, cells, total), place in zip(placed_tokens, break_lines(pieces, avail), strict=True):
            y = place.line * line_h
            boxes.append(_Box(index, QRectF(_PAD + place.x, _PAD / 2 + y, total, line_h), cells))
            lines = place.line
        result = _Layout(boxes, lines * line_h + line_h + _PAD)
        self._cache[key] = result
        return result

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Rows not yet painted get an estimate that costs next to nothing; the exact layout is made
        # when a row is first painted, and a different height is reported then (sizeHintChanged).
        # QListView asks every row again whenever rows are appended, so this is what keeps a
        # 100,000-character text from stalling the GUI thread.
        number = index.row()
        size = self._sizes.get(number)
        if size is None:
            size = QSize(int(self.view_width), self._estimate_height(index.data(ROW_ROLE)))
            self._sizes[number] = size
        return size

    def _estimate_height(self, row: Row) -> int:
        em = float(self.options.font_size)
        han = (1.15 * em + _CELL_PAD) if self.options.show_pinyin else (em + _CELL_PAD)
        total = 0.0
        for token in row.tokens:
            if token.kind is TokenKind.HAN:
                total += len(token.text) * han + _WORD_GAP
            else:
                total += len(token.text) * 0.55 * em + 2.0
        lines = max(1, int(total // max(60.0, self.view_width - 2 * _PAD)) + 1)
        return int(lines * self.line_height + _PAD + 0.5)

    def _exact_size(self, index: QModelIndex | QPersistentModelIndex, layout: _Layout) -> None:
        """Replace a row's estimated size by its real one, telling the view if it changed."""
        number = index.row()
        if number in self._exact:
            return
        self._exact.add(number)
        exact = QSize(int(self.view_width), int(layout.height + 0.5))
        if self._sizes.get(number) != exact:
            self._sizes[number] = exact
            self.sizeHintChanged.emit(index)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: Row = index.data(ROW_ROLE)
        layout = self.layout(index.row(), row, self.view_width)
        self._exact_size(index, layout)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.Text)
        pin_h = self._pin_fm.height() if self.options.show_pinyin else 0.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        origin = option.rect.topLeft()
        for box in layout.boxes:
            rect = box.rect.translated(origin)
            if not rect.intersects(QRectF(option.rect)):
                continue
            key = (index.row(), box.token_index)
            if key == self.pinned:  # the pinned word: a solid highlight and a frame, unlike the hover tint
                highlight = palette.color(QPalette.ColorRole.Highlight)
                painter.fillRect(rect, highlight.lighter(175))
                painter.setPen(QPen(highlight, 2.0))
                painter.drawRect(rect.adjusted(1.0, 1.0, -1.0, -1.0))
            elif key == self.hovered:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            if row.slang and row.slang_at(row.tokens[box.token_index]):  # slang: an amber underline
                painter.fillRect(QRectF(rect.left(), rect.bottom() - 3, rect.width(), 2.5), QColor("#f0a020"))
            for cell in box.cells:
                colour = self._colour(cell.tone, text_colour)
                cell_rect = QRectF(rect.left() + cell.x, rect.top(), cell.width, pin_h)
                if cell.pinyin:
                    painter.setFont(self.pinyin_font)
                    painter.setPen(colour)
                    painter.drawText(
                        cell_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, cell.pinyin
                    )
                painter.setFont(self.han_font)
                painter.setPen(colour)
                han_rect = QRectF(cell_rect.left(), rect.top() + pin_h, cell.width, self._han_fm.height())
                painter.drawText(han_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, cell.text)
        painter.restore()

    def _colour(self, tone: str, default: QColor) -> QColor:
        if tone and self.options.colours_enabled:
            return QColor(self.options.colours.get(tone, default.name()))
        return default

    def token_at(self, row_number: int, row: Row, width: float, pos: QPoint) -> int | None:
        for box in self.layout(row_number, row, width).boxes:
            if box.rect.contains(pos.toPointF()):
                return box.token_index
        return None


class RubyView(QListView):
    """Shows rows of tokens; tells when the pointer is over a token and when one is clicked."""

    token_hovered = Signal(object)  # Token or None
    token_clicked = Signal(object)
    background_clicked = Signal()  # a click beside the words (it releases a pinned word)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ruby_model = RubyModel(self)
        self.delegate = RubyDelegate(self)
        self.setModel(self.ruby_model)
        self.setItemDelegate(self.delegate)
        self.setMouseTracking(True)
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setLayoutMode(QListView.LayoutMode.Batched)  # lay out long texts in slices
        self.setBatchSize(60)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.clicked_key: tuple[int, int] | None = None  # (row, token index) of the last word clicked

    def set_options(self, options: RubyOptions) -> None:
        self.delegate.set_options(options)
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = self.viewport().width()
        if width != self.delegate.view_width:
            self.delegate.view_width = width
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)

    def set_rows(self, rows: list[Row]) -> None:
        self.delegate.clear_cache()  # layouts are cached by row number
        self.delegate.hovered = None
        self.delegate.pinned = None
        self.ruby_model.set_rows(rows)

    def set_pinned(self, key: tuple[int, int] | None) -> None:
        """Mark a word as pinned (drawn framed and highlighted), or none."""
        if key != self.delegate.pinned:
            self.delegate.pinned = key
            self.viewport().update()

    @property
    def pinned(self) -> tuple[int, int] | None:
        return self.delegate.pinned

    def anchor(self) -> tuple[int, int] | None:
        """The row at the top of the viewport and how far its top is above the viewport's (to restore later)."""
        count = self.ruby_model.rowCount()
        if not count:
            return None
        lo, hi = 0, count - 1  # the first row whose bottom is below the viewport's top (rows are in order)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.visualRect(self.ruby_model.index(mid)).bottom() < 0:
                lo = mid + 1
            else:
                hi = mid
        return lo, -self.visualRect(self.ruby_model.index(lo)).top()

    def restore_anchor(self, anchor: tuple[int, int]) -> bool:
        """Scroll so that row `anchor[0]` is where it was (the last row if there are fewer now)."""
        row, offset = anchor
        if not self.ruby_model.rowCount():
            return False
        if row >= self.ruby_model.rowCount():  # the text got shorter than where the view was: its end
            row, offset = self.ruby_model.rowCount() - 1, 0
        self._layout_now()  # the rows' positions, before scrolling to one of them
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(self.ruby_model.index(row)).top() + offset)
        return True

    def append_rows(self, rows: list[Row]) -> None:
        bar = self.verticalScrollBar()
        value = bar.value()
        self.ruby_model.append_rows(rows)
        if value:  # a batched re-layout would clamp the scroll position while it is half done
            self._layout_now()
            bar.setValue(value)

    def _layout_now(self) -> None:
        """Lay out every row in one pass (cheap: rows not yet painted have estimated sizes)."""
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.doItemsLayout()
        self.setLayoutMode(QListView.LayoutMode.Batched)

    def _token_at(self, pos: QPoint) -> tuple[tuple[int, int], Token] | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        row: Row = index.data(ROW_ROLE)
        rect = self.visualRect(index)
        local = pos - rect.topLeft()
        token_index = self.delegate.token_at(index.row(), row, self.delegate.view_width, local)
        if token_index is None:
            return None
        return (index.row(), token_index), row.tokens[token_index]

    def token_position(self, row_number: int, token_index: int) -> QPoint | None:
        """Where a token is drawn, in viewport coordinates (tests and tooltips use it)."""
        index = self.ruby_model.index(row_number)
        rect = self.visualRect(index)
        for box in self.delegate.layout(row_number, self.ruby_model.rows[row_number], self.delegate.view_width).boxes:
            if box.token_index == token_index:
                return (box.rect.center().toPoint()) + rect.topLeft()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        found = self._token_at(event.position().toPoint())
        key = found[0] if found else None
        if key != self.delegate.hovered:
            self.delegate.hovered = key
            self.viewport().update()
            self.token_hovered.emit(found[1] if found else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        found = self._token_at(event.position().toPoint())
        if found:
            self.clicked_key = found[0]
            self.token_clicked.emit(found[1])
        else:
            self.background_clicked.emit()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.delegate.hovered is not None:
            self.delegate.hovered = None
            self.viewport().update()
