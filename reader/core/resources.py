"""Finding the file a page reference points to, only among the page's own files.

A saved page may name a file by absolute URL, by a path relative to the page,
by ``cid:`` (MHTML) or inline as a ``data:`` URI. Lookups go through the
resources the loader collected, so nothing outside the saved page (another
folder, the network) can ever be reached from here.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import posixpath
from typing import TYPE_CHECKING
from urllib.parse import unquote, unquote_to_bytes, urldefrag, urljoin

from reader.core.model import Resource

if TYPE_CHECKING:
    from reader.core.model import SavedPage

MAX_DATA_URI_BYTES = 32 * 1024 * 1024


def decode_data_uri(uri: str) -> Resource | None:
    """The bytes of a ``data:`` URI, or None when it is malformed or too large."""
    head, sep, payload = uri.partition(",")
    if not sep or not head.lower().startswith("data:"):
        return None
    params = head[5:].split(";")
    mime = params[0].strip().lower() or "text/plain"
    try:
        if any(p.strip().lower() == "base64" for p in params[1:]):
            if len(payload) > MAX_DATA_URI_BYTES * 4 // 3 + 4:
                return None
            data = base64.b64decode("".join(payload.split()), validate=False)
        else:
            data = unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None
    return Resource(url=uri[:64], data=data, mime=mime)


def normalise_path(src: str) -> str | None:
    """A relative reference as a clean POSIX path, or None if it leaves its folder.

    Absolute paths and ``..`` segments that climb above the page's folder are
    refused: a saved page's files live beside it, never elsewhere.
    """
    path = unquote(urldefrag(src)[0]).split("?", 1)[0].replace("\\", "/")
    if not path or path.startswith("/") or ":" in path.split("/", 1)[0]:
        return None
    clean = posixpath.normpath(path)
    if clean == ".." or clean.startswith("../") or clean.startswith("/"):
        return None
    return clean


def find_resource(page: SavedPage, src: str) -> Resource | None:
    """The page's own copy of ``src``, or None."""
    src = src.strip()
    if not src:
        return None
    if src[:5].lower() == "data:":
        return decode_data_uri(src)
    found = page.resources.get(src) or page.resources.get(urldefrag(src)[0])
    if found:
        return found
    if src.startswith("cid:"):
        return page.resources.get("cid:" + unquote(src[4:]).strip("<>"))
    if page.url:
        absolute = urldefrag(urljoin(page.url, src))[0]
        found = page.resources.get(absolute)
        if found:
            return found
    relative = normalise_path(src)
    return page.resources.get(relative) if relative else None


def guess_mime(name: str, data: bytes) -> str:
    """An image's type from its first bytes, falling back to its name."""
    signatures = (
        (b"\x89PNG", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF8", "image/gif"),
        (b"RIFF", "image/webp"),
        (b"<svg", "image/svg+xml"),
        (b"BM", "image/bmp"),
    )
    for magic, mime in signatures:
        if data.startswith(magic):
            return mime
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
