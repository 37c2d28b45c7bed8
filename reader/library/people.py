"""The people quoted across the library: who, in how many articles, and what they said.

Quotes are stored per article with the speaker as the article names them at
their fullest. Across articles a person can still appear as "Maria Okafor" in
one and "Okafor" in another; a bare surname is folded into the one full name
that ends with it, when there is exactly one.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from reader.core.model import Quote
from reader.core.quotes import extract_quotes
from reader.library.store import Library

REQUOTE_BATCH = 500


@dataclass
class Person:
    name: str
    articles: int
    quotes: int
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class PersonQuote:
    article_id: int
    title: str | None
    quote: str
    start: int
    partial: bool

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def replace_quotes(library: Library, article_id: int, quotes: list[Quote]) -> None:
    """Store an article's quotes in place of the ones it had (call inside a transaction)."""
    library.db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    library.db.conn.executemany(
        "INSERT INTO quotes (article_id, idx, speaker, role, quote, start, partial, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, i, q.speaker, q.role, q.quote, q.start, int(q.partial), q.kind)
         for i, q in enumerate(quotes)],
    )  # fmt: skip


def requote(library: Library, progress: Callable[[int, int], None] | None = None) -> tuple[int, int, float]:
    """Extract the quotes of every stored article again (after an upgrade of the rules).

    Returns (articles, quotes, seconds). Each batch is one transaction: an
    interrupted run leaves every article with either its old or its new quotes.
    """
    started = time.perf_counter()
    ids = library.ids()
    total_quotes = 0
    for first in range(0, len(ids), REQUOTE_BATCH):
        batch = ids[first : first + REQUOTE_BATCH]
        marks = ",".join("?" * len(batch))
        query = f"SELECT id, text, byline FROM articles WHERE id IN ({marks})"
        rows = library.db.execute(query, batch).fetchall()
        with library.db.atomic():
            for article_id, text, byline in rows:
                quotes = extract_quotes(text, byline)
                replace_quotes(library, article_id, quotes)
                total_quotes += len(quotes)
        if progress is not None:
            progress(min(first + REQUOTE_BATCH, len(ids)), len(ids))
    return len(ids), total_quotes, time.perf_counter() - started


def people(library: Library, limit: int | None = None) -> list[Person]:
    """Everyone quoted in the library, most articles first."""
    rows = library.db.execute(
        "SELECT speaker, count(DISTINCT article_id), count(*), max(role) FROM quotes "
        "WHERE speaker IS NOT NULL GROUP BY speaker"
    ).fetchall()
    by_name = {row[0]: row for row in rows if not is_description(row[0])}
    found = []
    for name, aliases in _merge_surnames(by_name).items():
        names = [name, *aliases]
        if aliases:  # the same article may quote "Okafor" and "Maria Okafor": count it once
            marks = ",".join("?" * len(names))
            articles = library.db.execute(
                f"SELECT count(DISTINCT article_id) FROM quotes WHERE speaker IN ({marks})", names
            ).fetchone()[0]
        else:
            articles = by_name[name][1]
        quotes = sum(by_name[n][2] for n in names)
        role = next((by_name[n][3] for n in names if by_name[n][3]), None)
        found.append(Person(name, int(articles), int(quotes), role, aliases))
    found.sort(key=lambda p: (-p.articles, -p.quotes, p.name.lower()))
    return found[:limit] if limit else found


_DESCRIPTION = re.compile(
    r"^(?:[a-z]|(?:The|A|An|One|Another|Some|Two|Three|Several|Many|His|Her|Their)\s+[a-z])"
)


def is_description(speaker: str) -> bool:
    """ "the man", "one user", "aviation analysts": said of someone in one article, not a person
    the library can follow across articles (two articles' "the man" are two men)."""
    return bool(_DESCRIPTION.match(speaker))


def quotes_by(library: Library, name: str) -> list[PersonQuote]:
    """Everything a person said, across articles, newest article first."""
    names = [name, *_merge_surnames({n: None for n in _speakers(library)}).get(name, [])]
    marks = ",".join("?" * len(names))
    rows = library.db.execute(
        "SELECT q.article_id, a.title, q.quote, q.start, q.partial FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id WHERE q.speaker IN ({marks}) "
        "ORDER BY a.imported_at DESC, q.article_id, q.idx",
        names,
    ).fetchall()
    return [PersonQuote(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def _speakers(library: Library) -> list[str]:
    return [r[0] for r in library.db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")]


def _merge_surnames(names: dict[str, object]) -> dict[str, list[str]]:
    """Each full name with the bare surnames folded into it; other names stand alone."""
    full_by_surname: dict[str, list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper():
            full_by_surname[words[-1].lower()].append(name)
    merged: dict[str, list[str]] = {}
    folded: set[str] = set()
    for name in names:
        words = name.split()
        candidates = full_by_surname.get(name.lower(), []) if len(words) == 1 else []
        if len(candidates) == 1:
            merged.setdefault(candidates[0], []).append(name)
            folded.add(name)
    for name in names:
        if name not in folded:
            merged.setdefault(name, [])
    return merged
