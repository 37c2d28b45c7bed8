"""The library: storing, de-duplication, search, deletion, migrations, safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.extract import extract
from reader.core.loader import load_page
from reader.library import Library, LibraryError
from reader.library.migrations import MIGRATIONS, schema_version
from reader.library.store import fts_query, url_key


def add(library: Library, path: Path):
    page = load_page(path)
    return library.add(extract(page), page, str(path))


def test_add_get_and_original_kept(library: Library, saved: Path) -> None:
    result = add(library, saved / "complete" / "Story.html")
    assert not result.duplicate
    stored = library.get(result.id)
    assert stored is not None
    assert stored.title and stored.title.startswith("The First Map of Saturn's Moon Titan")
    assert stored.authors == ["Reuters"]
    assert stored.lead_image and stored.lead_image["key"]
    mime, data = library.image(stored.lead_image["key"])  # type: ignore[misc]
    assert mime == "image/png" and data.startswith(b"\x89PNG")
    name, fmt, raw = library.original(result.id)  # type: ignore[misc]
    assert (name, fmt) == ("Story.html", "html-complete")
    assert raw == (saved / "complete" / "Story.html").read_bytes()


def test_same_article_in_another_format_is_a_duplicate(library: Library, saved: Path) -> None:
    first = add(library, saved / "chromium.mhtml")
    again = add(library, saved / "singlefile.html")  # same canonical URL
    text_copy = add(library, saved / "select-all.txt")  # no URL: same body? not exactly: new
    assert again.duplicate and again.id == first.id
    assert not text_copy.duplicate or text_copy.id == first.id
    assert library.count() == 1 + (not text_copy.duplicate)


def test_search_ranks_and_highlights(library: Library, saved: Path) -> None:
    add(library, saved / "chromium.mhtml")
    add(library, saved / "detroitnews.html.gz")
    hits = library.search("saturn moon")
    assert (hits[0].title or "").startswith("The First Map")
    assert hits[0].snippet and "<b>" in hits[0].snippet
    assert library.search("eastern mich")[0].site == "detroitnews"  # prefix as you type
    assert library.search('"; DROP TABLE articles; --') == []  # syntax cannot break the query
    quiet = library.search("saturn moon", snippets=False)
    assert [hit.id for hit in quiet] == [hit.id for hit in hits] and quiet[0].snippet is None


def test_a_library_from_an_older_version_is_upgraded_in_place(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, saved: Path
) -> None:
    import reader.library.migrations as migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    with Library.open(tmp_path / "old.db") as old:
        article_id = add(old, saved / "chromium.mhtml").id
    monkeypatch.undo()
    with Library.open(tmp_path / "old.db") as upgraded:
        assert schema_version(upgraded.db.conn) == len(MIGRATIONS)
        assert [hit.id for hit in upgraded.search("sat")] == [article_id]  # the rebuilt index has it
        assert upgraded.delete(article_id) and upgraded.search("saturn") == []  # triggers still work


def test_delete_removes_everything(library: Library, saved: Path) -> None:
    article_id = add(library, saved / "complete" / "Story.html").id
    assert library.delete(article_id)
    assert library.get(article_id) is None and library.search("titan") == []
    for table in ("originals", "images", "article_images", "authors"):
        assert library.db[table].count == 0, table
    assert not library.delete(article_id)


def test_reading_state_and_filters(library: Library, saved: Path) -> None:
    article_id = add(library, saved / "chromium.mhtml").id
    assert library.count("unread") == 1
    library.set_state(article_id, read=True, favourite=True, position=0.4)
    stored = library.get(article_id)
    assert stored and stored.is_read and stored.is_favourite and stored.reading_position == 0.4
    assert library.count("unread") == 0 and library.count("favourites") == 1
    library.set_state(article_id, archived=True)
    assert [a.id for a in library.list(filter_name="archived")] == [article_id]
    assert library.list(filter_name="all") == []


def test_schema_version_and_migrations_are_recorded(tmp_path: Path) -> None:
    Library.open(tmp_path / "lib.db").close()
    conn = sqlite3.connect(tmp_path / "lib.db")
    assert schema_version(conn) == len(MIGRATIONS)
    names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    Library.open(tmp_path / "lib.db").close()  # reopening applies nothing twice


def test_default_location_and_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reader.library.store import default_library_path

    monkeypatch.delenv("ARTICLE_READER_LIBRARY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_library_path() == tmp_path / "article-reader" / "library.db"
    monkeypatch.setenv("ARTICLE_READER_LIBRARY", str(tmp_path / "x.db"))
    assert default_library_path() == tmp_path / "x.db"


def test_read_only_location_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if (folder / "probe").exists() or _can_write(folder):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(LibraryError, match="cannot"):
            Library.open(folder / "library.db")
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_unwritable_location_even_for_root_gives_a_clear_error() -> None:
    with pytest.raises(LibraryError, match="cannot"):
        Library.open(Path("/proc/article-reader-test/library.db"))


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_read_only_database_file_gives_a_clear_error(tmp_path: Path, saved: Path) -> None:
    path = tmp_path / "lib.db"
    Library.open(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    library = Library(__import__("sqlite_utils").Database(conn), path)
    page = load_page(saved / "chromium.mhtml")
    with pytest.raises(LibraryError, match="read-only"):
        library.add(extract(page), page)


def test_full_disk_fails_cleanly_and_keeps_earlier_articles(library: Library, saved: Path) -> None:
    first = add(library, saved / "chromium.mhtml").id
    pages = library.db.execute("PRAGMA page_count").fetchone()[0]
    library.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # simulate a full disk
    with pytest.raises(LibraryError, match=r"disk .* is full"):
        add(library, saved / "detroitnews.html.gz")
    assert library.ids() == [first] and library.integrity_ok()


def test_url_keys_and_queries() -> None:
    assert url_key("https://www.Example.com/a/?utm_source=x&id=2") == url_key("http://example.com/a?id=2")
    assert url_key("file:///tmp/x.html") is None
    assert fts_query("saturn mo") == '"saturn" "mo"*'
    assert fts_query("  ") == ""


def _many(library: Library, count: int) -> None:
    """Articles with ties (same reading time, same title) and missing titles and sites."""
    from reader.core.model import Article, SavedPage

    for n in range(count):
        words = " ".join(f"word{n}x{k}" for k in range(40 + (n % 3) * 300))
        article = Article(
            title=None if n % 7 == 0 else f"Story {n % 5}", authors=[], byline=None,
            published=f"2024-01-{1 + n % 9:02}", updated=None, site=None if n % 4 else "site",
            url=None, language="en", lead_image=None, excerpt=None, word_count=41 + (n % 3) * 300,
            reading_minutes=(n % 3) * 2, text=f"harbour {words}", html=f"<p>harbour {words}</p>", format="html",
        )  # fmt: skip
        library.add(article, SavedPage(html=article.html, format="html", name=f"{n}.html"))


@pytest.mark.parametrize("sort", ["imported", "published", "title", "site", "reading"])
@pytest.mark.parametrize("descending", [None, True, False])
def test_keyset_pages_match_the_offset_order_in_every_sort(library: Library, sort: str, descending) -> None:
    _many(library, 53)
    library.set_state(3, archived=True)
    expected = [a.id for a in library.list(limit=1000, sort=sort, descending=descending)]
    paged: list[int] = []
    rows, cursor = library.page(limit=10, sort=sort, descending=descending)
    while rows:
        paged += [a.id for a in rows]
        rows, cursor = library.page(limit=10, after=cursor, sort=sort, descending=descending)
    assert paged == expected and len(paged) == 52 and 3 not in paged


def test_every_list_order_is_served_by_an_index(library: Library) -> None:
    from reader.library.store import SORT_KEYS, _list_sql

    for sort in SORT_KEYS:
        for after in (None, ("x", 1)):
            sql, params = _list_sql(sort, None, "all", after)
            plan = " ".join(
                row[-1] for row in library.db.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 200])
            )
            assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, (sort, plan)


def test_a_rank_window_ranks_only_the_newest_matches(library: Library) -> None:
    _many(library, 30)
    everything = library.search("harbour", limit=100)
    windowed = library.search("harbour", limit=100, rank_window=10, snippets=False)
    assert len(everything) == 30 and sorted(a.id for a in windowed) == list(range(21, 31))


def test_the_standfirst_shown_above_the_body_is_searched_too(library: Library, tmp_path: Path) -> None:
    prose = "".join(f"<p>The harbour wall cost {n} million and took three years to build, officials said.</p>"
                    for n in range(1, 8))  # fmt: skip
    page = tmp_path / "dek.html"
    page.write_text("<html><head><title>Harbour wall</title></head><body><article>"
                    '<p class="p-dek">Why the breakwater outlasted every storm since 1953.</p>'
                    f"{prose}</article></body></html>")  # fmt: skip
    stored = add(library, page)
    assert "breakwater" not in library.get(stored.id).text
    assert [hit.id for hit in library.search("breakwater")] == [stored.id]


def test_pending_migrations_are_read_without_changing_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import reader.library.migrations as migrations

    assert migrations.pending(tmp_path / "new.db") == []  # a new library needs no upgrade notice
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:2])
    Library.open(tmp_path / "old.db").close()
    monkeypatch.undo()
    before = (tmp_path / "old.db").read_bytes()
    assert migrations.pending(tmp_path / "old.db") == [name for name, _ in MIGRATIONS[2:]]
    assert (tmp_path / "old.db").read_bytes() == before
    Library.open(tmp_path / "old.db").close()
    assert migrations.pending(tmp_path / "old.db") == []
