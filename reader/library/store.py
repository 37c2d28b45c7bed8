"""The library facade: one SQLite file, opened once, queried only from here.

Writes of one article happen in one transaction, and the journal is WAL, so a
crash or a kill at any moment leaves every earlier article intact and the file
valid.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlite_utils import Database

from reader.core.model import Article, SavedPage
from reader.library.errors import LibraryError
from reader.library.migrations import migrate
from reader.library.records import AddResult, ArticleSummary, StoredArticle

ENV_VARIABLE = "ARTICLE_READER_LIBRARY"
_SUMMARY_COLUMNS = (
    "a.id, a.title, a.site, a.published, a.reading_minutes, a.word_count, a.imported_at, "
    "a.is_read, a.is_favourite, a.is_archived, a.byline"
)
SORT_KEYS = {  # name: (indexed SQL expression, newest or smallest first by default)
    "imported": ("a.imported_at", True),
    "published": ("coalesce(a.published, a.imported_at)", True),
    "title": ("coalesce(a.title, '') COLLATE NOCASE", False),
    "site": ("coalesce(a.site, '') COLLATE NOCASE", False),
    "reading": ("coalesce(a.reading_minutes, 0)", False),
}
"""Each expression has an index of its own (migration 0003), so a window of the
list, in any order, reads only the rows it shows."""
SORT_COLUMNS = SORT_KEYS  # the CLI's name for the choices
Cursor = tuple[Any, int]
"""Where a window of the list ended: the last row's sort key and id."""
RANK_WINDOW = 20_000
"""Search as you type ranks at most this many matches, the newest: see ``search``."""
FILTERS = {
    "all": "a.is_archived = 0",
    "unread": "a.is_read = 0 AND a.is_archived = 0",
    "favourites": "a.is_favourite = 1",
    "archived": "a.is_archived = 1",
    "everything": "1",
}
LIST_FILTERS = {
    **FILTERS,
    "all": "+a.is_archived = 0",
    "unread": "+a.is_read = 0 AND +a.is_archived = 0",
}
"""For listing, the broad filters keep SQLite off the state index ("+" hides a column
from the planner): walking the sort order's index and skipping a few rows beats
sorting 100,000. Counting uses FILTERS, which the state index answers."""
_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$|ncid$|ocid$)")
_WORD = re.compile(r"\w+")


def default_library_path() -> Path:
    """``$ARTICLE_READER_LIBRARY``, else the platform's application-data folder."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override).expanduser()
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "article-reader" / "library.db"


def url_key(url: str | None) -> str | None:
    """The same article's address written two ways gives the same key."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.").removeprefix("m.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = re.sub(r"/(index\.html?|amp)?$", "", parts.path) or "/"
    return urlunsplit(("", host, path, query, ""))


