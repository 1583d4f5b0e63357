//! Organizations and their public namespaces.

use prost::Message;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{found, timestamp};
use crate::emulator::access::{Grant, Identity};
use crate::emulator::error::{Error, Result};
use crate::emulator::rules;
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;

/// Region of a new organization and location.
pub const DEFAULT_REGION: &str = "us-east-1";

const COLUMNS: &str = "id, name, public_namespace, default_region, cid, default_fragments, \
                       allowed_login_methods, created_on";

/// Inserts organization `id` and makes `owner` its owner.
pub fn insert(db: &Connection, id: &str, name: &str, owner: &Identity, now: i64) -> Result<()> {
    db.execute(
        "INSERT INTO organizations (id, name, default_region, created_on) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, DEFAULT_REGION, now],
    )?;
    super::members::add_authorization(db, owner, &Grant::organization_owner(id), id)?;
    Ok(())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<api::Organization> {
    let default_fragments: Option<Vec<u8>> = row.get(5)?;
    let allowed_login_methods: Option<Vec<u8>> = row.get(6)?;
    Ok(api::Organization {
        id: row.get(0)?,
        name: row.get(1)?,
        public_namespace: row.get::<_, Option<String>>(2)?.unwrap_or_default(),
        default_region: row.get(3)?,
        cid: row.get(4)?,
        default_fragments: default_fragments
            .and_then(|bytes| api::FragmentImportList::decode(bytes.as_slice()).ok()),
        allowed_login_methods: allowed_login_methods
            .and_then(|bytes| api::AllowedLoginMethods::decode(bytes.as_slice()).ok()),
        created_on: Some(timestamp(row.get(7)?)),
    })
}

/// Reads organization `id`, or `NOT_FOUND`.
pub fn get(db: &Connection, id: &str) -> Result<api::Organization> {
    let organization = db
        .query_row_cached(
            &format!("SELECT {COLUMNS} FROM organizations WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?;
    found(organization, || format!("organization {id} not found"))
}

/// Lists the organizations in which `identity` has any authorization, oldest first.
pub fn list_accessible(db: &Connection, identity: &Identity) -> Result<Vec<api::Organization>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organizations
         WHERE id IN (SELECT organization_id FROM authorizations
                      WHERE identity_id = ?1 AND identity_type = ?2)
         ORDER BY created_on, id"
    ))?;
    let rows = statement.query_map(params![identity.id, identity.kind.as_str()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Returns the ids of the organizations in which `identity` has any authorization.
pub fn accessible_ids(db: &Connection, identity: &Identity) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "SELECT DISTINCT organization_id FROM authorizations
         WHERE identity_id = ?1 AND identity_type = ?2",
    )?;
    let rows = statement.query_map(params![identity.id, identity.kind.as_str()], |row| {
        row.get(0)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The fields of an `UpdateOrganization` request, each `None` when not sent.
#[derive(Default)]
pub struct OrganizationUpdate {
    pub name: Option<String>,
    pub public_namespace: Option<String>,
    pub region: Option<String>,
    pub cid: Option<String>,
    pub default_fragments: Option<api::FragmentImportList>,
    pub allowed_login_methods: Option<api::AllowedLoginMethods>,
}

/// Applies the fields present in `update` to organization `id`.
pub fn update(db: &Connection, id: &str, update: &OrganizationUpdate) -> Result<()> {
    get(db, id)?;
    if let Some(name) = &update.name {
        rules::validate_name("name", name)?;
        db.execute(
            "UPDATE organizations SET name = ?2 WHERE id = ?1",
            params![id, name],
        )?;
    }
    if let Some(namespace) = &update.public_namespace {
        set_namespace(db, id, namespace)?;
    }
    if let Some(region) = &update.region {
        rules::validate_region(region)?;
        db.execute(
            "UPDATE organizations SET default_region = ?2 WHERE id = ?1",
            params![id, region],
        )?;
    }
    if let Some(cid) = &update.cid {
        db.execute(
            "UPDATE organizations SET cid = ?2 WHERE id = ?1",
            params![id, cid],
        )?;
    }
    if let Some(fragments) = &update.default_fragments {
        db.execute(
            "UPDATE organizations SET default_fragments = ?2 WHERE id = ?1",
            params![id, fragments.encode_to_vec()],
        )?;
    }
    if let Some(methods) = &update.allowed_login_methods {
        db.execute(
            "UPDATE organizations SET allowed_login_methods = ?2 WHERE id = ?1",
            params![id, methods.encode_to_vec()],
        )?;
    }
    Ok(())
}

/// Returns whether any organization uses `namespace`.
pub fn namespace_taken(db: &Connection, namespace: &str) -> Result<bool> {
    let taken = db
        .query_row_cached(
            "SELECT 1 FROM organizations WHERE public_namespace = ?1",
            [namespace],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    Ok(taken)
}

/// Sets the public namespace of organization `id`.
///
/// A namespace can be set only once: changing it afterwards is `FAILED_PRECONDITION`, while
/// setting the same value again succeeds without a change. A namespace in use by another
/// organization is `ALREADY_EXISTS`.
pub fn set_namespace(db: &Connection, id: &str, namespace: &str) -> Result<()> {
    rules::validate_namespace(namespace)?;
    let current = get(db, id)?.public_namespace;
    if current == namespace {
        return Ok(());
    }
    if !current.is_empty() {
        return Err(Error::failed_precondition(format!(
            "organization {id} already has the namespace {current:?}, and a namespace can be \
             set only once"
        )));
    }
    if namespace_taken(db, namespace)? {
        return Err(Error::already_exists(format!(
            "namespace {namespace:?} is already used by another organization"
        )));
    }
    db.execute(
        "UPDATE organizations SET public_namespace = ?2 WHERE id = ?1",
        params![id, namespace],
    )?;
    Ok(())
}

/// Deletes organization `id` with its locations, machines, parts, members, invites and
/// authorizations. API keys stay, even when they lose their last authorization.
pub fn delete(db: &Connection, id: &str) -> Result<()> {
    let deleted = db.execute("DELETE FROM organizations WHERE id = ?1", [id])?;
    if deleted == 0 {
        return Err(Error::not_found(format!("organization {id} not found")));
    }
    Ok(())
}

/// Returns the id and name of organization `id`.
pub fn identity(db: &Connection, id: &str) -> Result<api::OrganizationIdentity> {
    let organization = get(db, id)?;
    Ok(api::OrganizationIdentity {
        id: organization.id,
        name: organization.name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::Store;

    const ORG_A: &str = "00000000-0000-4000-8000-00000000000a";
    const ORG_B: &str = "00000000-0000-4000-8000-00000000000b";

    fn store_with_orgs() -> Store {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        store
            .write(|db| {
                insert(db, ORG_A, "Alpha", &owner, 1)?;
                insert(db, ORG_B, "Beta", &owner, 2)
            })
            .unwrap();
        store
    }

    #[test]
    fn namespace_set_once() {
        let store = store_with_orgs();
        store.write(|db| set_namespace(db, ORG_A, "alpha")).unwrap();
        store.write(|db| set_namespace(db, ORG_A, "alpha")).unwrap();

        let error = store
            .write(|db| set_namespace(db, ORG_A, "alpha-2"))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        let namespace = store.read(|db| get(db, ORG_A)).unwrap().public_namespace;
        assert_eq!(namespace, "alpha");
    }

    #[test]
    fn namespace_unique_across_orgs() {
        let store = store_with_orgs();
        store.write(|db| set_namespace(db, ORG_A, "alpha")).unwrap();
        let error = store
            .write(|db| set_namespace(db, ORG_B, "alpha"))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
        assert!(store.read(|db| namespace_taken(db, "alpha")).unwrap());
        assert!(!store.read(|db| namespace_taken(db, "beta")).unwrap());
    }

    #[test]
    fn namespace_invalid_rejected() {
        let store = store_with_orgs();
        let error = store
            .write(|db| set_namespace(db, ORG_A, "-bad"))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }

    #[test]
    fn update_changes_only_present_fields() {
        let store = store_with_orgs();
        let change = OrganizationUpdate {
            cid: Some("cust-42".into()),
            ..Default::default()
        };
        store.write(|db| update(db, ORG_A, &change)).unwrap();
        let organization = store.read(|db| get(db, ORG_A)).unwrap();
        assert_eq!(organization.name, "Alpha");
        assert_eq!(organization.cid.as_deref(), Some("cust-42"));
        assert_eq!(organization.default_region, DEFAULT_REGION);
    }

    #[test]
    fn delete_unknown_not_found() {
        let store = store_with_orgs();
        store.write(|db| delete(db, ORG_A)).unwrap();
        let error = store.write(|db| delete(db, ORG_A)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }
}
