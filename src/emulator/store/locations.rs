//! Locations: their nesting, sharing between organizations, and secrets.

use rusqlite::{Connection, OptionalExtension, params};

use super::secrets::{self, Owner};
use super::{found, organizations, timestamp};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;

struct LocationRow {
    id: String,
    organization_id: String,
    name: String,
    parent_location_id: Option<String>,
    region: String,
    created_on: i64,
}

fn row(db: &Connection, id: &str) -> Result<Option<LocationRow>> {
    let location = db
        .query_row_cached(
            "SELECT id, organization_id, name, parent_location_id, region, created_on
             FROM locations WHERE id = ?1",
            [id],
            |row| {
                Ok(LocationRow {
                    id: row.get(0)?,
                    organization_id: row.get(1)?,
                    name: row.get(2)?,
                    parent_location_id: row.get(3)?,
                    region: row.get(4)?,
                    created_on: row.get(5)?,
                })
            },
        )
        .optional()?;
    Ok(location)
}

fn require_row(db: &Connection, id: &str) -> Result<LocationRow> {
    found(row(db, id)?, || format!("location {id} not found"))
}

/// Inserts location `id` into `organization_id`, under `parent_location_id` when given, with
/// one secret.
pub fn insert(
    db: &Connection,
    id: &str,
    organization_id: &str,
    name: &str,
    parent_location_id: Option<&str>,
    now: i64,
) -> Result<()> {
    if let Some(parent) = parent_location_id {
        check_parent_in_organization(db, parent, organization_id)?;
    }
    db.execute(
        "INSERT INTO locations (id, organization_id, name, parent_location_id, region, created_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            organization_id,
            name,
            parent_location_id,
            organizations::DEFAULT_REGION,
            now
        ],
    )?;
    secrets::insert(db, Owner::Location(id), now)?;
    Ok(())
}

fn check_parent_in_organization(
    db: &Connection,
    parent: &str,
    organization_id: &str,
) -> Result<()> {
    let parent_row = require_row(db, parent)?;
    if parent_row.organization_id != organization_id {
        return Err(Error::invalid_argument(format!(
            "parent location {parent} belongs to another organization than {organization_id}"
        )));
    }
    Ok(())
}

