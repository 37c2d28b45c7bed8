"""Load a saved page, in any format browsers write, into a :class:`SavedPage`.

The format is told by content first (magic bytes, MIME headers, markup) and by
the file name only where content cannot tell (a "Web Page, complete" save is
an HTML file plus its ``NAME_files`` folder).
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.charset import decode
from reader.core.errors import PageError
from reader.core.mhtml import load_mhtml, looks_like_mhtml
from reader.core.model import Resource, SavedPage
from reader.core.resources import decode_data_uri, guess_mime
from reader.core.webarchive import MAGIC as WEBARCHIVE_MAGIC
from reader.core.webarchive import load_webarchive

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused before they are read: no saved article is this big."""
MAX_MARKUP_CHARS = 12 * 1024 * 1024
"""Markup beyond this (inline images set aside) is not an article page."""
MAX_FOLDER_FILES = 5000
MAX_FOLDER_BYTES = 256 * 1024 * 1024
SNIFF_BYTES = 65536
"""How much of a file tells its format."""

PAGE_SUFFIXES = (
    ".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".webarchive", ".txt", ".html.gz",
    ".htm.gz", ".mhtml.gz",
)  # fmt: skip
"""Names that folder imports pick up; a file given by name is read whatever it is called."""

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\s*(?:url:\s*(\S+))?", re.IGNORECASE)
_MARKUP = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<div[\s>]|<p[\s>]"
    rb"|<article[\s>]|<!--\s*saved from",
    re.IGNORECASE,
)
_INLINE_DATA = re.compile(r"""(?<=["'(=])\s*(data:[^"')\s>]{512,})""")
INLINE_PREFIX = "reader-inline:"


def is_page_name(path: Path) -> bool:
    """Whether a file in a folder being imported looks like a saved page by its name."""
    return path.name.lower().endswith(PAGE_SUFFIXES)


def load_page(path: str | os.PathLike[str]) -> SavedPage:
    """Read the saved page at ``path``: one file, plus its ``_files`` folder if any."""
    path = Path(path)
    with _reading():
        size = path.stat().st_size
        if path.is_dir():
            raise PageError("is a folder, not a saved page")
        if size > MAX_FILE_BYTES:
            raise PageError(f"file too large ({size / 2**20:.0f} MB)")
        data = path.read_bytes()
    return load_bytes(data, path.name, folder=path.parent)


@contextmanager
def _reading() -> Iterator[None]:
    """File-system errors as the reasons a user reads in an import report."""
    try:
        yield
    except FileNotFoundError as exc:
        raise PageError("file not found (moved or deleted?)") from exc
    except PermissionError as exc:
        raise PageError("permission denied") from exc
    except IsADirectoryError as exc:
        raise PageError("is a folder, not a saved page") from exc
    except OSError as exc:
        raise PageError(f"cannot read: {exc.strerror or exc}") from exc


def load_bytes(data: bytes, name: str, folder: Path | None = None) -> SavedPage:
    """Read a saved page from its bytes; ``folder`` is where its companion files live."""
    if not data.strip():
        raise PageError("empty file")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data)
        name = name[:-3] if name.lower().endswith(".gz") else name
        if not data.strip():
            raise PageError("empty file (after decompression)")
    page_format = classify(data[:SNIFF_BYTES], name, folder)
    if page_format == "webarchive":
        page = load_webarchive(data, name)
    elif page_format == "mhtml":
        page = load_mhtml(data, name)
    else:
        text, _ = decode(data)
        page = SavedPage(html=text, format=page_format, name=name)
        if page_format == "html-complete":
            page.resources = _read_companion_files(_companion_folder(name, folder), folder)  # type: ignore[arg-type]
    page.raw = data
    return _finish(page)


def sniff_format(path: str | os.PathLike[str]) -> str:
    """The format of the saved page at ``path``, read from its first bytes only.

    Cheap enough to run on every file of a folder before importing it, so the
    import dialog can show what each file is (or why it will fail) up front.
    """
    path = Path(path)
    with _reading(), path.open("rb") as file:
        head = file.read(SNIFF_BYTES)
    name = path.name
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, SNIFF_BYTES)
        except zlib.error as exc:
            raise PageError("damaged gzip file") from exc
        name = name[:-3] if name.lower().endswith(".gz") else name
    return classify(head, name, path.parent)


