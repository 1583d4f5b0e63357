"""Part methods of AppClient: single parts, their history and secrets, restarts, and part logs.

Log entries are uploaded with `viamctl emulator log`, which authenticates with a
part secret and calls RobotService Log the way a machine does.
"""

from __future__ import annotations

import asyncio
import subprocess
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from grpclib import Status
from viam.app.app_client import AppClient
from viam.proto.app import LogOrder

from helpers import assert_recent, assert_uuid, raises_status, unique_name, unknown_uuid

if TYPE_CHECKING:
    from conftest import Emulator

# Upper bound for one `viamctl emulator log` run; only a hung emulator reaches it.
CLI_TIMEOUT_SECONDS = 60

# How long to wait for a tail to deliver before uploading again. The tail only
# sends entries stored after it opened, and the SDK opens it lazily, so the test
# uploads until a batch arrives.
TAIL_RETRY_SECONDS = 1.0


async def new_machine(app: AppClient, location_id: str) -> tuple[str, str]:
    """Create a machine and return its ID and the ID of its main part."""
    robot_id = await app.new_robot(unique_name("sdk-machine"), location_id)
    parts = await app.get_robot_parts(robot_id)
    return robot_id, parts[0].id


def append_logs(emulator: Emulator, part_id: str, message: str, level: str = "info", count: int = 1, time: str | None = None) -> None:
    """Upload `count` entries to a part through `viamctl emulator log`, authenticated with the owner key."""
    environment = dict(emulator.environment)
    environment.update(emulator.exports)
    command = [str(emulator.binary), "emulator", "log", part_id, message, "--level", level, "--count", str(count)]
    if time is not None:
        command += ["--time", time]
    completed = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, env=environment, text=True, timeout=CLI_TIMEOUT_SECONDS)
    assert completed.returncode == 0, f"viamctl emulator log exited with {completed.returncode}: {completed.stderr}"


async def test_get_robot_part_fields(app: AppClient, location_id: str):
    robot_id, part_id = await new_machine(app, location_id)

    part = await app.get_robot_part(part_id)

    assert part.id == part_id
    assert part.robot == robot_id
    assert part.location_id == location_id
    assert part.main_part is True
    assert part.fqdn == f"{part.dns_name}.{location_id}.viam.cloud"
    assert part.local_fqdn == f"{part.dns_name}.{location_id}.local.viam.cloud"
    assert part.secret == part.secrets[0].secret
    assert len(part.secret) >= 32
    assert part.robot_config == {}
    assert_recent(part.created_on, "created_on of the part")


async def test_get_unknown_part_not_found(app: AppClient):
    with raises_status(Status.NOT_FOUND):
        await app.get_robot_part(unknown_uuid())


async def test_new_robot_part_is_not_main(app: AppClient, location_id: str):
    robot_id, main_id = await new_machine(app, location_id)
    name = unique_name("sdk-part")

    part_id = await app.new_robot_part(robot_id, name)

    assert_uuid(part_id, "new part ID")
    parts = {part.id: part for part in await app.get_robot_parts(robot_id)}
    assert set(parts) == {main_id, part_id}
    assert parts[part_id].name == name
    assert parts[part_id].main_part is False
    assert parts[part_id].secrets, "a new part needs a secret to authenticate"


async def test_new_robot_part_duplicate_name_rejected(app: AppClient, location_id: str):
    robot_id, _ = await new_machine(app, location_id)
    name = unique_name("sdk-part")
    await app.new_robot_part(robot_id, name)

    with raises_status(Status.ALREADY_EXISTS):
        await app.new_robot_part(robot_id, name)


async def test_update_robot_part_keeps_numbers(app: AppClient, location_id: str):
    _, part_id = await new_machine(app, location_id)
    config = {"components": [{"name": "serial", "attributes": {"baud": 115200, "ratio": 0.5}}]}
    new_name = unique_name("sdk-renamed")

    updated = await app.update_robot_part(part_id, new_name, config)

    assert updated.name == new_name
    fetched = await app.get_robot_part(part_id)
    attributes = fetched.robot_config["components"][0]["attributes"]
    assert attributes == {"baud": 115200, "ratio": 0.5}
    assert fetched.name == new_name
    assert fetched.fqdn.startswith(f"{new_name}.")


async def test_update_robot_part_stale_rejected(app: AppClient, location_id: str):
    _, part_id = await new_machine(app, location_id)
    before = await app.get_robot_part(part_id)
    await asyncio.sleep(0.01)
    await app.update_robot_part(part_id, before.name, {"version": 1})

    with raises_status(Status.FAILED_PRECONDITION):
        await app.update_robot_part(part_id, before.name, {"version": 2}, last_known_update=before.last_updated)

    assert (await app.get_robot_part(part_id)).robot_config == {"version": 1}


async def test_robot_part_history_has_old_configs(app: AppClient, location_id: str):
    _, part_id = await new_machine(app, location_id)
    name = (await app.get_robot_part(part_id)).name
    await app.update_robot_part(part_id, name, {"version": 1})
    await app.update_robot_part(part_id, name, {"version": 2})

    history = await app.get_robot_part_history(part_id)

    assert len(history) == 2
    assert [entry.old.robot_config for entry in history] == [{"version": 1}, {}], "newest first"
    assert all(entry.part == part_id for entry in history)
    assert history[0].when >= history[1].when
    assert not history[0].old.secrets, "history must not carry secrets"


