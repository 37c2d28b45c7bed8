"""Shared test set-up: Qt offscreen, fixture paths, the benchmark corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SAVED = DATA / "saved"
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

WEBARCHIVES = ROOT.parent / "shared" / "fixtures" / "webarchive"


@pytest.fixture
def saved() -> Path:
    return SAVED


@pytest.fixture
def webarchives() -> Path:
    """The real Safari web archives in ../shared (read-only material beside the project)."""
    if not any(WEBARCHIVES.glob("*.webarchive")):
        pytest.skip("the shared Safari web archives are not beside the project")
    return WEBARCHIVES


@pytest.fixture
def library(tmp_path: Path):
    from reader.library import Library

    with Library.open(tmp_path / "library.db") as lib:
        yield lib


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if corpus.available():
        return
    skip = pytest.mark.skip(reason="the shared benchmark corpus is not beside the project")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)
