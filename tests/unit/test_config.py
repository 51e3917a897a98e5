from __future__ import annotations

from pathlib import Path

import pytest

from wildtrace.config import ConfigError, load_settings


def test_layers_defaults_file_env_flag(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "settings.yaml").write_text("alert_threshold: 70\nhttp_timeout: 5\n")
    env = {
        "WILDTRACE_HOME": str(home),
        "WILDTRACE_HTTP_TIMEOUT": "9",
        "WILDTRACE_ALLOW_HOSTS": "127.0.0.1, localhost",
    }
    loaded = load_settings({"user_agent": "flag-agent"}, environ=env)
    s = loaded.settings
    assert s.home == home
    assert s.alert_threshold == 70
    assert loaded.origins["alert_threshold"] == str(home / "settings.yaml")
    assert s.http_timeout == 9.0
    assert loaded.origins["http_timeout"] == "env"
    assert s.allow_hosts == ("127.0.0.1", "localhost")
    assert s.user_agent == "flag-agent"
    assert loaded.origins["user_agent"] == "flag"
    assert loaded.origins["max_body_bytes"] == "default"
    assert s.effective_database_url == f"sqlite:///{home / 'wildtrace.db'}"


def test_bad_value_names_setting_and_origin(tmp_path: Path) -> None:
    env = {"WILDTRACE_HOME": str(tmp_path), "WILDTRACE_ALERT_THRESHOLD": "high"}
    with pytest.raises(ConfigError, match=r"alert_threshold \(env\)"):
        load_settings(environ=env)


def test_unknown_setting_in_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("alert_treshold: 3\n")
    with pytest.raises(ConfigError, match=r"unknown setting.*alert_treshold"):
        load_settings(environ={"WILDTRACE_HOME": str(tmp_path)})
