"""Linux desktop integration: "Open with Article Reader" in file managers, and its removal.

``article-reader --install-desktop`` writes the .desktop file (with the absolute
path of this installation's launcher), the icons, a MIME type for Safari web
archives and the AppStream metainfo into the user's XDG data folder, then asks
the desktop's caches to refresh. Nothing outside the user's home is touched,
and the app never makes itself the default for anything: it is listed as an
option for the types it reads.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from reader import APP_ID
from reader.core.errors import ReaderError

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """The ``resources/`` folder: inside the bundle when frozen, beside the package otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    folder = Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent.parent / "resources"
    if not (folder / f"{APP_ID}.desktop").is_file():
        raise ReaderError(f"the app's resources are missing (looked in {folder})")
    return folder


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The command a file manager should run: the bundle's executable, or this install's script."""
    if getattr(sys, "frozen", False):
        return sys.executable
    script = Path(sys.executable).parent / "article-reader"
    if script.is_file():
        return str(script)
    found = shutil.which("article-reader")
    if found is None:
        raise ReaderError("cannot find the article-reader command: install the package first")
    return str(Path(found).resolve())


def _targets(home: Path) -> dict[str, Path]:
    """Where each installed file goes, keyed by its source name in ``resources/``."""
    targets = {
        f"{APP_ID}.desktop": home / "applications" / f"{APP_ID}.desktop",
        f"{APP_ID}-mime.xml": home / "mime" / "packages" / f"{APP_ID}.xml",
        f"{APP_ID}.metainfo.xml": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        f"icons/{APP_ID}.svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        targets[f"icons/{size}.png"] = (
            home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        )
    return targets


def desktop_entry(template: str, command: str) -> str:
    """The .desktop file with ``Exec`` and ``TryExec`` pointing at this installation."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_quote_exec(command)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote_exec(path: str) -> str:
    """Quote a path for an Exec key (the Desktop Entry spec's rules, close to the shell's)."""
    if all(c.isalnum() or c in "/._-+" for c in path):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def install(home: Path | None = None, command: str | None = None) -> list[Path]:
    """Install into ``home`` (default: ``$XDG_DATA_HOME``); returns the files written."""
    home = home or data_home()
    source = resources_dir()
    written = []
    for name, target in _targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".desktop"):
            template = (source / name).read_text(encoding="utf-8")
            target.write_text(desktop_entry(template, command or launcher()), encoding="utf-8")
        else:
            shutil.copyfile(source / name, target)
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; returns the files removed. The library is kept."""
    home = home or data_home()
    removed = []
    for target in _targets(home).values():
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Ask the desktop to notice the change; each tool is optional (minimal systems lack them)."""
    for command in (
        ["update-desktop-database", "-q", str(home / "applications")],
        ["update-mime-database", str(home / "mime")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True, timeout=60)


def describe(paths: list[Path], verb: str) -> str:
    listed = "\n".join(f"  {shlex.quote(str(p))}" for p in paths)
    return (
        f"{verb} {len(paths)} file{'s' if len(paths) != 1 else ''}:\n{listed}" if paths else f"nothing {verb}"
    )
