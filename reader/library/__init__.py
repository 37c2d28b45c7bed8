"""The SQLite library: schema, migrations and every query. Never imports Qt."""

from reader.library.errors import LibraryError
from reader.library.store import Library, default_library_path

__all__ = ["Library", "LibraryError", "default_library_path"]
