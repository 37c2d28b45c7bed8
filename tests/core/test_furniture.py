"""Furniture lines in a body: credits, time stamps, agency bylines, a gallery's repeated captions."""

from __future__ import annotations

import pytest

from reader.core.dates import is_dateline
from reader.core.extract import extract
from reader.core.furniture import is_furniture_paragraph, repeated_captions
from reader.core.loader import load_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Damian Dovarganes, AP",
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        "Published 4:00 am CST, Wednesday, November 20, 2019",
        "Tom Krisher, Ap Auto Writer",
        "Meg Kinnard and Errin Haines, Associated Press",
        "Read more: the harbour's long history",
        "Advert",
        "Image 3 of 5",
        "(Image credit: Blue Origin)",
        "This slideshow requires JavaScript.",
        '[button link="http://example.com/submit/" type="big"] Send us YOUR review[/button]',
        "(Reporting by Jo Smith; Editing by Ann Lee)",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "Tempo de leitura: 2 minutos",
        "Tags: harbour, storms, town council",
        "Image copyright Getty Images",
        "By Stefan Becket, Kathryn Watson and Grace Segers",
        "paul.takahashi@chron.com",
        "Receive new posts via email.",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_paragraph(line)


@pytest.mark.parametrize(
    "line",
    [
        "WHAT YOU NEED TO MAKE JAM",  # a recipe's section heading
        "Updated figures from the census show the city grew by 4 percent, the mayor said on Monday.",
        "Photographers waited outside the court for hours before the verdict was read out.",
        "Advertising spending fell by a third in the first quarter, the survey found.",
        "[The mayor] said the wall was finished.",
        "By Tuesday, the wall was finished.",
        "Tags on the crates showed they came from Lagos.",
    ],
)
def test_prose_and_headings_are_not_furniture(line: str) -> None:
    assert not is_furniture_paragraph(line)


def test_repeated_captions_go_but_repeated_recipe_lines_stay() -> None:
    caption = "A row of unsold cars sits at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)"
    assert repeated_captions([caption, caption, "Some prose."]) == {caption.lower()}
    assert repeated_captions(["Drink 20 to 30 minutes before your workout"] * 3) == set()


def test_gallery_furniture_leaves_the_article_body() -> None:
    caption = "<p>Mayor Ann Lee, left, opens the new harbour wall on Monday. (AP Photo/Jo Smith)</p>"
    prose = "".join(f"<p>The harbour wall cost {n} million and took three years to build, officials said.</p>"
                    for n in range(1, 8))  # fmt: skip
    page = (f"<html><body><article><p>Jo Smith, Associated Press</p><p>Updated 1:39 am EST, Monday, "
            f"March 4, 2024</p><ul><li>{caption}{caption}</li></ul>{prose}<p>Photo: Jo Smith, AP</p>"
            "</article></body></html>")  # fmt: skip
    text = extract(load_bytes(page.encode(), "harbour.html")).text
    assert "harbour wall cost 1 million" in text
    for furniture in ("Associated Press", "Updated 1:39", "AP Photo", "Photo: Jo Smith"):
        assert furniture not in text


PROSE = "".join(f"<p>The harbour wall cost {n} million and took three years to build, officials said.</p>"
                for n in range(1, 8))  # fmt: skip


def test_an_embedded_tweet_is_part_of_the_article() -> None:
    tweet = ('<div class="embed-twitter"><blockquote class="twitter-tweet"><p lang="en">The new wall '
             'held back the storm surge tonight, a first for the town.</p>— Harbour Board (@harbour) '
             '<a href="https://twitter.com/harbour/status/1">March 4, 2024</a></blockquote></div>')  # fmt: skip
    page = f"<html><body><article>{PROSE[:300]}{tweet}{PROSE}</article></body></html>"
    text = extract(load_bytes(page.encode(), "tweet.html")).text
    assert "held back the storm surge tonight" in text
    assert "harbour wall cost 7 million" in text


