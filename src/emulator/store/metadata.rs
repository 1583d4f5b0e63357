//! User-defined metadata of organizations, locations and machines.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value as Json};

use crate::emulator::access::ResourceType;
use crate::emulator::error::Result;
use crate::emulator::store::CachedQuery as _;

/// Reads the metadata of a resource: an empty object when none was set.
pub fn get(db: &Connection, resource_type: ResourceType, id: &str) -> Result<Map<String, Json>> {
    let data: Option<String> = db
        .query_row_cached(
            "SELECT data FROM metadata WHERE resource_type = ?1 AND resource_id = ?2",
            params![resource_type.as_str(), id],
            |row| row.get(0),
        )
        .optional()?;
    match data {
        Some(text) => Ok(serde_json::from_str(&text)?),
        None => Ok(Map::new()),
    }
}

/// Replaces the metadata of a resource.
pub fn set(
    db: &Connection,
    resource_type: ResourceType,
    id: &str,
    data: &Map<String, Json>,
) -> Result<()> {
    db.execute(
        "INSERT INTO metadata (resource_type, resource_id, data) VALUES (?1, ?2, ?3)
         ON CONFLICT (resource_type, resource_id) DO UPDATE SET data = excluded.data",
        params![resource_type.as_str(), id, serde_json::to_string(data)?],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::Identity;
    use crate::emulator::store::{Store, locations, organizations, robots};
    use serde_json::json;

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const ROBOT: &str = "00000000-0000-4000-8000-000000000001";

    #[test]
    fn metadata_replaced_and_removed_with_resource() {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        let data = json!({"site": "berlin", "shift": 2});
        store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, "lab0000001", ORG, "lab", None, 1)?;
                robots::insert(db, ROBOT, "rover", "lab0000001", 1)?;
                set(db, ResourceType::Robot, ROBOT, data.as_object().unwrap())
            })
            .unwrap();
        let read = store
            .read(|db| get(db, ResourceType::Robot, ROBOT))
            .unwrap();
        assert_eq!(Json::Object(read), data);

        store.write(|db| robots::delete(db, ROBOT)).unwrap();
        let count: i64 = store
            .read(|db| {
                Ok(db.query_row_cached("SELECT COUNT(*) FROM metadata", [], |row| row.get(0))?)
            })
            .unwrap();
        assert_eq!(count, 0);
    }
}
