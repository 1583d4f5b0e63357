//! Handlers for organizations, their namespaces and metadata.

use super::Context;
use crate::emulator::access::{Permission, Resource, ResourceType, require, require_role_inside};
use crate::emulator::error::Result;
use crate::emulator::store::organizations::{self, OrganizationUpdate};
use crate::emulator::store::{locations, now_micros};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;

pub fn list(
    context: &Context,
    _request: api::ListOrganizationsRequest,
) -> Result<api::ListOrganizationsResponse> {
    let organizations = context
        .store
        .read(|db| organizations::list_accessible(db, &context.identity))?;
    Ok(api::ListOrganizationsResponse { organizations })
}

/// Reads an organization in which the caller has any role, like `list` shows it.
pub fn get(
    context: &Context,
    request: api::GetOrganizationRequest,
) -> Result<api::GetOrganizationResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let organization = context.store.read(|db| {
        require_role_inside(db, &context.identity, &id)?;
        organizations::get(db, &id)
    })?;
    Ok(api::GetOrganizationResponse {
        organization: Some(organization),
    })
}

/// Creates an organization owned by the caller.
pub fn create(
    context: &Context,
    request: api::CreateOrganizationRequest,
) -> Result<api::CreateOrganizationResponse> {
    rules::validate_name("name", &request.name)?;
    let id = ids::new_uuid();
    let organization = context.store.write(|db| {
        organizations::insert(db, &id, &request.name, &context.identity, now_micros())?;
        organizations::get(db, &id)
    })?;
    Ok(api::CreateOrganizationResponse {
        organization: Some(organization),
    })
}

pub fn delete(
    context: &Context,
    request: api::DeleteOrganizationRequest,
) -> Result<api::DeleteOrganizationResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Organization(&id),
        )?;
        organizations::delete(db, &id)
    })?;
    Ok(api::DeleteOrganizationResponse {})
}

/// Changes the fields present in the request; a `public_namespace` follows the namespace rules.
pub fn update(
    context: &Context,
    request: api::UpdateOrganizationRequest,
) -> Result<api::UpdateOrganizationResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let change = OrganizationUpdate {
        name: request.name,
        public_namespace: request.public_namespace,
        region: request.region,
        cid: request.cid,
        default_fragments: request.default_fragments,
        allowed_login_methods: request.allowed_login_methods,
    };
    let organization = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Organization(&id),
        )?;
        organizations::update(db, &id, &change)?;
        organizations::get(db, &id)
    })?;
    Ok(api::UpdateOrganizationResponse {
        organization: Some(organization),
    })
}

/// Reports whether a namespace is valid and unused. An invalid namespace is
/// `INVALID_ARGUMENT` rather than "unavailable", so the caller learns why.
pub fn namespace_availability(
    context: &Context,
    request: api::GetOrganizationNamespaceAvailabilityRequest,
) -> Result<api::GetOrganizationNamespaceAvailabilityResponse> {
    rules::validate_namespace(&request.public_namespace)?;
    let organization_id = if request.organization_id.is_empty() {
        None
    } else {
        Some(ids::uuid_field(
            "organization_id",
            &request.organization_id,
        )?)
    };
    let in_use = context.store.read(|db| {
        if let Some(id) = &organization_id {
            require(
                db,
                &context.identity,
                Permission::Read,
                Resource::Organization(id),
            )?;
        }
        organizations::namespace_taken(db, &request.public_namespace)
    })?;
    Ok(api::GetOrganizationNamespaceAvailabilityResponse { available: !in_use })
}

pub fn update_namespace(
    context: &Context,
    request: api::UpdateOrganizationNamespaceRequest,
) -> Result<api::UpdateOrganizationNamespaceResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let organization = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Organization(&id),
        )?;
        organizations::set_namespace(db, &id, &request.new_public_namespace)?;
        organizations::get(db, &id)
    })?;
    Ok(api::UpdateOrganizationNamespaceResponse {
        organization: Some(organization),
    })
}

/// Lists the primary organization of a location and those it is shared with.
pub fn with_access_to_location(
    context: &Context,
    request: api::GetOrganizationsWithAccessToLocationRequest,
) -> Result<api::GetOrganizationsWithAccessToLocationResponse> {
    let location_id = ids::location_id_field("location_id", &request.location_id)?;
    let organization_identities = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Location(&location_id),
        )?;
        locations::organizations(db, &location_id)?
            .iter()
            .map(|(id, _)| organizations::identity(db, id))
            .collect()
    })?;
    Ok(api::GetOrganizationsWithAccessToLocationResponse {
        organization_identities,
    })
}

pub fn get_metadata(
    context: &Context,
    request: api::GetOrganizationMetadataRequest,
) -> Result<api::GetOrganizationMetadataResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    let data = super::get_metadata(context, ResourceType::Organization, &id)?;
    Ok(api::GetOrganizationMetadataResponse { data: Some(data) })
}

pub fn update_metadata(
    context: &Context,
    request: api::UpdateOrganizationMetadataRequest,
) -> Result<api::UpdateOrganizationMetadataResponse> {
    let id = ids::uuid_field("organization_id", &request.organization_id)?;
    super::set_metadata(context, ResourceType::Organization, &id, request.data)?;
    Ok(api::UpdateOrganizationMetadataResponse {})
}
