"""Benchmark viamctl against the official Python SDK and against the machine's floor.

Run through `bash benches/run.sh`, which builds the binaries and passes their paths. The harness
starts its own emulator on 127.0.0.1 with a fresh data file and seeds it. Every case runs viamctl
and its peer interleaved (A, B, A, B, ...), so that load from other processes hits both alike.
The results go to `results.json` and `results.md` (the table for BENCHMARKS.md).

A case whose setup or calls fail is reported as "not measured: <the error>" and the run goes on.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import queue
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from viam.app.viam_client import ViamClient
from viam.rpc.dial import DialOptions

BENCH_DIR = Path(__file__).resolve().parent
SDK_PEER = BENCH_DIR / "sdk_peer.py"

LOCATIONS = 50
MACHINES = 1000
LOG_ENTRIES = 100_000
FOLLOW_RATE = 20_000
FOLLOW_SECONDS = 5
FOLLOW_BATCH = 200
MODULE_BYTES = 256 * 1024 * 1024
LOAD_CLIENTS = 64
LOAD_SECONDS = 5.0

# Seconds to wait for the emulator's export lines, and for --follow's first line.
STARTUP_TIMEOUT = 60
# Seconds without a new --follow line after the pusher finished before the stream is stopped.
FOLLOW_QUIET = 3.0


class NotMeasured(Exception):
    """A case could not be measured; the message is the error that stopped it."""


@dataclass
class Sample:
    seconds: float
    # Peak resident set, only for runs made with `measure_rss` (see Bench.run).
    max_rss_kib: int | None = None


@dataclass
class Row:
    case: str
    figure: str
    peer: str = "none"
    peer_figure: str = ""
    ratio: str = ""
    goal: str = ""
    met: bool | None = None


@dataclass
class Bench:
    viamctl: Path
    client: Path
    floor: Path | None
    peak_rss: Path | None
    python: Path
    work: Path
    rounds: int
    rows: list[Row] = field(default_factory=list)
    exports: dict[str, str] = field(default_factory=dict)
    emulator: subprocess.Popen | None = None
    emulator_stderr: object = None

    # ----- processes -----

    def viamctl_env(self) -> dict[str, str]:
        """Environment for viamctl: the benchmark profile only, no credentials of the caller."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIAM")}
        env["VIAMCTL_CONFIG_DIR"] = str(self.work / "config")
        env["VIAMCTL_CACHE_DIR"] = str(self.work / "cache")
        env["NO_COLOR"] = "1"
        return env

    def sdk_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIAM")}
        env.update(self.exports)
        return env

    def run(
        self,
        argv: list[str],
        env: dict[str, str],
        stdout: Path | None = None,
        stdin: bytes | None = None,
        measure_rss: bool = False,
    ) -> Sample:
        """Run `argv` to completion and return its wall time, and its peak resident set if
        `measure_rss` is set.

        The peak comes from the `peak_rss` helper, not from this process's wait4: Linux keeps
        the peak of the image that exec replaces, so a child of this interpreter would report
        at least the interpreter's own peak. The helper adds a fork and an exec to the time, so
        both sides of a comparison must use it or neither.

        Raises NotMeasured with the tail of stderr if it exits with a non-zero status.
        """
        error_path = self.work / "stderr.txt"
        rss_path = self.work / "peak-rss.txt"
        spawned = argv
        if measure_rss:
            if self.peak_rss is None:
                raise NotMeasured("no C compiler to build benches/peak_rss.c, which measures peak memory")
            spawned = [str(self.peak_rss), str(rss_path), *argv]
        with open(error_path, "wb") as error_file, open(stdout or os.devnull, "wb") as out_file:
            started = time.perf_counter()
            process = subprocess.Popen(
                spawned,
                env=env,
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=out_file,
                stderr=error_file,
            )
            if stdin is not None:
                assert process.stdin is not None
                process.stdin.write(stdin)
                process.stdin.close()
            _, status, _ = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            tail = error_path.read_text(errors="replace").strip().splitlines()[-3:]
            command = shlex.join([Path(argv[0]).name, *argv[1:]])
            raise NotMeasured(f"`{command}` exited with {process.returncode}: {' '.join(tail)}")
        if not measure_rss:
            return Sample(elapsed)
        return Sample(elapsed, int(rss_path.read_text()))

    def start_emulator(self) -> None:
        data = self.work / "emulator.sqlite3"
        # The emulator logs every request here, so the file also shows server-side latency.
        self.emulator_stderr = open(self.work / "emulator.stderr", "wb")
        self.emulator = subprocess.Popen(
            [str(self.viamctl), "emulator", "serve", "--listen", "127.0.0.1:0", "--data", str(data)],
            env=self.viamctl_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self.emulator_stderr,
            text=True,
        )
        assert self.emulator.stdout is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        for line in self.emulator.stdout:
            match = re.fullmatch(r"\s*export\s+(VIAM_[A-Z_]+)=(.*?)\s*", line)
            if match:
                self.exports[match.group(1)] = shlex.split(match.group(2))[0]
            if len(self.exports) == 3 or time.monotonic() > deadline:
                break
        if len(self.exports) != 3:
            sys.exit(f"bench: the emulator printed no credentials; see {self.work / 'emulator.stderr'}")
        # Drain stdout for the rest of the run so that the emulator cannot block on a full pipe.
        threading.Thread(target=self.emulator.stdout.read, daemon=True).start()
        log(f"emulator at {self.exports['VIAM_APP_URL']}")

    def stop_emulator(self) -> None:
        if self.emulator and self.emulator.poll() is None:
            self.emulator.terminate()
            self.emulator.wait(timeout=10)

    def add_profile(self) -> None:
        env = self.viamctl_env()
        argv = [
            str(self.viamctl),
            "--app-url",
            self.exports["VIAM_APP_URL"],
            "profile",
            "add",
            "bench",
            "--key-id",
            self.exports["VIAM_API_KEY_ID"],
            "--key-stdin",
        ]
        self.run(argv, env, stdin=self.exports["VIAM_API_KEY"].encode() + b"\n")
        self.run([str(self.viamctl), "profile", "use", "bench"], env)

    def forget_token(self) -> None:
        shutil.rmtree(self.work / "cache", ignore_errors=True)

    def access_token(self) -> str:
        env = self.sdk_env()
        output = subprocess.run(
            [str(self.client), "token"], env=env, capture_output=True, text=True, check=False
        )
        if output.returncode != 0:
            raise NotMeasured(f"bench_client token failed: {output.stderr.strip()}")
        return output.stdout.strip()

    # ----- interleaving and statistics -----

    def interleave(self, contestants: dict[str, Callable[[int], Sample]], rounds: int) -> dict[str, list[Sample]]:
        """Run each contestant once per round, in the given order, for `rounds` rounds."""
        samples: dict[str, list[Sample]] = {name: [] for name in contestants}
        for round_index in range(rounds):
            for name, contestant in contestants.items():
                samples[name].append(contestant(round_index))
        return samples


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> tuple[float, float]:
    """Return the interquartile range (25th and 75th percentiles)."""
    if len(values) < 2:
        return values[0], values[0]
    quartiles = statistics.quantiles(values, n=4, method="inclusive")
    return quartiles[0], quartiles[2]


