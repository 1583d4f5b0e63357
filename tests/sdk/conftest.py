"""Fixtures that run `viamctl emulator serve` and connect the official Python SDK to it.

One emulator process serves the whole test session from a fresh SQLite file, and
every test shares one `AppClient`. Tests therefore create their own locations,
machines and invites under unique names and never assume an empty organization.
Nothing is cleaned up between tests, because the data file is thrown away with
the session.

Test functions may be `async def`: the `pytest_pyfunc_call` hook below runs them
on the session's event loop, so no pytest plugin is needed.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import queue
import re
import shlex
import subprocess
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Coroutine, Iterator, TypeVar
from urllib.parse import urlsplit

import pytest
from viam.app.app_client import AppClient
from viam.app.viam_client import ViamClient
from viam.rpc.dial import DialOptions

from helpers import unique_name

# Generous limits so that a slow CI machine passes, while a hung emulator
# still fails the run instead of blocking it forever.
STARTUP_TIMEOUT_SECONDS = 60
TEST_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 10
STDERR_TAIL_LINES = 50

T = TypeVar("T")

# grpclib binds a channel to the event loop that was current when the channel
# was created, so the client fixture and every async test must share one loop.
_event_loop = asyncio.new_event_loop()
asyncio.set_event_loop(_event_loop)


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion on the session's event loop (for sync fixtures)."""
    return _event_loop.run_until_complete(coroutine)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run an `async def` test on the session's event loop, bounded by TEST_TIMEOUT_SECONDS."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None

    parameters = inspect.signature(pyfuncitem.obj).parameters
    arguments = {name: pyfuncitem.funcargs[name] for name in parameters}
    task = _event_loop.create_task(pyfuncitem.obj(**arguments))
    _event_loop.run_until_complete(asyncio.wait({task}, timeout=TEST_TIMEOUT_SECONDS))
    if not task.done():
        task.cancel()
        _event_loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
        pytest.fail(f"test did not finish within {TEST_TIMEOUT_SECONDS} s; the emulator may be hung")
    task.result()
    return True


def pytest_sessionfinish(session: pytest.Session) -> None:
    # Session fixtures, including the client and its channel, are torn down by now.
    _event_loop.close()


