"""Role and API key methods of AppClient, and the limits a scoped key meets in the SDK.

The session's client authenticates with the emulator's bootstrap key, which owns
the seed organization, so every call here is allowed unless a test switches to
a key of its own.
"""

from __future__ import annotations

import json
import subprocess
from typing import TYPE_CHECKING

from grpclib import Status
from viam.app.app_client import APIKeyAuthorization, AppClient
from viam.app.viam_client import ViamClient
from viam.proto.app import AuthorizedPermissions
from viam.rpc.dial import DialOptions

from helpers import assert_uuid, raises_status, unique_name, unknown_uuid

if TYPE_CHECKING:
    from conftest import Emulator

CLI_TIMEOUT_SECONDS = 60


async def create_operator_key(app: AppClient, org_id: str, location_id: str) -> tuple[str, str]:
    """Create a key that operates one location and return (key, key ID), in the order the SDK returns them."""
    grant = APIKeyAuthorization(role="operator", resource_type="location", resource_id=location_id)
    return await app.create_key(org_id, [grant], unique_name("sdk-key"))


def roles_of(authorizations, identity_id: str) -> set[tuple[str, str]]:
    """Reduce the authorizations of one identity to (authorization_id, resource_id) pairs."""
    return {(a.authorization_id, a.resource_id) for a in authorizations if a.identity_id == identity_id}


async def connect(emulator: Emulator, key_id: str, key: str) -> ViamClient:
    dial_options = DialOptions.with_api_key(key, key_id)
    dial_options.insecure = True
    return await ViamClient.create_from_dial_options(dial_options, app_url=emulator.address)


async def test_create_key_returns_uuid_and_long_key(app: AppClient, org_id: str, location_id: str):
    key, key_id = await create_operator_key(app, org_id, location_id)

    assert_uuid(key_id, "key ID")
    assert len(key) >= 32, f"key should have at least 32 characters, got {len(key)}"


async def test_create_key_without_grants_rejected(app: AppClient, org_id: str):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.create_key(org_id, [], unique_name("sdk-key"))


async def test_list_keys_shows_grants_not_secret(app: AppClient, org_id: str, location_id: str):
    key, key_id = await create_operator_key(app, org_id, location_id)

    listed = await app.list_keys(org_id)

    matching = [entry for entry in listed if entry.api_key.id == key_id]
    assert len(matching) == 1, f"key {key_id} should be listed once, got {len(matching)}"
    entry = matching[0]
    assert entry.api_key.key == "", "list_keys must not return the key itself"
    assert key not in str(listed)
    assert [(a.authorization_id, a.resource_id) for a in entry.authorizations] == [("location_operator", location_id)]


async def test_key_from_existing_copies_grants(app: AppClient, org_id: str, location_id: str):
    _, source_id = await create_operator_key(app, org_id, location_id)

    key, key_id = await app.create_key_from_existing_key_authorizations(source_id)

    assert key_id != source_id
    assert len(key) >= 32
    listed = {entry.api_key.id: entry for entry in await app.list_keys(org_id)}
    assert [a.authorization_id for a in listed[key_id].authorizations] == ["location_operator"]


async def test_add_and_remove_role(app: AppClient, org_id: str, location_id: str):
    _, key_id = await create_operator_key(app, org_id, location_id)

    await app.add_role(org_id, key_id, "owner", "location", location_id)
    after_add = await app.list_authorizations(org_id, [location_id])
    await app.remove_role(org_id, key_id, "operator", "location", location_id)
    after_remove = await app.list_authorizations(org_id, [location_id])

    assert roles_of(after_add, key_id) == {("location_operator", location_id), ("location_owner", location_id)}
    assert roles_of(after_remove, key_id) == {("location_owner", location_id)}
    assert {a.identity_type for a in after_remove if a.identity_id == key_id} == {"api-key"}


async def test_change_role_swaps_grant(app: AppClient, org_id: str, location_id: str):
    _, key_id = await create_operator_key(app, org_id, location_id)

    await app.change_role(org_id, key_id, "operator", "location", location_id, key_id, "owner", "location", location_id)

    after = await app.list_authorizations(org_id, [location_id])
    assert roles_of(after, key_id) == {("location_owner", location_id)}


