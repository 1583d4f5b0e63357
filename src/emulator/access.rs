//! Identities, their authorizations, and the access check every handler goes through.
//!
//! An authorization grants an identity (a user or an API key) the role `owner` or `operator`
//! on an organization, a location or a machine. A role is inherited downward: a role on an
//! organization covers every location that belongs to it (its own and those shared with it)
//! and their machines, and a role on a location covers its child locations and their
//! machines. Operators may read and operate what they cover, owners may also change and
//! administer it.
//!
//! [`require`] is the one place that decides. Lists are filtered with [`allows`], so a list
//! never shows an item that a get of the same item would refuse.
//!
//! Denied and missing resources: a resource that exists but is out of the caller's reach is
//! `PERMISSION_DENIED`, and only a resource that does not exist at all is `NOT_FOUND`. A script
//! can then distinguish a wrong ID from a missing grant, and the rule exposes nothing useful,
//! because the IDs are random UUIDs and location IDs that cannot be guessed.

use std::fmt;

use rusqlite::Connection;

use super::error::{Error, Result};
use super::ids;
use super::store::{authorizations, locations, organizations, robots};
use crate::proto::viam::app::v1 as api;

/// The caller of a request, established from its access token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub id: String,
    pub kind: IdentityKind,
}

impl Identity {
    pub fn api_key(id: impl Into<String>) -> Self {
        Identity {
            id: id.into(),
            kind: IdentityKind::ApiKey,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdentityKind {
    User,
    ApiKey,
}

impl IdentityKind {
    /// Returns the name used in the `authorizations` table and in `Authorization.identity_type`.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityKind::User => "user",
            IdentityKind::ApiKey => "api-key",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Owner,
    Operator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Operator => "operator",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        match value {
            "owner" => Some(Role::Owner),
            "operator" => Some(Role::Operator),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ResourceType {
    Organization,
    Location,
    Robot,
}

impl ResourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceType::Organization => "organization",
            ResourceType::Location => "location",
            ResourceType::Robot => "robot",
        }
    }

    pub fn parse(value: &str) -> Option<ResourceType> {
        match value {
            "organization" => Some(ResourceType::Organization),
            "location" => Some(ResourceType::Location),
            "robot" => Some(ResourceType::Robot),
            _ => None,
        }
    }
}

/// A role on one resource, without the identity it is granted to.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grant {
    pub role: Role,
    pub resource_type: ResourceType,
    pub resource_id: String,
}

impl Grant {
    pub fn organization_owner(organization_id: &str) -> Self {
        Grant {
            role: Role::Owner,
            resource_type: ResourceType::Organization,
            resource_id: organization_id.to_owned(),
        }
    }

    /// Returns the wire name of this grant, such as `location_operator`.
    pub fn authorization_id(&self) -> String {
        format!("{}_{}", self.resource_type.as_str(), self.role.as_str())
    }

    /// Builds the wire form of this grant held by `identity_id` inside `organization_id`.
    pub fn to_authorization(
        &self,
        organization_id: &str,
        identity_id: &str,
        identity_kind: IdentityKind,
    ) -> api::Authorization {
        api::Authorization {
            authorization_type: "role".to_owned(),
            authorization_id: self.authorization_id(),
            resource_type: self.resource_type.as_str().to_owned(),
            resource_id: self.resource_id.clone(),
            identity_id: identity_id.to_owned(),
            organization_id: organization_id.to_owned(),
            identity_type: identity_kind.as_str().to_owned(),
        }
    }

    /// Reads a grant from a wire authorization sent for `organization_id`.
    ///
    /// `authorization_type` must be `role` and `authorization_id` must be
    /// `<resource_type>_<role>`. The identity fields are not read, and `organization_id` may be
    /// empty or must name `organization_id`. The resource itself is checked by
    /// [`check_grant_resource`].
    pub fn from_authorization(
        authorization: &api::Authorization,
        organization_id: &str,
    ) -> Result<Grant> {
        if authorization.authorization_type != "role" {
            return Err(Error::invalid_argument(format!(
                "invalid `authorization_type` {:?}: expected \"role\"",
                authorization.authorization_type
            )));
        }
        let resource_type = ResourceType::parse(&authorization.resource_type).ok_or_else(|| {
            Error::invalid_argument(format!(
                "invalid `resource_type` {:?}: expected \"organization\", \"location\" or \
                 \"robot\"",
                authorization.resource_type
            ))
        })?;
        let role = authorization
            .authorization_id
            .strip_prefix(resource_type.as_str())
            .and_then(|rest| rest.strip_prefix('_'))
            .and_then(Role::parse)
            .ok_or_else(|| {
                Error::invalid_argument(format!(
                    "invalid `authorization_id` {:?} for resource type {}: expected \
                     \"{0}_owner\" or \"{0}_operator\"",
                    authorization.authorization_id,
                    resource_type.as_str()
                ))
            })?;
        if !authorization.organization_id.is_empty()
            && authorization.organization_id != organization_id
        {
            return Err(Error::invalid_argument(format!(
                "authorization for organization {} sent to organization {organization_id}",
                authorization.organization_id
            )));
        }
        let resource_id = match resource_type {
            ResourceType::Location => {
                ids::location_id_field("resource_id", &authorization.resource_id)?
            }
            _ => ids::uuid_field("resource_id", &authorization.resource_id)?,
        };
        Ok(Grant {
            role,
            resource_type,
            resource_id,
        })
    }
}

impl fmt::Display for Grant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}",
            self.role.as_str(),
            self.resource_type.as_str(),
            self.resource_id
        )
    }
}

