//! Users, organization members, pending invites and authorizations.
//!
//! Emails are stored in lowercase and compared without regard to case.

use rusqlite::{Connection, OptionalExtension, params};

use super::{found, timestamp};
use crate::emulator::access::{Grant, Identity, IdentityKind, ResourceType, Role};
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;

/// Grants `grant` to `identity` inside `organization_id`. Granting an existing authorization
/// again changes nothing.
pub fn add_authorization(
    db: &Connection,
    identity: &Identity,
    grant: &Grant,
    organization_id: &str,
) -> Result<()> {
    db.execute(
        "INSERT OR IGNORE INTO authorizations
             (identity_id, identity_type, role, resource_type, resource_id, organization_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            identity.id,
            identity.kind.as_str(),
            grant.role.as_str(),
            grant.resource_type.as_str(),
            grant.resource_id,
            organization_id
        ],
    )?;
    Ok(())
}

fn grant_from_columns(role: &str, resource_type: &str, resource_id: String) -> Result<Grant> {
    match (Role::parse(role), ResourceType::parse(resource_type)) {
        (Some(role), Some(resource_type)) => Ok(Grant {
            role,
            resource_type,
            resource_id,
        }),
        _ => Err(Error::internal(format!(
            "stored authorization has unknown role {role:?} or resource type {resource_type:?}"
        ))),
    }
}

/// Returns the id of the user with `email`, if there is one.
pub fn user_id_by_email(db: &Connection, email: &str) -> Result<Option<String>> {
    let id = db
        .query_row_cached(
            "SELECT id FROM users WHERE email = ?1",
            [email.to_lowercase()],
            |row| row.get(0),
        )
        .optional()?;
    Ok(id)
}

/// Inserts a user with `email` and returns the new user id.
pub fn insert_user(db: &Connection, email: &str, now: i64) -> Result<String> {
    let id = ids::new_uuid();
    db.execute(
        "INSERT INTO users (id, email, created_on) VALUES (?1, ?2, ?3)",
        params![id, email.to_lowercase(), now],
    )?;
    Ok(id)
}

