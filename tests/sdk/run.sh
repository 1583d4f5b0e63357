#!/usr/bin/env bash
# Run the conformance suite: the official Python SDK (viam-sdk) against
# `viamctl emulator serve`.
#
# Usage: tests/sdk/run.sh [PYTEST_ARGS...]
#
# Environment:
#   VIAMCTL_BIN      viamctl binary to test. Unset: build it with `cargo build`.
#   VIAMCTL_SDK_VENV virtual environment to create or reuse
#                    (default: target/sdk-venv under the repository top).
#   PYTHON           interpreter that creates the environment (default: python3).
#
# Needs network access to PyPI the first time, or whenever requirements.txt
# changes. Exits 0 only if pytest ran at least one test and none failed.
set -euo pipefail

suite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$suite_dir/../.." && pwd)"
venv_dir="${VIAMCTL_SDK_VENV:-$repo_dir/target/sdk-venv}"
python="${PYTHON:-python3}"

log() {
    printf 'sdk-suite: %s\n' "$*" >&2
}

# Step 1: the virtual environment with the pinned SDK.
if [[ -x "$venv_dir/bin/python" ]]; then
    log "reusing virtual environment $venv_dir"
else
    if ! command -v "$python" >/dev/null; then
        log "error: interpreter '$python' not found. Set PYTHON to a Python 3.11 interpreter."
        exit 1
    fi
    log "creating virtual environment $venv_dir with $("$python" --version 2>&1)"
    "$python" -m venv "$venv_dir"
fi
venv_python="$venv_dir/bin/python"
log "installing $suite_dir/requirements.txt"
"$venv_python" -m pip install --disable-pip-version-check --quiet -r "$suite_dir/requirements.txt"
log "$("$venv_python" --version 2>&1), $("$venv_python" -m pip show viam-sdk 2>/dev/null | grep '^Version:' | sed "s/^Version: /viam-sdk /")"

# Step 2: the viamctl binary.
if [[ -n "${VIAMCTL_BIN:-}" ]]; then
    if [[ ! -x "$VIAMCTL_BIN" ]]; then
        log "error: VIAMCTL_BIN=$VIAMCTL_BIN is not an executable file"
        exit 1
    fi
    log "using VIAMCTL_BIN=$VIAMCTL_BIN"
else
    log "building viamctl with cargo build"
    # Cargo prints the path of the built executable in its JSON messages, which
    # also honours CARGO_TARGET_DIR and any .cargo/config.toml.
    if ! VIAMCTL_BIN="$(
        cargo build --manifest-path "$repo_dir/Cargo.toml" --bin viamctl \
            --message-format=json-render-diagnostics |
            "$venv_python" -c '
import json, sys
paths = [m["executable"] for m in map(json.loads, sys.stdin)
         if m.get("reason") == "compiler-artifact" and m.get("executable")]
print(paths[-1] if paths else "")
'
    )"; then
        log "error: cargo build failed (its diagnostics are above)"
        exit 1
    fi
    if [[ -z "$VIAMCTL_BIN" ]]; then
        log "error: cargo build reported no viamctl executable"
        exit 1
    fi
    log "built $VIAMCTL_BIN"
fi
export VIAMCTL_BIN

# Step 3: the tests. pytest exits 5 when it collected no tests, which here
# means the suite is broken, not that it passed.
cd "$suite_dir"
status=0
"$venv_python" -m pytest -o cache_dir="$repo_dir/target/sdk-pytest-cache" "$suite_dir" "$@" || status=$?
if [[ $status -eq 5 ]]; then
    log "error: pytest collected no tests"
    exit 1
fi
exit "$status"
