"""The sanitizer keeps reading markup and removes everything that could run or fetch."""

import lxml.html

from reader.core.sanitize import sanitize

HOSTILE = """
<div onclick="steal()">
  <script>alert(1)</script><style>body{display:none}</style>
  <h1>Title</h1><h2 style="color:red" onmouseover="x()">Sub</h2>
  <p>Text <a href="javascript:alert(1)">bad link</a> <a href="/relative">rel</a>
     <a href="https://ok.example/" onclick="y()">ok</a> <a href="data:text/html,<script>">data</a></p>
  <iframe src="https://evil.example/"></iframe><form action="/x"><input name="q"></form>
  <object data="x.swf"></object><embed src="x.swf"><svg onload="z()"><circle/></svg>
  <img src="https://tracker.example/pixel.gif" onerror="w()">
  <img src="local.png" alt="kept">
  <blockquote>Quote</blockquote><ul><li>one</li></ul>
  <table><tr><td colspan="2" bgcolor="red">cell</td></tr></table>
  <figure><img src="local.png"><figcaption>Caption</figcaption></figure>
  <custom-widget>inner text</custom-widget><!-- comment -->
</div>
"""


def clean(html: str) -> str:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    sanitize(root, "https://news.example/story", lambda src: "reader-image:abc" if "local" in src else None)
    return lxml.html.tostring(root, encoding="unicode")


def test_hostile_markup_is_neutralised() -> None:
    out = clean(HOSTILE)
    for forbidden in ("<script", "alert", "<style", "onclick", "onmouseover", "onerror", "onload",
                      "javascript:", "<iframe", "<form", "<input", "<object", "<embed", "<svg",
                      "tracker.example", "style=", "bgcolor", "data:text", "comment"):  # fmt: skip
        assert forbidden not in out, forbidden


def test_reading_markup_is_kept() -> None:
    out = clean(HOSTILE)
    for kept in ("<h2>Title</h2>", "<h2>Sub</h2>", "<blockquote>Quote</blockquote>", "<li>one</li>",
                 '<td colspan="2">cell</td>', "<figcaption>Caption</figcaption>", "inner text",
                 'href="https://news.example/relative"', 'href="https://ok.example/"',
                 'src="reader-image:abc"', 'alt="kept"'):  # fmt: skip
        assert kept in out, kept


def test_empty_spacer_blocks_are_dropped_but_images_and_tails_stay() -> None:
    out = clean(
        "<div><p>One.</p><p></p><p> </p><div><span> </span></div>"
        '<p><img src="https://example.com/a.png"></p><div><p><br></p>tail</div><p>Two.</p></div>'
    )
    assert "<p></p>" not in out and "<p> </p>" not in out and "<span>" not in out
    assert "tail" in out and "One." in out and "Two." in out
