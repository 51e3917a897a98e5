"""The `wildtrace` command: one entry point for patrols, detection and the store."""

from __future__ import annotations

import io
import json
import sys
from contextlib import suppress
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from wildtrace import __version__
from wildtrace.cli_evidence import evidence_app
from wildtrace.cli_jobs import jobs_app, worker
from wildtrace.cli_knowledge import lexicon_app, species_app
from wildtrace.cli_render import print_json, render_rows, render_summary
from wildtrace.cli_shared import (
    JsonFlag,
    State,
    close_stores,
    err,
    fail,
    open_store_for,
    out,
    settings,
    user_errors,
)
from wildtrace.config import Settings
from wildtrace.patrol.plan import load_plan
from wildtrace.patrol.summary import PatrolSummary

app = typer.Typer(
    help="wildtrace: cyber patrols against online wildlife trafficking.\n\n"
    "Search marketplaces for CITES-listed species, score the risk of each listing, and "
    "keep what was found. Start with `wildtrace demo`.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
plugins_app = typer.Typer(help="The plugin registry: sources, detectors, exporters.")
config_app = typer.Typer(help="Settings and where each value comes from.")
sites_app = typer.Typer(help="Site definitions: check a file, print the JSON Schema.")
app.add_typer(plugins_app, name="plugins")
app.add_typer(config_app, name="config")
app.add_typer(sites_app, name="sites")
app.add_typer(species_app, name="species")
app.add_typer(lexicon_app, name="lexicon")
app.add_typer(jobs_app, name="jobs")
app.add_typer(evidence_app, name="evidence")


def version_callback(value: bool) -> None:
    if value:
        out.print(f"wildtrace {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    home: Annotated[
        Path | None,
        typer.Option(help="Data folder (default: WILDTRACE_HOME or the per-user data folder)."),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    State.flags = {"home": home} if home else {}
    ctx.call_on_close(close_stores)


@app.command()
def init() -> None:
    """Create the data folder and database, or upgrade them to this version."""
    from wildtrace.store.db import current_revision

    current = settings().settings
    store = open_store_for(current)
    out.print(
        f"store ready: {store.describe()} (schema {current_revision(store.engine)})",
        highlight=False,
    )


def _progress_bar() -> tuple[Progress | None, Any]:
    if not sys.stderr.isatty():
        return None, None
    bar = Progress(
        TextColumn("patrol"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    task = bar.add_task("patrol", total=None)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return bar, update


def run_patrol(
    plan_path: Path, current: Settings, overrides: dict[str, Any] | None, fresh: bool
) -> PatrolSummary:
    from wildtrace.patrol.runner import PatrolRunner

    with user_errors():
        plan = load_plan(plan_path, overrides, current.effective_secrets_file)
    store = open_store_for(current)
    bar, update = _progress_bar()
    runner = PatrolRunner(store, current, progress=update)
    if bar is None:
        return runner.run(plan, fresh=fresh)
    with bar:
        return runner.run(plan, fresh=fresh)


def show_summary(summary: PatrolSummary, as_json: bool) -> None:
    """Print the summary; exit 1 when nothing at all could be fetched (the run could not go on).

    Some failed pages in an otherwise working patrol are reported, not fatal.
    """
    if as_json:
        print_json(out, summary.to_json())
    else:
        render_summary(out, summary)
    if summary.errors and not summary.pages_fetched:
        raise typer.Exit(1)


@app.command()
def patrol(
    plan: Annotated[Path, typer.Argument(help="Patrol plan (YAML): sources, queries, limits.")],
    as_json: JsonFlag = False,
    fresh: Annotated[bool, typer.Option(help="Start a new run even if one is unfinished.")] = False,
    base_url: Annotated[str | None, typer.Option(help="Override every source's base URL.")] = None,
) -> None:
    """Run a patrol plan; an interrupted run of the same plan resumes where it stopped."""
    overrides = {"base_url": base_url} if base_url else None
    summary = run_patrol(plan, settings().settings, overrides, fresh)
    show_summary(summary, as_json)


@app.command()
def demo(
    as_json: JsonFlag = False,
    port: Annotated[int, typer.Option(help="Port of the demo site (0: any free port).")] = 0,
) -> None:
    """Serve the bundled demo marketplace, patrol it with the bundled plan, print the summary."""
    from wildtrace.demo.site import make_server

    loaded = settings()
    current = loaded.settings.model_copy(
        update={"allow_hosts": (*loaded.settings.allow_hosts, "127.0.0.1")}
    )
    with make_server("127.0.0.1", port) as server:
        summary = run_patrol(
            Path(__file__).parent / "demo" / "plan.yaml",
            current,
            {"base_url": server.url},
            fresh=False,
        )
    show_summary(summary, as_json)


@app.command("demo-site")
def demo_site(
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8730,
    host: Annotated[str, typer.Option(help="Loopback address to bind.")] = "127.0.0.1",
    verbose: Annotated[bool, typer.Option(help="Log every request.")] = False,
) -> None:
    """Serve the offline demo marketplace on 127.0.0.1 until interrupted (Ctrl-C)."""
    from wildtrace.demo.site import make_server

    try:
        server = make_server(host, port, verbose=verbose)
    except (ValueError, OSError) as exc:
        raise fail(f"demo site on {host}:{port}: {exc}") from None
    err.print(f"demo marketplace at {server.url}/ (Ctrl-C to stop)", highlight=False)
    with suppress(KeyboardInterrupt):
        server.serve_forever()


@app.command()
def detect(
    file: Annotated[str, typer.Argument(help="JSON lines file of listings, or - for stdin.")],
) -> None:
    """Detect CITES taxa and score risk for listings given as JSON lines (no store needed).

    Each input line: {"id", "title", "text", optional "price", "lang", "url"}. Each output
    line: {"id", "wildlife_trade", "taxa", "risk", ...}. Bad lines are reported on stderr
    and skipped; the exit code is 1 if there were any.
    """
    from wildtrace.detect.cli_io import detect_stream
    from wildtrace.detect.engine_cache import load_engine

    with user_errors():
        engine = load_engine(settings().settings.home)
    if file == "-":
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        bad = detect_stream(stdin, sys.stdout, err, engine)
    else:
        try:
            with Path(file).open(encoding="utf-8", errors="replace") as handle:
                bad = detect_stream(handle, sys.stdout, err, engine)
        except OSError as exc:
            raise fail(f"{file}: cannot read ({exc.strerror or exc})") from None
    if bad:
        raise typer.Exit(1)


@app.command()
def capture(
    url: Annotated[str, typer.Argument(help="The page to capture (http or https).")],
    as_json: JsonFlag = False,
    render: Annotated[
        bool,
        typer.Option(
            help="Also render it in the browser: full-page screenshot, PDF and rendered DOM."
        ),
    ] = False,
    reason: Annotated[str, typer.Option(help="Why (recorded in the custody ledger).")] = "",
    evidence: Annotated[
        bool,
        typer.Option(
            help="Capture as evidence: rendered too, and ready for `wildtrace evidence export`."
        ),
    ] = False,
    case: Annotated[str | None, typer.Option(help="The case it is evidence for.")] = None,
) -> None:
    """Fetch one page through the guarded path and store it as a capture."""
    from wildtrace.crawl.capture import capture_url
    from wildtrace.crawl.guard import BlockedURL
    from wildtrace.crawl.http import FetchError

    current = settings().settings
    store = open_store_for(current)
    try:
        result = capture_url(store, current, url, reason, render, evidence=evidence, case_ref=case)
    except BlockedURL as exc:
        raise fail(f"refused: {exc}") from None
    except FetchError as exc:
        raise fail(str(exc), code=1) from None
    data = result.to_json()  # with --evidence: evidence_id, for `wildtrace evidence export`
    if as_json:
        print_json(out, data)
        return
    out.print(
        f"capture {data['capture_id']}: {data['status']} {data['final_url']} "
        f"({data['size']} bytes, sha256 {data['sha256']})",
        highlight=False,
    )
    if result.evidence_id is not None:
        out.print(
            f"evidence {result.evidence_id}: export with `wildtrace evidence export "
            f"{result.evidence_id} OUT.zip`",
            highlight=False,
        )


@app.command()
def alerts(
    as_json: JsonFlag = False,
    limit: Annotated[int, typer.Option(min=1, help="Newest N alerts.")] = 50,
    min_score: Annotated[int, typer.Option(min=0, max=100, help="Only from this risk.")] = 0,
) -> None:
    """List alerts, newest first."""
    from wildtrace.intel.queries import list_alerts

    store = open_store_for(settings().settings)
    with store.sessions() as session:
        rows = list_alerts(session, limit, min_score)
    if as_json:
        print_json(out, rows)
        return
    render_rows(
        out,
        "Alerts",
        ["id", "score", "appendix", "taxon", "title", "seller", "url"],
        [
            [r["id"], r["score"], r["appendix"], r["taxon"], r["title"][:60], r["seller"], r["url"]]
            for r in rows
        ],
    )


@app.command()
def stats(as_json: JsonFlag = False) -> None:
    """Counts of what the store holds."""
    from wildtrace.intel.queries import store_counts

    store = open_store_for(settings().settings)
    with store.sessions() as session:
        counts = store_counts(session)
    if as_json:
        print_json(out, counts)
    else:
        render_rows(out, "Store", ["what", "count"], [[k, v] for k, v in counts.items()])


@plugins_app.command("list")
def plugins_list(as_json: JsonFlag = False) -> None:
    """Every registered plugin with its id and summary."""
    from wildtrace.plugins import discover

    with user_errors():
        infos = discover()
    if as_json:
        print_json(
            out,
            [
                dict(
                    id=i.id,
                    kind=i.kind,
                    summary=i.summary,
                    target=i.target,
                    flags=i.flags,
                    config=i.config_schema,
                )
                for i in infos
            ],
        )
        return
    render_rows(
        out, "Plugins", ["id", "kind", "summary"], [[i.id, i.kind, i.summary] for i in infos]
    )


@config_app.command("show")
def config_show(as_json: JsonFlag = False) -> None:
    """The effective settings and where each value came from."""
    loaded = settings()
    values = loaded.settings.model_dump(mode="json")
    values["database_url"] = loaded.settings.effective_database_url
    values["secrets_file"] = str(loaded.settings.effective_secrets_file)  # path only, never read
    if as_json:
        print_json(
            out,
            {k: {"value": v, "from": loaded.origins.get(k, "default")} for k, v in values.items()},
        )
        return
    render_rows(
        out,
        "Settings",
        ["setting", "value", "from"],
        [[k, v, loaded.origins.get(k, "default")] for k, v in values.items()],
    )


@sites_app.command("check")
def sites_check(
    ref: Annotated[str, typer.Argument(help="Site definition file, or a bundled site id.")],
) -> None:
    """Validate a site definition and say what it will do."""
    from wildtrace.sources.sitedef import load_site_definition

    with user_errors():
        definition, digest = load_site_definition(ref)
    out.print(
        f"ok: {definition.id} v{definition.version} ({definition.name}); search "
        f"{definition.base_url}{definition.search.url}; fields "
        f"{', '.join(definition.listing.fields)}; sha256 {digest[:12]}",
        highlight=False,
    )


@sites_app.command("schema")
def sites_schema() -> None:
    """Print the JSON Schema of site definitions (for editors and CI)."""
    from wildtrace.sources.sitedef import SITE_DEFINITION_SCHEMA

    out.print(json.dumps(SITE_DEFINITION_SCHEMA, indent=2), highlight=False, markup=False)


app.command("worker")(worker)


def main() -> None:
    app()
