//! Handlers for API keys: creation, listing, duplication, renaming, rotation and deletion.
//!
//! A key's secret is returned only by the calls that create it (`CreateKey`,
//! `CreateKeyFromExistingKeyAuthorizations`, `RotateKey`) and is stored as a SHA-256 hash.
//! Managing a key needs the owner role on every resource the key has a role on, so a caller
//! can neither grant nor take over more than it has.

use rusqlite::Connection;

use super::Context;
use crate::emulator::access::{
    Grant, Identity, Permission, Resource, ResourceType, allows, check_grant_resource, require,
    require_role_inside,
};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::authorizations::{self, RoleAssignment};
use crate::emulator::store::{keys, members, now_micros, organizations};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;

/// Creates a key holding the requested grants, all inside one organization.
pub fn create(context: &Context, request: api::CreateKeyRequest) -> Result<api::CreateKeyResponse> {
    let first = request.authorizations.first().ok_or_else(|| {
        Error::invalid_argument("missing `authorizations`: a key needs at least one role")
    })?;
    let organization_id = ids::uuid_field("organization_id", &first.organization_id)?;
    let mut grants = Vec::with_capacity(request.authorizations.len());
    for authorization in &request.authorizations {
        if !authorization.identity_id.is_empty() {
            return Err(Error::invalid_argument(format!(
                "unexpected `identity_id` {:?}: the new key's ID is chosen by the server",
                authorization.identity_id
            )));
        }
        if !matches!(authorization.identity_type.as_str(), "" | "api-key") {
            return Err(Error::invalid_argument(format!(
                "invalid `identity_type` {:?}: a key's authorizations have \"api-key\"",
                authorization.identity_type
            )));
        }
        grants.push(Grant::from_authorization(authorization, &organization_id)?);
    }
    if !request.name.is_empty() {
        rules::validate_name("name", &request.name)?;
    }

    let id = ids::new_uuid();
    let key = ids::new_secret();
    let name = name_or_default(&request.name, &id);
    context.store.write(|db| {
        organizations::get(db, &organization_id)?;
        for grant in &grants {
            check_grant_resource(db, grant, &organization_id)?;
            require_owner_of(db, &context.identity, grant)?;
        }
        insert_key(db, &id, &name, &key, &grants, &organization_id)
    })?;
    Ok(api::CreateKeyResponse { key, id })
}

/// Lists the keys with a role inside an organization, with their roles there. Only keys whose
/// every role the caller owns are listed, the same keys the caller may manage.
pub fn list(context: &Context, request: api::ListKeysRequest) -> Result<api::ListKeysResponse> {
    let organization_id = ids::uuid_field("org_id", &request.org_id)?;
    let api_keys = context.store.read(|db| {
        require_role_inside(db, &context.identity, &organization_id)?;
        let mut listed = Vec::new();
        for key_id in authorizations::keys_in_organization(db, &organization_id)? {
            let assignments = authorizations::assignments_of(db, &Identity::api_key(&key_id))?;
            if !owns_all(db, &context.identity, &assignments)? {
                continue;
            }
            listed.push(api::ApiKeyWithAuthorizations {
                api_key: Some(keys::get(db, &key_id)?),
                authorizations: assignments
                    .iter()
                    .filter(|assignment| assignment.organization_id == organization_id)
                    .map(RoleAssignment::to_details)
                    .collect(),
            });
        }
        Ok(listed)
    })?;
    Ok(api::ListKeysResponse { api_keys })
}

