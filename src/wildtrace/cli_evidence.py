"""`wildtrace evidence …`: the chain of custody of captures and evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wildtrace.cli_render import print_json, render_rows
from wildtrace.cli_shared import JsonFlag, err, fail, open_store_for, out, settings

evidence_app = typer.Typer(help="Evidence: export a package, verify it offline, custody log.")


@evidence_app.command("export")
def evidence_export(
    ref: Annotated[
        str, typer.Argument(help="The evidence id to export (E-7), or a single capture id (12).")
    ],
    destination: Annotated[Path, typer.Argument(help="The package to write (.zip or .wacz).")],
    reason: Annotated[str, typer.Option(help="Why (recorded in the custody ledger).")] = "",
) -> None:
    """Write a self-contained evidence package (WACZ) of one evidence item or capture."""
    from wildtrace.crawl.browser import BrowserUnavailable
    from wildtrace.evidence.export import export_evidence
    from wildtrace.evidence.layout import PackageError

    current = settings().settings
    try:
        result = export_evidence(open_store_for(current), current, ref, destination, reason)
    except (PackageError, BrowserUnavailable) as exc:
        raise fail(str(exc), code=1) from None
    out.print(
        f"wrote {result.path} ({result.subject}, manifest sha256 {result.manifest_sha256})",
        highlight=False,
    )
    if not current.tsa_urls:
        out.print(
            "no timestamp authority configured (WILDTRACE_TSA_URLS): the package has no "
            "trusted timestamp, and says so",
            highlight=False,
        )
    for error in result.timestamp_errors:
        err.print(f"wildtrace: timestamp: {error}", highlight=False, markup=False)


@evidence_app.command("verify")
def evidence_verify(
    package: Annotated[Path, typer.Argument(help="An exported evidence package (.zip).")],
    roots: Annotated[Path | None, typer.Option(help="PEM file of trusted timestamp roots.")] = None,
) -> None:
    """Check a package offline; exit 0 only if every file, custody event and timestamp holds."""
    from wildtrace.evidence.verify import verify_package

    trusted = None
    if roots is not None:
        text = roots.read_text(encoding="utf-8")
        trusted = ["-----BEGIN" + part for part in text.split("-----BEGIN")[1:]]
    problems = verify_package(package, trusted)
    for problem in problems:
        err.print(f"FAIL {problem}", highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    out.print(
        f"ok: {package} verifies (files, custody extract, captures against their custody "
        "events, timestamps)",
        highlight=False,
    )


@evidence_app.command("log")
def evidence_log(
    subject: Annotated[
        str, typer.Argument(help="An evidence id (E-7), a capture id (12) or a subject.")
    ],
    as_json: JsonFlag = False,
) -> None:
    """Every custody event of one capture or evidence item, oldest first."""
    from wildtrace.evidence.custody import append, ledger
    from wildtrace.evidence.items import subject_key
    from wildtrace.evidence.layout import PackageError

    try:
        key = subject_key(subject)
    except PackageError:
        key = subject
    store = open_store_for(settings().settings)
    with store.transaction() as session:
        events = ledger(session, key)
        if not events:
            raise fail(f"no custody events for {key}", code=1)
        append(session, key, "viewed", "custody log shown")
    if as_json:
        print_json(out, events)
        return
    render_rows(
        out,
        f"Custody of {key}",
        ["#", "at (UTC)", "event", "actor", "reason", "hash"],
        [[e["seq"], e["at"], e["event"], e["actor"], e["reason"], e["hash"][:16]] for e in events],
    )


@evidence_app.command("verify-ledger")
def evidence_verify_ledger(
    package: Annotated[
        Path | None,
        typer.Option(help="Also confirm this package's custody extract, stubs included."),
    ] = None,
) -> None:
    """Check the whole custody chain; exit 1 naming every altered, missing or added event."""
    import zipfile

    from wildtrace.evidence import ledger_extract
    from wildtrace.evidence.custody import ledger, verify_ledger

    events: list[dict[str, object]] = []
    if package is not None:
        try:
            with zipfile.ZipFile(package) as archive:
                _, events = ledger_extract.parse_extract(archive.read(ledger_extract.PATH))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise fail(f"{package}: no readable {ledger_extract.PATH} ({exc})", code=1) from None
    store = open_store_for(settings().settings)
    with store.sessions() as session:
        problems = verify_ledger(session)
        count = len(ledger(session))
        extract_problems = ledger_extract.check_against_ledger(session, events)
    for problem in problems:
        err.print(f"wildtrace: {problem}", highlight=False, markup=False)
    for problem in extract_problems:
        err.print(f"wildtrace: {package}: {problem}", highlight=False, markup=False)
    if problems or extract_problems:
        raise typer.Exit(1)
    out.print(f"ok: {count} custody events, chain intact", highlight=False)
    if package is not None:
        withheld = len(events) - len(ledger_extract.full_events(events))
        out.print(
            f"ok: {package}: its {len(events)} custody events ({withheld} withheld) are this "
            "ledger's",
            highlight=False,
        )


def _record(ref: str, event: str, reason: str, details: dict[str, str]) -> str:
    """Append one custody event to an existing item or capture; return its subject."""
    from wildtrace.evidence.custody import append
    from wildtrace.evidence.items import load_subject
    from wildtrace.evidence.layout import PackageError

    store = open_store_for(settings().settings)
    with store.transaction() as session:
        try:
            subject = load_subject(session, ref)  # refuses an unknown id
        except PackageError as exc:
            raise fail(str(exc), code=1) from None
        append(session, subject.key, event, reason, details)
    return subject.key


@evidence_app.command("annotate")
def evidence_annotate(
    ref: Annotated[str, typer.Argument(help="An evidence id (E-7) or a capture id (12).")],
    note: Annotated[str, typer.Option(help="The annotation (kept in the custody ledger).")],
) -> None:
    """Add an analyst's note to an item's chain of custody (the evidence itself never changes)."""
    if not note.strip():
        raise fail("--note is empty")
    key = _record(ref, "annotated", "analyst note", {"note": note.strip()})
    out.print(f"annotated {key}", highlight=False)


@evidence_app.command("share")
def evidence_share(
    ref: Annotated[str, typer.Argument(help="An evidence id (E-7) or a capture id (12).")],
    recipient: Annotated[
        str, typer.Option("--with", help="Who receives it (agency, prosecutor, platform).")
    ],
    reason: Annotated[str, typer.Option(help="Why (legal basis, request reference).")] = "",
) -> None:
    """Record that an item was handed to someone outside (a package, a copy, access)."""
    if not recipient.strip():
        raise fail("--with is empty")
    key = _record(ref, "shared", reason, {"with": recipient.strip()})
    out.print(f"recorded: {key} shared with {recipient.strip()}", highlight=False)
