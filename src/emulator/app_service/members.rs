//! Handlers for organization members, invites and user lookup.
//!
//! The emulator sends no emails: `send_email_invite` is accepted and ignored, and an invite is
//! accepted with `viamctl emulator accept-invite`.

use rusqlite::Connection;

use super::Context;
use crate::emulator::access::{Grant, Permission, Resource, check_grant_resource, require};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::{members, now_micros, organizations};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;

/// Lists the members and pending invites of an organization.
pub fn list(
    context: &Context,
    request: api::ListOrganizationMembersRequest,
) -> Result<api::ListOrganizationMembersResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let (members, invites) = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Organization(&id),
        )?;
        Ok((members::members(db, &id)?, members::list_invites(db, &id)?))
    })?;
    Ok(api::ListOrganizationMembersResponse {
        organization_id: id,
        members,
        invites,
    })
}

fn parse_grants(
    authorizations: &[api::Authorization],
    organization_id: &str,
) -> Result<Vec<Grant>> {
    authorizations
        .iter()
        .map(|authorization| Grant::from_authorization(authorization, organization_id))
        .collect()
}

fn check_grant_resources(db: &Connection, grants: &[Grant], organization_id: &str) -> Result<()> {
    grants
        .iter()
        .try_for_each(|grant| check_grant_resource(db, grant, organization_id))
}

/// Invites an email address. Without authorizations the invite grants organization owner.
pub fn create_invite(
    context: &Context,
    request: api::CreateOrganizationInviteRequest,
) -> Result<api::CreateOrganizationInviteResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    rules::validate_email(&request.email)?;
    let mut grants = parse_grants(&request.authorizations, &id)?;
    if grants.is_empty() {
        grants.push(Grant::organization_owner(&id));
    }
    let invite = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        check_grant_resources(db, &grants, &id)?;
        members::create_invite(db, &id, &request.email, &grants, now_micros())
    })?;
    Ok(api::CreateOrganizationInviteResponse {
        invite: Some(invite),
    })
}

pub fn update_invite(
    context: &Context,
    request: api::UpdateOrganizationInviteAuthorizationsRequest,
) -> Result<api::UpdateOrganizationInviteAuthorizationsResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    rules::validate_email(&request.email)?;
    let add = parse_grants(&request.add_authorizations, &id)?;
    let remove = parse_grants(&request.remove_authorizations, &id)?;
    if add.is_empty() && remove.is_empty() {
        return Err(Error::invalid_argument(
            "nothing to update: `add_authorizations` and `remove_authorizations` are both empty",
        ));
    }
    let invite = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        check_grant_resources(db, &add, &id)?;
        members::update_invite(db, &id, &request.email, &add, &remove)
    })?;
    Ok(api::UpdateOrganizationInviteAuthorizationsResponse {
        invite: Some(invite),
    })
}

pub fn delete_invite(
    context: &Context,
    request: api::DeleteOrganizationInviteRequest,
) -> Result<api::DeleteOrganizationInviteResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    rules::validate_email(&request.email)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        members::delete_invite(db, &id, &request.email)
    })?;
    Ok(api::DeleteOrganizationInviteResponse {})
}

/// Returns the pending invite unchanged, since the emulator sends no emails.
pub fn resend_invite(
    context: &Context,
    request: api::ResendOrganizationInviteRequest,
) -> Result<api::ResendOrganizationInviteResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    rules::validate_email(&request.email)?;
    let invite = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        members::get_invite(db, &id, &request.email)
    })?;
    Ok(api::ResendOrganizationInviteResponse {
        invite: Some(invite),
    })
}

pub fn delete_member(
    context: &Context,
    request: api::DeleteOrganizationMemberRequest,
) -> Result<api::DeleteOrganizationMemberResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let user_id = ids::uuid_field("user_id", &request.user_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        members::remove_member(db, &id, &user_id)
    })?;
    Ok(api::DeleteOrganizationMemberResponse {})
}

/// Looks up a user by email. Only members of an organization the caller can see are found.
/// Any other email is `NOT_FOUND`, so the lookup reveals no one else.
pub fn user_id_by_email(
    context: &Context,
    request: api::GetUserIdByEmailRequest,
) -> Result<api::GetUserIdByEmailResponse> {
    rules::validate_email(&request.email)?;
    let user_id = context.store.read(|db| {
        let not_found = || Error::not_found(format!("no user with email {}", request.email));
        let user_id = members::user_id_by_email(db, &request.email)?.ok_or_else(not_found)?;
        let visible = organizations::accessible_ids(db, &context.identity)?;
        if members::is_member_of_any(db, &visible, &user_id)? {
            Ok(user_id)
        } else {
            Err(not_found())
        }
    })?;
    Ok(api::GetUserIdByEmailResponse { user_id })
}
