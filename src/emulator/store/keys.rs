//! API keys, stored as SHA-256 hashes.

use rusqlite::{Connection, OptionalExtension, params};

use super::{found, timestamp};
use crate::emulator::error::Result;
use crate::emulator::store::CachedQuery as _;
use crate::emulator::token::{constant_time_eq, hash_key};
use crate::proto::viam::app::v1 as api;

/// Inserts API key `id` with secret `key`, of which only the hash is kept.
pub fn insert(db: &Connection, id: &str, name: &str, key: &str, now: i64) -> Result<()> {
    db.execute(
        "INSERT INTO api_keys (id, name, key_hash, created_on) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, hash_key(key), now],
    )?;
    Ok(())
}

/// Returns whether API key `id` exists and its secret is `key`.
pub fn verify(db: &Connection, id: &str, key: &str) -> Result<bool> {
    let stored: Option<String> = db
        .query_row_cached("SELECT key_hash FROM api_keys WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(stored.is_some_and(|hash| constant_time_eq(&hash, &hash_key(key))))
}

/// Returns whether API key `id` exists.
pub fn exists(db: &Connection, id: &str) -> Result<bool> {
    let found = db
        .query_row_cached("SELECT 1 FROM api_keys WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some();
    Ok(found)
}

/// Reads API key `id` without its secret, or `NOT_FOUND`.
pub fn get(db: &Connection, id: &str) -> Result<api::ApiKey> {
    let key = db
        .query_row_cached(
            "SELECT id, name, created_on FROM api_keys WHERE id = ?1",
            [id],
            |row| {
                Ok(api::ApiKey {
                    id: row.get(0)?,
                    key: String::new(),
                    name: row.get(1)?,
                    created_on: Some(timestamp(row.get(2)?)),
                })
            },
        )
        .optional()?;
    found(key, || format!("API key {id} not found"))
}

/// Renames API key `id`, or `NOT_FOUND`.
pub fn rename(db: &Connection, id: &str, name: &str) -> Result<()> {
    let changed = db.execute(
        "UPDATE api_keys SET name = ?2 WHERE id = ?1",
        params![id, name],
    )?;
    found((changed > 0).then_some(()), || {
        format!("API key {id} not found")
    })
}

/// Replaces the secret of API key `id` with `key` at `now_secs` (Unix seconds), so the old
/// secret stops authenticating and access tokens issued before `now_secs` are rejected.
pub fn set_secret(db: &Connection, id: &str, key: &str, now_secs: i64) -> Result<()> {
    let changed = db.execute(
        "UPDATE api_keys SET key_hash = ?2 WHERE id = ?1",
        params![id, hash_key(key)],
    )?;
    found((changed > 0).then_some(()), || {
        format!("API key {id} not found")
    })?;
    db.execute(
        "INSERT INTO api_key_rotations (key_id, rotated_at) VALUES (?1, ?2)
         ON CONFLICT (key_id) DO UPDATE SET rotated_at = excluded.rotated_at",
        params![id, now_secs],
    )?;
    Ok(())
}

/// Returns when the secret of API key `id` was last replaced (Unix seconds), if ever.
pub fn rotated_at(db: &Connection, id: &str) -> Result<Option<i64>> {
    let rotated = db
        .query_row_cached(
            "SELECT rotated_at FROM api_key_rotations WHERE key_id = ?1",
            [id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(rotated)
}

/// Deletes API key `id` and, through a trigger, its authorizations.
pub fn delete(db: &Connection, id: &str) -> Result<()> {
    let deleted = db.execute("DELETE FROM api_keys WHERE id = ?1", [id])?;
    found((deleted > 0).then_some(()), || {
        format!("API key {id} not found")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::store::Store;

    const KEY_ID: &str = "00000000-0000-4000-8000-0000000000ff";

    #[test]
    fn key_verifies_only_with_secret() {
        let store = Store::open_in_memory();
        store
            .write(|db| insert(db, KEY_ID, "ci", "s3cret-value", 1))
            .unwrap();
        assert!(store.read(|db| verify(db, KEY_ID, "s3cret-value")).unwrap());
        assert!(!store.read(|db| verify(db, KEY_ID, "s3cret-valuf")).unwrap());
        assert!(
            !store
                .read(|db| verify(db, "00000000-0000-4000-8000-000000000000", "s3cret-value"))
                .unwrap()
        );

        let stored: String = store
            .read(|db| {
                Ok(db.query_row_cached("SELECT key_hash FROM api_keys", [], |row| row.get(0))?)
            })
            .unwrap();
        assert!(!stored.contains("s3cret"), "{stored}");
    }
}
