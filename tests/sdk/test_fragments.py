"""Fragment methods of AppClient: list_fragments, get_fragment, create_fragment, update_fragment, delete_fragment, get_fragment_history."""

from __future__ import annotations

from datetime import datetime, timedelta

from grpclib import Status
from viam.app.app_client import AppClient, Fragment

from helpers import assert_recent, assert_uuid, raises_status, unique_name, unknown_uuid


async def test_create_fragment_round_trip(app: AppClient, org_id: str):
    name = unique_name("sdk-fragment")
    config = {"components": [{"name": "motor", "attributes": {"max_rpm": 1000000, "ratio": 0.5}}]}

    created = await app.create_fragment(org_id, name, config)

    assert_uuid(created.id, "fragment ID")
    assert created.name == name
    assert created.organization_owner == org_id
    assert created.visibility == Fragment.Visibility.PRIVATE
    assert created.public is False
    assert created.robot_part_count == 0
    assert_recent(created.created_on, "created_on of the new fragment")
    fetched = await app.get_fragment(created.id)
    assert fetched.fragment == config
    assert fetched.name == name


async def test_create_fragment_without_config_is_empty(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"))

    fetched = await app.get_fragment(created.id)

    assert fetched.fragment == {}


async def test_list_fragments_includes_own(app: AppClient, org_id: str):
    first = await app.create_fragment(org_id, unique_name("sdk-fragment"))
    second = await app.create_fragment(org_id, unique_name("sdk-fragment"))

    listed = await app.list_fragments(org_id, show_public=False)

    ids = [fragment.id for fragment in listed]
    assert first.id in ids
    assert second.id in ids


async def test_list_fragments_filters_by_visibility(app: AppClient, org_id: str):
    private = await app.create_fragment(org_id, unique_name("sdk-fragment"))
    public = await app.create_fragment(org_id, unique_name("sdk-fragment"))
    await app.update_fragment(public.id, public.name, visibility=Fragment.Visibility.PUBLIC)

    listed = await app.list_fragments(org_id, show_public=True, visibilities=[Fragment.Visibility.PUBLIC])

    ids = [fragment.id for fragment in listed]
    assert public.id in ids
    assert private.id not in ids
    assert all(fragment.visibility == Fragment.Visibility.PUBLIC for fragment in listed)


async def test_update_fragment_changes_name_and_config(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"), {"old": True})
    new_name = unique_name("sdk-renamed")

    updated = await app.update_fragment(created.id, new_name, {"new": 2})

    assert updated.id == created.id
    assert updated.name == new_name
    assert updated.fragment == {"new": 2}
    assert updated.last_updated is not None and created.last_updated is not None
    assert updated.last_updated > created.last_updated


async def test_update_fragment_without_config_keeps_it(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"), {"kept": "yes"})

    updated = await app.update_fragment(created.id, created.name, visibility=Fragment.Visibility.PUBLIC_UNLISTED)

    assert updated.fragment == {"kept": "yes"}
    assert updated.visibility == Fragment.Visibility.PUBLIC_UNLISTED


async def test_update_fragment_stale_last_known_update(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"), {"v": 1})
    await app.update_fragment(created.id, created.name, {"v": 2})
    assert created.last_updated is not None
    stale = created.last_updated - timedelta(seconds=1)

    with raises_status(Status.FAILED_PRECONDITION):
        await app.update_fragment(created.id, created.name, {"v": 3}, last_known_update=stale)

    fetched = await app.get_fragment(created.id)
    assert fetched.fragment == {"v": 2}


async def test_update_fragment_current_last_known_update(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"), {"v": 1})
    assert isinstance(created.last_updated, datetime)

    updated = await app.update_fragment(created.id, created.name, {"v": 2}, last_known_update=created.last_updated)

    assert updated.fragment == {"v": 2}


async def test_fragment_history_records_updates(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"), {"v": 1})
    await app.update_fragment(created.id, created.name, {"v": 2})
    await app.update_fragment(created.id, created.name, {"v": 3})

    history = await app.get_fragment_history(created.id)

    assert len(history) == 2
    assert history[0].old.fragment == {"v": 2}
    assert history[1].old.fragment == {"v": 1}
    assert_recent(history[0].edited_on, "edited_on of the last update")


async def test_delete_fragment(app: AppClient, org_id: str):
    created = await app.create_fragment(org_id, unique_name("sdk-fragment"))

    await app.delete_fragment(created.id)

    with raises_status(Status.NOT_FOUND):
        await app.get_fragment(created.id)


async def test_get_unknown_fragment_not_found(app: AppClient):
    with raises_status(Status.NOT_FOUND):
        await app.get_fragment(unknown_uuid())


async def test_get_fragment_invalid_id(app: AppClient):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.get_fragment("not-a-fragment-id")


async def test_create_fragment_empty_name_rejected(app: AppClient, org_id: str):
    with raises_status(Status.INVALID_ARGUMENT):
        await app.create_fragment(org_id, "")
