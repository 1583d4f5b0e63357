"""Authentication as the SDK performs it: Authenticate once, then a bearer token on every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grpclib import Status
from grpclib.client import Channel
from viam.app.app_client import AppClient
from viam.app.viam_client import ViamClient
from viam.rpc.dial import DialOptions

from helpers import raises_status, unknown_uuid

if TYPE_CHECKING:
    from conftest import Emulator


def insecure_api_key_options(api_key: str, api_key_id: str) -> DialOptions:
    options = DialOptions.with_api_key(api_key, api_key_id)
    options.insecure = True
    return options


async def test_authenticated_client_lists_organizations(app: AppClient, org_id: str):
    organizations = await app.list_organizations()

    assert org_id in [organization.id for organization in organizations]


async def test_wrong_api_key_rejected(emulator: Emulator):
    options = insecure_api_key_options(emulator.api_key + "x", emulator.api_key_id)

    with raises_status(Status.UNAUTHENTICATED):
        await ViamClient.create_from_dial_options(options, app_url=emulator.address)


async def test_unknown_api_key_id_rejected(emulator: Emulator):
    options = insecure_api_key_options(emulator.api_key, unknown_uuid())

    with raises_status(Status.UNAUTHENTICATED):
        await ViamClient.create_from_dial_options(options, app_url=emulator.address)


async def test_call_without_token_rejected(emulator: Emulator):
    host, port = emulator.address.rsplit(":", 1)
    channel = Channel(host, int(port))
    try:
        with raises_status(Status.UNAUTHENTICATED):
            await AppClient(channel, {}).list_organizations()
        with raises_status(Status.UNAUTHENTICATED):
            await AppClient(channel, {"authorization": "Bearer not-a-token"}).list_organizations()
    finally:
        channel.close()
