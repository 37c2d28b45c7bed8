"""The window with a 100,000-article library: start-up, search as you type, opening, scrolling, memory.

    python benchmarks/ui_scale.py [--articles N] [--rebuild]

The library is built once and kept in ``benchmarks/.cache/`` (a few minutes
the first time): the 181 benchmark pages go through the real import, then
synthetic articles are made from their paragraphs (two real articles mixed
per synthetic one, so the full-text index sees real language and every
article differs). Targets (issue 3): window shown and populated < 1.5 s,
search p95 < 50 ms, open p95 < 100 ms, resident memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus

from reader.library import Library
from reader.library.importer import import_pages

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication
HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
QUERIES = 50
OPENS = 50


def build_library(path: Path, total: int) -> None:
    """The real import of the corpus, then synthetic articles mixed from its paragraphs."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    with Library.open(path) as library:
        import_pages(library, [page.path for page in corpus.pages()])
        rows = library.db.execute(
            "SELECT title, byline, site, language, text, format, published FROM articles"
        ).fetchall()
        paragraphs = [[p for p in row[4].split("\n") if p.strip()] for row in rows]
        rng = random.Random(7)
        made = library.count()
        with library.db.atomic():
            batch = []
            for n in range(made, total):
                first, second = rng.randrange(len(rows)), rng.randrange(len(rows))
                title, byline, site, language, _, fmt, published = rows[first]
                a, b = paragraphs[first], paragraphs[second]
                body = a[: max(1, len(a) // 2)] + b[len(b) // 2 :]
                text = "\n".join(body)
                words = len(text.split())
                day = f"20{rng.randrange(10, 26)}-{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02}"
                batch.append((
                    f"{title} ({n})", byline, site, language, text,
                    "".join(f"<p>{p}</p>" for p in body), fmt, f"synthetic:{n}",
                    words, max(1, round(words / 230)), published and day, f"{day}T12:00:00",
                    rng.random() < 0.5,
                ))  # fmt: skip
                if len(batch) == 5000:
                    _insert(library, batch)
                    batch = []
            _insert(library, batch)
        library.db.execute("ANALYZE")
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"built {total:,} articles in {time.perf_counter() - started:.0f} s "
          f"({path.stat().st_size / 2**20:.0f} MB)", flush=True)  # fmt: skip


def _insert(library: Library, batch: list[tuple]) -> None:
    library.db.conn.executemany(
        "INSERT INTO articles (title, byline, site, language, text, html, format, text_hash, word_count, "
        "reading_minutes, published, imported_at, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        batch,
    )


def startup_child(path: Path, settings_path: Path) -> None:
    """Run in a fresh process: build and show the window, print when it is populated on screen."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.ui.main import create_application
    from reader.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    library = Library.open(path)
    window = MainWindow(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    QApplication.processEvents()
    window.list_view.viewport().repaint()
    print(json.dumps({"shown_at": time.time(), "rows": window.model.rowCount()}), flush=True)
    window.close()
    library.close()
    del app


def measure_startup(path: Path, runs: int = 5) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(runs):
            started = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--startup-child", str(path), str(Path(scratch) / "s.ini")],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            report = json.loads(out.strip().splitlines()[-1])
            assert report["rows"] > 0, "the window showed an empty list"
            times.append(report["shown_at"] - started)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def describe(name: str, seconds: list[float], target_ms: float | None = None) -> None:
    ms = [s * 1000 for s in seconds]
    target = f" (target p95 < {target_ms:.0f} ms)" if target_ms else ""
    print(f"{name}: median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
          f"max {max(ms):.1f} ms over {len(ms)}{target}")  # fmt: skip


def typed_queries(library: Library, count: int) -> list[str]:
    """What a user types: prefixes of real words from titles, one or two words."""
    rng = random.Random(11)
    titles = [row[0] for row in library.db.execute("SELECT title FROM articles WHERE id <= 181")]
    words = sorted({w.lower() for t in titles for w in t.split() if w.isalpha() and len(w) > 4})
    queries = []
    while len(queries) < count:
        word = rng.choice(words)
        typed = word[: rng.randrange(3, len(word) + 1)]
        queries.append(f"{rng.choice(words)} {typed}" if rng.random() < 0.3 else typed)
    return queries


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_window(path: Path) -> None:
    from PySide6.QtCore import QSettings

    from reader.ui.main import create_application
    from reader.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory() as scratch, Library.open(path) as library:
        window = MainWindow(library, QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window.show()
        app.processEvents()

        search = []
        for query in typed_queries(library, QUERIES):
            started = time.perf_counter()
            window.model.set_query(query)
            app.processEvents()
            window.list_view.viewport().repaint()
            search.append(time.perf_counter() - started)
        describe("search as you type (query, model reset, repaint)", search, 50)
        window.model.set_query("")

        rng = random.Random(5)
        ids = rng.sample(range(1, library.count() + 1), OPENS)
        opened = []
        for article_id in ids:
            started = time.perf_counter()
            window.open_article(article_id)
            app.processEvents()
            window.reading_pane.viewport().repaint()
            opened.append(time.perf_counter() - started)
        describe("open an article in the reading pane", opened, 100)

        started = time.perf_counter()
        fetches = []
        bar = window.list_view.verticalScrollBar()
        while True:
            window.list_view.scrollToBottom()
            fetch_started = time.perf_counter()
            app.processEvents()
            fetches.append(time.perf_counter() - fetch_started)
            if not window.model.canFetchMore() and bar.value() == bar.maximum():
                break
        total = time.perf_counter() - started
        print(f"scroll the list top to bottom: {window.model.rowCount():,} rows in {total:.2f} s, "
              f"{len(fetches)} steps of up to 200 rows (fetchMore)")  # fmt: skip
        describe("one scroll step (fetch 200 rows, lay out, paint)", fetches)
        rss = resident_mb()
        print(f"resident memory after all that: {rss:.0f} MB (target < 400 MB)")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--startup-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.startup_child:
        startup_child(*args.startup_child)
        return 0
    path = CACHE / f"ui-scale-{args.articles}.db"
    if args.rebuild or not path.exists():
        build_library(path, args.articles)
    with Library.open(path) as library:
        print(f"library: {library.count('everything'):,} articles, {path.stat().st_size / 2**20:.0f} MB")
    startup = measure_startup(path)
    describe("process start to a shown, populated window", startup, 1500)
    measure_window(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