/// Creates a new key with the same roles as an existing one.
pub fn duplicate(
    context: &Context,
    request: api::CreateKeyFromExistingKeyAuthorizationsRequest,
) -> Result<api::CreateKeyFromExistingKeyAuthorizationsResponse> {
    let source_id = ids::uuid_field("id", &request.id)?;
    let id = ids::new_uuid();
    let key = ids::new_secret();
    context.store.write(|db| {
        let assignments = require_key_owner(db, &context.identity, &source_id)?;
        let source = keys::get(db, &source_id)?;
        let name = format!("{}-copy", name_or_default(&source.name, &source_id));
        keys::insert(db, &id, &name, &key, now_micros())?;
        let identity = Identity::api_key(&id);
        for assignment in &assignments {
            members::add_authorization(
                db,
                &identity,
                &assignment.grant,
                &assignment.organization_id,
            )?;
        }
        Ok(())
    })?;
    Ok(api::CreateKeyFromExistingKeyAuthorizationsResponse { id, key })
}

/// Deletes a key. Tokens already issued to it fail at their next call, because every call
/// checks that the token's key still exists.
pub fn delete(context: &Context, request: api::DeleteKeyRequest) -> Result<api::DeleteKeyResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    context.store.write(|db| {
        let assignments = require_key_owner(db, &context.identity, &id)?;
        keys::delete(db, &id)?;
        for assignment in assignments
            .iter()
            .filter(|assignment| is_organization_owner(assignment))
        {
            authorizations::check_owner_left(db, &assignment.organization_id)?;
        }
        Ok(())
    })?;
    Ok(api::DeleteKeyResponse {})
}

pub fn rename(context: &Context, request: api::RenameKeyRequest) -> Result<api::RenameKeyResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    rules::validate_name("name", &request.name)?;
    context.store.write(|db| {
        require_key_owner(db, &context.identity, &id)?;
        keys::rename(db, &id, &request.name)
    })?;
    Ok(api::RenameKeyResponse {
        id,
        name: request.name,
    })
}

/// Replaces a key's secret. The old secret stops authenticating at once, and access tokens
/// issued before the rotation fail at their next call.
pub fn rotate(context: &Context, request: api::RotateKeyRequest) -> Result<api::RotateKeyResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let key = ids::new_secret();
    context.store.write(|db| {
        require_key_owner(db, &context.identity, &id)?;
        keys::set_secret(db, &id, &key, chrono::Utc::now().timestamp())
    })?;
    Ok(api::RotateKeyResponse { id, key })
}

/// Lists the keys holding a role on one machine, each with its roles on that machine.
pub fn for_robot(
    context: &Context,
    request: api::GetRobotApiKeysRequest,
) -> Result<api::GetRobotApiKeysResponse> {
    let robot_id = ids::uuid_field("robot_id", &request.robot_id)?;
    let api_keys = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Admin,
            Resource::Robot(&robot_id),
        )?;
        let assignments = authorizations::keys_on(db, ResourceType::Robot, &robot_id)?;
        let mut listed: Vec<api::ApiKeyWithAuthorizations> = Vec::new();
        for assignment in &assignments {
            match listed.last_mut() {
                Some(last)
                    if last.api_key.as_ref().map(|k| &k.id) == Some(&assignment.identity.id) =>
                {
                    last.authorizations.push(assignment.to_details());
                }
                _ => listed.push(api::ApiKeyWithAuthorizations {
                    api_key: Some(keys::get(db, &assignment.identity.id)?),
                    authorizations: vec![assignment.to_details()],
                }),
            }
        }
        Ok(listed)
    })?;
    Ok(api::GetRobotApiKeysResponse { api_keys })
}

fn insert_key(
    db: &Connection,
    id: &str,
    name: &str,
    key: &str,
    grants: &[Grant],
    organization_id: &str,
) -> Result<()> {
    keys::insert(db, id, name, key, now_micros())?;
    let identity = Identity::api_key(id);
    for grant in grants {
        members::add_authorization(db, &identity, grant, organization_id)?;
    }
    Ok(())
}

/// Names an unnamed key after the start of its ID, so tables and `role list` show something.
fn name_or_default(name: &str, id: &str) -> String {
    if name.is_empty() {
        format!("key-{}", &id[..8])
    } else {
        name.to_owned()
    }
}