async def test_delete_robot_part_main_rules(app: AppClient, location_id: str):
    robot_id, main_id = await new_machine(app, location_id)
    other_id = await app.new_robot_part(robot_id, unique_name("sdk-part"))

    with raises_status(Status.FAILED_PRECONDITION):
        await app.delete_robot_part(main_id)
    await app.delete_robot_part(other_id)

    assert [part.id for part in await app.get_robot_parts(robot_id)] == [main_id]
    with raises_status(Status.NOT_FOUND):
        await app.get_robot_part(other_id)


async def test_mark_part_as_main_moves_flag(app: AppClient, location_id: str):
    robot_id, main_id = await new_machine(app, location_id)
    other_id = await app.new_robot_part(robot_id, unique_name("sdk-part"))

    await app.mark_part_as_main(other_id)

    main_flags = {part.id: part.main_part for part in await app.get_robot_parts(robot_id)}
    assert main_flags == {main_id: False, other_id: True}


async def test_mark_part_for_restart(app: AppClient, location_id: str):
    _, part_id = await new_machine(app, location_id)

    await app.mark_part_for_restart(part_id)
    await app.mark_part_for_restart(part_id)

    with raises_status(Status.NOT_FOUND):
        await app.mark_part_for_restart(unknown_uuid())


async def test_part_secret_create_and_delete(app: AppClient, location_id: str):
    _, part_id = await new_machine(app, location_id)
    original = (await app.get_robot_part(part_id)).secrets

    with_new = await app.create_robot_part_secret(part_id)

    assert len(with_new.secrets) == len(original) + 1
    new_secret = next(secret for secret in with_new.secrets if secret.id not in {s.id for s in original})
    assert_uuid(new_secret.id, "secret ID")
    assert new_secret.secret and new_secret.secret != original[0].secret
    await app.delete_robot_part_secret(part_id, new_secret.id)
    assert [secret.id for secret in (await app.get_robot_part(part_id)).secrets] == [secret.id for secret in original]
    with raises_status(Status.NOT_FOUND):
        await app.delete_robot_part_secret(part_id, new_secret.id)


async def test_get_robot_part_logs_pages(app: AppClient, emulator: Emulator, location_id: str):
    _, part_id = await new_machine(app, location_id)
    append_logs(emulator, part_id, "tick", count=250)
    append_logs(emulator, part_id, "motor stalled", level="error", count=2)

    default = await app.get_robot_part_logs(part_id)
    everything = await app.get_robot_part_logs(part_id, num_log_entries=0)
    oldest = await app.get_robot_part_logs(part_id, num_log_entries=3, order=LogOrder.LOG_ORDER_ASCENDING)
    errors = await app.get_robot_part_logs(part_id, log_levels=["error"], num_log_entries=0)
    filtered = await app.get_robot_part_logs(part_id, filter="stalled", num_log_entries=0)

    assert len(default) == 100
    assert [entry.message for entry in default[:2]] == ["motor stalled", "motor stalled"], "newest first by default"
    assert len(everything) == 252, "num_log_entries=0 pages until the token is empty"
    assert [entry.message for entry in oldest] == ["tick", "tick", "tick"]
    assert oldest[0].time <= oldest[1].time <= oldest[2].time
    assert [entry.level for entry in errors] == ["error", "error"]
    assert len(filtered) == 2
    assert everything[0].logger_name == "rdk.emulator"


async def test_get_robot_part_logs_time_window(app: AppClient, emulator: Emulator, location_id: str):
    _, part_id = await new_machine(app, location_id)
    append_logs(emulator, part_id, "early", time="2026-01-01T10:00:00Z")
    append_logs(emulator, part_id, "inside", time="2026-01-01T11:00:00Z")
    append_logs(emulator, part_id, "late", time="2026-01-01T12:00:00Z")

    window = await app.get_robot_part_logs(
        part_id,
        start=datetime(2026, 1, 1, 10, 30, tzinfo=timezone.utc),
        end=datetime(2026, 1, 1, 11, 30, tzinfo=timezone.utc),
    )

    assert [entry.message for entry in window] == ["inside"]


async def test_tail_robot_part_logs(app: AppClient, emulator: Emulator, location_id: str):
    _, part_id = await new_machine(app, location_id)
    append_logs(emulator, part_id, "history")
    stream = await app.tail_robot_part_logs(part_id, errors_only=True)
    first_batch = asyncio.ensure_future(stream.next())

    while not first_batch.done():
        await asyncio.to_thread(append_logs, emulator, part_id, "ignored info")
        await asyncio.to_thread(append_logs, emulator, part_id, "live error", "error")
        await asyncio.wait({first_batch}, timeout=TAIL_RETRY_SECONDS)

    batch = first_batch.result()
    assert batch, "the tail must never send an empty batch"
    assert {entry.message for entry in batch} == {"live error"}
    assert all(entry.level == "error" for entry in batch)
