"""`wildtrace evidence …`: the chain of custody of captures and evidence."""

from __future__ import annotations

from typing import Annotated

import typer

from wildtrace.cli_render import print_json, render_rows
from wildtrace.cli_shared import JsonFlag, err, fail, open_store_for, out, settings

evidence_app = typer.Typer(help="Evidence: chain of custody (export and verify come next).")


@evidence_app.command("log")
def evidence_log(
    subject: Annotated[str, typer.Argument(help="A capture id (12) or a subject (capture:12).")],
    as_json: JsonFlag = False,
) -> None:
    """Every custody event of one capture or evidence item, oldest first."""
    from wildtrace.evidence.custody import append, ledger

    key = f"capture:{subject}" if subject.isdigit() else subject
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
def evidence_verify_ledger() -> None:
    """Check the whole custody chain; exit 1 naming every altered, missing or added event."""
    from wildtrace.evidence.custody import ledger, verify_ledger

    store = open_store_for(settings().settings)
    with store.sessions() as session:
        problems = verify_ledger(session)
        count = len(ledger(session))
    for problem in problems:
        err.print(f"wildtrace: {problem}", highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    out.print(f"ok: {count} custody events, chain intact", highlight=False)