class Emulator:
    """A running `viamctl emulator serve` process and the credentials it printed."""

    def __init__(self, binary: Path, data_path: Path, stderr_path: Path, environment: dict[str, str]):
        self.binary = binary
        self.data_path = data_path
        self.stderr_path = stderr_path
        self.environment = environment
        self.stdout_lines: list[str] = []
        self.exports: dict[str, str] = {}
        self.process: subprocess.Popen[str] | None = None

    @property
    def app_url(self) -> str:
        """`VIAM_APP_URL` as printed, for example `http://127.0.0.1:40123`."""
        return self.exports["VIAM_APP_URL"]

    @property
    def api_key_id(self) -> str:
        return self.exports["VIAM_API_KEY_ID"]

    @property
    def api_key(self) -> str:
        return self.exports["VIAM_API_KEY"]

    @property
    def address(self) -> str:
        """`HOST:PORT` of the emulator, the form the SDK expects as `app_url`."""
        url = urlsplit(self.app_url)
        return f"{url.hostname}:{url.port}"

    def start(self) -> None:
        """Start the emulator and wait until it has printed all three export lines.

        Raises RuntimeError, with the emulator's output, if it exits or stays
        silent for STARTUP_TIMEOUT_SECONDS.
        """
        command = [
            str(self.binary),
            "emulator",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--data",
            str(self.data_path),
        ]
        with open(self.stderr_path, "w") as stderr_file:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr_file,
                env=self.environment,
                text=True,
                bufsize=1,
            )

        # A thread drains stdout for the whole session, so that the emulator
        # never blocks on a full pipe, and hands each line to the wait below.
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_stdout, args=(lines,), daemon=True).start()

        expected_names = {"VIAM_APP_URL", "VIAM_API_KEY_ID", "VIAM_API_KEY"}
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not expected_names <= self.exports.keys():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RuntimeError(self._startup_failure(f"printed no export lines within {STARTUP_TIMEOUT_SECONDS} s"))
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
                raise RuntimeError(self._startup_failure(f"exited with status {self.process.returncode} before serving"))
            self._parse_export(line)

        url = urlsplit(self.app_url)
        if url.scheme != "http" or url.hostname != "127.0.0.1" or not url.port:
            raise RuntimeError(self._startup_failure(f"printed VIAM_APP_URL={self.app_url}, expected http://127.0.0.1:PORT"))

    def _read_stdout(self, lines: queue.Queue[str | None]) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            self.stdout_lines.append(line.rstrip("\n"))
            lines.put(line)
        lines.put(None)

    def _parse_export(self, line: str) -> None:
        match = re.fullmatch(r"\s*export\s+(VIAM_[A-Z_]+)=(.*?)\s*", line)
        if match:
            # The lines are meant for a shell, so a value may be quoted.
            words = shlex.split(match.group(2))
            self.exports[match.group(1)] = words[0] if words else ""

    def _startup_failure(self, problem: str) -> str:
        stdout = "\n".join(self.stdout_lines) or "(nothing)"
        return (
            f"viamctl emulator serve {problem}.\n"
            f"--- stdout ---\n{stdout}\n"
            f"--- stderr (last {STDERR_TAIL_LINES} lines of {self.stderr_path}) ---\n{self.stderr_tail()}"
        )

    def stop(self) -> None:
        """Stop the emulator with SIGTERM, then SIGKILL if it does not exit in time."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def stderr_tail(self, line_count: int = STDERR_TAIL_LINES) -> str:
        try:
            with open(self.stderr_path, errors="replace") as stderr_file:
                tail = "".join(deque(stderr_file, maxlen=line_count))
        except FileNotFoundError:
            tail = "(no stderr file)\n"
        tail = tail or "(empty)\n"
        if self.process is not None and self.process.poll() is not None:
            tail += f"(the emulator has exited with status {self.process.returncode})\n"
        return tail

    def accept_invite(self, email: str) -> None:
        """Make the invited user sign in with `viamctl emulator accept-invite`, turning the invite into a membership."""
        self.run_cli("emulator", "accept-invite", email, "--data", str(self.data_path))

    def run_cli(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """Run viamctl with the arguments and raise AssertionError, with its output, if it fails."""
        completed = subprocess.run(
            [str(self.binary), *arguments],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=self.environment,
            text=True,
            timeout=TEST_TIMEOUT_SECONDS,
        )
        assert completed.returncode == 0, (
            f"viamctl {shlex.join(arguments)} exited with status {completed.returncode}\n"
            f"--- stdout ---\n{completed.stdout}\n--- stderr ---\n{completed.stderr}"
        )
        return completed


EMULATOR_KEY = pytest.StashKey[Emulator]()


def _viamctl_binary() -> Path:
    value = os.environ.get("VIAMCTL_BIN")
    if not value:
        pytest.exit("VIAMCTL_BIN is not set: run the suite with tests/sdk/run.sh or point it at a viamctl binary", returncode=1)
    binary = Path(value).resolve()
    if not os.access(binary, os.X_OK):
        pytest.exit(f"VIAMCTL_BIN={value} is not an executable file", returncode=1)
    return binary


@pytest.fixture(scope="session")
def emulator(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Emulator:
    """The emulator for this session, serving on a free loopback port from a fresh data file."""
    directory = tmp_path_factory.mktemp("emulator")

    # Credentials or profiles of the person running the suite must not leak
    # into the emulator or into the viamctl commands that the tests run.
    environment = {name: value for name, value in os.environ.items() if not name.startswith("VIAM")}
    environment["VIAMCTL_CONFIG_DIR"] = str(directory / "config")
    environment.setdefault("RUST_BACKTRACE", "1")

    emulator = Emulator(_viamctl_binary(), directory / "emulator.sqlite3", directory / "emulator.stderr", environment)
    request.config.stash[EMULATOR_KEY] = emulator
    request.addfinalizer(emulator.stop)
    try:
        emulator.start()
    except RuntimeError as error:
        startup_failure = str(error)
    else:
        return emulator
    # Every test needs the emulator, so stop the run with one message that
    # contains the emulator's output instead of repeating it for each test.
    pytest.exit(startup_failure, returncode=1)


@pytest.fixture(scope="session")
def viam_client(emulator: Emulator) -> Iterator[ViamClient]:
    """A ViamClient authenticated with the emulator's owner API key over plaintext HTTP/2."""
    dial_options = DialOptions.with_api_key(emulator.api_key, emulator.api_key_id)
    # viam-sdk 0.85.1 dials with TLS unless `insecure` is set, and
    # `with_api_key` offers no parameter for it.
    dial_options.insecure = True
    client = run_async(ViamClient.create_from_dial_options(dial_options, app_url=emulator.address))
    yield client
    client.close()


@pytest.fixture(scope="session")
def app(viam_client: ViamClient) -> AppClient:
    return viam_client.app_client


@pytest.fixture(scope="session")
def org_id(app: AppClient) -> str:
    """ID of the organization that the emulator created on its first start.

    Any test that creates organizations requests this fixture, so it is first
    evaluated while the seed organization is still the only one.
    """
    organizations = run_async(app.list_organizations())
    assert len(organizations) == 1, f"a fresh emulator should have exactly one organization, got {organizations}"
    return organizations[0].id


@pytest.fixture
def location_id(app: AppClient, org_id: str) -> str:
    """ID of a new top-level location in the seed organization, for the requesting test alone."""
    location = run_async(app.create_location(org_id, unique_name("sdk-location")))
    return location.id


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Attach the tail of the emulator's stderr to every failed test report."""
    report = yield
    emulator = item.config.stash.get(EMULATOR_KEY, None)
    if report.failed and emulator is not None:
        report.sections.append((f"emulator stderr, last {STDERR_TAIL_LINES} lines ({emulator.stderr_path})", emulator.stderr_tail()))
    return report
