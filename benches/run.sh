#!/usr/bin/env bash
# Run the benchmark harness: viamctl against the official Python SDK (viam-sdk, pinned in
# tests/sdk/requirements.txt) and against the machine's floor, on an emulator of its own on
# 127.0.0.1. It prints the results table and writes target/bench/results.{json,md}.
#
# Usage: bash benches/run.sh [--rounds N]
#
# Environment:
#   VIAMCTL_SDK_VENV virtual environment to create or reuse (default: target/sdk-venv).
#   PYTHON           interpreter that creates the environment (default: python3).
#   CC               C compiler for the static floor binary (default: cc).
#
# Needs network access to PyPI the first time, and about 2 GiB of free space in $TMPDIR for
# the module archive and the uploads the emulator stores. Takes a few minutes on 2 cores.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"
venv_dir="${VIAMCTL_SDK_VENV:-$repo_dir/target/sdk-venv}"
python="${PYTHON:-python3}"
out_dir="$repo_dir/target/bench"

log() {
    printf 'bench: %s\n' "$*" >&2
}

# Step 1: the virtual environment with the pinned SDK, shared with the conformance suite.
if [[ ! -x "$venv_dir/bin/python" ]]; then
    if ! command -v "$python" >/dev/null; then
        log "error: interpreter '$python' not found. Set PYTHON to a Python 3.11 interpreter."
        exit 1
    fi
    log "creating virtual environment $venv_dir"
    "$python" -m venv "$venv_dir"
fi
if ! "$venv_dir/bin/python" -m pip show --disable-pip-version-check viam-sdk >/dev/null 2>&1; then
    log "installing $repo_dir/tests/sdk/requirements.txt"
    "$venv_dir/bin/python" -m pip install --disable-pip-version-check --quiet \
        -r "$repo_dir/tests/sdk/requirements.txt"
fi

# Step 2: release builds of viamctl and of the load and reference client.
# Two invocations, because building an example unifies the dev-dependencies' features into
# the build, and the viamctl measured must be the one `cargo build --release` makes.
log "building viamctl and examples/bench_client.rs in release mode"
cargo build --manifest-path "$repo_dir/Cargo.toml" --release --bin viamctl
cargo build --manifest-path "$repo_dir/Cargo.toml" --release --example bench_client
target_dir="$(cargo metadata --manifest-path "$repo_dir/Cargo.toml" --format-version 1 --no-deps |
    "$venv_dir/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
mkdir -p "$out_dir"

# Step 3: the floor, a static binary that only exits, and the helper that measures peak
# memory (static too, so that its own resident set stays far below what it measures).
helper_args=()
if "${CC:-cc}" -static -O2 -o "$out_dir/floor" "$bench_dir/floor.c"; then
    helper_args=(--floor "$out_dir/floor")
else
    log "warning: could not build a static binary with ${CC:-cc}; the start-up case is skipped"
fi
if "${CC:-cc}" -static -O2 -o "$out_dir/peak_rss" "$bench_dir/peak_rss.c"; then
    helper_args+=(--peak-rss "$out_dir/peak_rss")
else
    log "warning: could not build benches/peak_rss.c with ${CC:-cc}; the cases with a memory goal are skipped"
fi

# Step 4: the cases.
exec "$venv_dir/bin/python" "$bench_dir/harness.py" \
    --viamctl "$target_dir/release/viamctl" \
    --client "$target_dir/release/examples/bench_client" \
    "${helper_args[@]}" --out "$out_dir" "$@"
