"""Patrol schedules: `schedules.yaml` in the data folder says which plan runs when.

Schedules are kept apart from plan files: a plan says *what* to patrol (its fingerprint decides
whether an unfinished run resumes), a schedule says *when*, and either can change without the
other. The file is validated in full before it is used, and every error names the file, the
entry and the reason, because the worker reads it unattended every minute.

Cron expressions have Huey's five crontab fields, "minute hour day month day_of_week" (0 or 7 =
Sunday); unlike classic cron, day and day_of_week must both match. Each entry is read in its
own time zone (default UTC).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from huey import crontab  # type: ignore[import-untyped]
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SCHEDULES_FILE_NAME = "schedules.yaml"
CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
# Long enough for "0 0 29 2 *" (leap days) to have a next run.
HORIZON = timedelta(days=4 * 366 + 1)
_HEADER = (
    "# wildtrace patrol schedules: `wildtrace jobs schedule add|remove|list` edits this file.\n"
    '# cron: "minute hour day month day_of_week" (huey crontab), read in `timezone`.\n'
)

Matcher = Callable[[datetime], bool]


class ScheduleError(Exception):
    """A schedules file or entry that cannot be used; the message names file, entry and reason."""


@cache
def cron_matcher(cron: str) -> Matcher:
    """Compile a five-field cron expression; ValueError names the bad field."""
    fields = cron.split()
    if len(fields) != len(CRON_FIELDS):
        raise ValueError(
            f"cron {cron!r}: expected 5 fields (minute hour day month day_of_week), "
            f"got {len(fields)}"
        )
    for name, value in zip(CRON_FIELDS, fields, strict=True):
        try:
            crontab(**{name: value}, strict=True)
        except ValueError as exc:
            raise ValueError(f"cron {cron!r}: {name} {value!r}: {exc}") from None
    return cast(Matcher, crontab(*fields, strict=True))


def zone(name: str) -> tzinfo:
    """The time zone called `name` (IANA name, e.g. Africa/Nairobi); ValueError if unknown."""
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r} (use an IANA name such as Asia/Bangkok)"
        ) from None


class ScheduleEntry(BaseModel):
    """One plan and when it runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    plan: str = Field(
        min_length=1, description="Plan file; a relative path is relative to the schedules file."
    )
    cron: str = Field(description='"minute hour day month day_of_week", e.g. "0 */6 * * *".')
    enabled: bool = True
    timezone: str = Field(default="UTC", description="Time zone the cron is read in.")

    @field_validator("cron")
    @classmethod
    def _check_cron(cls, value: str) -> str:
        cron = " ".join(value.split())
        if next_match(cron, UTC, datetime(2000, 1, 1, tzinfo=UTC)) is None:
            raise ValueError(f"cron {cron!r} matches no date")
        return cron

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        zone(value)
        return value

    def plan_path(self, base_dir: Path) -> Path:
        """The plan file, absolute (relative paths are taken from `base_dir`)."""
        path = Path(self.plan).expanduser()
        return (path if path.is_absolute() else base_dir / path).resolve()

    def matches(self, when: datetime) -> bool:
        """Whether the cron matches the minute of `when` (aware), read in the entry's zone."""
        return cron_matcher(self.cron)(when.astimezone(zone(self.timezone)))

    def next_run(self, after: datetime) -> datetime | None:
        return next_match(self.cron, zone(self.timezone), after)


class _ScheduleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schedules: list[ScheduleEntry] = Field(default_factory=list)


def next_match(cron: str, tz: tzinfo, after: datetime) -> datetime | None:
    """The first minute after `after` that `cron` matches in `tz`, or None within HORIZON.

    Skips whole days and hours that cannot match, so a yearly cron costs a few thousand checks.
    """
    matcher = cron_matcher(cron)
    _, hour, day, month, day_of_week = cron.split()
    day_ok = cast(Matcher, crontab("*", "*", day, month, day_of_week, strict=True))
    hour_ok = cast(Matcher, crontab("*", hour, day, month, day_of_week, strict=True))
    start = after.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
    candidate, end = start + timedelta(minutes=1), start + HORIZON
    while candidate < end:
        if not day_ok(candidate):
            candidate = (candidate + timedelta(days=1)).replace(hour=0, minute=0)
        elif not hour_ok(candidate):
            candidate = (candidate + timedelta(hours=1)).replace(minute=0)
        elif matcher(candidate):
            return candidate.replace(tzinfo=tz)
        else:
            candidate += timedelta(minutes=1)
    return None


