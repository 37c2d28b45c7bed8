"""The entry point: the desktop app, or the command line when given a sub-command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from reader import cli


def main(argv: Sequence[str] | None = None) -> int:
    """``article-reader [COMMAND …]``: a known command runs the CLI, anything else the app."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("--install-desktop", "--uninstall-desktop"):
        return _desktop_integration(install=args[0] == "--install-desktop")
    if _wants_cli(args):
        return cli.main(args)
    from reader.ui.main import run_app  # Qt is imported only when the window is wanted

    return run_app(args)


def _wants_cli(args: list[str]) -> bool:
    """Whether the first word (not an option or its value) names a CLI command."""
    skip_value = False
    for arg in args:
        if skip_value:
            skip_value = False
        elif arg == "--library":
            skip_value = True
        elif arg in ("-h", "--help", "--version"):
            return True
        elif not arg.startswith("-"):
            return arg in cli.COMMANDS
    return False


def _desktop_integration(install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``: the user's menu entry, icons and file types."""
    from reader import desktop_integration
    from reader.core.errors import ReaderError

    try:
        if install:
            print(desktop_integration.describe(desktop_integration.install(), "installed"))
        else:
            print(desktop_integration.describe(desktop_integration.uninstall(), "removed"))
    except (ReaderError, OSError) as exc:
        print(f"article-reader: error: {exc}", file=sys.stderr)
        return 1
    return 0
