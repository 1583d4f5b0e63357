//! Identities, their authorizations, and the access check every handler goes through.
//!
//! An authorization grants an identity (a user or an API key) the role `owner` or `operator`
//! on an organization, a location or a machine. For now any authorization inside an
//! organization gives access to all of that organization; [`require`] is the one place that
//! decides, so owner and operator rules can be enforced there later.

use std::fmt;

use rusqlite::Connection;

use super::error::{Error, Result};
use super::ids;
use super::store::{locations, organizations, robots};
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
///
/// NOTE: [`require`] treats every permission alike for now: any authorization in the
/// resource's organization allows all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Read the resource and what it contains, including machine logs.
    Read,
    /// Operate a machine without changing its configuration, such as requesting a restart.
    Operate,
    /// Create, change or delete the resource or what it contains.
    Write,
    /// Manage members, invites, sharing and secrets, or delete an organization.
    Admin,
}

/// The resource a request acts on.
#[derive(Clone, Copy, Debug)]
pub enum Resource<'a> {
    Organization(&'a str),
    Location(&'a str),
    Robot(&'a str),
}

/// Checks that `identity` may act on `resource` with `permission`.
///
/// Returns `NOT_FOUND` when the resource does not exist and `PERMISSION_DENIED` when the
/// identity has no authorization in any organization the resource belongs to. A location
/// belongs to its primary organization and to every organization it is shared with, and a
/// machine to the organizations of its location.
pub fn require(
    db: &Connection,
    identity: &Identity,
    _permission: Permission,
    resource: Resource<'_>,
) -> Result<()> {
    let (kind, id, organization_ids) = match resource {
        Resource::Organization(id) => {
            organizations::get(db, id)?;
            ("organization", id, vec![id.to_owned()])
        }
        Resource::Location(id) => ("location", id, location_organizations(db, id)?),
        Resource::Robot(id) => {
            let location = robots::location_of(db, id)?
                .ok_or_else(|| Error::not_found(format!("machine {id} not found")))?;
            ("machine", id, location_organizations(db, &location)?)
        }
    };

    let visible = organizations::accessible_ids(db, identity)?;
    if organization_ids.iter().any(|org| visible.contains(org)) {
        Ok(())
    } else {
        Err(Error::permission_denied(format!(
            "{} {} has no access to {kind} {id}",
            identity.kind.as_str(),
            identity.id
        )))
    }
}

fn location_organizations(db: &Connection, location_id: &str) -> Result<Vec<String>> {
    let organizations = locations::organizations(db, location_id)?;
    if organizations.is_empty() {
        return Err(Error::not_found(format!(
            "location {location_id} not found"
        )));
    }
    Ok(organizations.into_iter().map(|(org, _)| org).collect())
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
}
