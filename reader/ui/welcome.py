"""What the list shows when it has nothing to list: a first-run welcome, or "no matches"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

WELCOME = (
    "<h3>Your library is empty</h3>"
    "<p>Save a news article in your browser (<i>Save Page As…</i>, any format), "
    "then drop the file here — several at once, or a whole folder.</p>"
)
NO_MATCHES = "<h3>Nothing matches</h3><p>No article matches “{query}”.</p>"
NOTHING_IN_VIEW = "<h3>Nothing here</h3><p>No articles are {view}.</p>"
VIEW_WORDS = {"unread": "unread", "favourites": "marked as favourites", "archived": "archived"}


class EmptyListState(QWidget):
    """A message, and on first run an Import button and the app's icon."""

    import_requested = Signal()

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName("emptyList")
        self.icon = QLabel()
        if icon is not None and not icon.isNull():
            self.icon.setPixmap(icon.pixmap(96, 96))
        self.message = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton("Import Saved Pages…")
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_welcome(self) -> None:
        self.message.setText(WELCOME)
        self.icon.setVisible(True)
        self.import_button.setVisible(True)

    def show_no_matches(self, query: str, view: str) -> None:
        from html import escape

        if query:
            self.message.setText(NO_MATCHES.format(query=escape(query)))
        else:
            self.message.setText(NOTHING_IN_VIEW.format(view=VIEW_WORDS.get(view, "in this view")))
        self.icon.setVisible(False)
        self.import_button.setVisible(False)
