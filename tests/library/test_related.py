"""Related articles in the library: same story first, never the article itself or its copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import Library
from reader.library.importer import import_pages
from reader.library.related import key_terms, match_teaser, related_articles


def test_key_terms_are_names_and_repeated_words() -> None:
    terms = {t.text: t for t in key_terms(
        "Myles Garrett suspended after fight",
        "Cleveland defensive end Myles Garrett was suspended. The league said Garrett hit Mason Rudolph. "
        "The fight ended the game. Officials reviewed the fight on Friday.",
    )}  # fmt: skip
    assert terms["Myles Garrett"].is_name and terms["fight"].weight > 0
    assert "the" not in {t.lower() for t in terms}


def test_same_story_ranks_first_and_copies_never_appear(library: Library, tmp_path: Path) -> None:
    story = ("Volcanologists on Iceland's Reykjanes peninsula said magma under Grindavik kept rising, "
             "and the town was evacuated again. ")  # fmt: skip
    pages = {
        "a.txt": "Grindavik evacuated again as magma rises\n" + story * 3,
        "b.txt": "Iceland town of Grindavik empties as Reykjanes magma swells\n"
        + story.replace("kept", "is") * 3,
        "c.txt": "Volcano tourism grows in Iceland\n"
        + "Tourists flock to see lava fields in Iceland each summer. " * 4,
        "d.txt": "Bread prices climb in bakeries\n"
        + "Bakers say flour and energy costs push bread prices up. " * 4,
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "a-copy.txt").write_text(pages["a.txt"] + "\nShare this article\n")
    report = import_pages(library, sorted(tmp_path.glob("*.txt")), workers=1)
    by_title = {row[1]: row[0] for row in library.db.execute("SELECT id, title FROM articles")}
    a = by_title["Grindavik evacuated again as magma rises"]
    found = related_articles(library, a)
    titles = [item.title for item in found]
    assert titles[0] == "Iceland town of Grindavik empties as Reykjanes magma swells"
    assert "Bread prices climb in bakeries" not in titles
    assert a not in {item.id for item in found}
    assert len(report.imported) == 4 and len(report.duplicates) == 1  # the copy is the same article
    assert "Grindavik" in found[0].reason


def test_a_teaser_is_matched_by_address_or_headline(library: Library, saved: Path) -> None:
    report = import_pages(library, [saved / "chromium.mhtml"], workers=1)
    article = library.get(report.imported[0])
    assert article is not None
    assert match_teaser(library, article.url + "?utm_source=feed", None) == article.id
    assert match_teaser(library, None, (article.title or "").upper()) == article.id
    assert match_teaser(library, "https://elsewhere.example/x", "Nothing like it at all here") is None


@pytest.mark.corpus
def test_related_articles_floor_on_the_hand_made_groups(tmp_path: Path) -> None:
    import corpus
    import related  # benchmarks/related.py

    with Library.open(tmp_path / "lib.db") as library:
        import_pages(library, [page.path for page in corpus.pages()])
        at_five, story_precision, story_first = related.library_figures(library)
    assert at_five >= 0.78 and story_precision >= 0.9 and story_first >= 0.9