def test_a_caption_written_as_a_div_is_shown_but_not_read_as_body() -> None:
    figure = ('<div class="InlineImage-wrapper"><img src="wall.jpg"><div class="InlineImage-caption">'
              "Workers finish the harbour wall on Monday morning in the rain.</div></div>")  # fmt: skip
    page = f"<html><body><article>{PROSE[:200]}{figure}{PROSE}</article></body></html>"
    article = extract(load_bytes(page.encode(), "caption.html"))
    assert "Workers finish the harbour wall" not in article.text
    assert "Workers finish the harbour wall" in article.html


def test_the_standfirst_is_shown_apart_from_the_paragraphs() -> None:
    dek = '<p class="c-entry-summary p-dek">The town finally has a wall that will stand.</p>'
    subhead = '<h2 class="subhead">How it was paid for</h2>'
    page = f"<html><body><article>{dek}{PROSE}{subhead}{PROSE}</article></body></html>"
    article = extract(load_bytes(page.encode(), "dek.html"))
    assert "finally has a wall" not in article.text
    assert '<p class="standfirst">The town finally has a wall' in article.html
    assert "How it was paid for" in article.text  # a subheading further down stays a heading


def test_the_writers_bio_and_contact_lines_close_the_body_no_more() -> None:
    page = ('<html><head><meta name="author" content="Jo Smith"></head><body><article>'
            f'{PROSE}<p>Jo Smith is a reporter for the Harbour Times.</p>'
            "<p>Email Jo at jo@example.com or follow her on Twitter.</p></article></body></html>")  # fmt: skip
    text = extract(load_bytes(page.encode(), "bio.html")).text
    assert "harbour wall cost 7 million" in text
    assert "is a reporter for" not in text and "jo@example.com" not in text


def test_a_name_that_opens_a_closing_paragraph_is_not_always_a_bio() -> None:
    page = ('<html><head><meta name="author" content="Jo Smith"></head><body><article>'
            f"{PROSE}<p>Ann Lee, the mayor, said the wall would outlast everyone in the room.</p>"
            "</article></body></html>")  # fmt: skip
    assert "outlast everyone" in extract(load_bytes(page.encode(), "end.html")).text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nov. 20, 2019 5:52 AM EST", True),
        ("Monday, November 18, 2019", True),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", True),
        ("05/10/2018", True),
        ("Nov 3rd, 2022", True),
        ("4:14 p.m.", False),  # live coverage's time headings stay
        ("The wall opened on Monday, November 18, 2019.", False),
        ("— Harbour Board (@harbour) March 4, 2024", False),
    ],
)
def test_datelines(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


def test_readability_choosing_post_teasers_outside_the_pages_article_is_overruled() -> None:
    post = ("<p>Loving someone truly is one of the great pleasures of life, and it asks for patience, "
            "care and the courage to be honest about what we need from each other every day. We ask "
            "others to fill the holes we dig ourselves, and then wonder why each new love ends the way "
            "the last one did. Each of us is the only one responsible for our own happiness, and the "
            "sooner we accept it, the sooner love can be a gift instead of a debt.</p>")  # fmt: skip
    teasers = "".join(
        f"<h3>Reflection {n}</h3><p>Life asks for optimism and the courage to hope "
        f"for the best, day after day, in small things and large ones, number {n} of many.</p>"
        for n in range(1, 9)
    )
    page = ("<html><head><title>Only Those Who Love</title></head><body><div class='column'>"
            f"<article class='post'><h1>Only Those Who Love</h1>{post}</article></div>"
            f"<div class='column'><div class='more'>{teasers}</div></div></body></html>")  # fmt: skip
    text = extract(load_bytes(page.encode(), "post.html")).text
    assert "Loving someone truly" in text
    assert "Reflection 3" not in text and "number 3 of many" not in text


def test_a_date_line_at_the_top_goes_but_a_timelines_date_headings_stay() -> None:
    steps = "".join(f"<h3>March {n}, 2024</h3><p>The harbour board met again and voted on the wall, "
                    f"with {n} members for it and none against, officials said.</p>" for n in range(1, 6))  # fmt: skip
    page = (f"<html><body><article><p>Nov. 20, 2019 5:52 AM EST</p>{PROSE}{steps}{PROSE}</article>"
            "</body></html>")  # fmt: skip
    text = extract(load_bytes(page.encode(), "timeline.html")).text
    assert "Nov. 20, 2019" not in text
    assert "March 3, 2024" in text