def describe_ms(samples: list[Sample]) -> str:
    values = [s.seconds * 1000 for s in samples]
    low, high = spread(values)
    return f"{format_number(median(values))} ms (IQR {format_number(low)}–{format_number(high)}, n={len(values)})"


def median_rss_mib(samples: list[Sample]) -> float:
    return median([s.max_rss_kib / 1024 for s in samples if s.max_rss_kib is not None])


def describe_rss(samples: list[Sample]) -> str:
    return f"{median_rss_mib(samples):.1f} MiB peak RSS"


def format_number(value: float) -> str:
    """Format with three significant digits for small values and none after the point from 100."""
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def round_ratios(slow: list[Sample], fast: list[Sample]) -> float:
    """Median over rounds of slow/fast: each round's pair ran back to back, so shared load cancels."""
    return median([a.seconds / b.seconds for a, b in zip(slow, fast)])


# ----- seeding through the SDK -----


async def sdk_connect(exports: dict[str, str]) -> ViamClient:
    url = urlsplit(exports["VIAM_APP_URL"])
    options = DialOptions.with_api_key(exports["VIAM_API_KEY"], exports["VIAM_API_KEY_ID"])
    options.insecure = True
    return await ViamClient.create_from_dial_options(options, app_url=f"{url.hostname}:{url.port}")