/// Returns whether user `user_id` is a member of `organization_id`.
pub fn is_member(db: &Connection, organization_id: &str, user_id: &str) -> Result<bool> {
    let member = db
        .query_row_cached(
            "SELECT 1 FROM members WHERE organization_id = ?1 AND user_id = ?2",
            params![organization_id, user_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    Ok(member)
}

/// Returns whether user `user_id` is a member of any of `organization_ids`.
pub fn is_member_of_any(
    db: &Connection,
    organization_ids: &[String],
    user_id: &str,
) -> Result<bool> {
    for organization_id in organization_ids {
        if is_member(db, organization_id, user_id)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Makes user `user_id` a member of `organization_id` with `grants`.
pub fn add_member(
    db: &Connection,
    organization_id: &str,
    user_id: &str,
    grants: &[Grant],
    now: i64,
) -> Result<()> {
    db.execute(
        "INSERT OR IGNORE INTO members (organization_id, user_id, date_added) VALUES (?1, ?2, ?3)",
        params![organization_id, user_id, now],
    )?;
    let identity = Identity {
        id: user_id.to_owned(),
        kind: IdentityKind::User,
    };
    for grant in grants {
        add_authorization(db, &identity, grant, organization_id)?;
    }
    Ok(())
}

/// Lists the members of `organization_id`, oldest first.
pub fn members(db: &Connection, organization_id: &str) -> Result<Vec<api::OrganizationMember>> {
    let mut statement = db.prepare_cached(
        "SELECT u.id, u.email, m.date_added, u.last_login
         FROM members m JOIN users u ON u.id = m.user_id
         WHERE m.organization_id = ?1
         ORDER BY m.date_added, u.id",
    )?;
    let rows = statement.query_map([organization_id], |row| {
        let last_login: Option<i64> = row.get(3)?;
        Ok(api::OrganizationMember {
            user_id: row.get(0)?,
            emails: vec![row.get(1)?],
            date_added: Some(timestamp(row.get(2)?)),
            last_login: last_login.map(timestamp),
            last_access: None,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Removes user `user_id` from `organization_id` together with their authorizations there.
///
/// The last user who owns the organization cannot be removed (`FAILED_PRECONDITION`). API
/// keys do not count as owners for this rule, because no person signs in with an API key to
/// manage members.
pub fn remove_member(db: &Connection, organization_id: &str, user_id: &str) -> Result<()> {
    if !is_member(db, organization_id, user_id)? {
        return Err(Error::not_found(format!(
            "user {user_id} is not a member of organization {organization_id}"
        )));
    }

    let owners: Vec<String> = {
        let mut statement = db.prepare_cached(
            "SELECT DISTINCT identity_id FROM authorizations
             WHERE organization_id = ?1 AND identity_type = 'user' AND role = 'owner'
               AND resource_type = 'organization' AND resource_id = ?1",
        )?;
        let rows = statement.query_map([organization_id], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if owners.len() == 1 && owners[0] == user_id {
        return Err(Error::failed_precondition(format!(
            "user {user_id} is the last owner of organization {organization_id}: make another \
             member an owner first"
        )));
    }

    db.execute(
        "DELETE FROM authorizations
         WHERE organization_id = ?1 AND identity_type = 'user' AND identity_id = ?2",
        params![organization_id, user_id],
    )?;
    db.execute(
        "DELETE FROM members WHERE organization_id = ?1 AND user_id = ?2",
        params![organization_id, user_id],
    )?;
    Ok(())
}

/// Creates an invite of `email` to `organization_id` granting `grants`, which the caller has
/// checked. Inviting a member or inviting the same email twice is `ALREADY_EXISTS`.
pub fn create_invite(
    db: &Connection,
    organization_id: &str,
    email: &str,
    grants: &[Grant],
    now: i64,
) -> Result<api::OrganizationInvite> {
    if let Some(user_id) = user_id_by_email(db, email)?
        && is_member(db, organization_id, &user_id)?
    {
        return Err(Error::already_exists(format!(
            "{email} is already a member of organization {organization_id} (user {user_id})"
        )));
    }
    if invite_exists(db, organization_id, email)? {
        return Err(Error::already_exists(format!(
            "{email} already has a pending invite to organization {organization_id}"
        )));
    }
    db.execute(
        "INSERT INTO invites (organization_id, email, created_on) VALUES (?1, ?2, ?3)",
        params![organization_id, email.to_lowercase(), now],
    )?;
    for grant in grants {
        add_invite_grant(db, organization_id, email, grant)?;
    }
    get_invite(db, organization_id, email)
}

fn invite_exists(db: &Connection, organization_id: &str, email: &str) -> Result<bool> {
    let exists = db
        .query_row_cached(
            "SELECT 1 FROM invites WHERE organization_id = ?1 AND email = ?2",
            params![organization_id, email.to_lowercase()],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    Ok(exists)
}

fn add_invite_grant(
    db: &Connection,
    organization_id: &str,
    email: &str,
    grant: &Grant,
) -> Result<()> {
    db.execute(
        "INSERT OR IGNORE INTO invite_authorizations
             (organization_id, email, role, resource_type, resource_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            organization_id,
            email.to_lowercase(),
            grant.role.as_str(),
            grant.resource_type.as_str(),
            grant.resource_id
        ],
    )?;
    Ok(())
}

fn invite_grants(db: &Connection, organization_id: &str, email: &str) -> Result<Vec<Grant>> {
    let mut statement = db.prepare_cached(
        "SELECT role, resource_type, resource_id FROM invite_authorizations
         WHERE organization_id = ?1 AND email = ?2
         ORDER BY resource_type, resource_id, role",
    )?;
    let rows = statement.query_map(params![organization_id, email.to_lowercase()], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
    })?;
    rows.map(|row| {
        let (role, resource_type, resource_id): (String, String, String) = row?;
        grant_from_columns(&role, &resource_type, resource_id)
    })
    .collect()
}

/// Reads the invite of `email` to `organization_id`, or `NOT_FOUND`.
pub fn get_invite(
    db: &Connection,
    organization_id: &str,
    email: &str,
) -> Result<api::OrganizationInvite> {
    let row: Option<(String, i64)> = db
        .query_row_cached(
            "SELECT email, created_on FROM invites WHERE organization_id = ?1 AND email = ?2",
            params![organization_id, email.to_lowercase()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let (stored_email, created_on) = found(row, || {
        format!("no pending invite for {email} in organization {organization_id}")
    })?;
    let authorizations = invite_grants(db, organization_id, email)?
        .iter()
        .map(|grant| grant.to_authorization(organization_id, "", IdentityKind::User))
        .collect();
    Ok(api::OrganizationInvite {
        organization_id: organization_id.to_owned(),
        email: stored_email,
        created_on: Some(timestamp(created_on)),
        authorizations,
    })
}

/// Lists the pending invites of `organization_id`, oldest first.
pub fn list_invites(
    db: &Connection,
    organization_id: &str,
) -> Result<Vec<api::OrganizationInvite>> {
    let emails: Vec<String> = {
        let mut statement = db.prepare_cached(
            "SELECT email FROM invites WHERE organization_id = ?1 ORDER BY created_on, email",
        )?;
        let rows = statement.query_map([organization_id], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    emails
        .iter()
        .map(|email| get_invite(db, organization_id, email))
        .collect()
}

/// Adds and removes grants of a pending invite, which must keep at least one.
///
/// Removing a grant the invite does not have is `NOT_FOUND`, and removing the last one is
/// `INVALID_ARGUMENT`. Additions are applied before removals.
pub fn update_invite(
    db: &Connection,
    organization_id: &str,
    email: &str,
    add: &[Grant],
    remove: &[Grant],
) -> Result<api::OrganizationInvite> {
    get_invite(db, organization_id, email)?;
    for grant in add {
        add_invite_grant(db, organization_id, email, grant)?;
    }
    for grant in remove {
        let deleted = db.execute(
            "DELETE FROM invite_authorizations
             WHERE organization_id = ?1 AND email = ?2 AND role = ?3 AND resource_type = ?4
               AND resource_id = ?5",
            params![
                organization_id,
                email.to_lowercase(),
                grant.role.as_str(),
                grant.resource_type.as_str(),
                grant.resource_id
            ],
        )?;
        if deleted == 0 {
            return Err(Error::not_found(format!(
                "the invite for {email} has no authorization {grant}"
            )));
        }
    }
    if invite_grants(db, organization_id, email)?.is_empty() {
        return Err(Error::invalid_argument(format!(
            "the invite for {email} would have no authorization left: delete the invite instead"
        )));
    }
    get_invite(db, organization_id, email)
}

/// Deletes the invite of `email` to `organization_id`, or `NOT_FOUND`.
pub fn delete_invite(db: &Connection, organization_id: &str, email: &str) -> Result<()> {
    let deleted = db.execute(
        "DELETE FROM invites WHERE organization_id = ?1 AND email = ?2",
        params![organization_id, email.to_lowercase()],
    )?;
    if deleted == 0 {
        return Err(Error::not_found(format!(
            "no pending invite for {email} in organization {organization_id}"
        )));
    }
    Ok(())
}

/// Lists the organizations with a pending invite for `email`.
pub fn invited_organizations(db: &Connection, email: &str) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "SELECT organization_id FROM invites WHERE email = ?1 ORDER BY created_on, organization_id",
    )?;
    let rows = statement.query_map([email.to_lowercase()], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Accepts the invite of `email` to `organization_id` as that user signing in: creates the
/// user if needed, makes them a member with the invite's grants, deletes the invite, and
/// returns the user id.
pub fn accept_invite(
    db: &Connection,
    organization_id: &str,
    email: &str,
    now: i64,
) -> Result<String> {
    get_invite(db, organization_id, email)?;
    let grants = invite_grants(db, organization_id, email)?;
    let user_id = match user_id_by_email(db, email)? {
        Some(id) => id,
        None => insert_user(db, email, now)?,
    };
    db.execute(
        "UPDATE users SET last_login = ?2 WHERE id = ?1",
        params![user_id, now],
    )?;
    add_member(db, organization_id, &user_id, &grants, now)?;
    delete_invite(db, organization_id, email)?;
    Ok(user_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, organizations};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";

    fn store() -> Store {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        store
            .write(|db| organizations::insert(db, ORG, "Alpha", &owner, 1))
            .unwrap();
        store
    }

    /// Lists the authorizations of `identity` inside `organization_id`.
    fn authorizations(
        db: &Connection,
        identity: &Identity,
        organization_id: &str,
    ) -> Result<Vec<Grant>> {
        let mut statement = db.prepare_cached(
            "SELECT role, resource_type, resource_id FROM authorizations
             WHERE identity_id = ?1 AND identity_type = ?2 AND organization_id = ?3
             ORDER BY resource_type, resource_id, role",
        )?;
        let rows = statement.query_map(
            params![identity.id, identity.kind.as_str(), organization_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        rows.map(|row| {
            let (role, resource_type, resource_id): (String, String, String) = row?;
            grant_from_columns(&role, &resource_type, resource_id)
        })
        .collect()
    }

    fn operator() -> Grant {
        Grant {
            role: Role::Operator,
            resource_type: ResourceType::Organization,
            resource_id: ORG.into(),
        }
    }

    #[test]
    fn invite_then_accept() {
        let store = store();
        let invite = store
            .write(|db| create_invite(db, ORG, "Ada@Example.com", &[operator()], 5))
            .unwrap();
        assert_eq!(invite.email, "ada@example.com");
        assert_eq!(invite.authorizations.len(), 1);
        assert_eq!(
            invite.authorizations[0].authorization_id,
            "organization_operator"
        );

        let user_id = store
            .write(|db| accept_invite(db, ORG, "ada@example.com", 6))
            .unwrap();
        let members = store.read(|db| members(db, ORG)).unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].user_id, user_id);
        assert!(members[0].last_login.is_some());
        assert!(store.read(|db| list_invites(db, ORG)).unwrap().is_empty());

        let user = Identity {
            id: user_id,
            kind: IdentityKind::User,
        };
        let grants = store.read(|db| authorizations(db, &user, ORG)).unwrap();
        assert_eq!(grants, [operator()]);
    }

    #[test]
    fn duplicate_invite_rejected() {
        let store = store();
        store
            .write(|db| create_invite(db, ORG, "ada@example.com", &[operator()], 5))
            .unwrap();
        let error = store
            .write(|db| create_invite(db, ORG, "ADA@example.com", &[operator()], 6))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
    }

    #[test]
    fn invite_of_member_rejected() {
        let store = store();
        store
            .write(|db| {
                create_invite(db, ORG, "ada@example.com", &[operator()], 5)?;
                accept_invite(db, ORG, "ada@example.com", 6)
            })
            .unwrap();
        let error = store
            .write(|db| create_invite(db, ORG, "ada@example.com", &[operator()], 7))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
        assert!(error.message.contains("already a member"), "{error}");
    }

    #[test]
    fn invite_keeps_last_grant() {
        let store = store();
        store
            .write(|db| create_invite(db, ORG, "ada@example.com", &[operator()], 5))
            .unwrap();
        let error = store
            .write(|db| update_invite(db, ORG, "ada@example.com", &[], &[operator()]))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument);

        let owner = Grant::organization_owner(ORG);
        let invite = store
            .write(|db| {
                update_invite(
                    db,
                    ORG,
                    "ada@example.com",
                    std::slice::from_ref(&owner),
                    &[operator()],
                )
            })
            .unwrap();
        assert_eq!(invite.authorizations.len(), 1);
        assert_eq!(
            invite.authorizations[0].authorization_id,
            "organization_owner"
        );

        let error = store
            .write(|db| update_invite(db, ORG, "ada@example.com", &[], &[operator()]))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn unknown_invite_not_found() {
        let store = store();
        for result in [
            store.write(|db| delete_invite(db, ORG, "nobody@example.com")),
            store.write(|db| accept_invite(db, ORG, "nobody@example.com", 1).map(|_| ())),
            store.write(|db| update_invite(db, ORG, "nobody@example.com", &[], &[]).map(|_| ())),
        ] {
            assert_eq!(result.unwrap_err().kind, ErrorKind::NotFound);
        }
    }

    #[test]
    fn last_owner_kept() {
        let store = store();
        let owner = Grant::organization_owner(ORG);
        let (ada, bob) = store
            .write(|db| {
                let ada = insert_user(db, "ada@example.com", 1)?;
                let bob = insert_user(db, "bob@example.com", 1)?;
                add_member(db, ORG, &ada, std::slice::from_ref(&owner), 1)?;
                add_member(db, ORG, &bob, &[operator()], 1)?;
                Ok((ada, bob))
            })
            .unwrap();

        let error = store.write(|db| remove_member(db, ORG, &ada)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        assert!(error.message.contains("last owner"), "{error}");

        store.write(|db| remove_member(db, ORG, &bob)).unwrap();
        let error = store.write(|db| remove_member(db, ORG, &bob)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);

        store
            .write(|db| {
                let carol = insert_user(db, "carol@example.com", 2)?;
                add_member(db, ORG, &carol, std::slice::from_ref(&owner), 2)
            })
            .unwrap();
        store.write(|db| remove_member(db, ORG, &ada)).unwrap();
        let remaining = store.read(|db| members(db, ORG)).unwrap();
        assert_eq!(remaining.len(), 1);
        assert_eq!(remaining[0].emails, ["carol@example.com"]);
    }
}