/// Checks that the resource of `grant` exists and belongs to `organization_id`.
pub fn check_grant_resource(db: &Connection, grant: &Grant, organization_id: &str) -> Result<()> {
    let belongs = match grant.resource_type {
        ResourceType::Organization => grant.resource_id == organization_id,
        ResourceType::Location => locations::organizations(db, &grant.resource_id)?
            .iter()
            .any(|(org, _)| org == organization_id),
        ResourceType::Robot => match robots::location_of(db, &grant.resource_id)? {
            Some(location) => locations::organizations(db, &location)?
                .iter()
                .any(|(org, _)| org == organization_id),
            None => false,
        },
    };
    if belongs {
        Ok(())
    } else {
        Err(Error::not_found(format!(
            "{} {} not found in organization {organization_id}",
            grant.resource_type.as_str(),
            grant.resource_id
        )))
    }
}

/// An action a caller requests on a resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Read the resource and what it contains, including machine logs.
    Read,
    /// Operate a machine without changing its configuration, such as requesting a restart.
    Operate,
    /// Create, change or delete the resource or what it contains.
    Write,
    /// Manage members, invites, roles, API keys, sharing and secrets, or delete an organization.
    Admin,
}

impl Permission {
    /// Returns whether `role` carries this permission: operators read and operate, owners do
    /// everything.
    pub fn granted_by(self, role: Role) -> bool {
        match role {
            Role::Owner => true,
            Role::Operator => matches!(self, Permission::Read | Permission::Operate),
        }
    }
}