@dataclass
class Fleet:
    org_id: str
    robot_id: str
    part_id: str
    part_secret: str


async def seed_fleet(exports: dict[str, str]) -> Fleet:
    """Create LOCATIONS locations with MACHINES machines spread evenly over them."""
    client = await sdk_connect(exports)
    try:
        app = client.app_client
        organizations = await app.list_organizations()
        org_id = organizations[0].id
        per_location = MACHINES // LOCATIONS
        robot_ids: list[str] = []
        for index in range(LOCATIONS):
            location = await app.create_location(org_id, f"bench-location-{index:02}")
            names = [f"bench-machine-{index:02}-{n:02}" for n in range(per_location)]
            robot_ids += await asyncio.gather(*(app.new_robot(name, location.id) for name in names))
        parts = await app.get_robot_parts(robot_ids[0])
        main = next(part for part in parts if part.main_part)
        return Fleet(org_id, robot_ids[0], main.id, main.secret)
    finally:
        client.close()


async def create_module(exports: dict[str, str], org_id: str) -> str:
    client = await sdk_connect(exports)
    try:
        module_id, _ = await client.app_client.create_module(org_id, "bench-module")
        return module_id
    finally:
        client.close()


class RandomReader:
    """A file-like object of `size` random bytes, so the archive does not compress."""

    def __init__(self, size: int):
        self.left = size

    def read(self, count: int = -1) -> bytes:
        if count < 0 or count > self.left:
            count = self.left
        self.left -= count
        return os.urandom(count)


def write_module_archive(path: Path) -> None:
    """Write a gzip tar archive of MODULE_BYTES random bytes (stored, not compressed)."""
    payload = MODULE_BYTES - 64 * 1024
    with gzip.GzipFile(path, "wb", compresslevel=0) as compressed:
        with tarfile.open(fileobj=compressed, mode="w") as archive:
            member = tarfile.TarInfo("bin/bench-module")
            member.size = payload
            member.mode = 0o755
            archive.addfile(member, RandomReader(payload))


# ----- cases -----


def case_version(bench: Bench) -> None:
    case = "`viamctl --version` cold start"
    goal = "within 2 ms of the floor"
    if bench.floor is None:
        bench.rows.append(Row(case, "not measured: no C compiler to build the static floor binary", goal=goal))
        return
    env = bench.viamctl_env()
    samples = bench.interleave(
        {
            "viamctl": lambda _: bench.run([str(bench.viamctl), "--version"], env),
            "floor": lambda _: bench.run([str(bench.floor)], env),
        },
        bench.rounds * 10,
    )
    # The median of per-round differences, because each pair ran back to back under the same load.
    pairs = zip(samples["viamctl"], samples["floor"])
    difference_ms = median([(ours.seconds - floor.seconds) * 1000 for ours, floor in pairs])
    bench.rows.append(
        Row(
            case,
            describe_ms(samples["viamctl"]),
            "static `true` (C, `cc -static`)",
            describe_ms(samples["floor"]),
            f"+{format_number(difference_ms)} ms",
            goal,
            difference_ms <= 2.0,
        )
    )


def case_warm(bench: Bench) -> None:
    case = "one warm command (`org list`, token cached)"
    env = bench.viamctl_env()
    argv = [str(bench.viamctl), "org", "list", "-o", "json"]
    bench.run(argv, env)  # Caches the token.
    token = bench.access_token()
    client_env = bench.sdk_env() | {"VIAM_ACCESS_TOKEN": token}
    samples = bench.interleave(
        {
            "viamctl": lambda _: bench.run(argv, env),
            "sdk": lambda _: bench.run([str(bench.python), str(SDK_PEER), "org-list"], bench.sdk_env()),
            "tonic": lambda _: bench.run([str(bench.client), "org-list"], client_env),
        },
        bench.rounds,
    )
    sdk_ratio = round_ratios(samples["sdk"], samples["viamctl"])
    bench.rows.append(
        Row(
            case,
            describe_ms(samples["viamctl"]),
            "Python SDK script",
            describe_ms(samples["sdk"]),
            f"{format_number(sdk_ratio)}x faster",
            "at least 20x faster",
            sdk_ratio >= 20,
        )
    )
    tonic_ratio = round_ratios(samples["viamctl"], samples["tonic"])
    bench.rows.append(
        Row(
            case,
            describe_ms(samples["viamctl"]),
            "minimal tonic client, one RPC (`examples/bench_client.rs`)",
            describe_ms(samples["tonic"]),
            f"{format_number(tonic_ratio)}x the client's time",
            "within 1.5x",
            tonic_ratio <= 1.5,
        )
    )


