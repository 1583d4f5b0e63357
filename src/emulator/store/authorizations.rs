//! Queries over the `authorizations` table (which identity has which role where), and over the
//! location tree that roles are inherited along.

use rusqlite::{Connection, OptionalExtension, params};

use crate::emulator::access::{Grant, Identity, IdentityKind, ResourceType, Role};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;

/// A stored authorization: a role on one resource, granted to an identity inside an
/// organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleAssignment {
    pub identity: Identity,
    pub grant: Grant,
    pub organization_id: String,
}

impl RoleAssignment {
    pub fn to_authorization(&self) -> api::Authorization {
        self.grant
            .to_authorization(&self.organization_id, &self.identity.id, self.identity.kind)
    }

    pub fn to_details(&self) -> api::AuthorizationDetails {
        api::AuthorizationDetails {
            authorization_type: "role".to_owned(),
            authorization_id: self.grant.authorization_id(),
            resource_type: self.grant.resource_type.as_str().to_owned(),
            resource_id: self.grant.resource_id.clone(),
            org_id: self.organization_id.clone(),
        }
    }
}

const COLUMNS: &str =
    "identity_id, identity_type, role, resource_type, resource_id, organization_id";

fn held_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<RoleAssignment>> {
    let identity_id: String = row.get(0)?;
    let identity_type: String = row.get(1)?;
    let role: String = row.get(2)?;
    let resource_type: String = row.get(3)?;
    let resource_id: String = row.get(4)?;
    let organization_id: String = row.get(5)?;
    let kind = match identity_type.as_str() {
        "user" => Some(IdentityKind::User),
        "api-key" => Some(IdentityKind::ApiKey),
        _ => None,
    };
    let parsed = match (
        kind,
        Role::parse(&role),
        ResourceType::parse(&resource_type),
    ) {
        (Some(kind), Some(role), Some(resource_type)) => Ok(RoleAssignment {
            identity: Identity {
                id: identity_id,
                kind,
            },
            grant: Grant {
                role,
                resource_type,
                resource_id,
            },
            organization_id,
        }),
        _ => Err(Error::internal(format!(
            "stored authorization has unknown identity type {identity_type:?}, role {role:?} or \
             resource type {resource_type:?}"
        ))),
    };
    Ok(parsed)
}

fn query(
    db: &Connection,
    filter: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<RoleAssignment>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM authorizations WHERE {filter}
         ORDER BY organization_id, resource_type, resource_id, identity_type, identity_id, role"
    ))?;
    let rows = statement.query_map(values, held_from_row)?;
    let mut assignments = Vec::new();
    for row in rows {
        assignments.push(row??);
    }
    Ok(assignments)
}

/// Lists every grant of `identity`, in every organization.
pub fn grants_of(db: &Connection, identity: &Identity) -> Result<Vec<Grant>> {
    let assignments = query(
        db,
        "identity_id = ?1 AND identity_type = ?2",
        params![identity.id, identity.kind.as_str()],
    )?;
    Ok(assignments
        .into_iter()
        .map(|assignment| assignment.grant)
        .collect())
}

/// Lists every authorization of `identity`, in every organization.
pub fn assignments_of(db: &Connection, identity: &Identity) -> Result<Vec<RoleAssignment>> {
    query(
        db,
        "identity_id = ?1 AND identity_type = ?2",
        params![identity.id, identity.kind.as_str()],
    )
}

/// Lists the authorizations inside `organization_id`, only those on `resource_ids` when that
/// is not empty.
pub fn in_organization(
    db: &Connection,
    organization_id: &str,
    resource_ids: &[String],
) -> Result<Vec<RoleAssignment>> {
    let assignments = query(db, "organization_id = ?1", [organization_id])?;
    Ok(assignments
        .into_iter()
        .filter(|assignment| {
            resource_ids.is_empty() || resource_ids.contains(&assignment.grant.resource_id)
        })
        .collect())
}

/// Lists the authorizations of API keys on one resource.
pub fn keys_on(
    db: &Connection,
    resource_type: ResourceType,
    resource_id: &str,
) -> Result<Vec<RoleAssignment>> {
    query(
        db,
        "identity_type = 'api-key' AND resource_type = ?1 AND resource_id = ?2",
        params![resource_type.as_str(), resource_id],
    )
}

