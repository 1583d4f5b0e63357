//! Handlers for roles: granting, revoking, changing, listing and checking them.
//!
//! Changing roles on a resource needs the owner role there (the `Admin` permission), so no
//! caller can grant more than it has.

use rusqlite::Connection;

use super::Context;
use crate::emulator::access::{
    Grant, Identity, IdentityKind, Permission, Resource, ResourceType, allows,
    check_grant_resource, require, require_role_inside,
};
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::emulator::store::authorizations::{self, RoleAssignment};
use crate::emulator::store::{locations, members, organizations, robots};
use crate::proto::viam::app::v1 as api;

pub fn add(context: &Context, request: api::AddRoleRequest) -> Result<api::AddRoleResponse> {
    let authorization = required(request.authorization, "authorization")?;
    context.store.write(|db| {
        let assignment = parse_assignment(db, &authorization)?;
        require_grant_admin(db, &context.identity, &assignment)?;
        if authorizations::exists(
            db,
            &assignment.identity,
            &assignment.grant,
            &assignment.organization_id,
        )? {
            return Err(Error::already_exists(format!(
                "{} {} already has {}",
                assignment.identity.kind.as_str(),
                assignment.identity.id,
                assignment.grant
            )));
        }
        members::add_authorization(
            db,
            &assignment.identity,
            &assignment.grant,
            &assignment.organization_id,
        )
    })?;
    Ok(api::AddRoleResponse {})
}

/// Revokes a role. Revoking the last owner of an organization is `FAILED_PRECONDITION`.
pub fn remove(
    context: &Context,
    request: api::RemoveRoleRequest,
) -> Result<api::RemoveRoleResponse> {
    let authorization = required(request.authorization, "authorization")?;
    context.store.write(|db| {
        let assignment = parse_assignment(db, &authorization)?;
        require_grant_admin(db, &context.identity, &assignment)?;
        authorizations::remove(
            db,
            &assignment.identity,
            &assignment.grant,
            &assignment.organization_id,
        )
    })?;
    Ok(api::RemoveRoleResponse {})
}

/// Replaces one role of an identity with another in one transaction.
pub fn change(
    context: &Context,
    request: api::ChangeRoleRequest,
) -> Result<api::ChangeRoleResponse> {
    let old = required(request.old_authorization, "old_authorization")?;
    let new = required(request.new_authorization, "new_authorization")?;
    context.store.write(|db| {
        let old = parse_assignment(db, &old)?;
        let new = parse_assignment(db, &new)?;
        if old.identity != new.identity || old.organization_id != new.organization_id {
            return Err(Error::invalid_argument(
                "`old_authorization` and `new_authorization` must name the same identity and \
                 organization",
            ));
        }
        require_grant_admin(db, &context.identity, &old)?;
        require_grant_admin(db, &context.identity, &new)?;
        // Adding first keeps an owner in place when an owner changes one organization grant
        // for another, so only a real loss of the last owner fails.
        if old.grant == new.grant {
            if !authorizations::exists(db, &old.identity, &old.grant, &old.organization_id)? {
                return Err(Error::not_found(format!(
                    "{} {} has no authorization {}",
                    old.identity.kind.as_str(),
                    old.identity.id,
                    old.grant
                )));
            }
            return Ok(());
        }
        members::add_authorization(db, &new.identity, &new.grant, &new.organization_id)?;
        authorizations::remove(db, &old.identity, &old.grant, &old.organization_id)
    })?;
    Ok(api::ChangeRoleResponse {})
}

/// Lists the authorizations of an organization, or only those on `resource_ids`, leaving out
/// those on resources the caller does not own. An unknown resource ID is `NOT_FOUND`.
pub fn list(
    context: &Context,
    request: api::ListAuthorizationsRequest,
) -> Result<api::ListAuthorizationsResponse> {
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    let authorizations = context.store.read(|db| {
        require_role_inside(db, &context.identity, &organization_id)?;
        for id in &request.resource_ids {
            resource_type_of(db, id)?;
        }
        let assignments =
            authorizations::in_organization(db, &organization_id, &request.resource_ids)?;
        let mut visible = Vec::new();
        for assignment in &assignments {
            let grant = &assignment.grant;
            let resource = Resource::new(grant.resource_type, &grant.resource_id);
            if allows(db, &context.identity, Permission::Admin, resource)? {
                visible.push(assignment.to_authorization());
            }
        }
        Ok(visible)
    })?;
    Ok(api::ListAuthorizationsResponse { authorizations })
}

