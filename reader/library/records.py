"""Plain records the library returns: the UI and the CLI never see SQL rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list: light, no body text."""

    id: int
    title: str | None
    site: str | None
    published: str | None
    reading_minutes: int
    word_count: int
    imported_at: str
    is_read: bool
    is_favourite: bool
    is_archived: bool
    byline: str | None = None
    snippet: str | None = None  # search results: the matching passage, terms in <b>

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StoredArticle:
    """An article as the library keeps it, with its reading state."""

    id: int
    title: str | None
    authors: list[str]
    byline: str | None
    published: str | None
    updated: str | None
    site: str | None
    url: str | None
    language: str | None
    lead_image: dict[str, Any] | None
    excerpt: str | None
    word_count: int
    reading_minutes: int
    text: str
    html: str
    format: str
    source_name: str | None
    imported_at: str
    is_read: bool
    is_favourite: bool
    is_archived: bool
    reading_position: float
    related: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    standfirst: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AddResult:
    """What storing one article did: a new id, or the id of the article it duplicates."""

    id: int
    duplicate: bool
