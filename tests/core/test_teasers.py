"""Related stories in HTML pages: what is a teaser, where it sits, and what is not one."""

from __future__ import annotations

import pytest

from reader.core.extract import extract
from reader.core.loader import load_bytes
from reader.core.similarity import rank_related

BODY = "".join(
    f"<p>The harbour authority said on Monday that the new breakwater will protect {n} fishing boats "
    f"from winter storms, and that work begins in spring with money from the regional fund.</p>"
    for n in range(1, 9)
)
PAGE = f"""<html><head><title>Harbour gets a new breakwater</title>
<link rel="canonical" href="https://news.example.com/2024/03/harbour-gets-new-breakwater"></head><body>
<header><nav><ul>
  <li><a href="/world">World news and more</a></li>
  <li><a href="/2024/03/menu-story-about-the-elections-today">Menu story about the elections today</a></li>
</ul></nav></header>
<div class="trending"><a href="/2024/03/mayor-opens-the-new-fish-market">Mayor opens the new fish market</a></div>
<article><h1>Harbour gets a new breakwater</h1>{BODY}
<p>Engineers <a href="/2024/02/engineers-tested-the-breakwater-design-in-a-wave-tank">tested the design in a
wave tank</a> last year before the plan was approved by the council and the harbour board.</p>
<aside class="inline-box"><p>Read more: <a href="/2024/01/storm-damage-at-the-harbour-costs-millions">Storm damage
at the harbour costs millions</a></p></aside>
<p>Work is expected to last two years, the authority said, and the harbour stays open throughout.</p>
</article>
<section><h3>Related</h3><ul>
  <li><a href="/2024/03/fishing-boats-return-after-winter-storms">Fishing boats return after winter storms</a></li>
  <li><a href="https://news.example.com/2024/03/city-council-approves-budget-for-schools">City council approves
  budget for schools</a></li>
  <li><a href="https://ads.example.net/2024/buy-a-boat-today-at-half-price">Buy a boat today at half price</a></li>
  <li><a href="/tag/harbour-news-and-features">Harbour news and features</a></li>
  <li><a href="/author/jane-doe-reporter-page">Jane Doe, harbour reporter</a></li>
</ul></section>
<aside><div class="adverts-widget-recent"><span class="adverts-widget-recent-title">
  <a href="https://news.example.com/advert/harbour-fishing-boat-for-sale-2011/">Harbour fishing boat for sale 2011</a>
</span><span class="price">£3,000.00</span></div>
<div class="listing"><a href="/classifieds/used-outboard-motor-good-condition">Used outboard motor, good
condition</a></div></aside>
<footer><a href="/2024/03/footer-story-nobody-reads-here">Footer story nobody reads here</a></footer>
</body></html>"""


@pytest.fixture(scope="module")
def article():
    return extract(load_bytes(PAGE.encode(), "harbour.html"))


def test_teasers_are_found_with_position_label_and_absolute_address(article) -> None:
    by_title = {link.title: link for link in article.related}
    assert set(by_title) == {
        "Mayor opens the new fish market",
        "Storm damage at the harbour costs millions",
        "Fishing boats return after winter storms",
        "City council approves budget for schools",
    }
    assert by_title["Mayor opens the new fish market"].position == "before"
    assert by_title["Storm damage at the harbour costs millions"].position == "inside"
    related = by_title["Fishing boats return after winter storms"]
    assert related.position == "after" and related.label == "Related"
    assert related.url == "https://news.example.com/2024/03/fishing-boats-return-after-winter-storms"


def test_topical_teasers_come_first_and_none_leak_into_the_body(article) -> None:
    titles = [link.title for link in article.related]
    assert titles.index("Storm damage at the harbour costs millions") < titles.index(
        "City council approves budget for schools")  # fmt: skip
    assert all(0.0 <= (link.score or 0.0) <= 1.0 for link in article.related)
    assert "Storm damage" not in article.text and "Read more" not in article.text
    assert "Fishing boats return" not in article.text
    assert "tested the design in a wave tank" in article.text  # a link in a sentence stays prose


def test_ranking_scores_shared_names_and_words() -> None:
    from reader.core.model import RelatedLink

    links = [RelatedLink("Stocks rise in Tokyo trading", "u1", "after"),
             RelatedLink("Nadal beats Medvedev at the Davis Cup", "u2", "after")]  # fmt: skip
    ranked = rank_related(links, "Nadal keeps Spain alive at Davis Cup", "Rafael Nadal won in Madrid. " * 5)
    assert [link.url for link in ranked] == ["u2", "u1"]
    assert ranked[0].score and ranked[0].score > 0.3 and ranked[1].score == 0.0


@pytest.mark.corpus
def test_teaser_extraction_floor_on_the_annotated_pages() -> None:
    import related  # benchmarks/related.py

    score = related.teaser_figures()
    assert score.expected >= 150
    assert score.precision >= 0.95 and score.recall >= 0.90 and score.position_accuracy >= 0.9


@pytest.mark.corpus
def test_no_teaser_leaks_into_the_body_of_the_annotated_pages() -> None:
    import corpus
    import teaser_scoring

    pages = {page.page_id[:10]: page for page in corpus.pages()}
    for prefix in teaser_scoring.load_annotation():
        article = extract(load_bytes(pages[prefix].html_bytes(), f"{prefix}.html"))
        lines = {" ".join(line.split()) for line in article.text.split("\n")}
        leaked = [link.title for link in article.related if link.title in lines]
        assert leaked == [], prefix