def text_hash(text: str) -> str:
    """A hash of the body's words only: spacing, case and punctuation do not matter."""
    words = " ".join(_WORD.findall(text.lower()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


@contextmanager
def _sqlite_errors(action: str) -> Iterator[None]:
    """Turn SQLite's failures into a LibraryError a person can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc).lower()
        if "disk is full" in message or "disk i/o" in message:
            raise LibraryError(f"cannot {action}: the disk holding the library is full") from exc
        if "readonly" in message or "read-only" in message:
            raise LibraryError(f"cannot {action}: the library is on a read-only location") from exc
        if "locked" in message or "busy" in message:
            raise LibraryError(f"cannot {action}: the library is busy in another program") from exc
        if "unable to open" in message:
            raise LibraryError(f"cannot {action}: the library file cannot be opened") from exc
        raise LibraryError(f"cannot {action}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"cannot {action}: the library file is damaged ({exc})") from exc


class Library:
    """A reader's library of articles in one SQLite file."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str | None = None, *, in_memory: bool = False) -> Library:
        """Open (creating if needed) the library at ``path``, or the default one."""
        if in_memory:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            return cls._prepare(conn, None)
        target = Path(path) if path else default_library_path()
        with _sqlite_errors(f"open the library at {target}"):
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    f"cannot create the library folder {target.parent}: {exc.strerror or exc}"
                ) from exc
            conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
            return cls._prepare(conn, target)

    @classmethod
    def _prepare(cls, conn: sqlite3.Connection, path: Path | None) -> Library:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        if path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
        db = Database(conn)
        migrate(db)
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def add(self, article: Article, page: SavedPage, source_path: str | None = None) -> AddResult:
        """Store an article with its images and original page, unless it is already here."""
        key = url_key(article.url)
        body_hash = text_hash(article.text)
        with _sqlite_errors(f"store {page.name}"), self.db.atomic():
            existing = self._find_duplicate(key, body_hash)
            if existing is not None:
                return AddResult(existing, duplicate=True)
            article_id = self._insert(article, page, source_path, key, body_hash)
        return AddResult(article_id, duplicate=False)

    def _find_duplicate(self, key: str | None, body_hash: str) -> int | None:
        row = None
        if key:
            row = self.db.execute("SELECT id FROM articles WHERE url_key = ? LIMIT 1", [key]).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT id FROM articles WHERE text_hash = ? LIMIT 1", [body_hash]
            ).fetchone()
        return int(row[0]) if row else None

    def replace(self, article_id: int, article: Article) -> bool:
        """Put a fresh extraction of a stored article in place of the old one: same id, original,
        reading state and import date; new text, metadata, images, teasers and quotes."""
        key = url_key(article.url)
        with _sqlite_errors(f"update article {article_id}"), self.db.atomic():
            if self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
                return False
            record = self._record(article, key, text_hash(article.text))
            record["standfirst"] = article.standfirst
            self.db["articles"].update(article_id, record)
            old_keys = [r[0] for r in self.db.execute(
                "SELECT key FROM article_images WHERE article_id = ?", [article_id])]  # fmt: skip
            for table in ("authors", "related_links", "quotes", "article_images"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            self._insert_parts(article_id, article)
            self._drop_unused_images(old_keys)
        return True

    def _record(self, article: Article, key: str | None, body_hash: str) -> dict[str, Any]:
        """The articles row of an extraction (without what belongs to the import itself)."""
        lead = article.lead_image
        return {
            "title": article.title, "byline": article.byline, "published": article.published,
            "updated": article.updated, "site": article.site, "url": article.url, "url_key": key,
            "language": article.language, "lead_image_url": lead.url if lead else None,
            "lead_image_caption": lead.caption if lead else None,
            "lead_image_credit": lead.credit if lead else None,
            "lead_image_key": lead.key if lead and lead.key in article.images else None,
            "excerpt": article.excerpt, "word_count": article.word_count,
            "reading_minutes": article.reading_minutes, "text": article.text,
            "html": article.html, "format": article.format, "text_hash": body_hash,
        }  # fmt: skip

    def _insert(self, article: Article, page: SavedPage, source_path: str | None,
                key: str | None, body_hash: str) -> int:  # fmt: skip
        record = self._record(article, key, body_hash)
        record.update({"source_name": page.name, "source_path": source_path,
                       "imported_at": datetime.now(UTC).isoformat(timespec="microseconds")})  # fmt: skip
        if article.standfirst:  # a column since migration 0004; most pages have none
            record["standfirst"] = article.standfirst
        article_id = int(self.db["articles"].insert(record).last_pk)
        self.db["originals"].insert(
            {
                "article_id": article_id, "name": page.name, "format": page.format,
                "size": len(page.raw), "data_zlib": page.compress(),
            }
        )  # fmt: skip
        self._insert_parts(article_id, article)
        return article_id

    def _insert_parts(self, article_id: int, article: Article) -> None:
        """Authors, images, teasers and quotes of an article, in their own tables."""
        if article.authors:
            self.db["authors"].insert_all(
                {"article_id": article_id, "position": i, "name": name}
                for i, name in enumerate(article.authors)
            )
        for image_key, resource in article.images.items():
            self.db.execute(
                "INSERT OR IGNORE INTO images(key, mime, size, data) VALUES (?, ?, ?, ?)",
                [image_key, resource.mime, len(resource.data), resource.data],
            )
            self.db.execute("INSERT OR IGNORE INTO article_images VALUES (?, ?)", [article_id, image_key])
        if article.related:
            self.db["related_links"].insert_all(
                {"article_id": article_id, "idx": i, "title": link.title, "url": link.url,
                 "position": link.position, "label": link.label, "score": link.score}
                for i, link in enumerate(article.related)
            )  # fmt: skip
        if article.quotes:
            self.db["quotes"].insert_all(
                {"article_id": article_id, "idx": i, "speaker": q.speaker, "role": q.role,
                 "quote": q.quote, "start": q.start, "partial": int(q.partial), "kind": q.kind}
                for i, q in enumerate(article.quotes)
            )  # fmt: skip

    def delete(self, article_id: int) -> bool:
        """Remove an article and everything stored for it; images others use stay."""
        with _sqlite_errors(f"delete article {article_id}"), self.db.atomic():
            keys = [r[0] for r in self.db.execute(
                "SELECT key FROM article_images WHERE article_id = ?", [article_id])]  # fmt: skip
            for table in ("originals", "authors", "related_links", "quotes", "article_images"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            deleted = self.db.execute("DELETE FROM articles WHERE id = ?", [article_id]).rowcount
            self._drop_unused_images(keys)
        return bool(deleted)

    def _drop_unused_images(self, keys: list[str]) -> None:
        """Of these images, delete those no article uses any more."""
        for key in keys:
            self.db.execute(
                "DELETE FROM images WHERE key = ? AND NOT EXISTS "
                "(SELECT 1 FROM article_images WHERE key = ?)",
                [key, key],
            )

    def set_state(self, article_id: int, *, read: bool | None = None,
                  favourite: bool | None = None, archived: bool | None = None,
                  position: float | None = None) -> None:  # fmt: skip
        """Change an article's reading state; arguments left as None stay as they are."""
        changes = {
            "is_read": None if read is None else int(read),
            "is_favourite": None if favourite is None else int(favourite),
            "is_archived": None if archived is None else int(archived),
            "reading_position": position,
        }
        changes = {k: v for k, v in changes.items() if v is not None}
        if changes:
            with _sqlite_errors(f"update article {article_id}"):
                self.db["articles"].update(article_id, changes)

    # -- reading -------------------------------------------------------------------------

    def count(self, filter_name: str = "everything") -> int:
        where = FILTERS[filter_name]
        return int(self.db.execute(f"SELECT count(*) FROM articles a WHERE {where}").fetchone()[0])

    def list(self, *, limit: int = 100, offset: int = 0, sort: str = "imported",
             filter_name: str = "all", descending: bool | None = None) -> list[ArticleSummary]:  # fmt: skip
        """A window of the library list, light columns only (the CLI pages by offset)."""
        sql, params = _list_sql(sort, descending, filter_name, after=None)
        return [_summary(row[:-1]) for row in self.db.execute(f"{sql} OFFSET ?", [*params, limit, offset])]

    def page(
        self, *, limit: int, after: Cursor | None = None, sort: str = "imported",
        filter_name: str = "all", descending: bool | None = None,
    ) -> tuple[list[ArticleSummary], Cursor | None]:  # fmt: skip
        """The next window of the list after ``after`` (keyset paging: as fast at row 99,800 as at row 0).

        Returns the rows and the cursor to pass for the window after them.
        """
        sql, params = _list_sql(sort, descending, filter_name, after)
        rows = self.db.execute(sql, [*params, limit]).fetchall()
        cursor = (rows[-1][-1], rows[-1][0]) if rows else None
        return [_summary(row[:-1]) for row in rows], cursor

    def search(self, query: str, *, limit: int = 50, filter_name: str = "everything",
               snippets: bool = True, rank_window: int | None = None) -> list[ArticleSummary]:  # fmt: skip
        """Full-text search, best matches first, with a highlighted snippet of each if asked.

        Snippets are made only for the rows returned: made in the ranking query,
        SQLite would build one for every match before sorting (ten times slower).
        ``rank_window`` bounds the work of a query that matches most of a large
        library (three typed letters can match 70,000 articles): only the newest
        that many matches are ranked. The window's search as you type uses it;
        the CLI ranks every match.
        """
        match = fts_query(query)
        if not match:
            return []
        window = f"ORDER BY rowid DESC LIMIT {int(rank_window)}" if rank_window else ""
        ranked = (
            "SELECT rowid, bm25(articles_fts, 10.0, 4.0, 2.0, 1.0, 2.0) AS score "
            f"FROM articles_fts WHERE articles_fts MATCH ? {window}"
        )
        with _sqlite_errors("search the library"):
            # The best matches by score alone first, then only their rows: joining every
            # match before sorting reads thousands of rows only to drop them. If the
            # filter leaves too few of them, rank again with the filter applied to all.
            best = self.db.execute(f"SELECT rowid, score FROM ({ranked}) ORDER BY score LIMIT ?",
                                   [match, limit + limit // 4]).fetchall()  # fmt: skip
            score = dict(best)
            marks = ",".join("?" * len(score))
            where = FILTERS[filter_name]
            rows = sorted(self.db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles a WHERE a.id IN ({marks}) AND {where}", list(score),
            ).fetchall(), key=lambda row: score[row[0]])[:limit]  # fmt: skip
            if len(rows) < limit and len(best) == limit + limit // 4:
                rows = self.db.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM ({ranked}) ranked JOIN articles a "
                    f"ON a.id = ranked.rowid WHERE {where} ORDER BY ranked.score LIMIT ?", [match, limit],
                ).fetchall()  # fmt: skip
            found = {row[0]: None for row in rows}
            if snippets and rows:
                marks = ",".join("?" * len(found))
                found.update(self.db.execute(
                    "SELECT rowid, snippet(articles_fts, 3, '<b>', '</b>', '…', 16) FROM articles_fts "
                    f"WHERE articles_fts MATCH ? AND rowid IN ({marks})", [match, *found],
                ).fetchall())  # fmt: skip
        return [_summary(row, snippet=found[row[0]]) for row in rows]

    def get(self, article_id: int) -> StoredArticle | None:
        cursor = self.db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            return None
        columns = [d[0] for d in cursor.description]
        data = dict(zip(columns, row, strict=True))
        authors = [r[0] for r in self.db.execute(
            "SELECT name FROM authors WHERE article_id = ? ORDER BY position", [article_id])]  # fmt: skip
        related = [dict(zip(("title", "url", "position", "label", "score"), r, strict=True))
                   for r in self.db.execute(
                       "SELECT title, url, position, label, score FROM related_links "
                       "WHERE article_id = ? ORDER BY idx", [article_id])]  # fmt: skip
        quotes = [dict(zip(("speaker", "role", "quote", "start", "partial", "kind"), r, strict=True))
                  for r in self.db.execute(
                      "SELECT speaker, role, quote, start, partial, kind FROM quotes "
                      "WHERE article_id = ? ORDER BY idx", [article_id])]  # fmt: skip
        for quote in quotes:
            quote["partial"] = bool(quote["partial"])
        lead = None
        if data["lead_image_url"] or data["lead_image_key"] or data["lead_image_caption"]:
            lead = {"url": data["lead_image_url"], "caption": data["lead_image_caption"],
                    "credit": data["lead_image_credit"], "key": data["lead_image_key"]}  # fmt: skip
        return StoredArticle(
            id=data["id"], title=data["title"], authors=authors, byline=data["byline"],
            published=data["published"], updated=data["updated"], site=data["site"],
            url=data["url"], language=data["language"], lead_image=lead,
            excerpt=data["excerpt"], word_count=data["word_count"] or 0,
            reading_minutes=data["reading_minutes"] or 0, text=data["text"], html=data["html"],
            format=data["format"], source_name=data["source_name"],
            imported_at=data["imported_at"], is_read=bool(data["is_read"]),
            is_favourite=bool(data["is_favourite"]), is_archived=bool(data["is_archived"]),
            reading_position=data["reading_position"] or 0.0, related=related, quotes=quotes,
            standfirst=data.get("standfirst"),
        )  # fmt: skip

    def image(self, key: str) -> tuple[str, bytes] | None:
        """A stored image's type and bytes."""
        row = self.db.execute("SELECT mime, data FROM images WHERE key = ?", [key]).fetchone()
        return (row[0], row[1]) if row else None

    def original(self, article_id: int) -> tuple[str, str, bytes] | None:
        """The saved page as it was imported: its name, format and bytes."""
        row = self.db.execute(
            "SELECT name, format, data_zlib FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
        return (row[0], row[1], zlib.decompress(row[2])) if row else None

    def ids(self) -> list[int]:
        return [int(r[0]) for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word must match.

    Words are quoted so FTS5 syntax in the input cannot break the query; the
    last word matches as a prefix, so results come as you type.
    """
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{word}"' for word in words]
    if not text.rstrip().endswith(" ") and len(words[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


def _list_sql(sort: str, descending: bool | None, filter_name: str,
              after: Cursor | None) -> tuple[str, list[Any]]:  # fmt: skip
    """The list query in a sort order, from a cursor, ending in ``LIMIT ?`` (its last column is the key)."""
    key, natural = SORT_KEYS[sort]
    direction = "DESC" if (natural if descending is None else descending) else "ASC"
    where, params = LIST_FILTERS[filter_name], []
    if after is not None:
        # Spelled out rather than as a row value, which SQLite does not seek with on an expression index
        after_op = "<" if direction == "DESC" else ">"
        where += f" AND {key} {after_op}= ? AND ({key} {after_op} ? OR a.id {after_op} ?)"
        params = [after[0], after[0], after[1]]
    sql = (f"SELECT {_SUMMARY_COLUMNS}, {key} FROM articles a WHERE {where} "
           f"ORDER BY {key} {direction}, a.id {direction} LIMIT ?")  # fmt: skip
    return sql, params


def _summary(row: Any, snippet: str | None = None) -> ArticleSummary:
    return ArticleSummary(
        id=row[0], title=row[1], site=row[2], published=row[3], reading_minutes=row[4] or 0,
        word_count=row[5] or 0, imported_at=row[6], is_read=bool(row[7]),
        is_favourite=bool(row[8]), is_archived=bool(row[9]), byline=row[10], snippet=snippet,
    )  # fmt: skip
