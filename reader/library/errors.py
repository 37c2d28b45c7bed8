"""Failures of the library file itself (as opposed to a page being imported)."""

from reader.core.errors import ReaderError


class LibraryError(ReaderError):
    """The library cannot be opened or written: read-only, full disk, damaged, locked."""
