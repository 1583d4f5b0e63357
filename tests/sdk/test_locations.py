"""Location methods of AppClient: CRUD, nesting, secrets, metadata and sharing."""

from __future__ import annotations

import pytest
from grpclib import Status
from viam.app.app_client import AppClient
from viam.proto.app import LocationOrganization, SharedSecret

from helpers import (
    assert_location_id,
    assert_recent,
    raises_status,
    skip_if_unimplemented,
    unique_name,
    unknown_uuid,
)

# Well-formed location IDs that no location has.
UNKNOWN_LOCATION_ID = "zz00zz00zz"
MALFORMED_LOCATION_ID = "Not A Location"


async def test_create_location_top_level(app: AppClient, org_id: str):
    name = unique_name("sdk-location")

    location = await app.create_location(org_id, name)

    assert_location_id(location.id)
    assert location.name == name
    assert location.parent_location_id == ""
    assert list(location.organizations) == [LocationOrganization(organization_id=org_id, primary=True)]
    assert location.robot_count == 0
    assert_recent(location.created_on, "created_on of the new location")


async def test_get_location_round_trip(app: AppClient, org_id: str):
    created = await app.create_location(org_id, unique_name("sdk-location"))

    fetched = await app.get_location(created.id)

    assert fetched.id == created.id
    assert fetched.name == created.name
    assert fetched.parent_location_id == ""
    assert list(fetched.organizations) == list(created.organizations)
    assert fetched.created_on == created.created_on


async def test_list_locations_contains_created(app: AppClient, org_id: str):
    created = await app.create_location(org_id, unique_name("sdk-location"))

    locations = await app.list_locations(org_id)

    matching = [location for location in locations if location.id == created.id]
    assert len(matching) == 1
    assert matching[0].name == created.name


async def test_locations_nest(app: AppClient, org_id: str):
    parent = await app.create_location(org_id, unique_name("sdk-parent"))

    child = await app.create_location(org_id, unique_name("sdk-child"), parent_location_id=parent.id)
    grandchild = await app.create_location(org_id, unique_name("sdk-grandchild"), parent_location_id=child.id)

    assert child.parent_location_id == parent.id
    assert grandchild.parent_location_id == child.id
    assert (await app.get_location(child.id)).parent_location_id == parent.id
    assert (await app.get_location(grandchild.id)).parent_location_id == child.id
    parents = {location.id: location.parent_location_id for location in await app.list_locations(org_id)}
    assert parents[parent.id] == ""
    assert parents[child.id] == parent.id
    assert parents[grandchild.id] == child.id


async def test_update_location_name_keeps_parent(app: AppClient, org_id: str, location_id: str):
    child = await app.create_location(org_id, unique_name("sdk-child"), parent_location_id=location_id)
    new_name = unique_name("sdk-renamed")

    # parent_location_id=None is left out of the request, so the parent stays.
    updated = await app.update_location(child.id, name=new_name)

    assert updated.id == child.id
    assert updated.name == new_name
    assert updated.parent_location_id == location_id
    fetched = await app.get_location(child.id)
    assert fetched.name == new_name
    assert fetched.parent_location_id == location_id


async def test_update_location_moves_between_parents(app: AppClient, org_id: str, location_id: str):
    location = await app.create_location(org_id, unique_name("sdk-movable"))

    # The SDK's docstring moves a location this way: an empty name leaves the name unchanged.
    moved = await app.update_location(location.id, name="", parent_location_id=location_id)

    assert moved.parent_location_id == location_id
    assert moved.name == location.name
    assert (await app.get_location(location.id)).parent_location_id == location_id

    # An empty parent_location_id, sent with presence, makes it top-level again.
    top_level = await app.update_location(location.id, parent_location_id="")

    assert top_level.parent_location_id == ""
    assert top_level.name == location.name
    assert (await app.get_location(location.id)).parent_location_id == ""


async def test_update_location_rejects_cycles(app: AppClient, org_id: str, location_id: str):
    child = await app.create_location(org_id, unique_name("sdk-child"), parent_location_id=location_id)

    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_location(location_id, parent_location_id=location_id)
    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_location(location_id, parent_location_id=child.id)

    assert (await app.get_location(location_id)).parent_location_id == ""
    assert (await app.get_location(child.id)).parent_location_id == location_id


async def test_delete_location(app: AppClient, org_id: str):
    location = await app.create_location(org_id, unique_name("sdk-doomed"))

    await app.delete_location(location.id)

    with raises_status(Status.NOT_FOUND):
        await app.get_location(location.id)
    assert location.id not in [listed.id for listed in await app.list_locations(org_id)]
    with raises_status(Status.NOT_FOUND):
        await app.delete_location(location.id)


