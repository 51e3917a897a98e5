#!/usr/bin/env bash
# Set up (once) and run: `scripts/dev.sh demo` runs the demo patrol, `scripts/dev.sh test` the
# whole test suite (lint, types, tests). Needs Python 3.11+ with venv; installs the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${WILDTRACE_VENV:-.venv}

setup() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "wildtrace needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))" >&2
    exit 2
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.wildtrace-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e '.[dev]'
    touch "$stamp"
  fi
  # the engine's modules compiled to C (about a third faster); skipped when up to date, and
  # the engine runs as Python if it fails
  if ! "$VENV/bin/python" scripts/build_compiled_core.py; then
    echo "wildtrace: the compiled core was not built; the engine runs as Python (slower)" >&2
  fi
}

system_packages() {
  # Debian's Chromium and fonts for browser rendering and screenshots (never a downloaded
  # browser); CJK and Thai fonts so those scripts render as text, not boxes.
  local missing=()
  [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  for pkg in fonts-noto-cjk fonts-thai-tlwg; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "wildtrace tests need: sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

run_tests() {
  "$VENV/bin/ruff" check src tests benchmarks scripts
  "$VENV/bin/ruff" format --check src tests benchmarks scripts
  "$VENV/bin/mypy" src/wildtrace
  set +e
  "$VENV/bin/python" -m pytest "$@"
  local code=$?
  set -e
  if [ "$code" -eq 5 ]; then
    echo "pytest collected no tests" >&2
    exit 1
  fi
  exit "$code"
}

command=${1:-}
shift || true
case "$command" in
  demo) setup; exec "$VENV/bin/wildtrace" demo "$@" ;;
  test) setup; system_packages; run_tests "$@" ;;
  setup) setup ;;
  *) echo "usage: scripts/dev.sh demo|test|setup [args]" >&2; exit 2 ;;
esac
