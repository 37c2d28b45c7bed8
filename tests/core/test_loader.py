"""Loading each real saved-page format, and refusing bad input with a clear reason."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from reader.core.errors import PageError
from reader.core.loader import load_bytes, load_page, sniff_format
from reader.core.resources import normalise_path

TITAN_URL = "https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan"


def test_html_only_reads_the_saved_from_mark(saved: Path) -> None:
    page = load_page(saved / "html-only.htm")
    assert page.format == "html"
    assert page.url == TITAN_URL
    assert "Titan" in page.html


def test_complete_page_resolves_images_only_inside_its_folder(saved: Path) -> None:
    page = load_page(saved / "complete" / "Story.html")
    assert page.format == "html-complete"
    image = page.find_resource("./Story_files/titan.png")
    assert image is not None and image.mime == "image/png"
    assert image.data == (saved / "complete" / "Story_files" / "titan.png").read_bytes()
    assert page.find_resource("../outside.png") is None
    assert page.find_resource(str(saved / "outside.png")) is None
    assert page.find_resource("Story_files/../../outside.png") is None


@pytest.mark.parametrize("reference", ["../x.png", "/etc/passwd", "a/../../x", "file:///etc/passwd", ""])
def test_paths_that_leave_the_folder_are_refused(reference: str) -> None:
    assert normalise_path(reference) is None


def test_chromium_mhtml(saved: Path) -> None:
    page = load_page(saved / "chromium.mhtml")
    assert page.format == "mhtml"
    assert page.url == TITAN_URL
    assert "Saturn" in page.html and "=3D" not in page.html  # quoted-printable decoded


def test_mhtml_cid_and_base64_parts() -> None:
    boundary = "----MultipartBoundary--abc"
    png = b"\x89PNG\r\n\x1a\nfakepng"
    import base64

    data = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n"
        "Subject: A\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://news.example/a\r\n\r\n"
        '<html><body><p>Caf=C3=A9 <img src=3D"cid:img1@mhtml"></p></body></html>\r\n'
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-ID: <img1@mhtml>\r\nContent-Location: https://news.example/i.png\r\n\r\n"
        f"{base64.b64encode(png).decode()}\r\n--{boundary}--\r\n"
    ).encode()
    page = load_bytes(data, "a.mht")
    assert page.format == "mhtml" and "Café" in page.html
    assert page.find_resource("cid:img1@mhtml").data == png  # type: ignore[union-attr]
    assert page.find_resource("https://news.example/i.png").data == png  # type: ignore[union-attr]
    with pytest.raises(PageError, match="truncated MHTML"):
        load_bytes(data[: len(data) // 2], "cut.mhtml")


def test_singlefile_inlined_images_are_set_aside(saved: Path) -> None:
    page = load_page(saved / "singlefile.html")
    assert page.format == "singlefile"
    assert page.url == TITAN_URL
    assert not re.search(r"data:[^\"' >]{512,}", page.html)  # large inline data is set aside
    images = [r for r in page.resources.values() if r.mime == "image/png"]
    assert images and images[0].data.startswith(b"\x89PNG")


def test_safari_webarchive(webarchives: Path) -> None:
    page = load_page(webarchives / "christiantietze.de-post.webarchive")
    assert page.format == "webarchive"
    assert page.url and page.url.startswith("https://christiantietze.de/posts/2022/11/")
    assert "NSTableView" in page.html
    css = page.find_resource("/css/default.css")  # subresources resolve by URL, relative too
    assert css is not None and css.mime == "text/css" and len(css.data) > 1000


def test_safari_webarchive_extracts_with_its_byline(webarchives: Path) -> None:
    from reader.core.extract import extract

    article = extract(load_page(webarchives / "christiantietze.de-post.webarchive"))
    assert article.title == "NSTableView Variable Row Heights Broken on macOS Ventura 13.0"
    assert article.authors == ["Christian Tietze"]
    assert article.published and article.published.startswith("2022-11-03")


def test_webarchive_of_an_image_says_there_is_no_article(webarchives: Path) -> None:
    from reader.core.extract import extract

    with pytest.raises(PageError, match="no article"):
        extract(load_page(webarchives / "adele-for-vogue-in-2021.webarchive"))


def test_plain_text_and_gzip(saved: Path) -> None:
    assert load_page(saved / "select-all.txt").format == "text"
    page = load_page(saved / "detroitnews.html.gz")
    assert page.format == "html" and "Eastern Michigan" in page.html


def test_format_is_told_by_content_not_name(saved: Path) -> None:
    mhtml = (saved / "chromium.mhtml").read_bytes()
    assert load_bytes(mhtml, "misnamed.html").format == "mhtml"
    assert load_bytes(gzip.compress(mhtml), "page.bin").format == "mhtml"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty file"),
        (bytes(range(256)) * 40, "binary data"),
        (b"\x1f\x8b\x08\x00garbage", "gzip"),
        (b"bplist00\x00\x01garbage", "web archive"),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n", "MHTML"),
    ],
)
def test_bad_input_gives_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PageError, match=reason) as caught:
        load_bytes(data, "bad")
    assert "\n" not in str(caught.value)


def test_a_50_mb_page_is_refused_quickly() -> None:
    filler = b"<div>" + b"x" * 1000 + b"</div>\n"
    data = b"<html><body>" + filler * (50 * 1024) + b"</body></html>"
    with pytest.raises(PageError, match="too large"):
        load_bytes(data, "huge.html")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="not found"):
        load_page(tmp_path / "gone.html")
    with pytest.raises(PageError, match="folder"):
        load_page(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("html-only.htm", "html"),
        ("complete/Story.html", "html-complete"),
        ("chromium.mhtml", "mhtml"),
        ("singlefile.html", "singlefile"),
        ("select-all.txt", "text"),
        ("detroitnews.html.gz", "html"),
    ],
)
def test_sniffing_agrees_with_loading(saved: Path, name: str, expected: str) -> None:
    assert sniff_format(saved / name) == expected
    assert load_page(saved / name).format == expected


def test_sniffing_a_webarchive_and_refusing_junk(tmp_path: Path, webarchives: Path) -> None:
    archive = next(webarchives.glob("*.webarchive"))
    assert sniff_format(archive) == "webarchive"
    (tmp_path / "empty.html").write_bytes(b"  \n")
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)
    for name, reason in [
        ("empty.html", "empty file"),
        ("photo.html", "binary data"),
        ("gone.html", "not found"),
    ]:
        with pytest.raises(PageError, match=reason):
            sniff_format(tmp_path / name)
