"""`wildtrace detect` I/O: JSON lines in, JSON lines out, bad lines reported and skipped."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console

from wildtrace.detect.engine import Engine, ListingText


class InputError(ValueError):
    """One input line that cannot be analysed."""


def parse_line(raw: str) -> ListingText:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise InputError("not a JSON object")
    if "id" not in data:
        raise InputError("no 'id'")
    if not isinstance(data.get("text", ""), str) or not isinstance(data.get("title", ""), str):
        raise InputError("'title' and 'text' must be strings")
    price = data.get("price")
    if price is not None and not isinstance(price, int | float):
        try:
            price = float(str(price).replace(",", ""))
        except ValueError:
            price = None
    return ListingText(
        id=str(data["id"]),
        title=data.get("title", ""),
        text=data.get("text", ""),
        price=price,
        lang=data.get("lang"),
        url=data.get("url"),
    )


def result_line(engine: Engine, listing: ListingText) -> dict[str, Any]:
    analysis = engine.analyse(listing)
    return {
        "id": listing.id,
        "wildlife_trade": analysis.wildlife_trade,
        "taxa": [t.contract() for t in analysis.taxa],
        "risk": analysis.risk.contract(),
        "species_export": engine.kb.export.label(),
    }


def detect_stream(lines: Iterable[str], output: TextIO, err: Console, engine: Engine) -> int:
    """Analyse every line; return how many lines were bad."""
    bad = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            listing = parse_line(raw)
        except InputError as exc:
            bad += 1
            err.print(f"wildtrace: line {number}: {exc}", highlight=False, markup=False)
            continue
        output.write(json.dumps(result_line(engine, listing), ensure_ascii=False) + "\n")
        output.flush()
    return bad
