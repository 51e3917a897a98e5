"""The custody extract of a package: its own events in full, others' as stubs that disclose
nothing; every alteration, removal or forged link in the extract is named, and each capture's
WARC and body must match the hashes its custody event recorded, even in a re-sealed package."""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.config import load_settings
from wildtrace.crawl.capture import capture_url
from wildtrace.demo.site import DemoServer
from wildtrace.evidence import custody, ledger_extract, wacz
from wildtrace.evidence.export import export_evidence
from wildtrace.evidence.items import create_item
from wildtrace.evidence.report import report_html
from wildtrace.evidence.verify import verify_package
from wildtrace.store.db import Store

pytestmark = pytest.mark.integration
EXTRACT = "custody/extract.jsonl"
SECRETS = ("nightjar", "informant 7", "agent.falcon")  # another investigation's words


@dataclass(frozen=True)
class Case:
    package: Path
    home: Path
    ledger: list[dict[str, Any]]


@pytest.fixture(scope="module")
def case(demo_server: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    """Another investigation's capture and events before, between and after this item's:
    1 other captured, 2 ours, 3 other viewed, 4 ours, 5 item E-1, 6 other annotated, 7 export."""
    home = tmp_path_factory.mktemp("extract") / "home"
    with pytest.MonkeyPatch.context() as patch:
        for name in ("WILDTRACE_SETTINGS", "WILDTRACE_DATABASE_URL", "WILDTRACE_TSA_URLS"):
            patch.delenv(name, raising=False)
        patch.setenv("WILDTRACE_HOME", str(home))
        settings = load_settings({"allow_hosts": ["127.0.0.1"]}).settings
        store = Store(settings)
        url = demo_server.url
        capture_url(store, settings, f"{url}/item/L0001?op=nightjar", "nightjar: informant 7")
        ours = capture_url(store, settings, f"{url}/item/L0003", "seller ad").capture_id
        with store.transaction() as session:
            custody.append(session, "capture:1", "viewed", "nightjar review", actor="agent.falcon")
        source = capture_url(store, settings, f"{url}/item/L0004", "same seller").capture_id
        with store.transaction() as session:
            create_item(session, [(ours, "page"), (source, "source")], "court 2026-114")
            custody.append(
                session, "capture:1", "annotated", "informant 7 again", {"n": "nightjar"},
                actor="agent.falcon",
            )  # fmt: skip
        out = home.parent / "E-1.zip"
        export_evidence(store, settings, "E-1", out, "for the prosecutor")
        with store.sessions() as session:
            events = custody.ledger(session)
        store.close()
        yield Case(out, home, events)


def read(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def extract_of(files: dict[str, bytes]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return ledger_extract.parse_extract(files[EXTRACT])


def write(target: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def reseal(files: dict[str, bytes]) -> None:
    """What a forger without a timestamp would do: make the manifest and the WACZ files agree
    with the changed files again, so only the custody checks can tell."""
    manifest = json.loads(files["manifest.json"])
    for entry in manifest["files"]:
        data = files[entry["path"]]
        entry.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    files["manifest.json"] = json.dumps(manifest).encode()
    rest = {n: d for n, d in files.items() if n not in wacz.WACZ_OWN}
    files[wacz.DATAPACKAGE] = wacz.datapackage(rest, "resealed", None)
    files[wacz.DIGEST] = wacz.digest(files[wacz.DATAPACKAGE])


def test_extract_holds_this_item_in_full_and_others_as_stubs(case: Case) -> None:
    assert verify_package(case.package) == []
    header, events = extract_of(read(case.package))
    assert header == {
        "format": "wildtrace-custody-extract/1",
        "subjects": ["capture:2", "capture:3", "evidence:E-1"],
        "first_seq": 2,
        "last_seq": 7,
    }
    assert [e["seq"] for e in events] == [2, 3, 4, 5, 6, 7]
    stubs = [e for e in events if ledger_extract.is_stub(e)]
    assert [set(e) for e in stubs] == [{"seq", "prev_hash", "hash"}] * 2
    assert [e["seq"] for e in stubs] == [3, 6]
    by_seq = {e["seq"]: e for e in case.ledger}
    assert all(e == by_seq[e["seq"]] or e["hash"] == by_seq[e["seq"]]["hash"] for e in events)
    assert [(e["subject"], e["event"]) for e in ledger_extract.full_events(events)] == [
        ("capture:2", "captured"),
        ("capture:3", "captured"),
        ("evidence:E-1", "captured"),
        ("evidence:E-1", "exported"),
    ]


def test_nothing_of_another_investigation_is_in_the_package(case: Case) -> None:
    """Every file, gzip members decompressed, and the HTML the report was printed from."""
    files = read(case.package)
    other = next(e for e in case.ledger if e["subject"] == "capture:1")
    secrets = [*SECRETS, other["details"]["url"], other["details"]["warc_sha256"]]
    texts = dict(files)
    texts["archive/data.warc.gz (decompressed)"] = gzip.decompress(files["archive/data.warc.gz"])
    without_report = {n: d for n, d in files.items() if n != "report.pdf"}
    texts["report.pdf (its HTML)"] = report_html(without_report, files["manifest.json"]).encode()
    for name, data in texts.items():
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} leaked into {name}"
    assert b"seller ad" in files[EXTRACT]  # our own reasons are there


def test_the_ledger_holder_confirms_the_stubs(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WILDTRACE_SETTINGS", "WILDTRACE_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WILDTRACE_HOME", str(case.home))
    result = CliRunner().invoke(app, ["evidence", "verify-ledger", "--package", str(case.package)])
    assert result.exit_code == 0, result.stderr
    assert "its 6 custody events (2 withheld) are this ledger's" in result.stdout
    files = read(case.package)
    header, events = extract_of(files)
    events[1] = {**events[1], "hash": "f" * 64}
    forged = write(case.home.parent / "forged-stub.zip", {**files, EXTRACT: _jsonl(header, events)})
    result = CliRunner().invoke(app, ["evidence", "verify-ledger", "--package", str(forged)])
    assert result.exit_code == 1
    assert "custody event 3: differs from this ledger's event" in result.stderr


def _jsonl(header: dict[str, Any], events: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(x) + "\n" for x in [header, *events]).encode()


Events = list[dict[str, Any]]


def _edit(change: Callable[[Events], None]) -> Callable[[dict[str, bytes]], None]:
    def apply(files: dict[str, bytes]) -> None:
        header, events = extract_of(files)
        change(events)
        files[EXTRACT] = _jsonl(header, events)

    return apply


def _at(events: Events, seq: int) -> int:
    return next(i for i, e in enumerate(events) if e["seq"] == seq)


def _alter_full(events: Events) -> None:
    events[_at(events, 4)]["reason"] = "nothing to see"


def _restub_hash(events: Events) -> None:
    events[_at(events, 3)]["hash"] = "0" * 64


def _restub_hash_and_link(events: Events) -> None:
    """A forged stub with the next event's link patched to match: that event's hash breaks."""
    events[_at(events, 3)]["hash"] = "0" * 64
    events[_at(events, 4)]["prev_hash"] = "0" * 64


def _hide_capture(events: Events) -> None:
    """Event 4 (capture 3 captured) turned into a stub: the links still hold."""
    event = events[_at(events, 4)]
    events[_at(events, 4)] = {k: event[k] for k in ("seq", "prev_hash", "hash")}


def _leaky_stub(events: Events) -> None:
    events[_at(events, 3)]["subject"] = "capture:1"


def _cut_tail(files: dict[str, bytes]) -> None:
    """The export and the stub before it cut off, the header made to agree."""
    header, events = extract_of(files)
    files[EXTRACT] = _jsonl({**header, "last_seq": 5}, events[:-2])


def _swap_warc(files: dict[str, bytes]) -> None:
    """Capture 2's metadata pointed at capture 3's WARC bytes."""
    metas = {n: json.loads(files[f"files/capture-{n}/capture.json"]) for n in (2, 3)}
    metas[2]["archive"][0] = metas[3]["archive"][0]
    files["files/capture-2/capture.json"] = json.dumps(metas[2]).encode()


def _swap_body(files: dict[str, bytes]) -> None:
    files["files/capture-2/body"] = files["files/capture-3/body"]


NAMED = f"{EXTRACT}: custody event"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_edit(_alter_full), [f"{NAMED} 4: altered after it was written"]),
        (
            _edit(lambda e: e.pop(_at(e, 4))),
            [
                f"{NAMED} 5: expected event 4 here: events were deleted or inserted",
                f"{NAMED} 5: does not follow the event before it",
                "capture 3: no 'captured' event in custody/extract.jsonl",
            ],
        ),
        (
            _edit(lambda e: e.pop(_at(e, 3))),
            [
                f"{NAMED} 4: expected event 3 here: events were deleted or inserted",
                f"{NAMED} 4: does not follow the event before it",
            ],
        ),
        (_edit(_restub_hash), [f"{NAMED} 4: does not follow the event before it"]),
        (_edit(_restub_hash_and_link), [f"{NAMED} 4: altered after it was written"]),
        (
            _edit(lambda e: e.pop()),
            [f"{NAMED} 6: the extract should end at event 7: events were removed"],
        ),
        (
            _edit(lambda e: e.insert(2, dict(e[1]))),
            [f"{NAMED} 3: expected event 4 here: events were deleted or inserted"],
        ),
        (_cut_tail, [f"{NAMED} 5: not the export of evidence:E-1, which must close the chain"]),
        (_edit(_leaky_stub), [f"{NAMED} 3: neither a whole event nor a stub"]),
        (_edit(_hide_capture), ["capture 3: no 'captured' event in custody/extract.jsonl"]),
        (_swap_warc, ["capture 2: its WARC (archive/data.warc.gz,", "differs from the one"]),
        (_swap_body, ["capture 2: its body differs from the one custody event 2 recorded"]),
    ],
)
def test_tampering_with_custody_is_named_even_when_resealed(
    case: Case,
    tmp_path: Path,
    change: Callable[[dict[str, bytes]], None],
    expected: list[str],
) -> None:
    files = read(case.package)
    change(files)
    reseal(files)
    problems = [str(p) for p in verify_package(write(tmp_path / "changed.zip", files))]
    text = "\n".join(problems)
    for message in expected:
        assert message in text
    assert all(not p.startswith(("manifest", "datapackage")) for p in problems), problems


def test_hand_written_extract_problems() -> None:
    """An empty extract, a lone stub, a file that is not an extract."""
    header = {"format": ledger_extract.FORMAT, "subjects": ["capture:1"], "first_seq": 1}
    assert [str(p) for p in ledger_extract.verify_extract({**header, "last_seq": 1}, [])] == [
        "custody event 1: the extract holds no event"
    ]
    stub = {"seq": 1, "prev_hash": custody.GENESIS, "hash": "a" * 64}
    problems = [str(p) for p in ledger_extract.verify_extract({**header, "last_seq": 1}, [stub])]
    assert problems == [
        "custody event 1: withheld, but the extract must open and close with an event of its "
        "own subjects"
    ]
    with pytest.raises(ValueError, match="header"):
        ledger_extract.parse_extract(b'{"seq": 1}\n')


def test_a_package_with_the_whole_ledger_still_verifies(case: Case, tmp_path: Path) -> None:
    """Packages exported before extracts carried custody/ledger.jsonl, the whole chain."""
    files = read(case.package)
    manifest = json.loads(files["manifest.json"])
    for entry in manifest["files"]:
        if entry["path"] == EXTRACT:
            entry["path"] = ledger_extract.LEGACY_PATH
    files["manifest.json"] = json.dumps(manifest).encode()
    files[ledger_extract.LEGACY_PATH] = "".join(json.dumps(e) + "\n" for e in case.ledger).encode()
    del files[EXTRACT]
    reseal(files)
    assert verify_package(write(tmp_path / "old.zip", files)) == []
    lines = files[ledger_extract.LEGACY_PATH].decode().splitlines()
    files[ledger_extract.LEGACY_PATH] = "\n".join(lines[1:]).encode()
    reseal(files)
    problems = [str(p) for p in verify_package(write(tmp_path / "old-cut.zip", files))]
    assert "custody/ledger.jsonl: the chain does not start at event 1" in problems


def test_an_image_not_recorded_at_capture_time_is_named() -> None:
    from wildtrace.evidence.verify import _capture_problems

    kept, planted = b"\x89PNG kept", b"\x89PNG planted"
    meta = {
        "capture_id": 4,
        "archive": [],
        "images": [{"path": "files/capture-4/images/1.png"}, {"error": "too large"}],
    }
    event = {"seq": 9, "details": {"images": [hashlib.sha256(kept).hexdigest()]}}
    files = {"files/capture-4/images/1.png": kept}
    assert _capture_problems(files, meta, event, None) == [
        "its custody event 9 records no WARC hash"
    ]
    files["files/capture-4/images/1.png"] = planted
    assert _capture_problems(files, meta, event, None)[1:] == [
        "files/capture-4/images/1.png is not among the images custody event 9 recorded"
    ]