def case_first(bench: Bench) -> None:
    case = "first command of a profile (Authenticate + `org list`)"
    env = bench.viamctl_env()
    argv = [str(bench.viamctl), "org", "list", "-o", "json"]

    def viamctl_run(_: int) -> Sample:
        bench.forget_token()
        return bench.run(argv, env)

    samples = bench.interleave(
        {
            "viamctl": viamctl_run,
            "sdk": lambda _: bench.run([str(bench.python), str(SDK_PEER), "org-list"], bench.sdk_env()),
        },
        bench.rounds,
    )
    ratio = round_ratios(samples["sdk"], samples["viamctl"])
    bench.rows.append(
        Row(
            case,
            describe_ms(samples["viamctl"]),
            "Python SDK script",
            describe_ms(samples["sdk"]),
            f"{format_number(ratio)}x faster",
            "at least 10x faster",
            ratio >= 10,
        )
    )


def case_machine_list(bench: Bench, fleet: Fleet) -> None:
    case = f"{MACHINES} machines in {LOCATIONS} locations as JSON (`machine list --all -o json`)"
    env = bench.viamctl_env()
    ours = bench.work / "machines-viamctl.json"
    theirs = bench.work / "machines-sdk.json"
    argv = [str(bench.viamctl), "machine", "list", "--all", "-o", "json"]
    peer = [str(bench.python), str(SDK_PEER), "machine-list", fleet.org_id, str(theirs)]

    samples = bench.interleave(
        {
            "viamctl": lambda _: bench.run(argv, env, stdout=ours),
            "sdk": lambda _: bench.run(peer, bench.sdk_env()),
        },
        bench.rounds,
    )

    listed = len(json.loads(ours.read_text()))
    peer_listed = len(json.loads(theirs.read_text()))
    if listed != MACHINES or peer_listed != MACHINES:
        raise NotMeasured(f"expected {MACHINES} machines, viamctl listed {listed} and the SDK {peer_listed}")

    ratio = round_ratios(samples["sdk"], samples["viamctl"])
    handling = server_latency_ms(bench, "ListRobots")
    bench.rows.append(
        Row(
            case,
            f"{describe_ms(samples['viamctl'])}; the emulator handled each ListRobots in {handling}",
            "Python SDK, location by location",
            describe_ms(samples["sdk"]),
            f"{format_number(ratio)}x faster",
            "at least 5x faster",
            ratio >= 5,
        )
    )


def server_latency_ms(bench: Bench, method: str) -> str:
    """Return the median time the emulator spent on `method`, from its request log."""
    pattern = re.compile(rf"method=/viam\.app\.v1\.AppService/{method} status=OK latency_ms=([0-9.]+)")
    text = (bench.work / "emulator.stderr").read_text(errors="replace")
    latencies = [float(match.group(1)) for match in pattern.finditer(text)]
    if not latencies:
        return "(no request log lines)"
    return f"{format_number(median(latencies))} ms (median of {len(latencies)})"


def push_logs(bench: Bench, fleet: Fleet, count: int, first: int, rate: int, batch: int) -> subprocess.Popen:
    env = bench.sdk_env() | {"VIAM_PART_SECRET": fleet.part_secret}
    argv = [
        str(bench.client),
        "push-logs",
        "--part",
        fleet.part_id,
        "--count",
        str(count),
        "--first",
        str(first),
        "--rate",
        str(rate),
        "--batch",
        str(batch),
    ]
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def seed_logs(bench: Bench, fleet: Fleet) -> None:
    pusher = push_logs(bench, fleet, LOG_ENTRIES, 0, 0, 1000)
    _, errors = pusher.communicate()
    if pusher.returncode != 0:
        raise NotMeasured(f"seeding {LOG_ENTRIES} log entries through RobotService.Log failed: {errors.strip()}")


