"""The command line: ``article-reader import|search|show|export …`` over the core.

Its sub-command names and JSON keys are a contract other tools rely on: add,
never rename.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader import __version__
from reader.core.errors import ReaderError
from reader.core.extract import extract
from reader.core.loader import load_page
from reader.library import Library, LibraryError
from reader.library.export import FORMATS, export_article, shown_site
from reader.library.importer import Progress, import_pages
from reader.library.people import people, quotes_by, requote
from reader.library.reextract import reextract
from reader.library.related import related_articles
from reader.library.store import FILTERS, SORT_COLUMNS

COMMANDS = (
    "extract",
    "import",
    "list",
    "search",
    "show",
    "export",
    "delete",
    "related",
    "people",
    "requote",
    "reextract",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="article-reader",
        description="Read the news pages you saved, cleanly and offline. "
        "With no command (or with file paths) the desktop app starts.",
        epilog="desktop app: article-reader [--library DB] [--new-instance] [--screenshot PNG] [PATH ...]; "
        "article-reader --install-desktop (or --uninstall-desktop) adds (removes) the menu entry, icon "
        "and 'Open with' file types for this user.",
    )
    parser.add_argument("--version", action="version", version=f"article-reader {__version__}")
    library_option = argparse.ArgumentParser(add_help=False)
    library_option.add_argument(
        "--library", metavar="DB", type=Path, default=argparse.SUPPRESS,
        help="library file (default: $ARTICLE_READER_LIBRARY or the user data folder)",
    )  # fmt: skip
    library_option.add_argument("--debug", action="store_true", default=argparse.SUPPRESS)
    parser.add_argument("--library", metavar="DB", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true", help="log what happens, for bug reports")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, parents=[library_option])

    sub = command("extract", "extract articles from saved pages without storing them")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--json", action="store_true", help="one JSON object per page (JSON Lines)")

    sub = command("import", "import saved pages (files or folders) into the library")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")

    sub = command("list", "list the library's articles, newest first")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=int, default=50)
    sub.add_argument("--offset", type=int, default=0)
    sub.add_argument("--sort", choices=sorted(SORT_COLUMNS), default="imported")
    sub.add_argument("--filter", choices=sorted(FILTERS), default="everything", dest="filter_name")

    sub = command("search", "full-text search over titles, authors, sites and bodies")
    sub.add_argument("query")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--limit", type=int, default=20)

    sub = command("show", "print one stored article")
    sub.add_argument("id", type=int)
    sub.add_argument("--json", action="store_true")

    sub = command("export", "write a stored article as Markdown, HTML or JSON")
    sub.add_argument("id", type=int)
    sub.add_argument("--format", choices=FORMATS, default="md")
    sub.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    sub.add_argument("--json", action="store_true", help="same as --format json")

    sub = command("related", "articles in the library most like a stored one, with the reason")
    sub.add_argument("id", type=int)
    sub.add_argument("--limit", type=int, default=8)
    sub.add_argument("--json", action="store_true", help="a JSON list of {id, title, site, published, "
                     "score, reason, shared}")  # fmt: skip

    sub = command("people", "everyone quoted in the library, with article and quote counts")
    sub.add_argument("name", nargs="?", help="list this person's quotes across articles instead")
    sub.add_argument("--limit", type=int, default=None)
    sub.add_argument("--json", action="store_true")

    sub = command("requote", "extract quotes again from every stored article (after an upgrade)")
    sub.add_argument("--json", action="store_true")

    sub = command("reextract", "extract stored articles again from their saved originals (after an upgrade)")
    sub.add_argument("ids", metavar="ID", type=int, nargs="*", help="articles to renew (default: all)")
    sub.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    sub.add_argument("--json", action="store_true", help="{renewed: [id], skipped: [{id, reason}]}")

    sub = command("delete", "delete a stored article")
    sub.add_argument("id", type=int)
    sub.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")  # fmt: skip
    if args.command is None:
        build_parser().print_help()
        return 2
    if args.command == "extract":
        return _extract(args.paths, args.json)
    try:
        with Library.open(args.library) as library:
            return HANDLERS[args.command](library, args)
    except LibraryError as exc:
        _error(str(exc))
        return 1


def _extract(paths: list[str], as_json: bool) -> int:
    status = 0
    for path in paths:
        try:
            article = extract(load_page(path))
        except ReaderError as exc:
            status = 1
            if as_json:
                _print_json({"path": path, "error": str(exc)})
            else:
                _error(f"{path}: {exc}")
            continue
        if as_json:
            _print_json({"path": path, **article.to_json()})
        else:
            _print_article(article.title, article.byline, article.site, article.published, article.text)
    return status


def _import(library: Library, args: argparse.Namespace) -> int:
    interactive = sys.stderr.isatty() and not args.json

    def show_progress(event: Progress) -> None:
        if event.outcome == "failed" and not args.json:
            _error(f"{event.path}: {event.error}")
        if interactive:
            print(f"\r{event.done}/{event.total} imported…", end="", file=sys.stderr, flush=True)

    report = import_pages(library, args.paths, workers=args.workers, progress=show_progress)
    if interactive:
        print(file=sys.stderr)
    if args.json:
        _print_json(report.to_json())
    else:
        print(f"imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
              f"failed {len(report.failed)}")  # fmt: skip
    return 1 if report.failed else 0


def _list(library: Library, args: argparse.Namespace) -> int:
    rows = library.list(limit=args.limit, offset=args.offset, sort=args.sort, filter_name=args.filter_name)
    if args.json:
        _print_json([row.to_json() for row in rows])
    else:
        for row in rows:
            date = (row.published or "")[:10]
            print(f"{row.id:>6}  {date:10}  {row.site or '':24.24}  {row.title or 'Untitled'}")
    return 0


def _search(library: Library, args: argparse.Namespace) -> int:
    rows = library.search(args.query, limit=args.limit)
    if args.json:
        _print_json([row.to_json() for row in rows])
    else:
        for row in rows:
            snippet = (row.snippet or "").replace("<b>", "[").replace("</b>", "]")
            print(f"{row.id:>6}  {row.title or 'Untitled'}\n        {snippet}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    article = library.get(args.id)
    if article is None:
        return _no_such_article(args.id)
    if args.json:
        _print_json(article.to_json())
    else:
        _print_article(article.title, article.byline, article.site, article.published, article.text)
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    article = library.get(args.id)
    if article is None:
        return _no_such_article(args.id)
    output = export_article(library, article, "json" if args.json else args.format)
    if args.output:
        args.output.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0


def _delete(library: Library, args: argparse.Namespace) -> int:
    deleted = library.delete(args.id)
    if args.json:
        _print_json({"deleted": deleted, "id": args.id})
    elif not deleted:
        return _no_such_article(args.id)
    return 0 if deleted else 1


def _no_such_article(article_id: int) -> int:
    _error(f"no article with id {article_id}")
    return 1


def _related(library: Library, args: argparse.Namespace) -> int:
    if library.get(args.id) is None:
        return _no_such_article(args.id)
    found = related_articles(library, args.id, limit=args.limit)
    if args.json:
        _print_json([item.to_json() for item in found])
        return 0
    for item in found:
        site = f" — {item.site}" if item.site else ""
        print(f"{item.id:>6}  {item.title or 'Untitled'}{site}  ({item.reason})")
    return 0


def _people(library: Library, args: argparse.Namespace) -> int:
    if args.name:
        said = quotes_by(library, args.name)
        if args.json:
            _print_json([item.to_json() for item in said])
        for item in [] if args.json else said:
            print(f"{item.article_id:>6}  {item.title or 'Untitled'}\n        “{item.quote}”")
        if not said:
            _error(f"nobody called {args.name!r} is quoted in the library")
            return 1
        return 0
    found = people(library, limit=args.limit)
    if args.json:
        _print_json([person.to_json() for person in found])
        return 0
    for person in found:
        role = f" — {person.role}" if person.role else ""
        articles = f"{person.articles} article{'s' if person.articles != 1 else ''}"
        print(f"{articles:>12}  {person.quotes:>4} quotes  {person.name}{role}")
    return 0


def _requote(library: Library, args: argparse.Namespace) -> int:
    articles, quotes, seconds = requote(library)
    if args.json:
        _print_json({"articles": articles, "quotes": quotes, "seconds": round(seconds, 3)})
    else:
        print(f"re-extracted quotes of {articles} articles: {quotes} quotes in {seconds:.1f} s")
    return 0


def _reextract(library: Library, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done == total or done % 50 == 0):
            end = "\n" if done == total else ""
            print(f"\rrenewing {done}/{total}", end=end, file=sys.stderr, flush=True)

    report = reextract(library, args.ids or None, progress, workers=args.workers)
    if args.json:
        _print_json(report.to_json())
    else:
        print(f"renewed {len(report.renewed)} articles, left {len(report.skipped)} as they were")
        for article_id, reason in report.skipped:
            print(f"  {article_id}: {reason}", file=sys.stderr)
    return 1 if report.skipped and args.ids else 0


HANDLERS = {
    "import": _import, "list": _list, "search": _search, "show": _show, "export": _export,
    "delete": _delete, "related": _related, "people": _people, "requote": _requote,
    "reextract": _reextract,
}  # fmt: skip


def _print_article(title: str | None, byline: str | None, site: str | None,
                   published: str | None, text: str) -> None:  # fmt: skip
    print(title or "Untitled")
    site = shown_site(site, byline)
    details = " · ".join(part for part in (byline, site, (published or "")[:10]) if part)
    if details:
        print(details)
    print()
    print(text)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _error(message: str) -> None:
    print(f"article-reader: {message}", file=sys.stderr)