/// Returns, for each requested resource, the subset of the requested permissions the caller
/// has there, from the same rules that [`require`] enforces.
pub fn check(
    context: &Context,
    request: api::CheckPermissionsRequest,
) -> Result<api::CheckPermissionsResponse> {
    if request.permissions.iter().all(|p| p.permissions.is_empty()) {
        return Err(Error::invalid_argument(
            "no permissions to check: send at least one permission name",
        ));
    }
    let mut checks = Vec::with_capacity(request.permissions.len());
    for requested in &request.permissions {
        let resource_type = ResourceType::parse(&requested.resource_type).ok_or_else(|| {
            Error::invalid_argument(format!(
                "invalid `resource_type` {:?}: expected \"organization\", \"location\" or \
                 \"robot\"",
                requested.resource_type
            ))
        })?;
        let resource_id = match resource_type {
            ResourceType::Location => {
                ids::location_id_field("resource_id", &requested.resource_id)?
            }
            _ => ids::uuid_field("resource_id", &requested.resource_id)?,
        };
        let names = requested
            .permissions
            .iter()
            .map(|name| {
                FleetPermission::parse(name).ok_or_else(|| {
                    Error::invalid_argument(format!(
                        "unknown permission {name:?}: expected one of {}",
                        FleetPermission::NAMES.join(", ")
                    ))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        checks.push((resource_type, resource_id, names));
    }

    let authorized_permissions = context.store.read(|db| {
        let mut answers = Vec::with_capacity(checks.len());
        for (resource_type, resource_id, names) in &checks {
            let resource = Resource::new(*resource_type, resource_id);
            let mut granted = Vec::new();
            for name in names {
                if name.applies_to(*resource_type)
                    && allows(db, &context.identity, name.permission(), resource)?
                {
                    granted.push(name.name().to_owned());
                }
            }
            answers.push(api::AuthorizedPermissions {
                resource_type: resource_type.as_str().to_owned(),
                resource_id: resource_id.clone(),
                permissions: granted,
            });
        }
        Ok(answers)
    })?;
    Ok(api::CheckPermissionsResponse {
        authorized_permissions,
    })
}

/// A permission name of the fleet API, as `CheckPermissions` accepts it. The names follow the
/// `Permission` enum of Viam's Flutter SDK (`viam_sdk` on pub.dev), plus `read_robot_logs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FleetPermission(usize);

impl FleetPermission {
    /// Every name, with the permission it needs and the narrowest resource type it applies
    /// to. A name applies to that type and to the types above it, because a role on an
    /// organization or location covers the machines inside.
    const TABLE: [(&'static str, Permission, ResourceType); 17] = [
        (
            "read_organization",
            Permission::Read,
            ResourceType::Organization,
        ),
        (
            "write_organization",
            Permission::Write,
            ResourceType::Organization,
        ),
        (
            "read_fragment",
            Permission::Read,
            ResourceType::Organization,
        ),
        (
            "write_fragment",
            Permission::Write,
            ResourceType::Organization,
        ),
        (
            "read_organization_data_management",
            Permission::Read,
            ResourceType::Organization,
        ),
        ("read_location", Permission::Read, ResourceType::Location),
        ("write_location", Permission::Write, ResourceType::Location),
        (
            "read_location_secret",
            Permission::Admin,
            ResourceType::Location,
        ),
        (
            "read_location_data_management",
            Permission::Read,
            ResourceType::Location,
        ),
        ("read_robot", Permission::Read, ResourceType::Robot),
        ("read_robot_config", Permission::Read, ResourceType::Robot),
        ("read_robot_logs", Permission::Read, ResourceType::Robot),
        ("write_robot", Permission::Write, ResourceType::Robot),
        ("control_robot", Permission::Operate, ResourceType::Robot),
        ("read_robot_secret", Permission::Admin, ResourceType::Robot),
        (
            "read_robot_data_management",
            Permission::Read,
            ResourceType::Robot,
        ),
        (
            "write_data_management",
            Permission::Write,
            ResourceType::Robot,
        ),
    ];

    const NAMES: [&'static str; 17] = {
        let mut names = [""; 17];
        let mut i = 0;
        while i < names.len() {
            names[i] = Self::TABLE[i].0;
            i += 1;
        }
        names
    };

    fn parse(name: &str) -> Option<Self> {
        Self::TABLE
            .iter()
            .position(|(known, _, _)| *known == name)
            .map(FleetPermission)
    }

    fn name(self) -> &'static str {
        Self::TABLE[self.0].0
    }

    fn permission(self) -> Permission {
        Self::TABLE[self.0].1
    }

    /// Returns whether the name means anything on a resource of `resource_type`: an
    /// organization permission asked about a location is never granted.
    fn applies_to(self, resource_type: ResourceType) -> bool {
        let narrowest = Self::TABLE[self.0].2;
        resource_type <= narrowest
    }
}

fn required<T>(value: Option<T>, field: &str) -> Result<T> {
    value.ok_or_else(|| Error::invalid_argument(format!("missing `{field}`")))
}

/// Reads an authorization that names its identity and organization, checking that the
/// identity exists and the resource belongs to the organization.
///
/// An empty `identity_type` is allowed, as the official Python SDK sends it, and is looked up:
/// an API key ID first, then a member of the organization.
fn parse_assignment(db: &Connection, authorization: &api::Authorization) -> Result<RoleAssignment> {
    let organization_id = ids::uuid_field("organization_id", &authorization.organization_id)?;
    organizations::get(db, &organization_id)?;
    let grant = Grant::from_authorization(authorization, &organization_id)?;
    check_grant_resource(db, &grant, &organization_id)?;
    let identity_id = ids::uuid_field("identity_id", &authorization.identity_id)?;

    let found = authorizations::identity_kind(db, &identity_id, &organization_id)?;
    let kind = match (authorization.identity_type.as_str(), found) {
        ("", Some(kind)) => kind,
        ("api-key", Some(IdentityKind::ApiKey)) => IdentityKind::ApiKey,
        ("user", Some(IdentityKind::User)) => IdentityKind::User,
        ("" | "api-key" | "user", _) => {
            return Err(Error::not_found(format!(
                "identity {identity_id} not found: no API key with that ID and no member of \
                 organization {organization_id}"
            )));
        }
        (other, _) => {
            return Err(Error::invalid_argument(format!(
                "invalid `identity_type` {other:?}: expected \"user\" or \"api-key\""
            )));
        }
    };
    Ok(RoleAssignment {
        identity: Identity {
            id: identity_id,
            kind,
        },
        grant,
        organization_id,
    })
}

/// Checks that `caller` owns the resource that `assignment` grants a role on.
fn require_grant_admin(
    db: &Connection,
    caller: &Identity,
    assignment: &RoleAssignment,
) -> Result<()> {
    let resource = Resource::new(
        assignment.grant.resource_type,
        &assignment.grant.resource_id,
    );
    require(db, caller, Permission::Admin, resource)
}

/// Finds what kind of resource `id` is, or `NOT_FOUND`.
fn resource_type_of(db: &Connection, id: &str) -> Result<ResourceType> {
    if organizations::get(db, id).is_ok() {
        return Ok(ResourceType::Organization);
    }
    if robots::location_of(db, id)?.is_some() {
        return Ok(ResourceType::Robot);
    }
    if !locations::organizations(db, id)?.is_empty() {
        return Ok(ResourceType::Location);
    }
    Err(Error::not_found(format!(
        "no organization, location or machine has ID {id}"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    #[test]
    fn permission_names_round_trip() {
        for name in FleetPermission::NAMES {
            assert_eq!(FleetPermission::parse(name).unwrap().name(), name);
        }
        assert!(FleetPermission::parse("read_everything").is_none());
    }

    #[test]
    fn organization_permission_skips_location() {
        let read_organization = FleetPermission::parse("read_organization").unwrap();
        let read_robot = FleetPermission::parse("read_robot").unwrap();
        assert!(read_organization.applies_to(ResourceType::Organization));
        assert!(!read_organization.applies_to(ResourceType::Location));
        assert!(read_robot.applies_to(ResourceType::Location));
        assert!(read_robot.applies_to(ResourceType::Robot));
    }

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const LAB: &str = "lab0000001";

    /// Returns the context of a key that owns organization `ORG`, which has location `LAB`.
    fn setup() -> Context {
        let store = std::sync::Arc::new(crate::emulator::store::Store::open_in_memory());
        let owner = Identity::api_key(ids::new_uuid());
        store
            .write(|db| {
                crate::emulator::store::keys::insert(db, &owner.id, "owner", "secret", 1)?;
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, LAB, ORG, "lab", None, 1)
            })
            .unwrap();
        Context {
            store,
            identity: owner,
        }
    }

    fn owner_of_org(identity_id: &str) -> api::Authorization {
        let mut authorization =
            Grant::organization_owner(ORG).to_authorization(ORG, identity_id, IdentityKind::ApiKey);
        // The official Python SDK leaves the identity type empty.
        authorization.identity_type = String::new();
        authorization
    }

    fn check_request(permissions: &[&str]) -> api::CheckPermissionsRequest {
        api::CheckPermissionsRequest {
            permissions: vec![api::AuthorizedPermissions {
                resource_type: "location".into(),
                resource_id: LAB.into(),
                permissions: permissions.iter().map(|p| p.to_string()).collect(),
            }],
        }
    }

    #[test]
    fn last_owner_role_kept() {
        let owner = setup();
        let own_role = owner_of_org(&owner.identity.id);

        let error = remove(
            &owner,
            api::RemoveRoleRequest {
                authorization: Some(own_role),
            },
        )
        .unwrap_err();

        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        assert!(error.message.contains("last owner"), "{error}");
    }

    #[test]
    fn add_role_twice_already_exists() {
        let owner = setup();
        let own_role = owner_of_org(&owner.identity.id);

        let error = add(
            &owner,
            api::AddRoleRequest {
                authorization: Some(own_role),
            },
        )
        .unwrap_err();

        assert_eq!(error.kind, ErrorKind::AlreadyExists);
    }

    #[test]
    fn unknown_identity_not_found() {
        let owner = setup();
        let stranger = owner_of_org(&ids::new_uuid());

        let error = add(
            &owner,
            api::AddRoleRequest {
                authorization: Some(stranger),
            },
        )
        .unwrap_err();

        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn check_rejects_bad_requests() {
        let owner = setup();

        let empty = check(&owner, api::CheckPermissionsRequest::default()).unwrap_err();
        let no_names = check(&owner, check_request(&[])).unwrap_err();
        let unknown = check(&owner, check_request(&["read_everything"])).unwrap_err();

        assert_eq!(empty.kind, ErrorKind::InvalidArgument);
        assert_eq!(no_names.kind, ErrorKind::InvalidArgument);
        assert_eq!(unknown.kind, ErrorKind::InvalidArgument);
        assert!(unknown.message.contains("read_everything"), "{unknown}");
    }

    #[test]
    fn check_returns_granted_subset() {
        let owner = setup();

        let response = check(
            &owner,
            check_request(&["read_location", "write_location", "read_organization"]),
        )
        .unwrap();

        let answer = &response.authorized_permissions[0];
        assert_eq!(answer.resource_id, LAB);
        assert_eq!(answer.permissions, ["read_location", "write_location"]);
    }

    #[test]
    fn change_keeps_last_owner() {
        let owner = setup();
        let own_role = owner_of_org(&owner.identity.id);
        let mut operator_role = own_role.clone();
        operator_role.authorization_id = "organization_operator".into();

        let error = change(
            &owner,
            api::ChangeRoleRequest {
                old_authorization: Some(own_role.clone()),
                new_authorization: Some(operator_role),
            },
        )
        .unwrap_err();

        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        let still_owner = owner
            .store
            .read(|db| {
                let grant = Grant::organization_owner(ORG);
                authorizations::exists(db, &owner.identity, &grant, ORG)
            })
            .unwrap();
        assert!(still_owner);
    }
}