# Each case calls the SDK with input the service must reject. The location_id
# argument is a fresh location that the case may use as a valid reference.
INVALID_LOCATION_CALLS = [
    pytest.param(
        lambda app, org_id, location_id: app.create_location(org_id, ""),
        Status.INVALID_ARGUMENT,
        id="create-empty-name",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.create_location(unknown_uuid(), unique_name("sdk-location")),
        Status.NOT_FOUND,
        id="create-unknown-organization",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.create_location(org_id, unique_name("sdk-location"), UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="create-unknown-parent",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.create_location(org_id, unique_name("sdk-location"), MALFORMED_LOCATION_ID),
        Status.INVALID_ARGUMENT,
        id="create-malformed-parent",
    ),
    pytest.param(
        # The SDK sends location_id="" when it is omitted.
        lambda app, org_id, location_id: app.get_location(),
        Status.INVALID_ARGUMENT,
        id="get-empty-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.get_location(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="get-unknown-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.get_location(MALFORMED_LOCATION_ID),
        Status.INVALID_ARGUMENT,
        id="get-malformed-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.update_location(UNKNOWN_LOCATION_ID, name=unique_name("sdk-location")),
        Status.NOT_FOUND,
        id="update-unknown-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.update_location(location_id, parent_location_id=UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="update-unknown-parent",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.delete_location(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="delete-unknown-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.list_locations(unknown_uuid()),
        Status.NOT_FOUND,
        id="list-unknown-organization",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.location_auth(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="auth-unknown-id",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.create_location_secret(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="create-secret-unknown-location",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.delete_location_secret(unknown_uuid(), location_id),
        Status.NOT_FOUND,
        id="delete-unknown-secret",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.get_location_metadata(UNKNOWN_LOCATION_ID),
        Status.NOT_FOUND,
        id="get-metadata-unknown-location",
    ),
    pytest.param(
        lambda app, org_id, location_id: app.update_location_metadata(UNKNOWN_LOCATION_ID, {"key": "value"}),
        Status.NOT_FOUND,
        id="update-metadata-unknown-location",
    ),
]


@pytest.mark.parametrize(("call", "status"), INVALID_LOCATION_CALLS)
async def test_location_invalid_input(app: AppClient, org_id: str, location_id: str, call, status: Status):
    with raises_status(status):
        await call(app, org_id, location_id)


async def test_location_auth_lists_secrets(app: AppClient, location_id: str):
    auth = await app.location_auth(location_id)

    assert auth.location_id == location_id
    assert len(auth.secrets) >= 1, "a new location should have a secret"
    for secret in auth.secrets:
        assert secret.id, "a location secret has no ID"
        assert secret.secret, f"location secret {secret.id} has an empty value"
        assert secret.state == SharedSecret.STATE_ENABLED
        assert secret.HasField("created_on"), f"created_on of location secret {secret.id} is not set"
    assert len({secret.id for secret in auth.secrets}) == len(auth.secrets), "location secret IDs repeat"


async def test_create_and_delete_location_secret(app: AppClient, location_id: str):
    before = await app.location_auth(location_id)
    before_ids = {secret.id for secret in before.secrets}

    created = await app.create_location_secret(location_id)

    assert created.location_id == location_id
    after_ids = {secret.id for secret in created.secrets}
    new_ids = after_ids - before_ids
    assert len(new_ids) == 1, f"expected one new secret, secrets went from {before_ids} to {after_ids}"
    assert before_ids <= after_ids, "creating a secret removed an existing one"
    new_id = new_ids.pop()
    new_secret = next(secret for secret in created.secrets if secret.id == new_id)
    assert new_secret.secret not in {secret.secret for secret in before.secrets}
    assert new_secret.state == SharedSecret.STATE_ENABLED
    assert_recent(new_secret.created_on, "created_on of the new location secret")
    assert {secret.id for secret in (await app.location_auth(location_id)).secrets} == after_ids

    await app.delete_location_secret(new_id, location_id)

    assert {secret.id for secret in (await app.location_auth(location_id)).secrets} == before_ids
    with raises_status(Status.NOT_FOUND):
        await app.delete_location_secret(new_id, location_id)


async def test_location_metadata_round_trip(app: AppClient, location_id: str):
    assert await app.get_location_metadata(location_id) == {}
    metadata = {"site": "warehouse-7", "floor": 2, "zones": ["a", "b"], "outdoor": False}

    await app.update_location_metadata(location_id, metadata)

    assert await app.get_location_metadata(location_id) == metadata


async def test_location_metadata_update_replaces(app: AppClient, location_id: str):
    await app.update_location_metadata(location_id, {"first": 1})

    await app.update_location_metadata(location_id, {"second": {"nested": "yes"}})

    assert await app.get_location_metadata(location_id) == {"second": {"nested": "yes"}}


async def test_share_and_unshare_location(app: AppClient, org_id: str, location_id: str):
    with skip_if_unimplemented("CreateOrganization"):
        other = await app.create_organization(unique_name("SDK Share Target"))

    with skip_if_unimplemented("ShareLocation"):
        await app.share_location(other.id, location_id)

    shared = await app.get_location(location_id)
    assert {(entry.organization_id, entry.primary) for entry in shared.organizations} == {(org_id, True), (other.id, False)}
    assert location_id in [location.id for location in await app.list_locations(other.id)]
    with skip_if_unimplemented("GetOrganizationsWithAccessToLocation"):
        identities = await app.get_organizations_with_access_to_location(location_id)
    assert {identity.id for identity in identities} == {org_id, other.id}

    with skip_if_unimplemented("UnshareLocation"):
        await app.unshare_location(other.id, location_id)

    unshared = await app.get_location(location_id)
    assert list(unshared.organizations) == [LocationOrganization(organization_id=org_id, primary=True)]
    assert location_id not in [location.id for location in await app.list_locations(other.id)]
