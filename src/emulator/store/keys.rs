//! API keys, stored as SHA-256 hashes.

use rusqlite::{Connection, OptionalExtension, params};

use crate::emulator::error::Result;
use crate::emulator::token::{constant_time_eq, hash_key};

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
        .query_row("SELECT key_hash FROM api_keys WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(stored.is_some_and(|hash| constant_time_eq(&hash, &hash_key(key))))
}

/// Returns whether API key `id` exists.
pub fn exists(db: &Connection, id: &str) -> Result<bool> {
    let found = db
        .query_row("SELECT 1 FROM api_keys WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some();
    Ok(found)
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
            .read(|db| Ok(db.query_row("SELECT key_hash FROM api_keys", [], |row| row.get(0))?))
            .unwrap();
        assert!(!stored.contains("s3cret"), "{stored}");
    }
}
