"""Organization methods of AppClient: list, get, update, namespaces, metadata, create and delete."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from grpclib import Status
from grpclib.exceptions import GRPCError
from viam.app.app_client import AppClient

from helpers import (
    assert_recent,
    assert_uuid,
    raises_status,
    skip_if_unimplemented,
    unique_name,
    unknown_uuid,
)


def unique_namespace() -> str:
    # Namespaces allow lowercase letters, digits and dashes.
    return unique_name("sdk-ns")


async def test_list_organizations_contains_seed(app: AppClient, org_id: str):
    organizations = await app.list_organizations()

    ids = [organization.id for organization in organizations]
    assert org_id in ids
    seed = organizations[ids.index(org_id)]
    assert_uuid(seed.id, "organization ID")
    assert seed.name, "the seed organization has no name"
    assert seed.HasField("created_on"), "created_on is not set"
    assert seed.created_on.ToDatetime(tzinfo=timezone.utc) <= datetime.now(timezone.utc)


async def test_get_organization_matches_list(app: AppClient, org_id: str):
    listed = [organization for organization in await app.list_organizations() if organization.id == org_id]

    organization = await app.get_organization(org_id)

    assert organization.id == org_id
    assert [organization] == listed


async def test_get_organization_unknown_id(app: AppClient, org_id: str):
    with raises_status(Status.NOT_FOUND):
        await app.get_organization(unknown_uuid())


async def test_get_organization_malformed_id(app: AppClient, org_id: str):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.get_organization("not-a-uuid")


async def test_update_organization_name(app: AppClient, org_id: str):
    before = await app.get_organization(org_id)
    new_name = unique_name("SDK Org")

    # The SDK sends only the fields that are not None, each with explicit presence.
    updated = await app.update_organization(org_id, name=new_name)

    assert updated.id == org_id
    assert updated.name == new_name
    assert updated.public_namespace == before.public_namespace
    assert updated.HasField("cid") == before.HasField("cid")
    assert updated.cid == before.cid
    fetched = await app.get_organization(org_id)
    assert fetched.name == new_name


async def test_update_organization_cid(app: AppClient, org_id: str):
    before = await app.get_organization(org_id)
    cid = unique_name("crm")

    updated = await app.update_organization(org_id, cid=cid)

    assert updated.HasField("cid"), "cid is a proto3 optional field and should be present once set"
    assert updated.cid == cid
    assert updated.name == before.name
    fetched = await app.get_organization(org_id)
    assert fetched.cid == cid


async def test_update_organization_region(app: AppClient, org_id: str):
    before = await app.get_organization(org_id)
    region = "eu-west-1" if before.default_region == "us-east-1" else "us-east-1"

    # The request field is `region`, and the organization reports it as `default_region`.
    updated = await app.update_organization(org_id, region=region)

    assert updated.default_region == region
    assert updated.name == before.name
    fetched = await app.get_organization(org_id)
    assert fetched.default_region == region


async def test_namespace_availability_flips_when_taken(app: AppClient, org_id: str):
    before = await app.get_organization(org_id)
    if before.public_namespace:
        pytest.fail(f"the seed organization already has namespace {before.public_namespace!r}; only this test may set it")
    namespace = unique_namespace()

    # The SDK sends only public_namespace here, never organization_id.
    assert await app.get_organization_namespace_availability(namespace) is True

    # An invalid namespace is rejected before the one-time assignment is used up.
    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_organization(org_id, public_namespace="Not_Valid")

    updated = await app.update_organization(org_id, public_namespace=namespace)
    assert updated.public_namespace == namespace
    assert await app.get_organization_namespace_availability(namespace) is False
    fetched = await app.get_organization(org_id)
    assert fetched.public_namespace == namespace

    # A namespace can be set only once.
    with raises_status(Status.FAILED_PRECONDITION):
        await app.update_organization(org_id, public_namespace=unique_namespace())
    assert (await app.get_organization(org_id)).public_namespace == namespace

    # Updating another field keeps the namespace.
    renamed = await app.update_organization(org_id, name=unique_name("SDK Org"))
    assert renamed.public_namespace == namespace


@pytest.mark.parametrize(
    "namespace",
    [
        pytest.param("", id="empty"),
        pytest.param("Upper-Case", id="uppercase"),
        pytest.param("under_score", id="underscore"),
        pytest.param("with space", id="space"),
    ],
)
async def test_namespace_availability_invalid(app: AppClient, namespace: str):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.get_organization_namespace_availability(namespace)


async def test_organization_metadata_round_trip(app: AppClient, org_id: str):
    metadata = {
        "team": "fleet",
        "limits": {"machines": 3, "ratio": 0.5},
        "tags": ["alpha", "beta"],
        "enabled": True,
    }

    await app.update_organization_metadata(org_id, metadata)

    assert await app.get_organization_metadata(org_id) == metadata


async def test_organization_metadata_update_replaces(app: AppClient, org_id: str):
    await app.update_organization_metadata(org_id, {"first": 1})

    await app.update_organization_metadata(org_id, {"second": 2})

    assert await app.get_organization_metadata(org_id) == {"second": 2}


async def test_organization_metadata_unknown_id(app: AppClient, org_id: str):
    with raises_status(Status.NOT_FOUND):
        await app.get_organization_metadata(unknown_uuid())
    with raises_status(Status.NOT_FOUND):
        await app.update_organization_metadata(unknown_uuid(), {"key": "value"})


async def test_create_and_delete_organization(app: AppClient, org_id: str):
    name = unique_name("SDK Created Org")

    with skip_if_unimplemented("CreateOrganization"):
        created = await app.create_organization(name)

    assert_uuid(created.id, "organization ID")
    assert created.id != org_id
    assert created.name == name
    assert_recent(created.created_on, "created_on of the new organization")
    assert created.id in [organization.id for organization in await app.list_organizations()]
    assert (await app.get_organization(created.id)).name == name

    with skip_if_unimplemented("DeleteOrganization"):
        await app.delete_organization(created.id)

    with raises_status(Status.NOT_FOUND):
        await app.get_organization(created.id)
    listed_ids = [organization.id for organization in await app.list_organizations()]
    assert created.id not in listed_ids
    assert org_id in listed_ids
    with raises_status(Status.NOT_FOUND):
        await app.delete_organization(created.id)


async def test_create_organization_empty_name(app: AppClient, org_id: str):
    with pytest.raises(GRPCError) as info:
        await app.create_organization("")

    if info.value.status == Status.UNIMPLEMENTED:
        pytest.skip("the emulator does not implement CreateOrganization")
    assert info.value.status == Status.INVALID_ARGUMENT, f"got {info.value.status.name}: {info.value.message}"


async def test_namespace_taken_by_other_organization(app: AppClient, org_id: str):
    with skip_if_unimplemented("CreateOrganization"):
        first = await app.create_organization(unique_name("SDK Org A"))
    second = await app.create_organization(unique_name("SDK Org B"))
    namespace = unique_namespace()
    await app.update_organization(first.id, public_namespace=namespace)

    with raises_status(Status.ALREADY_EXISTS):
        await app.update_organization(second.id, public_namespace=namespace)

    assert (await app.get_organization(second.id)).public_namespace == ""
