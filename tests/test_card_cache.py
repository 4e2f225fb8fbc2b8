"""The card cache: a second start reads no YAML, a changed file is read again, a damaged cache
is ignored, and a cached card is as strict as its file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from innovkit.cards import files as cardfile
from innovkit.cards.catalogue import load_catalogue

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(DATA / "cards" / "good" / "cafe-curieux.yaml", mine)
    return mine


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("YAML was parsed although the cache is fresh")

    monkeypatch.setattr(cardfile, "parse_yaml", refuse)
    monkeypatch.setattr(cardfile, "read_yaml", refuse)


def test_second_load_reads_no_yaml(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_catalogue([folder])
    _no_yaml(monkeypatch)
    second = load_catalogue([folder])
    assert list(second.entries) == list(first.entries)
    assert second.entries["cafe-curieux"].duration == 30
    # the full card is built from the cached data, and checked again
    assert second.tools["cafe-curieux"] == first.tools["cafe-curieux"]
    assert second.tools["audace-up"].digest == first.tools["audace-up"].digest


def test_a_changed_file_is_read_again(folder: Path) -> None:
    load_catalogue([folder])
    card = folder / "cafe-curieux.yaml"
    text = card.read_text(encoding="utf-8").replace("minutes: 20", "minutes: 25")
    card.write_text(text, encoding="utf-8")
    stat = card.stat()
    os.utime(card, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_catalogue([folder]).entries["cafe-curieux"].duration == 35


def test_a_file_broken_after_caching_is_reported(folder: Path) -> None:
    load_catalogue([folder])
    card = folder / "cafe-curieux.yaml"
    card.write_text(
        card.read_text(encoding="utf-8").replace("minutes: 20", "minutes: -2"), encoding="utf-8"
    )
    catalogue = load_catalogue([folder])
    assert "cafe-curieux" not in catalogue.entries
    assert any("cafe-curieux.yaml" in str(p) for p in catalogue.problems)


def test_a_damaged_cache_is_ignored(folder: Path, innovkit_home: Path) -> None:
    load_catalogue([folder])
    for path in (innovkit_home / "cache").glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert len(load_catalogue([folder]).entries) == 13


def test_cached_data_is_checked_again_when_the_card_is_built(
    folder: Path, innovkit_home: Path
) -> None:
    load_catalogue([folder])
    [data_file] = (innovkit_home / "cache").glob("*-data.json")
    data_file.write_text(
        data_file.read_text(encoding="utf-8").replace('"minutes": 20', '"minutes": -20'),
        encoding="utf-8",
    )
    catalogue = load_catalogue([folder])
    # the damaged cached data is refused and the file itself is read instead
    assert catalogue.tools["cafe-curieux"].duration == 30
