"""Member and invite methods of AppClient, and user lookup by email.

An invite turns into a membership when the invited user signs in, which the
emulator simulates with `viamctl emulator accept-invite EMAIL --data PATH`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from grpclib import Status
from viam.app.app_client import AppClient
from viam.proto.app import OrganizationInvite

from helpers import (
    assert_recent,
    authorization_keys,
    raises_status,
    role_authorization,
    unique_email,
    unknown_uuid,
)

if TYPE_CHECKING:
    from conftest import Emulator


def find_invite(invites: list[OrganizationInvite], email: str) -> OrganizationInvite | None:
    matching = [invite for invite in invites if invite.email == email]
    assert len(matching) <= 1, f"{email} has {len(matching)} invites"
    return matching[0] if matching else None


async def test_invite_appears_in_member_list(app: AppClient, org_id: str):
    email = unique_email()
    owner = role_authorization(org_id, "owner", "organization", org_id)

    invite = await app.create_organization_invite(org_id, email, [owner], send_email_invite=False)

    assert invite.organization_id == org_id
    assert invite.email == email
    assert authorization_keys(invite.authorizations) == authorization_keys([owner])
    assert_recent(invite.created_on, "created_on of the new invite")
    members, invites = await app.list_organization_members(org_id)
    listed = find_invite(invites, email)
    assert listed is not None, f"the invite for {email} is not in the member list"
    assert listed.organization_id == org_id
    assert authorization_keys(listed.authorizations) == authorization_keys([owner])
    assert listed.created_on == invite.created_on
    assert all(email not in member.emails for member in members), "an invited user is listed as a member before signing in"


async def test_invite_without_authorizations_grants_owner(app: AppClient, org_id: str):
    email = unique_email()

    # The SDK sends an empty list when authorizations is None. Its docstring
    # (viam-sdk 0.85.1) states that the invite then grants full owner permissions.
    invite = await app.create_organization_invite(org_id, email, send_email_invite=False)

    expected = role_authorization(org_id, "owner", "organization", org_id)
    assert authorization_keys(invite.authorizations) == authorization_keys([expected])


async def test_invite_with_email_flag(app: AppClient, org_id: str):
    email = unique_email()
    operator = role_authorization(org_id, "operator", "organization", org_id)

    # send_email_invite defaults to True in the SDK, and the emulator sends no email.
    invite = await app.create_organization_invite(org_id, email, [operator])

    assert invite.email == email
    assert authorization_keys(invite.authorizations) == authorization_keys([operator])


async def test_update_invite_authorizations(app: AppClient, org_id: str, location_id: str):
    email = unique_email()
    owner = role_authorization(org_id, "owner", "organization", org_id)
    location_operator = role_authorization(org_id, "operator", "location", location_id)
    await app.create_organization_invite(org_id, email, [owner], send_email_invite=False)

    added = await app.update_organization_invite_authorizations(org_id, email, add_authorizations=[location_operator])

    assert added.email == email
    assert authorization_keys(added.authorizations) == authorization_keys([owner, location_operator])
    _, invites = await app.list_organization_members(org_id)
    assert authorization_keys(find_invite(invites, email).authorizations) == authorization_keys([owner, location_operator])

    removed = await app.update_organization_invite_authorizations(org_id, email, remove_authorizations=[owner])

    assert authorization_keys(removed.authorizations) == authorization_keys([location_operator])
    _, invites = await app.list_organization_members(org_id)
    assert authorization_keys(find_invite(invites, email).authorizations) == authorization_keys([location_operator])

    # An invite must keep at least one authorization.
    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_organization_invite_authorizations(org_id, email, remove_authorizations=[location_operator])
    _, invites = await app.list_organization_members(org_id)
    assert authorization_keys(find_invite(invites, email).authorizations) == authorization_keys([location_operator])


async def test_update_invite_without_changes(app: AppClient, org_id: str):
    email = unique_email()
    await app.create_organization_invite(org_id, email, [role_authorization(org_id, "owner", "organization", org_id)], send_email_invite=False)

    with raises_status(Status.INVALID_ARGUMENT):
        await app.update_organization_invite_authorizations(org_id, email)


async def test_resend_invite(app: AppClient, org_id: str):
    email = unique_email()
    operator = role_authorization(org_id, "operator", "organization", org_id)
    created = await app.create_organization_invite(org_id, email, [operator], send_email_invite=False)

    resent = await app.resend_organization_invite(org_id, email)

    assert resent.organization_id == org_id
    assert resent.email == email
    assert authorization_keys(resent.authorizations) == authorization_keys(created.authorizations)


async def test_delete_invite(app: AppClient, org_id: str):
    email = unique_email()
    await app.create_organization_invite(org_id, email, [role_authorization(org_id, "owner", "organization", org_id)], send_email_invite=False)

    await app.delete_organization_invite(org_id, email)

    _, invites = await app.list_organization_members(org_id)
    assert find_invite(invites, email) is None
    with raises_status(Status.NOT_FOUND):
        await app.delete_organization_invite(org_id, email)
    with raises_status(Status.NOT_FOUND):
        await app.resend_organization_invite(org_id, email)


async def test_accepted_invite_becomes_member(app: AppClient, org_id: str, emulator: Emulator):
    email = unique_email()
    operator = role_authorization(org_id, "operator", "organization", org_id)
    await app.create_organization_invite(org_id, email, [operator], send_email_invite=False)

    emulator.accept_invite(email)

    members, invites = await app.list_organization_members(org_id)
    assert find_invite(invites, email) is None, "the invite is still pending after the user accepted it"
    matching = [member for member in members if email in member.emails]
    assert len(matching) == 1, f"expected one member with email {email}, got {matching}"
    member = matching[0]
    assert member.user_id, "the new member has no user ID"
    assert_recent(member.date_added, "date_added of the new member")
    assert await app.get_user_id_by_email(email) == member.user_id

    # The user is a member now, so a second invite is a conflict.
    with raises_status(Status.ALREADY_EXISTS):
        await app.create_organization_invite(org_id, email, [operator], send_email_invite=False)


async def test_delete_member(app: AppClient, org_id: str, emulator: Emulator):
    email = unique_email()
    await app.create_organization_invite(org_id, email, [role_authorization(org_id, "operator", "organization", org_id)], send_email_invite=False)
    emulator.accept_invite(email)
    members, _ = await app.list_organization_members(org_id)
    user_id = next(member.user_id for member in members if email in member.emails)

    await app.delete_organization_member(org_id, user_id)

    members, invites = await app.list_organization_members(org_id)
    assert user_id not in [member.user_id for member in members]
    assert find_invite(invites, email) is None
    with raises_status(Status.NOT_FOUND):
        await app.delete_organization_member(org_id, user_id)


async def invite_to_unknown_organization(app: AppClient) -> OrganizationInvite:
    # The authorization names the same unknown organization as the request, so
    # that only the organization itself is wrong.
    organization_id = unknown_uuid()
    owner = role_authorization(organization_id, "owner", "organization", organization_id)
    return await app.create_organization_invite(organization_id, unique_email(), [owner], send_email_invite=False)


INVALID_MEMBER_CALLS = [
    pytest.param(
        lambda app, org_id: app.create_organization_invite(
            org_id, "not-an-email", [role_authorization(org_id, "owner", "organization", org_id)], send_email_invite=False
        ),
        Status.INVALID_ARGUMENT,
        id="invite-invalid-email",
    ),
    pytest.param(
        lambda app, org_id: app.create_organization_invite(
            org_id, unique_email(), [role_authorization(org_id, "admin", "organization", org_id)], send_email_invite=False
        ),
        Status.INVALID_ARGUMENT,
        id="invite-unknown-role",
    ),
    pytest.param(
        lambda app, org_id: invite_to_unknown_organization(app),
        Status.NOT_FOUND,
        id="invite-unknown-organization",
    ),
    pytest.param(
        lambda app, org_id: app.update_organization_invite_authorizations(
            org_id, unique_email(), add_authorizations=[role_authorization(org_id, "owner", "organization", org_id)]
        ),
        Status.NOT_FOUND,
        id="update-unknown-invite",
    ),
    pytest.param(
        lambda app, org_id: app.resend_organization_invite(org_id, unique_email()),
        Status.NOT_FOUND,
        id="resend-unknown-invite",
    ),
    pytest.param(
        lambda app, org_id: app.delete_organization_invite(org_id, unique_email()),
        Status.NOT_FOUND,
        id="delete-unknown-invite",
    ),
    pytest.param(
        lambda app, org_id: app.delete_organization_member(org_id, unknown_uuid()),
        Status.NOT_FOUND,
        id="delete-unknown-member",
    ),
    pytest.param(
        lambda app, org_id: app.list_organization_members(unknown_uuid()),
        Status.NOT_FOUND,
        id="list-unknown-organization",
    ),
    pytest.param(
        lambda app, org_id: app.get_user_id_by_email(unique_email()),
        Status.NOT_FOUND,
        id="user-id-unknown-email",
    ),
]


@pytest.mark.parametrize(("call", "status"), INVALID_MEMBER_CALLS)
async def test_member_invalid_input(app: AppClient, org_id: str, call, status: Status):
    with raises_status(status):
        await call(app, org_id)
