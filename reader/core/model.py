"""Plain data passed between the loader, the extractor and the library."""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

IMAGE_SCHEME = "reader-image"
"""URL scheme of images in clean HTML: ``reader-image:<key>`` names a stored copy."""


@dataclass(frozen=True)
class Resource:
    """A file that came with a saved page (an image, mostly)."""

    url: str
    data: bytes
    mime: str = "application/octet-stream"

    @property
    def key(self) -> str:
        """Content address: the same bytes always get the same key."""
        return hashlib.sha256(self.data).hexdigest()[:32]


@dataclass
class SavedPage:
    """What a saved page holds, whatever format it came in.

    ``html`` is the page's markup, or the text itself when ``format`` is ``"text"``.
    ``resources`` maps every name the page may use for a file (absolute URL,
    relative path, ``cid:`` id) to the file.
    """

    html: str
    format: str
    name: str
    url: str | None = None
    resources: dict[str, Resource] = field(default_factory=dict)
    raw: bytes = b""
    raw_zlib: bytes | None = field(default=None, repr=False)

    def compress(self) -> bytes:
        """The original bytes, zlib-compressed for storing (computed once)."""
        if self.raw_zlib is None:
            self.raw_zlib = zlib.compress(self.raw, 6)
        return self.raw_zlib

    def find_resource(self, src: str) -> Resource | None:
        """The stored file a page reference points to, or None if the page lacks it."""
        from reader.core.resources import find_resource

        return find_resource(self, src)


@dataclass
class LeadImage:
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    key: str | None = None  # the stored copy, when the saved page carried it


@dataclass
class RelatedLink:
    title: str
    url: str | None
    position: str  # "before", "inside" or "after" the article
    label: str | None = None
    score: float | None = None


@dataclass
class Quote:
    speaker: str | None
    role: str | None
    quote: str
    start: int
    partial: bool = False
    kind: str = "direct"


@dataclass
class Article:
    """A cleaned article with its metadata, ready to store or print."""

    title: str | None
    authors: list[str]
    byline: str | None
    published: str | None
    updated: str | None
    site: str | None
    url: str | None
    language: str | None
    lead_image: LeadImage | None
    excerpt: str | None
    word_count: int
    reading_minutes: int
    text: str
    html: str
    format: str
    related: list[RelatedLink] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    images: dict[str, Resource] = field(default_factory=dict)  # key -> stored copy
    standfirst: str | None = None  # the summary under the headline, shown with the body, not in `text`

    def to_json(self) -> dict[str, Any]:
        """The CLI's stable JSON shape (images are left out: they are bytes)."""
        data = asdict(self)
        data.pop("images")
        return data
