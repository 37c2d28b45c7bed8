"""Desktop integration: the .desktop file, icons, MIME types and metainfo, installed and removed."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import APP_ID
from reader.desktop_integration import ICON_SIZES, install, resources_dir, uninstall

READS = {"text/html", "application/xhtml+xml", "application/x-mimearchive", "multipart/related",
         "application/x-webarchive", "text/plain"}  # fmt: skip


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_desktop_file_offers_the_app_for_saved_pages_without_taking_over_the_web() -> None:
    entry = desktop_entry(resources_dir() / f"{APP_ID}.desktop")
    assert entry["Exec"] == "article-reader %F" and entry["Icon"] == APP_ID
    mime_types = set(filter(None, entry["MimeType"].split(";")))
    assert mime_types == READS  # no x-scheme-handler/http(s): never the default browser


def test_metainfo_and_icons_agree_with_the_app_id() -> None:
    resources = resources_dir()
    component = ET.parse(resources / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    for size in ICON_SIZES:
        header = (resources / "icons" / f"{size}.png").read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", header[16:24]) == (size, size)


def test_install_then_uninstall_in_the_users_data_folder(tmp_path: Path) -> None:
    command = "/opt/Article Reader/article-reader"
    written = install(tmp_path, command=command)
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert desktop in written and all(p.is_file() for p in written)
    entry = desktop_entry(desktop)
    assert entry["Exec"] == '"/opt/Article Reader/article-reader" %F' and entry["TryExec"] == command
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (tmp_path / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    removed = uninstall(tmp_path)
    assert sorted(removed) == sorted(written) and not desktop.exists()
    assert uninstall(tmp_path) == []  # twice is harmless


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info is not installed")
def test_safari_archives_get_a_type_file_managers_can_offer_us_for(tmp_path: Path) -> None:
    install(tmp_path, command="/usr/bin/article-reader")
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-webarchive:*.webarchive" in globs


def test_the_launcher_flags_install_and_remove(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    from reader.app import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop"]) == 0
    assert (tmp_path / "applications" / f"{APP_ID}.desktop").is_file()
    assert "installed 12 files" in capsys.readouterr().out
    assert main(["--uninstall-desktop"]) == 0
    assert not (tmp_path / "applications" / f"{APP_ID}.desktop").exists()


def test_no_display_gives_a_message_not_a_crash(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import sys

    if sys.platform in ("win32", "darwin"):
        pytest.skip("these platforms always have a display")
    from reader.app import main

    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    assert main([]) == 1
    assert "no display" in capsys.readouterr().err
