"""Batch import: bad files are reported by name, the rest import; kills never corrupt."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import corpus
import pytest

from reader.library import Library
from reader.library.importer import Progress, find_pages, import_pages


def make_batch(folder: Path, saved: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    files = {
        "good_mhtml": folder / "titan.mhtml",
        "good_gz": folder / "detroit.html.gz",
        "empty": folder / "empty.html",
        "junk": folder / "junk.html",
        "truncated": folder / "cut.mhtml",
        "deep": folder / "deep.html",
        "lying": folder / "lying.html",
    }
    shutil.copy(saved / "chromium.mhtml", files["good_mhtml"])
    shutil.copy(saved / "detroitnews.html.gz", files["good_gz"])
    files["empty"].write_bytes(b"")
    files["junk"].write_bytes(os.urandom(4096))
    mhtml = (saved / "chromium.mhtml").read_bytes()
    files["truncated"].write_bytes(mhtml[: len(mhtml) // 2])
    files["deep"].write_text("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000)
    body = "<p>" + "Zoë’s café reopened on Tuesday after the floods, the owner said. " * 8 + "</p>"
    files["lying"].write_bytes(
        f'<html><head><meta charset="iso-8859-1"><title>Café</title></head><body>{body * 3}</body></html>'.encode()
    )
    return files


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_are_reported_and_the_rest_import(tmp_path: Path, saved: Path, workers: int) -> None:
    files = make_batch(tmp_path / "batch", saved)
    events: list[Progress] = []
    with Library.open(tmp_path / "lib.db") as library:
        report = import_pages(library, [tmp_path / "batch"], workers=workers, progress=events.append)
        failed = {Path(f["path"]).name: f["error"] for f in report.failed}
        assert set(failed) == {"empty.html", "junk.html", "cut.mhtml", "deep.html"}
        assert failed["empty.html"] == "empty file"
        assert "binary" in failed["junk.html"] and "truncated" in failed["cut.mhtml"]
        assert "nested too deeply" in failed["deep.html"]
        assert len(report.imported) == 3 and library.count() == 3
        lying = library.search("café")[0]
        assert lying.title == "Café" and "Ã" not in (library.get(lying.id).text)  # type: ignore[union-attr]
        assert [e.done for e in events] == list(range(1, 8)) and events[-1].total == 7
        assert library.integrity_ok()
    titan_id = next(e.article_id for e in events if e.path.endswith("titan.mhtml"))
    with Library.open(tmp_path / "lib.db") as library:
        again = import_pages(library, [files["good_mhtml"]], workers=workers)
    assert again.duplicates == [{"path": str(files["good_mhtml"]), "id": titan_id}]


def test_file_deleted_mid_batch_and_cancel(tmp_path: Path, saved: Path) -> None:
    files = make_batch(tmp_path / "batch", saved)
    with Library.open(tmp_path / "lib.db") as library:

        def delete_next(event: Progress) -> None:
            files["good_gz"].unlink(missing_ok=True)

        report = import_pages(
            library, [files["good_mhtml"], files["good_gz"]], workers=1, progress=delete_next
        )
        assert report.failed == [
            {"path": str(files["good_gz"]), "error": "file not found (moved or deleted?)"}
        ]
        report = import_pages(library, [tmp_path / "batch"], workers=1, should_cancel=lambda: True)
        assert report.cancelled and report.imported == []


def test_folder_of_ten_thousand_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05}.html").write_bytes(b"")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / "page_files").mkdir()
    (folder / "page_files" / "inner.html").write_bytes(b"<p>frame</p>")
    found = find_pages([folder])
    assert len(found) == 10_000
    with Library.open(tmp_path / "lib.db") as library:
        report = import_pages(library, [folder], workers=1)
    assert len(report.failed) == 10_000 and {f["error"] for f in report.failed} == {"empty file"}


@pytest.mark.corpus
@pytest.mark.slow
def test_kill_during_import_leaves_a_valid_library(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in list(corpus.pages())[:60]:
        shutil.copy(page.path, pages / page.path.name)
    db = tmp_path / "lib.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(db), "import", str(pages), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill once some articles are in, mid-batch
        if db.exists() and _count(db) >= 5:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 5 <= articles < 60
    orphans = conn.execute(
        "SELECT count(*) FROM articles a LEFT JOIN originals o ON o.article_id = a.id WHERE o.article_id IS NULL"
    ).fetchone()[0]
    assert orphans == 0  # every article went in whole, with its original page
    conn.close()
    with Library.open(db) as library:  # and the import can simply be run again
        report = import_pages(library, [pages], workers=1)
        total = library.count()
    assert len(report.duplicates) >= articles and total + len(report.failed) >= 55


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=0.1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