/// The resource a request acts on.
#[derive(Clone, Copy, Debug)]
pub enum Resource<'a> {
    Organization(&'a str),
    Location(&'a str),
    Robot(&'a str),
}

impl<'a> Resource<'a> {
    pub fn new(resource_type: ResourceType, id: &'a str) -> Self {
        match resource_type {
            ResourceType::Organization => Resource::Organization(id),
            ResourceType::Location => Resource::Location(id),
            ResourceType::Robot => Resource::Robot(id),
        }
    }

    fn describe(self) -> String {
        match self {
            Resource::Organization(id) => format!("organization {id}"),
            Resource::Location(id) => format!("location {id}"),
            Resource::Robot(id) => format!("machine {id}"),
        }
    }
}

/// Checks that `identity` may act on `resource` with `permission`.
///
/// Returns `NOT_FOUND` when the resource does not exist and `PERMISSION_DENIED` when none of
/// the identity's roles covering it carries `permission`.
pub fn require(
    db: &Connection,
    identity: &Identity,
    permission: Permission,
    resource: Resource<'_>,
) -> Result<()> {
    if allows(db, identity, permission, resource)? {
        return Ok(());
    }
    let reason = match permission {
        Permission::Read => "no role",
        Permission::Operate => "no operator or owner role",
        Permission::Write | Permission::Admin => "no owner role",
    };
    Err(Error::permission_denied(format!(
        "{} {} has {reason} on {}",
        identity.kind.as_str(),
        identity.id,
        resource.describe()
    )))
}

/// Returns whether `identity` may act on `resource` with `permission`, or `NOT_FOUND` when the
/// resource does not exist.
pub fn allows(
    db: &Connection,
    identity: &Identity,
    permission: Permission,
    resource: Resource<'_>,
) -> Result<bool> {
    let grants = authorizations::grants_of(db, identity)?;
    let roles = covering_roles(db, &grants, resource)?;
    Ok(roles.into_iter().any(|role| permission.granted_by(role)))
}

/// Checks that `identity` has any role inside `organization_id`, on the organization itself
/// or on one of its locations or machines, and returns `PERMISSION_DENIED` otherwise.
///
/// Such an identity may see the organization's own record and list what it can reach inside
/// (`GetOrganization`, `ListLocations`, `ListRobotsForOrg`), because a client needs the
/// organization's ID to find the location or machine it was granted. Each listed item is
/// still filtered with [`allows`].
pub fn require_role_inside(
    db: &Connection,
    identity: &Identity,
    organization_id: &str,
) -> Result<()> {
    organizations::get(db, organization_id)?;
    let visible = organizations::accessible_ids(db, identity)?;
    if visible.iter().any(|id| id == organization_id) {
        return Ok(());
    }
    Err(Error::permission_denied(format!(
        "{} {} has no role in organization {organization_id}",
        identity.kind.as_str(),
        identity.id
    )))
}

/// Lists the roles among `grants` that cover `resource`.
fn covering_roles(db: &Connection, grants: &[Grant], resource: Resource<'_>) -> Result<Vec<Role>> {
    let on = |resource_type: ResourceType, id: &str| {
        grants
            .iter()
            .filter(move |grant| grant.resource_type == resource_type && grant.resource_id == id)
            .map(|grant| grant.role)
            .collect::<Vec<_>>()
    };
    match resource {
        Resource::Organization(id) => {
            organizations::get(db, id)?;
            Ok(on(ResourceType::Organization, id))
        }
        Resource::Location(id) => {
            // The location itself and each ancestor, with every organization each belongs to.
            let chain = authorizations::location_ancestors(db, id)?;
            if chain.is_empty() {
                return Err(Error::not_found(format!("location {id} not found")));
            }
            let mut roles = Vec::new();
            for location in &chain {
                roles.extend(on(ResourceType::Location, location));
                for (organization, _) in locations::organizations(db, location)? {
                    roles.extend(on(ResourceType::Organization, &organization));
                }
            }
            Ok(roles)
        }
        Resource::Robot(id) => {
            let location = robots::location_of(db, id)?
                .ok_or_else(|| Error::not_found(format!("machine {id} not found")))?;
            let mut roles = on(ResourceType::Robot, id);
            roles.extend(covering_roles(db, grants, Resource::Location(&location))?);
            Ok(roles)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    const ORG: &str = "2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f";

    fn wire(resource_type: &str, authorization_id: &str, resource_id: &str) -> api::Authorization {
        api::Authorization {
            authorization_type: "role".into(),
            authorization_id: authorization_id.into(),
            resource_type: resource_type.into(),
            resource_id: resource_id.into(),
            ..Default::default()
        }
    }

    #[test]
    fn grant_round_trips_through_wire() {
        let grant = Grant {
            role: Role::Operator,
            resource_type: ResourceType::Location,
            resource_id: "abcde12345".into(),
        };
        let authorization = grant.to_authorization(ORG, "user-1", IdentityKind::User);
        assert_eq!(authorization.authorization_id, "location_operator");
        assert_eq!(authorization.identity_type, "user");
        assert_eq!(
            Grant::from_authorization(&authorization, ORG).unwrap(),
            grant
        );
    }

    #[test]
    fn grant_rejects_mismatched_fields() {
        let cases = [
            wire("location", "organization_owner", "abcde12345"),
            wire("planet", "planet_owner", ORG),
            wire("organization", "organization_admin", ORG),
            wire("organization", "organization_owner", "not-a-uuid"),
            wire("location", "location_owner", ORG),
        ];
        for case in cases {
            let error = Grant::from_authorization(&case, ORG).unwrap_err();
            assert_eq!(error.kind, ErrorKind::InvalidArgument, "{case:?}");
        }

        let mut other_type = wire("organization", "organization_owner", ORG);
        other_type.authorization_type = "permission".into();
        assert!(Grant::from_authorization(&other_type, ORG).is_err());

        let mut other_org = wire("organization", "organization_owner", ORG);
        other_org.organization_id = "3f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f".into();
        assert!(Grant::from_authorization(&other_org, ORG).is_err());
    }

    /// A fleet of two organizations: `ORG` owns `site` with child `bay` (machine `rover`) and
    /// `yard` (machine `mule`); `OTHER` owns `depot`, which it shares with `ORG`.
    struct Fleet {
        store: crate::emulator::store::Store,
    }

    const OTHER: &str = "3f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f";
    const SITE: &str = "site000001";
    const BAY: &str = "bay0000001";
    const YARD: &str = "yard000001";
    const DEPOT: &str = "depot00001";
    const ROVER: &str = "00000000-0000-4000-8000-00000000000a";
    const MULE: &str = "00000000-0000-4000-8000-00000000000b";
    const TRUCK: &str = "00000000-0000-4000-8000-00000000000c";

    impl Fleet {
        fn new() -> Self {
            let store = crate::emulator::store::Store::open_in_memory();
            let founder = Identity::api_key("00000000-0000-4000-8000-0000000000f0");
            store
                .write(|db| {
                    organizations::insert(db, ORG, "Alpha", &founder, 1)?;
                    organizations::insert(db, OTHER, "Beta", &founder, 1)?;
                    locations::insert(db, SITE, ORG, "site", None, 1)?;
                    locations::insert(db, BAY, ORG, "bay", Some(SITE), 1)?;
                    locations::insert(db, YARD, ORG, "yard", None, 1)?;
                    locations::insert(db, DEPOT, OTHER, "depot", None, 1)?;
                    locations::share(db, DEPOT, ORG)?;
                    robots::insert(db, ROVER, "rover", BAY, 1)?;
                    robots::insert(db, MULE, "mule", YARD, 1)?;
                    robots::insert(db, TRUCK, "truck", DEPOT, 1)?;
                    Ok(())
                })
                .unwrap();
            Fleet { store }
        }

        /// Returns a new API key holding `role` on one resource, recorded inside `ORG`.
        fn key_with(&self, role: Role, resource_type: ResourceType, id: &str) -> Identity {
            let identity = Identity::api_key(crate::emulator::ids::new_uuid());
            let grant = Grant {
                role,
                resource_type,
                resource_id: id.to_owned(),
            };
            self.store
                .write(|db| {
                    crate::emulator::store::members::add_authorization(db, &identity, &grant, ORG)
                })
                .unwrap();
            identity
        }

        fn allows(&self, identity: &Identity, permission: Permission, resource: Resource) -> bool {
            self.store
                .read(|db| allows(db, identity, permission, resource))
                .unwrap()
        }
    }

    #[test]
    fn location_role_inherited_downward() {
        let fleet = Fleet::new();
        let operator = fleet.key_with(Role::Operator, ResourceType::Location, SITE);

        let reachable = [
            Resource::Location(SITE),
            Resource::Location(BAY),
            Resource::Robot(ROVER),
        ];
        for resource in reachable {
            assert!(
                fleet.allows(&operator, Permission::Read, resource),
                "{resource:?}"
            );
            assert!(
                fleet.allows(&operator, Permission::Operate, resource),
                "{resource:?}"
            );
            assert!(
                !fleet.allows(&operator, Permission::Write, resource),
                "{resource:?}"
            );
            assert!(
                !fleet.allows(&operator, Permission::Admin, resource),
                "{resource:?}"
            );
        }
        let out_of_reach = [
            Resource::Organization(ORG),
            Resource::Location(YARD),
            Resource::Robot(MULE),
            Resource::Location(DEPOT),
        ];
        for resource in out_of_reach {
            assert!(
                !fleet.allows(&operator, Permission::Read, resource),
                "{resource:?}"
            );
        }
    }

    #[test]
    fn machine_role_stays_on_machine() {
        let fleet = Fleet::new();
        let owner = fleet.key_with(Role::Owner, ResourceType::Robot, ROVER);

        assert!(fleet.allows(&owner, Permission::Admin, Resource::Robot(ROVER)));
        assert!(!fleet.allows(&owner, Permission::Read, Resource::Location(BAY)));
        assert!(!fleet.allows(&owner, Permission::Read, Resource::Robot(MULE)));
    }

    #[test]
    fn organization_role_covers_shared_location() {
        let fleet = Fleet::new();
        let owner = fleet.key_with(Role::Owner, ResourceType::Organization, ORG);

        assert!(fleet.allows(&owner, Permission::Write, Resource::Location(DEPOT)));
        assert!(fleet.allows(&owner, Permission::Write, Resource::Robot(TRUCK)));
        assert!(!fleet.allows(&owner, Permission::Read, Resource::Organization(OTHER)));
    }

    #[test]
    fn require_denies_or_not_found() {
        let fleet = Fleet::new();
        let operator = fleet.key_with(Role::Operator, ResourceType::Location, SITE);

        let denied = fleet
            .store
            .read(|db| require(db, &operator, Permission::Read, Resource::Location(YARD)))
            .unwrap_err();
        let missing = fleet
            .store
            .read(|db| {
                require(
                    db,
                    &operator,
                    Permission::Read,
                    Resource::Location("nowhere001"),
                )
            })
            .unwrap_err();
        let write = fleet
            .store
            .read(|db| require(db, &operator, Permission::Write, Resource::Robot(ROVER)))
            .unwrap_err();

        assert_eq!(denied.kind, ErrorKind::PermissionDenied);
        assert_eq!(missing.kind, ErrorKind::NotFound);
        assert_eq!(write.kind, ErrorKind::PermissionDenied);
        assert!(write.message.contains("no owner role"), "{write}");
    }

    #[test]
    fn role_inside_sees_organization_only() {
        let fleet = Fleet::new();
        let operator = fleet.key_with(Role::Operator, ResourceType::Robot, ROVER);

        let inside = fleet
            .store
            .read(|db| require_role_inside(db, &operator, ORG));
        let other = fleet
            .store
            .read(|db| require_role_inside(db, &operator, OTHER))
            .unwrap_err();

        assert!(inside.is_ok());
        assert_eq!(other.kind, ErrorKind::PermissionDenied);
    }
}
