//! Secrets of locations and parts, kept in plaintext because the API returns them.

use rusqlite::{Connection, params};

use super::timestamp;
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::proto::viam::app::v1 as api;

/// The location or part a secret belongs to.
#[derive(Clone, Copy, Debug)]
pub enum Owner<'a> {
    Location(&'a str),
    Part(&'a str),
}

impl Owner<'_> {
    fn column(self) -> &'static str {
        match self {
            Owner::Location(_) => "location_id",
            Owner::Part(_) => "part_id",
        }
    }

    fn id(&self) -> &str {
        match self {
            Owner::Location(id) | Owner::Part(id) => id,
        }
    }

    fn describe(&self) -> String {
        match self {
            Owner::Location(id) => format!("location {id}"),
            Owner::Part(id) => format!("part {id}"),
        }
    }
}

/// Adds a new enabled secret to `owner` and returns its id.
pub fn insert(db: &Connection, owner: Owner<'_>, now: i64) -> Result<String> {
    let id = ids::new_uuid();
    db.execute(
        &format!(
            "INSERT INTO secrets (id, {}, secret, state, created_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            owner.column()
        ),
        params![
            id,
            owner.id(),
            ids::new_secret(),
            api::shared_secret::State::Enabled as i32,
            now
        ],
    )?;
    Ok(id)
}

/// Lists the secrets of `owner`, oldest first.
pub fn list(db: &Connection, owner: Owner<'_>) -> Result<Vec<api::SharedSecret>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT id, secret, created_on, state FROM secrets WHERE {} = ?1
         ORDER BY created_on, id",
        owner.column()
    ))?;
    let rows = statement.query_map([owner.id()], |row| {
        Ok(api::SharedSecret {
            id: row.get(0)?,
            secret: row.get(1)?,
            created_on: Some(timestamp(row.get(2)?)),
            state: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes secret `secret_id` of `owner`.
pub fn delete(db: &Connection, owner: Owner<'_>, secret_id: &str) -> Result<()> {
    let deleted = db.execute(
        &format!(
            "DELETE FROM secrets WHERE id = ?1 AND {} = ?2",
            owner.column()
        ),
        params![secret_id, owner.id()],
    )?;
    if deleted == 0 {
        return Err(Error::not_found(format!(
            "secret {secret_id} not found in {}",
            owner.describe()
        )));
    }
    Ok(())
}
