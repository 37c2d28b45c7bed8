"""People: everyone quoted across the library; choosing a person lists all they said."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from reader.library import Library
from reader.library.people import Person, people, quotes_by


class PeopleDialog(QDialog):
    """Left: people by number of articles. Right: the chosen person's quotes; activate one to read it."""

    quote_requested = Signal(int, int)  # article id, offset of the quote in its text

    def __init__(self, library: Library, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("People quoted in your library")
        self.resize(900, 560)
        self._library = library
        self._people: list[Person] = people(library)
        self.filter_box = QLineEdit(placeholderText="Find a person…", clearButtonEnabled=True)
        self.people_list = QListWidget()
        self.quote_list = QListWidget(wordWrap=True)
        self.quote_list.setSpacing(4)
        self.heading = QLabel("Choose a person to see what they said.")
        self.heading.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.quote_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_box)
        left_layout.addWidget(self.people_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.filter_box.textChanged.connect(self._fill_people)
        self.people_list.currentItemChanged.connect(lambda item, _: self.show_person(item))
        self.quote_list.itemActivated.connect(self._open_quote)
        self.quote_list.itemDoubleClicked.connect(self._open_quote)
        self._fill_people()

    def _fill_people(self, text: str = "") -> None:
        self.people_list.clear()
        wanted = text.strip().lower()
        for person in self._people:
            if wanted and wanted not in person.name.lower():
                continue
            articles = f"{person.articles} article{'s' if person.articles != 1 else ''}"
            quotes = f"{person.quotes} quote{'s' if person.quotes != 1 else ''}"
            item = QListWidgetItem(f"{person.name}\n{articles} · {quotes}")
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setToolTip(person.role or "")
            self.people_list.addItem(item)
        if not self._people:
            self.heading.setText("Nobody is quoted in your library yet.")

    def show_person(self, item: QListWidgetItem | None) -> None:
        self.quote_list.clear()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        person = next(p for p in self._people if p.name == name)
        self.heading.setText(f"<b>{name}</b>{' — ' + person.role if person.role else ''}")
        for said in quotes_by(self._library, name):
            entry = QListWidgetItem(f"“{said.quote}”\n— {said.title or 'Untitled'}")
            entry.setData(Qt.ItemDataRole.UserRole, (said.article_id, said.start))
            entry.setToolTip("Open the article at this quote")
            self.quote_list.addItem(entry)

    def _open_quote(self, item: QListWidgetItem) -> None:
        article_id, start = item.data(Qt.ItemDataRole.UserRole)
        self.quote_requested.emit(int(article_id), int(start))