fn owns_all(db: &Connection, caller: &Identity, assignments: &[RoleAssignment]) -> Result<bool> {
    for assignment in assignments {
        let grant = &assignment.grant;
        let resource = Resource::new(grant.resource_type, &grant.resource_id);
        if !allows(db, caller, Permission::Admin, resource)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn require_owner_of(db: &Connection, caller: &Identity, grant: &Grant) -> Result<()> {
    let resource = Resource::new(grant.resource_type, &grant.resource_id);
    require(db, caller, Permission::Admin, resource)
}

/// Checks that key `key_id` exists and that `caller` owns every resource it has a role on,
/// and returns those roles.
///
/// A key without any role belongs to no organization, so only the key itself may manage it.
fn require_key_owner(
    db: &Connection,
    caller: &Identity,
    key_id: &str,
) -> Result<Vec<RoleAssignment>> {
    keys::get(db, key_id)?;
    let key = Identity::api_key(key_id);
    let assignments = authorizations::assignments_of(db, &key)?;
    if assignments.is_empty() && caller != &key {
        return Err(Error::permission_denied(format!(
            "{} {} cannot manage API key {key_id}, which has no role",
            caller.kind.as_str(),
            caller.id
        )));
    }
    for assignment in &assignments {
        require_owner_of(db, caller, &assignment.grant)?;
    }
    Ok(assignments)
}

fn is_organization_owner(assignment: &RoleAssignment) -> bool {
    assignment.grant == Grant::organization_owner(&assignment.organization_id)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::emulator::access::{ResourceType, Role};
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, locations};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const LAB: &str = "lab0000001";

    /// Returns a store with one organization owned by a key, and that owner's context.
    fn setup() -> Context {
        let store = Arc::new(Store::open_in_memory());
        let owner = Identity::api_key(ids::new_uuid());
        store
            .write(|db| {
                keys::insert(db, &owner.id, "owner", "owner-secret", 1)?;
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, LAB, ORG, "lab", None, 1)
            })
            .unwrap();
        Context {
            store,
            identity: owner,
        }
    }

    fn wire(role: Role, resource_type: ResourceType, id: &str) -> api::Authorization {
        Grant {
            role,
            resource_type,
            resource_id: id.to_owned(),
        }
        .to_authorization(ORG, "", crate::emulator::access::IdentityKind::ApiKey)
    }

    /// Creates a key with one grant and returns a context acting as that key.
    fn key_context(owner: &Context, grant: api::Authorization) -> Context {
        let created = create(
            owner,
            api::CreateKeyRequest {
                authorizations: vec![grant],
                name: String::new(),
            },
        )
        .unwrap();
        Context {
            store: Arc::clone(&owner.store),
            identity: Identity::api_key(created.id),
        }
    }

    #[test]
    fn create_without_grants_rejected() {
        let owner = setup();

        let error = create(&owner, api::CreateKeyRequest::default()).unwrap_err();

        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }

    #[test]
    fn create_stores_hashed_uuid_key() {
        let owner = setup();

        let created = create(
            &owner,
            api::CreateKeyRequest {
                authorizations: vec![wire(Role::Operator, ResourceType::Location, LAB)],
                name: "ci".into(),
            },
        )
        .unwrap();

        assert!(uuid::Uuid::parse_str(&created.id).is_ok(), "{}", created.id);
        assert!(created.key.len() >= 32);
        let verified = owner
            .store
            .read(|db| keys::verify(db, &created.id, &created.key))
            .unwrap();
        assert!(verified);
        let listed = list(&owner, api::ListKeysRequest { org_id: ORG.into() }).unwrap();
        let entry = listed
            .api_keys
            .iter()
            .find(|entry| entry.api_key.as_ref().unwrap().id == created.id)
            .unwrap();
        assert_eq!(entry.api_key.as_ref().unwrap().key, "");
        assert_eq!(
            entry.authorizations[0].authorization_id,
            "location_operator"
        );
    }

    #[test]
    fn grant_beyond_own_role_denied() {
        let owner = setup();
        let operator = key_context(&owner, wire(Role::Operator, ResourceType::Location, LAB));
        let location_owner = key_context(&owner, wire(Role::Owner, ResourceType::Location, LAB));
        let request = |grant| api::CreateKeyRequest {
            authorizations: vec![grant],
            name: String::new(),
        };

        let by_operator = create(
            &operator,
            request(wire(Role::Operator, ResourceType::Location, LAB)),
        );
        let inside_own = create(
            &location_owner,
            request(wire(Role::Operator, ResourceType::Location, LAB)),
        );
        let above_own = create(
            &location_owner,
            request(wire(Role::Operator, ResourceType::Organization, ORG)),
        );

        assert_eq!(by_operator.unwrap_err().kind, ErrorKind::PermissionDenied);
        assert!(inside_own.is_ok());
        assert_eq!(above_own.unwrap_err().kind, ErrorKind::PermissionDenied);
    }

    #[test]
    fn rotate_replaces_secret() {
        let owner = setup();
        let created = create(
            &owner,
            api::CreateKeyRequest {
                authorizations: vec![wire(Role::Owner, ResourceType::Organization, ORG)],
                name: String::new(),
            },
        )
        .unwrap();

        let rotated = rotate(
            &owner,
            api::RotateKeyRequest {
                id: created.id.clone(),
            },
        )
        .unwrap();

        let verify = |key: &str| owner.store.read(|db| keys::verify(db, &created.id, key));
        assert_eq!(rotated.id, created.id);
        assert!(!verify(&created.key).unwrap());
        assert!(verify(&rotated.key).unwrap());
    }

    #[test]
    fn last_owner_key_kept() {
        let owner = setup();
        let own_id = owner.identity.id.clone();

        let alone = delete(&owner, api::DeleteKeyRequest { id: own_id.clone() }).unwrap_err();
        key_context(&owner, wire(Role::Owner, ResourceType::Organization, ORG));
        let with_another = delete(&owner, api::DeleteKeyRequest { id: own_id.clone() });

        assert_eq!(alone.kind, ErrorKind::FailedPrecondition);
        assert!(with_another.is_ok());
        let exists = owner.store.read(|db| keys::exists(db, &own_id)).unwrap();
        assert!(!exists);
    }

    #[test]
    fn operator_cannot_manage_keys() {
        let owner = setup();
        let operator = key_context(&owner, wire(Role::Operator, ResourceType::Location, LAB));
        let own_id = owner.identity.id.clone();

        let listed = list(&operator, api::ListKeysRequest { org_id: ORG.into() }).unwrap();
        let renamed = rename(
            &operator,
            api::RenameKeyRequest {
                id: own_id.clone(),
                name: "taken".into(),
            },
        );
        let deleted = delete(&operator, api::DeleteKeyRequest { id: own_id });

        assert!(listed.api_keys.is_empty(), "{listed:?}");
        assert_eq!(renamed.unwrap_err().kind, ErrorKind::PermissionDenied);
        assert_eq!(deleted.unwrap_err().kind, ErrorKind::PermissionDenied);
    }

    #[test]
    fn robot_keys_listed_for_owner_only() {
        let owner = setup();
        let robot_id = ids::new_uuid();
        owner
            .store
            .write(|db| crate::emulator::store::robots::insert(db, &robot_id, "rover", LAB, 1))
            .unwrap();
        let robot_key = key_context(&owner, wire(Role::Operator, ResourceType::Robot, &robot_id));
        let request = || api::GetRobotApiKeysRequest {
            robot_id: robot_id.clone(),
        };

        let listed = for_robot(&owner, request()).unwrap();
        let by_operator = for_robot(&robot_key, request());

        assert_eq!(listed.api_keys.len(), 1);
        let entry = &listed.api_keys[0];
        assert_eq!(entry.api_key.as_ref().unwrap().id, robot_key.identity.id);
        assert_eq!(entry.authorizations[0].authorization_id, "robot_operator");
        assert_eq!(by_operator.unwrap_err().kind, ErrorKind::PermissionDenied);
    }
}
