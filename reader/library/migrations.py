"""Named, transactional schema migrations.

Each migration runs once, inside one transaction with its bookkeeping row, so
a library is always at exactly one schema version; ``PRAGMA user_version``
mirrors the count for tools that look there. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

Migration = tuple[str, Callable[[Database], None]]


def _initial(db: Database) -> None:
    db.create_table(
        "articles",
        {
            "id": int, "title": str, "byline": str, "published": str, "updated": str,
            "site": str, "url": str, "url_key": str, "language": str, "lead_image_url": str,
            "lead_image_caption": str, "lead_image_credit": str, "lead_image_key": str,
            "excerpt": str, "word_count": int, "reading_minutes": int, "text": str, "html": str,
            "format": str, "source_name": str, "source_path": str, "text_hash": str,
            "imported_at": str, "is_read": int, "is_favourite": int, "is_archived": int,
            "reading_position": float,
        },
        pk="id",
        not_null={"text", "html", "format", "text_hash", "imported_at"},
        defaults={"is_read": 0, "is_favourite": 0, "is_archived": 0, "reading_position": 0.0,
                  "word_count": 0, "reading_minutes": 0},
    )  # fmt: skip
    db["articles"].create_index(["url_key"])
    db["articles"].create_index(["text_hash"])
    db["articles"].create_index(["imported_at"])
    db["articles"].create_index(["published"])
    db.create_table(
        "originals",
        {"article_id": int, "name": str, "format": str, "size": int, "data_zlib": bytes},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.create_table(
        "authors",
        {"article_id": int, "position": int, "name": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["authors"].create_index(["name"])
    db.create_table("images", {"key": str, "mime": str, "size": int, "data": bytes}, pk="key")
    db.create_table(
        "article_images",
        {"article_id": int, "key": str},
        pk=("article_id", "key"),
        foreign_keys=[("article_id", "articles", "id"), ("key", "images", "key")],
    )
    db["article_images"].create_index(["key"])
    db.create_table(
        "related_links",
        {"article_id": int, "idx": int, "title": str, "url": str, "position": str,
         "label": str, "score": float},
        pk=("article_id", "idx"),
        foreign_keys=[("article_id", "articles", "id")],
    )  # fmt: skip
    db.create_table(
        "quotes",
        {"article_id": int, "idx": int, "speaker": str, "role": str, "quote": str,
         "start": int, "partial": int, "kind": str},
        pk=("article_id", "idx"),
        foreign_keys=[("article_id", "articles", "id")],
    )  # fmt: skip
    db["quotes"].create_index(["speaker"])
    _create_fts(db, prefix=None)


FTS_COLUMNS = ("title", "byline", "site", "text")
"""The columns the first full-text index held; 0004 added the standfirst (shown above the body,
not part of the text, but a reader searches for its words)."""


def _create_fts(db: Database, prefix: str | None, columns: tuple[str, ...] = FTS_COLUMNS) -> None:
    """The full-text index, kept in step by triggers (external content: no second copy of the text)."""
    prefix_option = f", prefix='{prefix}'" if prefix else ""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    for statement in (
        f"CREATE VIRTUAL TABLE articles_fts USING fts5({names}, "
        "content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'"
        f"{prefix_option})",
        "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
        f"INSERT INTO articles_fts(rowid, {names}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN "
        f"INSERT INTO articles_fts(articles_fts, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER articles_au AFTER UPDATE OF {names} ON articles BEGIN "
        f"INSERT INTO articles_fts(articles_fts, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO articles_fts(rowid, {names}) VALUES (new.id, {new}); END",
    ):
        db.execute(statement)


def _replace_fts(db: Database, columns: tuple[str, ...]) -> None:
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE articles_fts")
    _create_fts(db, prefix="2 3 4", columns=columns)
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def _fts_prefix_index(db: Database) -> None:
    """Search as you type asks for prefixes ("tita*"); FTS5 prefix indexes answer them without
    expanding every matching term (twice as fast on short prefixes, measured by ui_scale.py)."""
    _replace_fts(db, FTS_COLUMNS)


def _standfirst(db: Database) -> None:
    """The standfirst gets a column, searched too. Only pages that set one apart fill it (a
    description repeating the first paragraph would double every article's index entries)."""
    db.execute("ALTER TABLE articles ADD COLUMN standfirst TEXT")
    _replace_fts(db, (*FTS_COLUMNS, "standfirst"))


def _list_indexes(db: Database) -> None:
    """An index per sort order of the list, and one for the reading-state filters and counts,
    so a window of a 100,000-article list reads 200 rows, not the whole table."""
    for name, expression in (
        ("articles_by_published", "coalesce(published, imported_at)"),
        ("articles_by_title", "coalesce(title, '') COLLATE NOCASE"),
        ("articles_by_site", "coalesce(site, '') COLLATE NOCASE"),
        ("articles_by_reading", "coalesce(reading_minutes, 0)"),
        ("articles_by_state", "is_archived, is_read"),
    ):
        db.execute(f"CREATE INDEX {name} ON articles({expression})")
    db.execute("CREATE INDEX articles_favourites ON articles(is_favourite) WHERE is_favourite = 1")


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_fts_prefix_index", _fts_prefix_index),
    ("0003_list_indexes", _list_indexes),
    ("0004_standfirst", _standfirst),
]


def migrate(db: Database) -> list[str]:
    """Apply every migration the library lacks; returns the names applied."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
    applied: list[str] = []
    for name, apply in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            apply(db)
            db.execute("INSERT INTO schema_migrations VALUES (?, datetime('now'))", [name])
            db.execute(f"PRAGMA user_version = {len(done) + len(applied) + 1}")
        applied.append(name)
    return applied


def pending(path: Path) -> list[str]:
    """The migrations an existing library file still lacks (none for a new one), read without
    changing it: so the app can say it is upgrading before a long index rebuild starts."""
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        finally:
            conn.close()
    except sqlite3.Error:
        return []  # not a library yet, or unreadable: opening it will say so
    return [name for name, _ in MIGRATIONS if name not in done]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