/// Returns the organizations with access to location `id`: the primary one first (with
/// `true`), then those it is shared with. Empty when the location does not exist.
pub fn organizations(db: &Connection, id: &str) -> Result<Vec<(String, bool)>> {
    let mut statement = db.prepare_cached(
        "SELECT organization_id, 1 FROM locations WHERE id = ?1
         UNION ALL
         SELECT organization_id, 0 FROM location_shares WHERE location_id = ?1
         ORDER BY 2 DESC, 1",
    )?;
    let rows = statement.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Returns the primary organization of location `id`, or `NOT_FOUND`.
pub fn primary_organization(db: &Connection, id: &str) -> Result<String> {
    Ok(require_row(db, id)?.organization_id)
}

/// Reads location `id` with its robot count, organizations and secrets, or `NOT_FOUND`.
pub fn get(db: &Connection, id: &str) -> Result<api::Location> {
    let location = require_row(db, id)?;
    to_api(db, location)
}

fn to_api(db: &Connection, location: LocationRow) -> Result<api::Location> {
    let robot_count: i64 = db.query_row_cached(
        "SELECT COUNT(*) FROM robots WHERE location_id = ?1",
        [&location.id],
        |row| row.get(0),
    )?;
    let location_organizations = organizations(db, &location.id)?
        .into_iter()
        .map(|(organization_id, primary)| api::LocationOrganization {
            organization_id,
            primary,
        })
        .collect();
    let primary = organizations::identity(db, &location.organization_id)?;
    Ok(api::Location {
        auth: Some(auth(db, &location.id)?),
        organizations: location_organizations,
        created_on: Some(timestamp(location.created_on)),
        robot_count: robot_count as i32,
        config: Some(api::StorageConfig {
            region: location.region,
        }),
        primary_org_identity: Some(primary),
        parent_location_id: location.parent_location_id.unwrap_or_default(),
        id: location.id,
        name: location.name,
    })
}

/// Lists every location organization `organization_id` has access to, nested ones included,
/// oldest first.
pub fn list_for_organization(db: &Connection, organization_id: &str) -> Result<Vec<api::Location>> {
    let ids: Vec<String> = {
        let mut statement = db.prepare_cached(
            "SELECT id FROM locations
             WHERE organization_id = ?1
                OR id IN (SELECT location_id FROM location_shares WHERE organization_id = ?1)
             ORDER BY created_on, id",
        )?;
        let rows = statement.query_map([organization_id], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    ids.iter().map(|id| get(db, id)).collect()
}

/// Renames location `id` and moves it under another parent.
///
/// `parent_location_id` of `Some("")` makes it a top-level location. A new parent must belong
/// to the same primary organization and must not be the location itself or one of its
/// descendants.
pub fn update(
    db: &Connection,
    id: &str,
    name: Option<&str>,
    parent_location_id: Option<&str>,
    region: Option<&str>,
) -> Result<()> {
    let location = require_row(db, id)?;
    if let Some(name) = name {
        db.execute(
            "UPDATE locations SET name = ?2 WHERE id = ?1",
            params![id, name],
        )?;
    }
    if let Some(region) = region {
        db.execute(
            "UPDATE locations SET region = ?2 WHERE id = ?1",
            params![id, region],
        )?;
    }
    match parent_location_id {
        None => {}
        Some("") => {
            db.execute(
                "UPDATE locations SET parent_location_id = NULL WHERE id = ?1",
                [id],
            )?;
        }
        Some(parent) => {
            check_parent_in_organization(db, parent, &location.organization_id)?;
            if ancestors_and_self(db, parent)?
                .iter()
                .any(|ancestor| ancestor == id)
            {
                return Err(Error::invalid_argument(format!(
                    "cannot move location {id} under {parent}: {parent} is {id} itself or \
                     nested inside it"
                )));
            }
            db.execute(
                "UPDATE locations SET parent_location_id = ?2 WHERE id = ?1",
                params![id, parent],
            )?;
        }
    }
    Ok(())
}

/// Returns `id` followed by its parent, grandparent and so on up to the top level.
fn ancestors_and_self(db: &Connection, id: &str) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "WITH RECURSIVE chain (id, parent) AS (
             SELECT id, parent_location_id FROM locations WHERE id = ?1
             UNION
             SELECT l.id, l.parent_location_id FROM locations l JOIN chain c ON l.id = c.parent
         )
         SELECT id FROM chain",
    )?;
    let rows = statement.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes location `id`, which must have no machines and no child locations
/// (`FAILED_PRECONDITION` otherwise).
pub fn delete(db: &Connection, id: &str) -> Result<()> {
    require_row(db, id)?;
    let robots: i64 = db.query_row_cached(
        "SELECT COUNT(*) FROM robots WHERE location_id = ?1",
        [id],
        |row| row.get(0),
    )?;
    if robots > 0 {
        return Err(Error::failed_precondition(format!(
            "location {id} still has {robots} machine(s): delete or move them first"
        )));
    }
    let children: i64 = db.query_row_cached(
        "SELECT COUNT(*) FROM locations WHERE parent_location_id = ?1",
        [id],
        |row| row.get(0),
    )?;
    if children > 0 {
        return Err(Error::failed_precondition(format!(
            "location {id} still has {children} child location(s): delete or move them first"
        )));
    }
    db.execute("DELETE FROM locations WHERE id = ?1", [id])?;
    Ok(())
}

/// Returns the secrets of location `id`. The deprecated single `secret` is the oldest one.
pub fn auth(db: &Connection, id: &str) -> Result<api::LocationAuth> {
    let secrets = secrets::list(db, Owner::Location(id))?;
    Ok(api::LocationAuth {
        secret: secrets
            .first()
            .map(|s| s.secret.clone())
            .unwrap_or_default(),
        location_id: id.to_owned(),
        secrets,
    })
}

/// Adds a secret to location `id`.
pub fn create_secret(db: &Connection, id: &str, now: i64) -> Result<()> {
    require_row(db, id)?;
    secrets::insert(db, Owner::Location(id), now)?;
    Ok(())
}

/// Deletes secret `secret_id` of location `id`. The emulator allows deleting the last one.
pub fn delete_secret(db: &Connection, id: &str, secret_id: &str) -> Result<()> {
    require_row(db, id)?;
    secrets::delete(db, Owner::Location(id), secret_id)
}

/// Shares location `id` with organization `organization_id`.
pub fn share(db: &Connection, id: &str, organization_id: &str) -> Result<()> {
    organizations::get(db, organization_id)?;
    let already = organizations(db, id)?
        .iter()
        .any(|(org, _)| org == organization_id);
    if already {
        return Err(Error::already_exists(format!(
            "organization {organization_id} already has access to location {id}"
        )));
    }
    db.execute(
        "INSERT INTO location_shares (location_id, organization_id) VALUES (?1, ?2)",
        params![id, organization_id],
    )?;
    Ok(())
}

/// Stops sharing location `id` with organization `organization_id`. The primary organization
/// cannot be removed.
pub fn unshare(db: &Connection, id: &str, organization_id: &str) -> Result<()> {
    if primary_organization(db, id)? == organization_id {
        return Err(Error::failed_precondition(format!(
            "organization {organization_id} is the primary organization of location {id} and \
             cannot be removed from it"
        )));
    }
    let deleted = db.execute(
        "DELETE FROM location_shares WHERE location_id = ?1 AND organization_id = ?2",
        params![id, organization_id],
    )?;
    if deleted == 0 {
        return Err(Error::not_found(format!(
            "location {id} is not shared with organization {organization_id}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::Identity;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, robots};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const OTHER_ORG: &str = "00000000-0000-4000-8000-00000000000b";

    fn store() -> Store {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                organizations::insert(db, OTHER_ORG, "Beta", &owner, 1)?;
                insert(db, "top0000001", ORG, "top", None, 1)?;
                insert(db, "mid0000001", ORG, "mid", Some("top0000001"), 2)?;
                insert(db, "leaf000001", ORG, "leaf", Some("mid0000001"), 3)
            })
            .unwrap();
        store
    }

    #[test]
    fn new_location_has_one_secret() {
        let store = store();
        let location = store.read(|db| get(db, "top0000001")).unwrap();
        let auth = location.auth.unwrap();
        assert_eq!(auth.secrets.len(), 1);
        assert_eq!(auth.secret, auth.secrets[0].secret);
        assert_eq!(location.organizations.len(), 1);
        assert!(location.organizations[0].primary);
    }

    #[test]
    fn list_includes_nested() {
        let store = store();
        let names: Vec<String> = store
            .read(|db| list_for_organization(db, ORG))
            .unwrap()
            .into_iter()
            .map(|l| l.name)
            .collect();
        assert_eq!(names, ["top", "mid", "leaf"]);
    }

    #[test]
    fn parent_must_be_in_organization() {
        let store = store();
        let error = store
            .write(|db| insert(db, "xxxx000001", OTHER_ORG, "x", Some("top0000001"), 4))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
        let error = store
            .write(|db| insert(db, "xxxx000001", ORG, "x", Some("none000001"), 4))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn move_rejects_cycle() {
        let store = store();
        for target in ["leaf000001", "mid0000001", "top0000001"] {
            let error = store
                .write(|db| update(db, "top0000001", None, Some(target), None))
                .unwrap_err();
            assert_eq!(error.kind, ErrorKind::InvalidArgument, "{target}");
        }
        store
            .write(|db| update(db, "leaf000001", None, Some("top0000001"), None))
            .unwrap();
        store
            .write(|db| update(db, "mid0000001", None, Some(""), None))
            .unwrap();
        let mid = store.read(|db| get(db, "mid0000001")).unwrap();
        assert_eq!(mid.parent_location_id, "");
    }

    #[test]
    fn delete_refused_with_children() {
        let store = store();
        let error = store.write(|db| delete(db, "mid0000001")).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        assert!(error.message.contains("child location"), "{error}");
        store.write(|db| delete(db, "leaf000001")).unwrap();
        store.write(|db| delete(db, "mid0000001")).unwrap();
    }

    #[test]
    fn delete_refused_with_machines() {
        let store = store();
        store
            .write(|db| {
                robots::insert(
                    db,
                    "00000000-0000-4000-8000-000000000001",
                    "rover",
                    "leaf000001",
                    5,
                )
            })
            .unwrap();
        let error = store.write(|db| delete(db, "leaf000001")).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        assert!(error.message.contains("machine"), "{error}");
    }

    #[test]
    fn share_and_unshare() {
        let store = store();
        store
            .write(|db| share(db, "top0000001", OTHER_ORG))
            .unwrap();
        let error = store
            .write(|db| share(db, "top0000001", OTHER_ORG))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
        let shared = store
            .read(|db| list_for_organization(db, OTHER_ORG))
            .unwrap();
        assert_eq!(shared.len(), 1);
        assert_eq!(shared[0].organizations.len(), 2);

        let error = store
            .write(|db| unshare(db, "top0000001", ORG))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        store
            .write(|db| unshare(db, "top0000001", OTHER_ORG))
            .unwrap();
        let error = store
            .write(|db| unshare(db, "top0000001", OTHER_ORG))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn secrets_create_and_delete() {
        let store = store();
        store
            .write(|db| create_secret(db, "top0000001", 9))
            .unwrap();
        let auth = store.read(|db| auth(db, "top0000001")).unwrap();
        assert_eq!(auth.secrets.len(), 2);
        let first = auth.secrets[0].id.clone();
        store
            .write(|db| delete_secret(db, "top0000001", &first))
            .unwrap();
        let error = store
            .write(|db| delete_secret(db, "top0000001", &first))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }
}
