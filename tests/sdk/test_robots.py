"""Machine methods of AppClient: list_robots, get_robot, new_robot, update_robot, delete_robot, get_robot_parts."""

from __future__ import annotations

import pytest
from grpclib import Status
from viam.app.app_client import AppClient

from helpers import (
    assert_recent,
    assert_uuid,
    raises_status,
    unique_name,
    unknown_uuid,
)

UNKNOWN_LOCATION_ID = "zz00zz00zz"


async def test_new_robot_round_trip(app: AppClient, location_id: str):
    name = unique_name("sdk-machine")

    robot_id = await app.new_robot(name, location_id)

    assert_uuid(robot_id, "machine ID")
    robot = await app.get_robot(robot_id)
    assert robot.id == robot_id
    assert robot.name == name
    assert robot.location == location_id
    assert_recent(robot.created_on, "created_on of the new machine")


async def test_new_robot_has_one_main_part(app: AppClient, location_id: str):
    name = unique_name("sdk-machine")
    robot_id = await app.new_robot(name, location_id)

    parts = await app.get_robot_parts(robot_id)

    assert len(parts) == 1, f"a new machine should have exactly one part, got {[part.name for part in parts]}"
    part = parts[0]
    assert part.main_part is True
    assert part.name == f"{name}-main"
    assert_uuid(part.id, "part ID")
    assert part.id != robot_id
    assert part.robot == robot_id
    assert part.location_id == location_id
    assert part.secret or part.secrets, "the main part has no secret, so the machine could not authenticate"
    assert_recent(part.created_on, "created_on of the main part")


async def test_list_robots_in_location(app: AppClient, location_id: str):
    assert await app.list_robots(location_id) == []
    first_id = await app.new_robot(unique_name("sdk-machine"), location_id)
    second_id = await app.new_robot(unique_name("sdk-machine"), location_id)

    robots = await app.list_robots(location_id)

    assert sorted(robot.id for robot in robots) == sorted([first_id, second_id])
    for robot in robots:
        fetched = await app.get_robot(robot.id)
        assert (robot.name, robot.location, robot.created_on) == (fetched.name, fetched.location, fetched.created_on)
    assert (await app.get_location(location_id)).robot_count == 2


async def test_update_robot_name(app: AppClient, location_id: str):
    robot_id = await app.new_robot(unique_name("sdk-machine"), location_id)
    new_name = unique_name("sdk-renamed")

    updated = await app.update_robot(robot_id, new_name, location_id)

    assert updated.id == robot_id
    assert updated.name == new_name
    assert updated.location == location_id
    assert (await app.get_robot(robot_id)).name == new_name
    assert [robot.name for robot in await app.list_robots(location_id)] == [new_name]


async def test_update_robot_moves_location(app: AppClient, org_id: str, location_id: str):
    name = unique_name("sdk-machine")
    robot_id = await app.new_robot(name, location_id)
    target = await app.create_location(org_id, unique_name("sdk-target"))

    moved = await app.update_robot(robot_id, name, target.id)

    assert moved.location == target.id
    assert (await app.get_robot(robot_id)).location == target.id
    assert await app.list_robots(location_id) == []
    assert [robot.id for robot in await app.list_robots(target.id)] == [robot_id]
    parts = await app.get_robot_parts(robot_id)
    assert [part.location_id for part in parts] == [target.id]
    assert (await app.get_location(location_id)).robot_count == 0
    assert (await app.get_location(target.id)).robot_count == 1


async def test_delete_robot(app: AppClient, location_id: str):
    robot_id = await app.new_robot(unique_name("sdk-machine"), location_id)

    await app.delete_robot(robot_id)

    with raises_status(Status.NOT_FOUND):
        await app.get_robot(robot_id)
    with raises_status(Status.NOT_FOUND):
        await app.get_robot_parts(robot_id)
    assert await app.list_robots(location_id) == []
    assert (await app.get_location(location_id)).robot_count == 0
    with raises_status(Status.NOT_FOUND):
        await app.delete_robot(robot_id)


async def test_deleted_location_rejects_new_robot(app: AppClient, org_id: str):
    location = await app.create_location(org_id, unique_name("sdk-doomed"))
    await app.delete_location(location.id)

    with raises_status(Status.NOT_FOUND):
        await app.new_robot(unique_name("sdk-machine"), location.id)


# Each case calls the SDK with input the service must reject. The location_id
# argument is a fresh location that the case may use as a valid reference.
INVALID_ROBOT_CALLS = [
    pytest.param(
        lambda app, location_id: app.new_robot("", location_id),
        Status.INVALID_ARGUMENT,
        id="new-empty-name",
    ),
    pytest.param(
        # The SDK sends location="" when location_id is omitted.
        lambda app, location_id: app.new_robot(unique_name("sdk-machine")),
        Status.INVALID_ARGUMENT,
        id="new-empty-location",
    ),
    pytest.param(
        lambda app, location_id: app.new_robot(unique_name("sdk-machine"), UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="new-unknown-location",
    ),
    pytest.param(
        lambda app, location_id: app.get_robot(unknown_uuid()),
        Status.NOT_FOUND,
        id="get-unknown-id",
    ),
    pytest.param(
        lambda app, location_id: app.get_robot("not-a-uuid"),
        Status.INVALID_ARGUMENT,
        id="get-malformed-id",
    ),
    pytest.param(
        lambda app, location_id: app.get_robot(""),
        Status.INVALID_ARGUMENT,
        id="get-empty-id",
    ),
    pytest.param(
        # The SDK sends location_id="" when it is omitted.
        lambda app, location_id: app.list_robots(),
        Status.INVALID_ARGUMENT,
        id="list-empty-location",
    ),
    pytest.param(
        lambda app, location_id: app.list_robots(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="list-unknown-location",
    ),
    pytest.param(
        lambda app, location_id: app.update_robot(unknown_uuid(), unique_name("sdk-machine"), location_id),
        Status.NOT_FOUND,
        id="update-unknown-id",
    ),
    pytest.param(
        lambda app, location_id: app.delete_robot(unknown_uuid()),
        Status.NOT_FOUND,
        id="delete-unknown-id",
    ),
    pytest.param(
        lambda app, location_id: app.get_robot_parts(unknown_uuid()),
        Status.NOT_FOUND,
        id="parts-unknown-machine",
    ),
    pytest.param(
        lambda app, location_id: app.get_robot_parts("not-a-uuid"),
        Status.INVALID_ARGUMENT,
        id="parts-malformed-id",
    ),
]


@pytest.mark.parametrize(("call", "status"), INVALID_ROBOT_CALLS)
async def test_robot_invalid_input(app: AppClient, location_id: str, call, status: Status):
    with raises_status(status):
        await call(app, location_id)


async def test_update_robot_invalid_input(app: AppClient, location_id: str):
    name = unique_name("sdk-machine")
    robot_id = await app.new_robot(name, location_id)

    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_robot(robot_id, "", location_id)
    with raises_status(Status.NOT_FOUND):
        await app.update_robot(robot_id, name, UNKNOWN_LOCATION_ID)

    robot = await app.get_robot(robot_id)
    assert robot.name == name
    assert robot.location == location_id
