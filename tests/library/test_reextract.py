"""Extraction run again over the stored originals: renewed in place, nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.library import Library
from reader.library.importer import import_pages
from reader.library.reextract import reextract


def test_every_format_is_renewed_in_place_with_its_reading_state(library: Library, saved: Path) -> None:
    report = import_pages(library, [saved / "chromium.mhtml", saved / "select-all.txt",
                                    saved / "detroitnews.html.gz"], workers=1)  # fmt: skip
    first = report.imported[0]
    library.set_state(first, read=True, favourite=True)
    library.db.execute("UPDATE articles SET text = 'stale', html = '<p>stale</p>' WHERE id = ?", [first])
    library.db.execute("DELETE FROM quotes WHERE article_id = ?", [first])
    before = library.get(first)
    assert before is not None and before.text == "stale"

    renewed = reextract(library)

    assert sorted(renewed.renewed) == sorted(report.imported) and renewed.skipped == []
    after = library.get(first)
    assert after is not None and after.text.startswith("WASHINGTON (Reuters)")
    assert after.is_read and after.is_favourite and after.imported_at == before.imported_at
    assert library.search("stale") == [] and library.search("saturn")  # the index follows
    assert library.original(first) is not None


def test_a_complete_save_renews_from_its_folder_or_is_left_whole(
    tmp_path: Path, saved: Path, library: Library
) -> None:
    page = tmp_path / "Story.html"
    shutil.copy(saved / "complete" / "Story.html", page)
    shutil.copytree(saved / "complete" / "Story_files", tmp_path / "Story_files")
    article_id = import_pages(library, [page], workers=1).imported[0]
    images = library.db.execute("SELECT count(*) FROM article_images WHERE article_id = ?",
                                [article_id]).fetchone()[0]  # fmt: skip
    assert images >= 1

    assert reextract(library, [article_id]).renewed == [article_id]
    assert library.db.execute("SELECT count(*) FROM article_images WHERE article_id = ?",
                              [article_id]).fetchone()[0] == images  # fmt: skip

    shutil.rmtree(tmp_path / "Story_files")
    left = reextract(library, [article_id])
    assert left.renewed == [] and "Story_files folder" in left.skipped[0][1]
    stored = library.get(article_id)
    assert stored is not None and stored.lead_image and stored.lead_image["key"]  # its image was kept
    assert library.image(stored.lead_image["key"]) is not None


def test_an_unknown_id_is_reported_not_raised(library: Library) -> None:
    assert reextract(library, [42]).skipped == [(42, "no such article")]
