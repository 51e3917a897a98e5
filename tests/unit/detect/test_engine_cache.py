"""The engine cache: built once, read back whole (compiled core or not), rebuilt when damaged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from wildtrace.detect import engine_cache
from wildtrace.detect.engine import Engine, ListingText

LISTINGS = [
    ListingText("1", "Raw ivory tusks 12kg", "whatsapp only, no papers, ship from Lagos"),
    ListingText("2", "Ｐ4ngolin sc4les 2kg", "dm for price 💰 fast shipping"),
    ListingText("3", "Vendo tortuga estrellada", "bebé de 3 meses, envío a toda España, 120 €"),
    ListingText("4", "Tiger Balm 30g", "muscle rub, sealed, $8"),
]


def _results(engine: Engine) -> list[tuple[list[dict[str, object]], object, bool]]:
    out = []
    for listing in LISTINGS:
        analysis = engine.analyse(listing)
        taxa = [t.contract() for t in analysis.taxa]
        out.append((taxa, analysis.risk.contract(), analysis.wildlife_trade))
    return out


def test_second_load_reads_the_cache_and_gives_the_same_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    built = engine_cache.load_engine(tmp_path)
    assert len(list((tmp_path / "cache").glob("engine-*.pickle"))) == 1

    def no_build(_: Path) -> Engine:
        raise AssertionError("the engine was built again instead of read from the cache")

    monkeypatch.setattr(engine_cache, "build_engine", no_build)
    with caplog.at_level(logging.WARNING):
        cached = engine_cache.load_engine(tmp_path)
    assert not caplog.records
    assert cached is not built
    assert _results(cached) == _results(built)
    assert _results(cached)[0][0][0]["name"] == "Loxodonta africana"


def test_a_damaged_cache_is_rebuilt_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine_cache.load_engine(tmp_path)
    (cache,) = (tmp_path / "cache").glob("engine-*.pickle")
    cache.write_bytes(cache.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING):
        engine = engine_cache.load_engine(tmp_path)
    assert "unreadable; rebuilding" in caplog.text
    assert _results(engine)[3][0] == []  # the balm is no tiger
    assert cache.stat().st_size > 1_000_000  # written again whole
