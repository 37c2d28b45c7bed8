"""The command line contract: names, JSON keys, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

EXTRACT_KEYS = {"path", "title", "authors", "byline", "published", "updated", "site", "url", "language",
                "lead_image", "excerpt", "word_count", "reading_minutes", "text", "html", "related",
                "quotes", "format"}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_json_lines_with_a_failure(capsys, saved: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    code, out, _ = run(capsys, "extract", str(saved / "chromium.mhtml"), str(empty), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(lines) == 2
    assert set(lines[0]) >= EXTRACT_KEYS and lines[0]["format"] == "mhtml"
    assert lines[1] == {"path": str(empty), "error": "empty file"}


def test_import_list_search_show_export_delete(capsys, saved: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lib.db")
    bad = tmp_path / "bad.mhtml"
    bad.write_bytes(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\n")
    code, out, _ = run(capsys, "--library", db, "import", str(saved / "chromium.mhtml"),
                       str(saved / "detroitnews.html.gz"), str(bad), "--json")  # fmt: skip
    report = json.loads(out)
    assert code == 1 and report["imported"] == [1, 2] and report["duplicates"] == []
    assert report["failed"][0]["path"] == str(bad)
    code, out, _ = run(capsys, "import", "--library", db, str(saved / "singlefile.html"), "--json")
    assert code == 0 and json.loads(out)["duplicates"] == [{"path": str(saved / "singlefile.html"), "id": 1}]

    code, out, _ = run(capsys, "--library", db, "list", "--json")
    assert code == 0 and [row["id"] for row in json.loads(out)] == [2, 1]
    code, out, _ = run(capsys, "--library", db, "search", "titan", "--json")
    assert json.loads(out)[0]["id"] == 1
    code, out, _ = run(capsys, "--library", db, "show", "1", "--json")
    shown = json.loads(out)
    assert shown["id"] == 1 and shown["title"].startswith("The First Map")
    code, out, _ = run(capsys, "--library", db, "export", "1", "--format", "md")
    assert out.startswith("# The First Map") and "WASHINGTON (Reuters)" in out
    code, out, _ = run(capsys, "--library", db, "export", "1", "--format", "html")
    assert "<article>" in out and "<script" not in out
    code, out, _ = run(capsys, "--library", db, "delete", "1", "--json")
    assert json.loads(out) == {"deleted": True, "id": 1}
    code, _, err = run(capsys, "--library", db, "show", "1")
    assert code == 1 and "no article with id 1" in err


def test_entry_point_and_version(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("article-reader ")
    env_db = tmp_path / "env.db"
    result = subprocess.run([sys.executable, "-m", "reader", "list", "--json"], capture_output=True, text=True,
                            env={**__import__("os").environ, "ARTICLE_READER_LIBRARY": str(env_db)})  # fmt: skip
    assert result.returncode == 0 and json.loads(result.stdout) == [] and env_db.exists()


def test_related_lists_similar_articles_with_a_reason(capsys, tmp_path: Path) -> None:
    library = str(tmp_path / "lib.db")
    story = "Volcanologists said magma under Grindavik kept rising on the Reykjanes peninsula. "
    for name, title, day in (
        ("a.txt", "Grindavik evacuated as magma rises", "Monday"),
        ("b.txt", "Grindavik empties again", "Tuesday"),  # a different body: not a duplicate
    ):
        (tmp_path / name).write_text(f"{title}\n{story * 3} It was {day}.\n")
    (tmp_path / "c.txt").write_text(
        "Bread prices climb\n" + "Bakers say flour costs push bread prices up. " * 3
    )
    assert run(capsys, "import", "--library", library, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
               str(tmp_path / "c.txt"), "--json")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "related", "1", "--library", library, "--json")
    found = json.loads(out)
    assert code == 0 and [item["title"] for item in found] == ["Grindavik empties again"]
    assert set(found[0]) == {"id", "title", "site", "published", "score", "reason", "shared"}
    assert "Grindavik" in found[0]["reason"]
    code, out, _ = run(capsys, "related", "1", "--library", library)
    assert "Grindavik empties again" in out and "shares" in out
    assert run(capsys, "related", "99", "--library", library)[0] == 1


def test_people_and_requote(capsys, tmp_path: Path) -> None:
    library = str(tmp_path / "lib.db")
    (tmp_path / "a.txt").write_text(
        "Wells reopen\nCommissioner Maria Okafor reopened the wells in the city on Monday after tests.\n"
        "“The water is safe to drink again after months of testing,” Okafor said on Monday.\n"
    )
    run(capsys, "import", str(tmp_path / "a.txt"), "--library", library)
    code, out, _ = run(capsys, "people", "--library", library, "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "Maria Okafor"
    code, out, _ = run(capsys, "people", "Maria Okafor", "--library", library, "--json")
    assert json.loads(out)[0]["quote"].startswith("The water is safe")
    assert run(capsys, "people", "Nobody Here", "--library", library)[0] == 1
    code, out, _ = run(capsys, "requote", "--library", library, "--json")
    assert code == 0 and json.loads(out)["quotes"] == 1
    code, out, _ = run(capsys, "reextract", "--library", library, "--json")
    assert code == 0 and json.loads(out) == {"renewed": [1], "skipped": []}
    code, _, err = run(capsys, "reextract", "7", "--library", library)
    assert code == 1 and "7: no such article" in err
