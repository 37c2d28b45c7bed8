"""Save the benchmark pages with a real browser, as MHTML and as plain text.

Debian's chromium opens each benchmark page offline (file://, scripts off, no
network) and saves it the way a user would: "Save as single file" (MHTML,
through the DevTools ``Page.captureSnapshot`` command) and "select all + copy"
(the body's innerText). The results land in ``benchmarks/.cache/saves/`` for
the extraction benchmark; a few are kept in ``tests/data/saved/`` as fixtures.

    python benchmarks/make_saves.py [--limit N]

Needs ``pip install playwright`` and ``apt-get install chromium``; never
downloads a browser.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

CACHE = Path(__file__).resolve().parent / ".cache" / "saves"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="save only the first N pages")
    parser.add_argument("--out", type=Path, default=CACHE)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    pages = list(corpus.pages())[: args.limit or None]
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as scratch:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        context = browser.new_context(java_script_enabled=False, offline=True)
        context.route("**/*", _only_local_files)
        for number, page_info in enumerate(pages, 1):
            mhtml_path = args.out / f"{page_info.page_id}.mhtml"
            text_path = args.out / f"{page_info.page_id}.txt"
            if mhtml_path.exists() and text_path.exists():
                continue
            source = Path(scratch) / f"{page_info.page_id}.html"
            source.write_bytes(page_info.html_bytes())
            tab = context.new_page()
            try:
                tab.goto(source.as_uri(), wait_until="load", timeout=30000)
                session = context.new_cdp_session(tab)
                snapshot = session.send("Page.captureSnapshot", {"format": "mhtml"})["data"]
                text = tab.evaluate("document.body ? document.body.innerText : ''")
            finally:
                tab.close()
            mhtml_path.write_bytes(_with_page_url(snapshot, page_info.url).encode("utf-8"))
            text_path.write_text(text, encoding="utf-8")
            print(f"{number}/{len(pages)} {page_info.page_id[:12]}", flush=True)
        browser.close()
    return 0


def _only_local_files(route) -> None:  # type: ignore[no-untyped-def]
    if route.request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()


def _with_page_url(mhtml: str, url: str) -> str:
    """Put the page's real address where the browser would have written it.

    Opened from a file, the snapshot says ``file:///tmp/...``; a user's save
    carries the site's URL, and the extractor uses it to resolve links.
    """
    head, sep, rest = mhtml.partition("\r\n\r\n")
    lines = head.split("\r\n")
    for index, line in enumerate(lines):
        if line.startswith("Snapshot-Content-Location:"):
            local = line.split(":", 1)[1].strip()
            lines[index] = f"Snapshot-Content-Location: {url}"
            rest = rest.replace(f"Content-Location: {local}\r\n", f"Content-Location: {url}\r\n", 1)
    return "\r\n".join(lines) + sep + rest


if __name__ == "__main__":
    sys.exit(main())