def case_part_logs(bench: Bench, fleet: Fleet, form: str) -> None:
    case = f"`part logs --count {LOG_ENTRIES}` to a file, {form}"
    env = bench.viamctl_env()
    ours = bench.work / f"logs-viamctl.{form}"
    theirs = bench.work / f"logs-sdk.{form}"
    argv = [str(bench.viamctl), "part", "logs", fleet.part_id, "--count", str(LOG_ENTRIES)]
    if form == "json":
        argv += ["-o", "json"]
    peer = [str(bench.python), str(SDK_PEER), "part-logs", fleet.part_id, str(LOG_ENTRIES), form, str(theirs)]

    samples = bench.interleave(
        {
            "viamctl": lambda _: bench.run(argv, env, stdout=ours, measure_rss=True),
            "sdk": lambda _: bench.run(peer, bench.sdk_env(), measure_rss=True),
        },
        max(3, bench.rounds // 2),
    )

    # viamctl writes JSON history as one array, but the SDK script writes one object per line.
    if form == "json":
        count = len(json.loads(ours.read_bytes()))
    else:
        count = count_lines(ours)
    if count != LOG_ENTRIES:
        raise NotMeasured(f"{ours.name} has {count} entries, expected {LOG_ENTRIES}")
    count = count_lines(theirs)
    if count != LOG_ENTRIES:
        raise NotMeasured(f"{theirs.name} has {count} lines, expected {LOG_ENTRIES}")

    ratio = round_ratios(samples["sdk"], samples["viamctl"])
    rss = median_rss_mib(samples["viamctl"])
    bench.rows.append(
        Row(
            case,
            f"{describe_ms(samples['viamctl'])}; {describe_rss(samples['viamctl'])}",
            "Python SDK `get_robot_part_logs(num_log_entries=100000)`",
            f"{describe_ms(samples['sdk'])}; {describe_rss(samples['sdk'])}",
            f"{format_number(ratio)}x faster",
            "at least 5x faster; peak RSS under 30 MiB",
            ratio >= 5 and rss < 30,
        )
    )


def count_lines(path: Path) -> int:
    with open(path, "rb") as lines:
        return sum(1 for _ in lines)


def case_follow(bench: Bench, fleet: Fleet) -> None:
    case = f"`part logs --follow` under {FOLLOW_RATE} entries/s"
    goal = "no entry lost or repeated; median lag under 100 ms"
    argv = [str(bench.viamctl), "part", "logs", fleet.part_id, "--follow", "--count", "1", "-o", "json"]
    follower = subprocess.Popen(
        argv,
        env=bench.viamctl_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=open(bench.work / "follow.stderr", "wb"),
    )
    received: queue.Queue[tuple[float, bytes] | None] = queue.Queue()

    def read_lines() -> None:
        assert follower.stdout is not None
        for line in follower.stdout:
            received.put((time.time(), line))
        received.put(None)

    threading.Thread(target=read_lines, daemon=True).start()
    try:
        # The history line shows the stream is about to open; then give it time to subscribe.
        try:
            first = received.get(timeout=STARTUP_TIMEOUT)
        except queue.Empty:
            first = None
        if first is None:
            error = (bench.work / "follow.stderr").read_text(errors="replace").strip()
            raise NotMeasured(f"`part logs --follow` printed nothing: {error}")
        time.sleep(1.0)

        total = FOLLOW_RATE * FOLLOW_SECONDS
        pusher = push_logs(bench, fleet, total, LOG_ENTRIES, FOLLOW_RATE, FOLLOW_BATCH)
        arrivals: list[tuple[float, bytes]] = []
        pusher_done = False
        while True:
            try:
                item = received.get(timeout=FOLLOW_QUIET)
            except queue.Empty:
                if pusher_done or pusher.poll() is not None:
                    break
                continue
            if item is None:
                break
            arrivals.append(item)
            pusher_done = pusher.poll() is not None
        _, push_errors = pusher.communicate()
        if pusher.returncode != 0:
            raise NotMeasured(f"pushing log entries failed: {push_errors.strip()}")
    finally:
        follower.send_signal(signal.SIGINT)
        try:
            follower.wait(timeout=10)
        except subprocess.TimeoutExpired:
            follower.kill()

    pattern = re.compile(rb"bench seq=(\d+) sent_us=(\d+)")
    seen: dict[int, int] = {}
    lags_ms: list[float] = []
    for arrived, line in arrivals:
        match = pattern.search(line)
        if not match:
            continue
        sequence = int(match.group(1))
        if sequence < LOG_ENTRIES:
            continue  # History printed before the live part.
        seen[sequence] = seen.get(sequence, 0) + 1
        lags_ms.append(arrived * 1000 - int(match.group(2)) / 1000)
    expected = range(LOG_ENTRIES, LOG_ENTRIES + total)
    lost = sum(1 for sequence in expected if sequence not in seen)
    repeated = sum(count - 1 for count in seen.values())
    if not lags_ms:
        raise NotMeasured("no pushed entry reached `part logs --follow`")
    lag = median(lags_ms)
    p99 = statistics.quantiles(lags_ms, n=100)[98] if len(lags_ms) >= 2 else lags_ms[0]
    bench.rows.append(
        Row(
            case,
            f"{total} pushed in {FOLLOW_SECONDS} s: {lost} lost, {repeated} repeated; "
            f"lag median {format_number(lag)} ms, p99 {format_number(p99)} ms",
            goal=goal,
            met=lost == 0 and repeated == 0 and lag < 100,
        )
    )


def case_upload(bench: Bench, fleet: Fleet) -> None:
    case = "`module upload` of 256 MiB"
    module_id = asyncio.run(create_module(bench.exports, fleet.org_id))
    archive = bench.work / "module.tar.gz"
    write_module_archive(archive)
    env = bench.viamctl_env()

    def viamctl_run(round_index: int) -> Sample:
        version = f"1.0.{2 * round_index}"
        argv = [str(bench.viamctl), "module", "upload", module_id, str(archive), "--version", version]
        return bench.run(argv + ["--platform", "linux/amd64"], env, measure_rss=True)

    def sdk_run(round_index: int) -> Sample:
        version = f"1.0.{2 * round_index + 1}"
        peer = [str(bench.python), str(SDK_PEER), "upload", module_id, version, "linux/amd64", str(archive)]
        return bench.run(peer, bench.sdk_env(), measure_rss=True)

    samples = bench.interleave({"viamctl": viamctl_run, "sdk": sdk_run}, 3)
    ratio = round_ratios(samples["sdk"], samples["viamctl"])
    rss = median_rss_mib(samples["viamctl"])
    bench.rows.append(
        Row(
            case,
            f"{describe_ms(samples['viamctl'])}; {describe_rss(samples['viamctl'])}",
            "Python SDK `upload_module_file`",
            f"{describe_ms(samples['sdk'])}; {describe_rss(samples['sdk'])}",
            f"{format_number(ratio)}x faster",
            "at least 2x faster; peak RSS under 40 MiB",
            ratio >= 2 and rss < 40,
        )
    )


def case_load(bench: Bench, fleet: Fleet) -> None:
    case = f"emulator, {LOAD_CLIENTS} concurrent clients sending `GetRobot`"
    env = bench.sdk_env() | {"VIAM_ACCESS_TOKEN": bench.access_token()}
    argv = [
        str(bench.client),
        "load",
        "--robot",
        fleet.robot_id,
        "--clients",
        str(LOAD_CLIENTS),
        "--seconds",
        str(LOAD_SECONDS),
    ]

    runs = []
    for _ in range(3):
        output = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        if output.returncode != 0:
            raise NotMeasured(f"bench_client load failed: {output.stderr.strip()}")
        runs.append(json.loads(output.stdout))

    rates = [run["requests_per_second"] for run in runs]
    p99s = [run["p99_ms"] for run in runs if run["p99_ms"] is not None]
    errors = sum(run["errors"] for run in runs)
    first_error = next((run["first_error"] for run in runs if run["first_error"]), None)
    low, high = spread(rates)
    figure = (
        f"{format_number(median(rates))} req/s (IQR {format_number(low)}–{format_number(high)}, n={len(rates)} runs of {LOAD_SECONDS:.0f} s); "
        f"p99 {format_number(median(p99s)) if p99s else 'n/a'} ms; {errors} errors"
    )
    if first_error:
        figure += f" (first: {first_error})"

    met = median(rates) >= 10_000 and bool(p99s) and median(p99s) < 20 and errors == 0
    bench.rows.append(Row(case, figure, goal="at least 10 000 req/s, p99 under 20 ms, no errors", met=met))


# ----- report -----


def machine_description() -> str:
    model = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        total_kib = int(meminfo.readline().split()[1])
    return f"{os.cpu_count()} CPUs ({model}), {total_kib / 1024 / 1024:.1f} GiB RAM, {platform.platform()}"


def markdown(rows: list[Row]) -> str:
    lines = [
        "| case | viamctl | peer / floor | peer figure | ratio | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        cells = [row.case, row.figure, row.peer, row.peer_figure, row.ratio, row.goal, met]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def guarded(bench: Bench, case: str, goal: str, run: Callable[[], None]) -> None:
    """Run one case; on failure record it as not measured with its error, and go on."""
    log(f"case: {case}")
    started = time.monotonic()
    try:
        run()
    except NotMeasured as error:
        bench.rows.append(Row(case, f"not measured: {error}", goal=goal))
    except Exception as error:  # noqa: BLE001 - an SDK error of any type must not stop the run
        bench.rows.append(Row(case, f"not measured: {type(error).__name__}: {error}", goal=goal))
    log(f"  took {time.monotonic() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viamctl", type=Path, required=True, help="release viamctl binary")
    parser.add_argument("--client", type=Path, required=True, help="release bench_client binary")
    parser.add_argument("--floor", type=Path, help="static true-like binary (omit if none was built)")
    parser.add_argument("--peak-rss", type=Path, help="benches/peak_rss.c, built (omit if none was built)")
    parser.add_argument("--out", type=Path, required=True, help="directory for results.json and results.md")
    parser.add_argument("--rounds", type=int, default=10, help="rounds per subprocess case (default 10)")
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="viamctl-bench-") as work:
        bench = Bench(args.viamctl, args.client, args.floor, args.peak_rss, Path(sys.executable), Path(work), args.rounds)
        bench.start_emulator()
        try:
            bench.add_profile()
            log(f"seeding {LOCATIONS} locations with {MACHINES} machines")
            fleet = asyncio.run(seed_fleet(bench.exports))

            guarded(bench, "`viamctl --version` cold start", "within 2 ms of the floor", lambda: case_version(bench))
            guarded(bench, "one warm command (`org list`, token cached)", "", lambda: case_warm(bench))
            guarded(bench, "first command of a profile", "at least 10x faster", lambda: case_first(bench))
            guarded(
                bench,
                f"{MACHINES} machines as JSON across {LOCATIONS} locations",
                "at least 5x faster",
                lambda: case_machine_list(bench, fleet),
            )
            logs_goal = "at least 5x faster; peak RSS under 30 MiB"
            try:
                log(f"seeding {LOG_ENTRIES} log entries")
                seed_logs(bench, fleet)
            except NotMeasured as error:
                for form in ("text", "json"):
                    bench.rows.append(Row(f"`part logs --count {LOG_ENTRIES}`, {form}", f"not measured: {error}", goal=logs_goal))
            else:
                for form in ("text", "json"):
                    guarded(bench, f"`part logs --count {LOG_ENTRIES}`, {form}", logs_goal, lambda: case_part_logs(bench, fleet, form))
            guarded(
                bench,
                f"`part logs --follow` under {FOLLOW_RATE} entries/s",
                "no entry lost or repeated; median lag under 100 ms",
                lambda: case_follow(bench, fleet),
            )
            guarded(bench, "`module upload` of 256 MiB", "at least 2x faster; peak RSS under 40 MiB", lambda: case_upload(bench, fleet))
            guarded(
                bench,
                f"emulator, {LOAD_CLIENTS} concurrent `GetRobot` clients",
                "at least 10 000 req/s, p99 under 20 ms, no errors",
                lambda: case_load(bench, fleet),
            )
        finally:
            bench.stop_emulator()

    elapsed = time.monotonic() - started
    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": machine_description(),
        "load_average": os.getloadavg(),
        "seconds": round(elapsed, 1),
        "rows": [row.__dict__ for row in bench.rows],
    }
    (args.out / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    table = markdown(bench.rows)
    (args.out / "results.md").write_text(table)
    print(f"{report['date']}; {report['machine']}; load average {report['load_average']}; took {elapsed:.0f} s\n")
    print(table)


if __name__ == "__main__":
    main()
