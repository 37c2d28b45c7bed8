"""Article Reader: read the news pages you saved, cleanly and offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("article-reader")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_ID = "io.github.articlereader.ArticleReader"
APP_NAME = "Article Reader"
