"""Safari ``.webarchive``: a binary property list of the page and its resources."""

from __future__ import annotations

import plistlib
from typing import Any

from reader.core.charset import decode
from reader.core.errors import PageError
from reader.core.model import Resource, SavedPage

MAGIC = b"bplist00"


def load_webarchive(data: bytes, name: str) -> SavedPage:
    """Read the WebMainResource as the page and WebSubresources as its files."""
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError) as exc:
        raise PageError(f"damaged web archive ({exc.__class__.__name__})") from exc
    if not isinstance(archive, dict) or not isinstance(archive.get("WebMainResource"), dict):
        raise PageError("web archive without a main resource")
    main = archive["WebMainResource"]
    body = main.get("WebResourceData")
    if not isinstance(body, bytes):
        raise PageError("web archive whose main resource has no data")
    mime = str(main.get("WebResourceMIMEType") or "text/html")
    if "html" not in mime and "xml" not in mime and not mime.startswith("text/"):
        raise PageError(f"web archive of a {mime} file, not a web page: there is no article here")
    html, _ = decode(body, _text(main, "WebResourceTextEncodingName"))
    resources: dict[str, Resource] = {}
    for sub in _list(archive.get("WebSubresources")):
        url = _text(sub, "WebResourceURL")
        payload = sub.get("WebResourceData")
        if url and isinstance(payload, bytes):
            resources[url] = Resource(url=url, data=payload, mime=_text(sub, "WebResourceMIMEType") or "")
    return SavedPage(
        html=html,
        format="webarchive",
        name=name,
        url=_text(main, "WebResourceURL") or None,
        resources=resources,
    )


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    return value if isinstance(value, str) else ""


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
