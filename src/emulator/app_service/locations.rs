//! Handlers for locations, their secrets, sharing and metadata.

use super::Context;
use crate::emulator::access::{
    Permission, Resource, ResourceType, allows, require, require_role_inside,
};
use crate::emulator::error::Result;
use crate::emulator::store::{locations, now_micros};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;

/// Creates a location, nested under `parent_location_id` when that is present and not empty.
pub fn create(
    context: &Context,
    request: api::CreateLocationRequest,
) -> Result<api::CreateLocationResponse> {
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    rules::validate_name("name", &request.name)?;
    let parent = match request.parent_location_id.as_deref() {
        None | Some("") => None,
        Some(parent) => Some(ids::location_id_field("parent_location_id", parent)?),
    };
    let id = ids::new_location_id();
    let location = context.store.write(|db| {
        // An owner of the parent location may nest a new location under it.
        let scope = match &parent {
            Some(parent) => Resource::Location(parent),
            None => Resource::Organization(&organization_id),
        };
        require(db, &context.identity, Permission::Write, scope)?;
        locations::insert(
            db,
            &id,
            &organization_id,
            &request.name,
            parent.as_deref(),
            now_micros(),
        )?;
        locations::get(db, &id)
    })?;
    Ok(api::CreateLocationResponse {
        location: Some(location),
    })
}

pub fn get(
    context: &Context,
    request: api::GetLocationRequest,
) -> Result<api::GetLocationResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let location = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Location(&id),
        )?;
        locations::get(db, &id)
    })?;
    Ok(api::GetLocationResponse {
        location: Some(location),
    })
}

/// Changes the fields present in the request. An empty `parent_location_id` moves the
/// location to the top level, which needs the owner role on its organization, and a new
/// parent needs the owner role on that parent.
pub fn update(
    context: &Context,
    request: api::UpdateLocationRequest,
) -> Result<api::UpdateLocationResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    // The Python SDK sends an empty name, with presence, to mean "keep the current name".
    let name = request.name.as_deref().filter(|name| !name.is_empty());
    if let Some(name) = name {
        rules::validate_name("name", name)?;
    }
    if let Some(region) = &request.region {
        rules::validate_region(region)?;
    }
    let parent = match request.parent_location_id.as_deref() {
        None => None,
        Some("") => Some(String::new()),
        Some(parent) => Some(ids::location_id_field("parent_location_id", parent)?),
    };
    let location = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Location(&id),
        )?;
        match parent.as_deref() {
            None => {}
            Some("") => {
                let organization_id = locations::primary_organization(db, &id)?;
                require(
                    db,
                    &context.identity,
                    Permission::Write,
                    Resource::Organization(&organization_id),
                )?;
            }
            Some(new_parent) => require(
                db,
                &context.identity,
                Permission::Write,
                Resource::Location(new_parent),
            )?,
        }
        locations::update(db, &id, name, parent.as_deref(), request.region.as_deref())?;
        locations::get(db, &id)
    })?;
    Ok(api::UpdateLocationResponse {
        location: Some(location),
    })
}

/// Deletes a location that has no machines and no child locations.
pub fn delete(
    context: &Context,
    request: api::DeleteLocationRequest,
) -> Result<api::DeleteLocationResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Location(&id),
        )?;
        locations::delete(db, &id)
    })?;
    Ok(api::DeleteLocationResponse {})
}

/// Lists the locations of an organization that the caller can read, nested and shared ones
/// included. A caller with a role only on some locations gets only those and their children.
pub fn list(
    context: &Context,
    request: api::ListLocationsRequest,
) -> Result<api::ListLocationsResponse> {
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    let locations = context.store.read(|db| {
        require_role_inside(db, &context.identity, &organization_id)?;
        let mut visible = Vec::new();
        for location in locations::list_for_organization(db, &organization_id)? {
            let resource = Resource::Location(&location.id);
            if allows(db, &context.identity, Permission::Read, resource)? {
                visible.push(location);
            }
        }
        Ok(visible)
    })?;
    Ok(api::ListLocationsResponse { locations })
}

/// Returns the location's secrets, which only owners may read.
pub fn auth(
    context: &Context,
    request: api::LocationAuthRequest,
) -> Result<api::LocationAuthResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let auth = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Location(&id),
        )?;
        locations::auth(db, &id)
    })?;
    Ok(api::LocationAuthResponse { auth: Some(auth) })
}

pub fn create_secret(
    context: &Context,
    request: api::CreateLocationSecretRequest,
) -> Result<api::CreateLocationSecretResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let auth = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Location(&id),
        )?;
        locations::create_secret(db, &id, now_micros())?;
        locations::auth(db, &id)
    })?;
    Ok(api::CreateLocationSecretResponse { auth: Some(auth) })
}

pub fn delete_secret(
    context: &Context,
    request: api::DeleteLocationSecretRequest,
) -> Result<api::DeleteLocationSecretResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let secret_id = ids::uuid_field("secret_id", &request.secret_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Location(&id),
        )?;
        locations::delete_secret(db, &id, &secret_id)
    })?;
    Ok(api::DeleteLocationSecretResponse {})
}

pub fn share(
    context: &Context,
    request: api::ShareLocationRequest,
) -> Result<api::ShareLocationResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Location(&id),
        )?;
        locations::share(db, &id, &organization_id)
    })?;
    Ok(api::ShareLocationResponse {})
}

pub fn unshare(
    context: &Context,
    request: api::UnshareLocationRequest,
) -> Result<api::UnshareLocationResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Location(&id),
        )?;
        locations::unshare(db, &id, &organization_id)
    })?;
    Ok(api::UnshareLocationResponse {})
}

pub fn get_metadata(
    context: &Context,
    request: api::GetLocationMetadataRequest,
) -> Result<api::GetLocationMetadataResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    let data = super::get_metadata(context, ResourceType::Location, &id)?;
    Ok(api::GetLocationMetadataResponse { data: Some(data) })
}

pub fn update_metadata(
    context: &Context,
    request: api::UpdateLocationMetadataRequest,
) -> Result<api::UpdateLocationMetadataResponse> {
    let id = ids::location_id_field("location_id", &request.location_id)?;
    super::set_metadata(context, ResourceType::Location, &id, request.data)?;
    Ok(api::UpdateLocationMetadataResponse {})
}
