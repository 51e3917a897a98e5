"""What every CLI module shares: consoles, settings, one-line errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, ClassVar

import typer
from rich.console import Console

from wildtrace.config import ConfigError, LoadedSettings, load_settings
from wildtrace.lexicon.load import LexiconError
from wildtrace.patrol.plan import PlanError
from wildtrace.plugins import PluginError
from wildtrace.sources.sitedef import SiteDefinitionError
from wildtrace.species.kb import SpeciesDataError
from wildtrace.store.db import StoreError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
USER_ERRORS = (
    ConfigError,
    PlanError,
    PluginError,
    SiteDefinitionError,
    StoreError,
    SpeciesDataError,
    LexiconError,
)
JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON object instead.")]


class State:
    flags: ClassVar[dict[str, Any]] = {}


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"wildtrace: error: {message}", highlight=False, markup=False)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn expected errors into one clear line and a non-zero exit, without a traceback."""
    try:
        yield
    except USER_ERRORS as exc:
        raise fail(str(exc)) from None


def settings(extra: dict[str, Any] | None = None) -> LoadedSettings:
    with user_errors():
        return load_settings({**State.flags, **(extra or {})})


def open_store_for(current: Any) -> Any:
    """The store for these settings, or one clear error line. It is closed when the command
    ends (its pooled connections released: a server counts them)."""
    from wildtrace.store.db import Store

    with user_errors():
        store = Store(current)
    _OPENED.append(store)
    return store


_OPENED: list[Any] = []


def close_stores() -> None:
    """Close the stores this command opened (called when the command ends)."""
    while _OPENED:
        _OPENED.pop().close()