async def test_remove_missing_role_not_found(app: AppClient, org_id: str, location_id: str):
    _, key_id = await create_operator_key(app, org_id, location_id)

    with raises_status(Status.NOT_FOUND):
        await app.remove_role(org_id, key_id, "owner", "location", location_id)


async def test_add_role_for_unknown_identity_not_found(app: AppClient, org_id: str, location_id: str):
    with raises_status(Status.NOT_FOUND):
        await app.add_role(org_id, unknown_uuid(), "operator", "location", location_id)


async def test_list_authorizations_filters_resources(app: AppClient, org_id: str, location_id: str):
    _, key_id = await create_operator_key(app, org_id, location_id)

    everything = await app.list_authorizations(org_id)
    on_location = await app.list_authorizations(org_id, [location_id])

    assert ("location_operator", location_id) in roles_of(everything, key_id)
    assert any(a.authorization_id == "organization_owner" for a in everything)
    assert {a.resource_id for a in on_location} == {location_id}


async def test_check_permissions_empty_rejected(app: AppClient):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.check_permissions([])


async def test_owner_check_permissions(app: AppClient, org_id: str, location_id: str):
    requested = AuthorizedPermissions(
        resource_type="location",
        resource_id=location_id,
        permissions=["read_location", "write_location", "read_organization"],
    )

    granted = await app.check_permissions([requested])

    assert len(granted) == 1
    assert granted[0].resource_id == location_id
    # An organization permission is never granted on a location, even to an owner.
    assert list(granted[0].permissions) == ["read_location", "write_location"]


async def test_viamctl_key_limited_in_sdk(emulator: Emulator, app: AppClient, org_id: str, location_id: str):
    other_location = await app.create_location(org_id, unique_name("sdk-other"))
    environment = {
        **emulator.environment,
        "VIAM_APP_URL": emulator.app_url,
        "VIAM_API_KEY_ID": emulator.api_key_id,
        "VIAM_API_KEY": emulator.api_key,
    }
    completed = subprocess.run(
        [str(emulator.binary), "key", "create", "--grant", f"operator:location:{location_id}", "-o", "json"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environment,
        text=True,
        timeout=CLI_TIMEOUT_SECONDS,
    )
    assert completed.returncode == 0, completed.stderr
    created = json.loads(completed.stdout)

    client = await connect(emulator, created["id"], created["key"])
    try:
        scoped = client.app_client
        organizations = await scoped.list_organizations()
        locations = await scoped.list_locations(org_id)
        checked = await scoped.check_permissions(
            [
                AuthorizedPermissions(
                    resource_type="location",
                    resource_id=location_id,
                    permissions=["read_location", "write_location", "control_robot"],
                )
            ]
        )
        with raises_status(Status.PERMISSION_DENIED):
            await scoped.get_location(other_location.id)
        with raises_status(Status.PERMISSION_DENIED):
            await scoped.delete_location(location_id)
        with raises_status(Status.PERMISSION_DENIED):
            await create_operator_key(scoped, org_id, location_id)
        listed_keys = await scoped.list_keys(org_id)
    finally:
        client.close()

    assert [organization.id for organization in organizations] == [org_id]
    assert [location.id for location in locations] == [location_id]
    assert list(checked[0].permissions) == ["read_location", "control_robot"]
    assert list(listed_keys) == [], "an operator owns no key's roles, so it should list no keys"


async def test_deleted_key_token_rejected(emulator: Emulator, app: AppClient, org_id: str, location_id: str):
    key, key_id = await create_operator_key(app, org_id, location_id)
    client = await connect(emulator, key_id, key)
    try:
        before = await client.app_client.list_locations(org_id)
        await app.delete_key(key_id)
        with raises_status(Status.UNAUTHENTICATED):
            await client.app_client.list_locations(org_id)
    finally:
        client.close()

    assert [location.id for location in before] == [location_id]