def schedules_path(home: Path) -> Path:
    return home / SCHEDULES_FILE_NAME


def _entry_label(data: Any, index: int) -> str:
    try:
        plan = data["schedules"][index]["plan"]
    except (KeyError, IndexError, TypeError):
        return f"schedules[{index}]"
    return f"schedules[{index}] (plan {plan})"


def _error_text(exc: ValidationError, data: Any) -> str:
    parts = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = "(top)"
        if len(loc) >= 2 and loc[0] == "schedules" and isinstance(loc[1], int):
            where = _entry_label(data, loc[1])
            where += "".join(f".{p}" for p in loc[2:])
        elif loc:
            where = ".".join(str(p) for p in loc)
        parts.append(f"{where}: {error['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def parse_schedules(data: Any, path: Path) -> list[ScheduleEntry]:
    """Validate the loaded YAML of a schedules file; duplicate plans are refused."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ScheduleError(f"schedules file {path}: expected a mapping with a `schedules:` list")
    try:
        entries = _ScheduleFile.model_validate(data).schedules
    except ValidationError as exc:
        raise ScheduleError(f"schedules file {path}: {_error_text(exc, data)}") from exc
    seen: dict[Path, int] = {}
    for index, entry in enumerate(entries):
        plan = entry.plan_path(path.parent)
        if plan in seen:
            raise ScheduleError(
                f"schedules file {path}: {_entry_label(data, index)}: plan already scheduled "
                f"in schedules[{seen[plan]}]; one entry per plan (combine crons with commas)"
            )
        seen[plan] = index
    return entries


def _yaml_reason(exc: yaml.YAMLError) -> str:
    """One line: where and what (PyYAML's own message spans several lines)."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return str(problem)
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def load_schedules(path: Path) -> list[ScheduleEntry]:
    """Every entry of the schedules file; a missing file means no schedules."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise ScheduleError(f"schedules file {path}: cannot read ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScheduleError(f"schedules file {path}: not valid YAML ({_yaml_reason(exc)})") from exc
    return parse_schedules(data, path)


def save_schedules(path: Path, entries: Sequence[ScheduleEntry]) -> None:
    """Write the file atomically (a worker may read it at any moment)."""
    body = yaml.safe_dump(
        {"schedules": [e.model_dump() for e in entries]}, sort_keys=False, allow_unicode=True
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".schedules-", suffix=".yaml", dir=path.parent)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(_HEADER + body)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise ScheduleError(f"schedules file {path}: cannot write ({exc.strerror or exc})") from exc


def add_schedule(
    path: Path, plan: Path, cron: str, *, enabled: bool = True, timezone: str = "UTC"
) -> tuple[ScheduleEntry, bool]:
    """Schedule `plan` (stored as an absolute path); replaces its entry if it has one.

    Returns the entry and whether an existing one was replaced.
    """
    absolute = plan.expanduser().resolve()
    try:
        entry = ScheduleEntry(plan=str(absolute), cron=cron, enabled=enabled, timezone=timezone)
    except ValidationError as exc:
        reason = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
        raise ScheduleError(f"schedule for {plan}: {reason}") from exc
    entries = load_schedules(path)
    kept = [e for e in entries if e.plan_path(path.parent) != absolute]
    replaced = len(kept) != len(entries)
    save_schedules(path, [*kept, entry])
    return entry, replaced


def remove_schedule(path: Path, plan: Path) -> ScheduleEntry:
    """Remove the schedule of `plan`; ScheduleError if it has none."""
    absolute = plan.expanduser().resolve()
    entries = load_schedules(path)
    found = [e for e in entries if e.plan_path(path.parent) == absolute]
    if not found:
        raise ScheduleError(f"{plan}: not scheduled (see `wildtrace jobs schedule list`)")
    save_schedules(path, [e for e in entries if e not in found])
    return found[0]


def due(entries: Sequence[ScheduleEntry], when: datetime) -> list[ScheduleEntry]:
    """The enabled entries whose cron matches the minute of `when` (an aware datetime)."""
    return [e for e in entries if e.enabled and e.matches(when)]
