//! Handlers for machines (robots in the API), their parts and metadata.

use super::Context;
use crate::emulator::access::{
    Permission, Resource, ResourceType, allows, require, require_role_inside,
};
use crate::emulator::error::Result;
use crate::emulator::store::{now_micros, robots};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;

pub fn list(context: &Context, request: api::ListRobotsRequest) -> Result<api::ListRobotsResponse> {
    let location_id = ids::location_id_field("location_id", &request.location_id)?;
    let robots = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Location(&location_id),
        )?;
        robots::list_in_location(db, &location_id)
    })?;
    Ok(api::ListRobotsResponse { robots })
}

/// Lists the machines of several locations, in the order the locations were given. Every
/// location must exist and be visible to the caller.
pub fn list_for_locations(
    context: &Context,
    request: api::ListRobotsForLocationsRequest,
) -> Result<api::ListRobotsForLocationsResponse> {
    let location_ids = request
        .location_ids
        .iter()
        .map(|id| ids::location_id_field("location_ids", id))
        .collect::<Result<Vec<_>>>()?;
    let robots = context.store.read(|db| {
        let mut robots = Vec::new();
        for location_id in &location_ids {
            require(
                db,
                &context.identity,
                Permission::Read,
                Resource::Location(location_id),
            )?;
            robots.extend(robots::list_in_location(db, location_id)?);
        }
        Ok(robots)
    })?;
    Ok(api::ListRobotsForLocationsResponse { robots })
}

/// Lists the machines the caller can read in every location the organization has access to.
pub fn list_for_org(
    context: &Context,
    request: api::ListRobotsForOrgRequest,
) -> Result<api::ListRobotsForOrgResponse> {
    let organization_id = ids::uuid_field("org_id", &request.org_id)?;
    let robots = context.store.read(|db| {
        require_role_inside(db, &context.identity, &organization_id)?;
        let mut visible = Vec::new();
        for robot in robots::list_for_organization(db, &organization_id)? {
            if allows(
                db,
                &context.identity,
                Permission::Read,
                Resource::Robot(&robot.id),
            )? {
                visible.push(robot);
            }
        }
        Ok(visible)
    })?;
    Ok(api::ListRobotsForOrgResponse { robots })
}

pub fn get(context: &Context, request: api::GetRobotRequest) -> Result<api::GetRobotResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let robot = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Robot(&id),
        )?;
        robots::get(db, &id)
    })?;
    Ok(api::GetRobotResponse { robot: Some(robot) })
}

/// Creates a machine with a main part named `<name>-main`.
pub fn create(context: &Context, request: api::NewRobotRequest) -> Result<api::NewRobotResponse> {
    rules::validate_name("name", &request.name)?;
    let location_id = ids::location_id_field("location", &request.location)?;
    let id = ids::new_uuid();
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Location(&location_id),
        )?;
        robots::insert(db, &id, &request.name, &location_id, now_micros())
    })?;
    Ok(api::NewRobotResponse { id })
}

/// Renames a machine and, when `location` is not empty, moves it to that location.
pub fn update(
    context: &Context,
    request: api::UpdateRobotRequest,
) -> Result<api::UpdateRobotResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    rules::validate_name("name", &request.name)?;
    let location_id = if request.location.is_empty() {
        None
    } else {
        Some(ids::location_id_field("location", &request.location)?)
    };
    let robot = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Robot(&id),
        )?;
        if let Some(location_id) = &location_id {
            require(
                db,
                &context.identity,
                Permission::Write,
                Resource::Location(location_id),
            )?;
        }
        robots::update(db, &id, &request.name, location_id.as_deref())?;
        robots::get(db, &id)
    })?;
    Ok(api::UpdateRobotResponse { robot: Some(robot) })
}

/// Deletes a machine with all its parts.
pub fn delete(
    context: &Context,
    request: api::DeleteRobotRequest,
) -> Result<api::DeleteRobotResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Robot(&id),
        )?;
        robots::delete(db, &id)
    })?;
    Ok(api::DeleteRobotResponse {})
}

pub fn parts(
    context: &Context,
    request: api::GetRobotPartsRequest,
) -> Result<api::GetRobotPartsResponse> {
    let id = ids::uuid_field("robot_id", &request.robot_id)?;
    let parts = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Robot(&id),
        )?;
        robots::parts(db, &id)?
            .into_iter()
            .map(|part| super::parts::hide_secrets_from(db, &context.identity, part))
            .collect()
    })?;
    Ok(api::GetRobotPartsResponse { parts })
}

pub fn get_metadata(
    context: &Context,
    request: api::GetRobotMetadataRequest,
) -> Result<api::GetRobotMetadataResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let data = super::get_metadata(context, ResourceType::Robot, &id)?;
    Ok(api::GetRobotMetadataResponse { data: Some(data) })
}

pub fn update_metadata(
    context: &Context,
    request: api::UpdateRobotMetadataRequest,
) -> Result<api::UpdateRobotMetadataResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    super::set_metadata(context, ResourceType::Robot, &id, request.data)?;
    Ok(api::UpdateRobotMetadataResponse {})
}