def classify(head: bytes, name: str, folder: Path | None) -> str:
    """The format told by a page's first bytes (and, for a complete save, its folder)."""
    if not head.strip():
        raise PageError("empty file")
    if head.startswith(WEBARCHIVE_MAGIC):
        return "webarchive"
    if looks_like_mhtml(head):
        return "mhtml"
    if _looks_binary(head):
        raise PageError("not a saved web page (binary data)")
    if not _MARKUP.search(head):
        return "text"
    if _companion_folder(name, folder) is not None:
        return "html-complete"
    if _SINGLEFILE.search(head[:4096].decode("latin-1")):
        return "singlefile"
    return "html"


def _gunzip(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(wbits=31)
    try:
        out = decompressor.decompress(data, MAX_FILE_BYTES)
    except zlib.error as exc:
        raise PageError("damaged gzip file") from exc
    if decompressor.unconsumed_tail:
        raise PageError("compressed file expands beyond the size limit")
    if not decompressor.eof:
        raise PageError("truncated gzip file")
    return out


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\x1b")
    return controls > len(head) * 0.02


def _companion_folder(name: str, folder: Path | None) -> Path | None:
    """The ``NAME_files`` folder a "Web Page, complete" save writes beside the HTML."""
    if folder is None:
        return None
    stem = re.sub(r"\.(x?html?|shtml)$", "", name, flags=re.IGNORECASE)
    candidate = folder / f"{stem}_files"
    return candidate if candidate.is_dir() else None


def _read_companion_files(files_dir: Path, page_dir: Path) -> dict[str, Resource]:
    """Every image in the companion folder, keyed by its path relative to the page."""
    resources: dict[str, Resource] = {}
    total = 0
    root = files_dir.resolve()
    for count, file in enumerate(sorted(root.rglob("*"))):
        if count >= MAX_FOLDER_FILES or total > MAX_FOLDER_BYTES:
            break
        if file.is_symlink() or not file.is_file():
            continue  # a link could point anywhere: only the folder's own files count
        data = file.read_bytes()
        mime = guess_mime(file.name, data)
        if not mime.startswith("image/"):
            continue
        total += len(data)
        relative = file.relative_to(page_dir.resolve()).as_posix()
        resources[relative] = Resource(url=relative, data=data, mime=mime)
    return resources


def _finish(page: SavedPage) -> SavedPage:
    """Common last steps: the page's own URL marks, inline images set aside, size check."""
    if page.format == "text":
        if len(page.html) > MAX_MARKUP_CHARS:
            raise PageError(f"text too large ({len(page.html) / 2**20:.0f} MB)")
        return page
    head = page.html[:8192]
    if not page.url:
        mark = _SAVED_FROM.search(head) or _SINGLEFILE.search(head)
        if mark and mark.group(1):
            page.url = mark.group(1)
    page.html = _set_aside_inline_data(page)
    if len(page.html) > MAX_MARKUP_CHARS:
        raise PageError(
            f"page too large: {len(page.html) / 2**20:.0f} MB of markup "
            f"(the limit is {MAX_MARKUP_CHARS // 2**20} MB)"
        )
    return page


def _set_aside_inline_data(page: SavedPage) -> str:
    """Move large ``data:`` URIs out of the markup into resources.

    SingleFile pages inline every image; parsing megabytes of base64 again and
    again in each extraction stage is wasted work, so they become short names.
    """

    def replace(match: re.Match[str]) -> str:
        resource = decode_data_uri(match.group(1))
        if resource is None:
            return ""
        name = f"{INLINE_PREFIX}{len(page.resources)}"
        page.resources[name] = Resource(url=name, data=resource.data, mime=resource.mime)
        return name

    if "data:" not in page.html:
        return page.html
    return _INLINE_DATA.sub(replace, page.html)
