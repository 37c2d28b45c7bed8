"""MHTML ("Save as single file" in Chromium-based browsers): multipart/related.

The first ``text/html`` part is the page (Chromium names it through
``Snapshot-Content-Location``); every other part is a resource, reachable by
its ``Content-Location`` and by ``cid:`` + its ``Content-ID``.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from reader.core.charset import decode
from reader.core.errors import PageError
from reader.core.model import Resource, SavedPage

_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^";\r\n]+)"?', re.IGNORECASE)


def looks_like_mhtml(head: bytes) -> bool:
    """Whether the first bytes are MIME headers announcing a multipart page."""
    lowered = head[:4096].lower()
    return b"content-type: multipart/related" in lowered or (
        b"mime-version:" in lowered and b"multipart/" in lowered
    )


def load_mhtml(data: bytes, name: str) -> SavedPage:
    """Read an MHTML archive; refuses truncated ones rather than guess."""
    match = _BOUNDARY.search(data[:8192])
    if not match:
        raise PageError("MHTML without a multipart boundary")
    closing = b"--" + match.group(1).strip() + b"--"
    if closing not in data:
        raise PageError("truncated MHTML: the archive ends before its closing boundary")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart():
        raise PageError("MHTML without parts")
    snapshot_url = _header(message, "Snapshot-Content-Location")
    html_part: Message | None = None
    resources: dict[str, Resource] = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        location = _header(part, "Content-Location")
        mime = part.get_content_type()
        is_page = mime == "text/html" and (
            html_part is None if not snapshot_url else location == snapshot_url
        )
        if is_page:
            html_part = part
            continue
        resource = Resource(url=location, data=part.get_payload(decode=True) or b"", mime=mime)
        if location:
            resources[location] = resource
        content_id = _header(part, "Content-ID")
        if content_id:
            resources["cid:" + content_id.strip("<>")] = resource
    if html_part is None:  # the snapshot URL named no part: take the first page
        html_part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if html_part is None:
        raise PageError("MHTML without an HTML part")
    html_bytes = html_part.get_payload(decode=True) or b""
    html, _ = decode(html_bytes, html_part.get_content_charset())
    url = snapshot_url or _header(html_part, "Content-Location") or None
    return SavedPage(html=html, format="mhtml", name=name, url=url, resources=resources)


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return str(value).strip() if value else ""
