"""The library list as a lazy Qt model: rows are fetched in windows, never all at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from reader.library import Library
from reader.library.records import ArticleSummary
from reader.library.store import RANK_WINDOW, Cursor

PAGE_SIZE = 200
SEARCH_LIMIT = 200
COLUMNS = ("Title", "Site", "Date", "Time")
SORT_KEYS = ("title", "site", "published", "reading")
DATE_COLUMN = 2

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    """Articles of the library (or of a search), loaded a page at a time as the view scrolls."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._query = ""
        self._filter = "all"
        self._sort = "published"
        self._descending = True  # newest first, as the view's header shows at start
        self._cursor: Cursor | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- what is shown -------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def filter_name(self) -> str:
        return self._filter

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    def set_filter(self, filter_name: str) -> None:
        self._filter = filter_name
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._query:
            self._rows = self._library.search(
                self._query,
                limit=SEARCH_LIMIT,
                filter_name=self._filter_for_search(),
                snippets=False,
                rank_window=RANK_WINDOW,
            )
            self._total = len(self._rows)
        else:
            self._total = self._library.count(self._filter)
            self._rows, self._cursor = self._page(after=None)
        self.endResetModel()

    def _filter_for_search(self) -> str:
        return "everything" if self._filter == "all" else self._filter

    def article_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == article_id), None)

    def summary(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._query and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more, cursor = self._page(after=self._cursor)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self._cursor = cursor
        self.endInsertRows()

    def _page(self, after: Cursor | None) -> tuple[list[ArticleSummary], Cursor | None]:
        return self._library.page(limit=PAGE_SIZE, after=after, sort=self._sort,
                                  filter_name=self._filter, descending=self._descending)  # fmt: skip

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title or "Untitled",
                row.site or "",
                (row.published or row.imported_at or "")[:10],
                f"{row.reading_minutes} min" if row.reading_minutes else "",
            )[column]
        if role == Qt.ItemDataRole.FontRole and not row.is_read:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        undated = column == DATE_COLUMN and not row.published
        if role == Qt.ItemDataRole.ToolTipRole and undated:
            return f"The page gives no date: imported {row.imported_at[:10]}"
        if role == Qt.ItemDataRole.ForegroundRole and undated:  # an import date, not a publication date
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "imported"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
