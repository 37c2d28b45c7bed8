"""The people index across the library, and re-extracting quotes after an upgrade."""

from __future__ import annotations

from pathlib import Path

from reader.library import Library
from reader.library.importer import import_pages
from reader.library.people import people, quotes_by, requote


def _import(library: Library, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Wells reopen in Lagos\n"
        "Lagos State Health Commissioner Maria Okafor reopened the wells on Monday after months of tests.\n"
        "“The water is safe to drink again,” Okafor said on Monday at the first of the reopened wells.\n"
        "“We tested every single well twice before we opened any of them to the public,” she added.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Clinic opens its doors\n"
        "A new clinic opened in the city on Friday, the health commission said in a short statement.\n"
        "“This clinic will serve forty thousand people in the eastern districts,” Okafor said on Friday.\n"
    )
    import_pages(library, [tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)


def test_people_are_counted_across_articles_and_a_surname_joins_the_full_name(
    library: Library, tmp_path: Path
) -> None:
    _import(library, tmp_path)
    found = people(library)
    assert found[0].name == "Maria Okafor" and found[0].articles == 2 and found[0].quotes == 3
    assert found[0].aliases == ["Okafor"]  # the second article names her only by surname
    said = quotes_by(library, "Maria Okafor")
    assert len(said) == 3 and {item.title for item in said} == {
        "Wells reopen in Lagos",
        "Clinic opens its doors",
    }


def test_requote_replaces_every_articles_quotes(library: Library, tmp_path: Path) -> None:
    _import(library, tmp_path)
    library.db.execute("DELETE FROM quotes")
    library.db.execute("INSERT INTO quotes (article_id, idx, speaker, quote, start, partial, kind) "
                       "VALUES (1, 0, 'Somebody Stale', 'old', 0, 0, 'direct')")  # fmt: skip
    articles, quotes, _ = requote(library)
    assert (articles, quotes) == (2, 3)
    assert "Somebody Stale" not in {p.name for p in people(library)}
    assert library.integrity_ok()


def test_descriptions_are_not_people_the_library_follows(library: Library) -> None:
    from reader.core.model import Quote
    from reader.library.people import is_description, people, replace_quotes

    assert is_description("the man") and is_description("one user") and is_description("aviation analysts")
    assert not is_description("Maria Okafor") and not is_description("The Associated Press")
    ids = []
    for n in (1, 2):
        ids.append(library.db["articles"].insert({"title": f"Story {n}", "text": "x", "html": "<p>x</p>",
                                                   "format": "text", "text_hash": f"h{n}",
                                                   "imported_at": f"2024-01-0{n}"}).last_pk)  # fmt: skip
        replace_quotes(library, ids[-1], [Quote(speaker="the man", role=None, quote="It was cold.", start=0,
                                                partial=False), Quote(speaker="Maria Okafor", role=None,
                                                quote="It was warm.", start=0, partial=False)])  # fmt: skip
    assert [(p.name, p.articles) for p in people(library)] == [("Maria Okafor", 2)]