/// Returns whether `identity` has `grant` inside `organization_id`.
pub fn exists(
    db: &Connection,
    identity: &Identity,
    grant: &Grant,
    organization_id: &str,
) -> Result<bool> {
    let found = db
        .query_row_cached(
            "SELECT 1 FROM authorizations
             WHERE identity_id = ?1 AND identity_type = ?2 AND role = ?3 AND resource_type = ?4
               AND resource_id = ?5 AND organization_id = ?6",
            params![
                identity.id,
                identity.kind.as_str(),
                grant.role.as_str(),
                grant.resource_type.as_str(),
                grant.resource_id,
                organization_id
            ],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    Ok(found)
}

/// Deletes `grant` of `identity` inside `organization_id`, or `NOT_FOUND`.
///
/// Fails with `FAILED_PRECONDITION` when it would leave the organization without any owner
/// (user or API key) of the organization itself, because no identity could then manage it.
pub fn remove(
    db: &Connection,
    identity: &Identity,
    grant: &Grant,
    organization_id: &str,
) -> Result<()> {
    let deleted = db.execute(
        "DELETE FROM authorizations
         WHERE identity_id = ?1 AND identity_type = ?2 AND role = ?3 AND resource_type = ?4
           AND resource_id = ?5 AND organization_id = ?6",
        params![
            identity.id,
            identity.kind.as_str(),
            grant.role.as_str(),
            grant.resource_type.as_str(),
            grant.resource_id,
            organization_id
        ],
    )?;
    if deleted == 0 {
        return Err(Error::not_found(format!(
            "{} {} has no authorization {grant} in organization {organization_id}",
            identity.kind.as_str(),
            identity.id
        )));
    }
    check_owner_left(db, organization_id)
}

/// Fails with `FAILED_PRECONDITION` when no identity owns `organization_id` any more. Callers
/// run it after a deletion, inside the same transaction, so the failure rolls it back.
pub fn check_owner_left(db: &Connection, organization_id: &str) -> Result<()> {
    let owners: i64 = db.query_row_cached(
        "SELECT COUNT(*) FROM authorizations
         WHERE organization_id = ?1 AND role = 'owner' AND resource_type = 'organization'
           AND resource_id = ?1",
        [organization_id],
        |row| row.get(0),
    )?;
    if owners == 0 {
        return Err(Error::failed_precondition(format!(
            "this would remove the last owner of organization {organization_id}: make another \
             user or API key an owner first"
        )));
    }
    Ok(())
}

/// Lists the ids of the API keys holding any authorization inside `organization_id`.
///
/// NOTE: a key belongs to an organization only through its roles, so a key whose roles were
/// all removed is listed in no organization, and only the key itself can still manage it.
pub fn keys_in_organization(db: &Connection, organization_id: &str) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "SELECT DISTINCT a.identity_id FROM authorizations a
         JOIN api_keys k ON k.id = a.identity_id
         WHERE a.identity_type = 'api-key' AND a.organization_id = ?1
         ORDER BY k.created_on, k.id",
    )?;
    let rows = statement.query_map([organization_id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Returns location `id` followed by its ancestors up to the top level, or nothing when the
/// location does not exist.
pub fn location_ancestors(db: &Connection, id: &str) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "WITH RECURSIVE chain (id, parent, depth) AS (
             SELECT id, parent_location_id, 0 FROM locations WHERE id = ?1
             UNION ALL
             SELECT l.id, l.parent_location_id, chain.depth + 1
             FROM locations l JOIN chain ON l.id = chain.parent
         )
         SELECT id FROM chain ORDER BY depth",
    )?;
    let rows = statement.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Returns the kind of identity `id`: an API key, or a user who is a member of
/// `organization_id`.
pub fn identity_kind(
    db: &Connection,
    id: &str,
    organization_id: &str,
) -> Result<Option<IdentityKind>> {
    if super::keys::exists(db, id)? {
        return Ok(Some(IdentityKind::ApiKey));
    }
    if super::members::is_member(db, organization_id, id)? {
        return Ok(Some(IdentityKind::User));
    }
    Ok(None)
}
